//! Loading, merging and compiling grammar files.
//!
//! Order: the builtin files, then each `--grammar DIR` in the order given.
//! A user file named like a builtin file merges into it entry by entry: the
//! same `id` replaces, a new `id` adds, `disable = ["id"]` removes, and word
//! lists are extended. Validation runs after the merge; every error names the
//! file and the entry.

use super::schema::*;
use super::{
    DayOfYear, EntityDef, EntityForm, EventDef, FormKind, Grammar, HolidayRule, LeadDef, LineRule,
    MarkerDef, PeriodUnit, RangeDef, Role, ScopeDef, UnitDef,
};
use crate::error::{Error, Result};
use crate::text::normalize::{normalize, Lexicon};
use crate::value::{Approx, MentionKind, Relation, RelativeOrdinal, RelativeTo};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The merged, not yet validated, grammar files.
#[derive(Clone, Debug, Default)]
pub struct RawGrammar {
    pub numbers: NumbersFile,
    pub approx: ApproxFile,
    pub units: UnitsFile,
    pub nouns: NounsFile,
    pub calendar: CalendarFile,
    pub time: TimeFile,
    pub events: EventsFile,
    pub entities: EntitiesFile,
    pub scope: ScopeFile,
    pub attribution: AttributionFile,
    pub segmentation: SegmentationFile,
    pub boilerplate: BoilerplateFile,
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, contents: &str) -> Result<T> {
    toml::from_str(contents).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| {
                let before = &contents[..s.start.min(contents.len())];
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                (Some(line), Some(col))
            })
            .unwrap_or((None, None));
        Error::Grammar {
            file: file.to_string(),
            id: None,
            line,
            column,
            message: e.message().to_string(),
        }
    })
}

fn merge_entries<T: HasId>(base: &mut Vec<T>, add: Vec<T>) {
    for entry in add {
        match base.iter().position(|b| b.id() == entry.id()) {
            Some(i) => base[i] = entry,
            None => base.push(entry),
        }
    }
}

fn merge_list(base: &mut Vec<String>, add: Vec<String>) {
    for s in add {
        if !base.contains(&s) {
            base.push(s);
        }
    }
}

/// Removes the disabled ids from `base`; returns the ids it found.
fn disable<T: HasId>(base: &mut Vec<T>, ids: &[String]) -> Vec<String> {
    let found = ids
        .iter()
        .filter(|id| base.iter().any(|b| b.id() == id.as_str()))
        .cloned()
        .collect();
    base.retain(|b| !ids.iter().any(|id| id == b.id()));
    found
}

/// Merges one parsed file into its base: entries by id, lists extended,
/// `disable` applied, an id in `disable` that matches nothing is an error.
macro_rules! merge_file {
    ($file:expr, $base:expr, $add:expr, entries: [$($e:ident),*], lists: [$($l:ident),*]) => {{
        let add = $add;
        #[allow(unused_mut)]
        let mut found: Vec<String> = Vec::new();
        $( found.extend(disable(&mut $base.$e, &add.disable)); )*
        if let Some(missing) = add.disable.iter().find(|id| !found.contains(id)) {
            return Err(Error::grammar($file, Some(missing), "cannot disable an entry that does not exist"));
        }
        $( merge_entries(&mut $base.$e, add.$e); )*
        $( merge_list(&mut $base.$l, add.$l); )*
    }};
}

impl RawGrammar {
    pub fn builtin() -> Result<RawGrammar> {
        let mut raw = RawGrammar::default();
        for (name, contents) in super::BUILTIN_FILES {
            raw.add(name, &format!("grammars/fr/{name}"), contents)?;
        }
        Ok(raw)
    }

    /// Merges every `*.toml` of a user folder (or a single file).
    pub fn merge_dir(&mut self, dir: &Path) -> Result<()> {
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut files = Vec::new();
        if dir.is_file() {
            files.push(dir.to_path_buf());
        } else {
            for entry in std::fs::read_dir(dir).map_err(io)? {
                let path = entry.map_err(io)?.path();
                if path.extension().is_some_and(|e| e == "toml") {
                    files.push(path);
                }
            }
        }
        files.sort();
        for path in files {
            let contents = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            self.add(&name, &path.display().to_string(), &contents)?;
        }
        Ok(())
    }

    /// Parses `contents` as the grammar file `name` and merges it.
    pub fn add(&mut self, name: &str, shown: &str, contents: &str) -> Result<()> {
        match name {
            "numbers.toml" => {
                let mut add = parse::<NumbersFile>(shown, contents)?;
                self.numbers
                    .vulgar_fractions
                    .append(&mut add.vulgar_fractions);
                merge_file!(shown, self.numbers, add,
                entries: [word, ordinal, fraction, suffix, relative_ordinal],
                lists: [conjunctions, ordinal_suffixes, decimal_words, fraction_joins, negative_words])
            }
            "approx.toml" => {
                let add = parse::<ApproxFile>(shown, contents)?;
                if add.discrepancy_tolerance.is_some() {
                    self.approx.discrepancy_tolerance = add.discrepancy_tolerance;
                }
                if add.round_tolerance.is_some() {
                    self.approx.round_tolerance = add.round_tolerance;
                }
                merge_file!(shown, self.approx, add, entries: [marker, vague, range], lists: [])
            }
            "units.toml" => merge_file!(shown, self.units, parse::<UnitsFile>(shown, contents)?,
                entries: [unit], lists: [links, below_zero]),
            "nouns.toml" => merge_file!(shown, self.nouns, parse::<NounsFile>(shown, contents)?,
                entries: [plural, lemma, class, generic], lists: [skip, function_words, vague, common_words]),
            "calendar.toml" => {
                merge_file!(shown, self.calendar, parse::<CalendarFile>(shown, contents)?,
                entries: [month, weekday, direction, relative_day, relative_period, lead, part, season, quarter, interval, holiday], lists: [decade_words, century_words, dateline_cues, this_words, day_leads, day_followers, event_links, whole_words, whole_articles, half_words, month_words, lead_only_months])
            }
            "time.toml" => merge_file!(shown, self.time, parse::<TimeFile>(shown, contents)?,
                entries: [part, half, named, meridiem],
                lists: [hour_marks, minute_marks, minute_words, span_open, span_join, still, clock_leads, determiners, this, day_links, window_past, window_next, window_open, weekend]),
            "events.toml" => merge_file!(shown, self.events, parse::<EventsFile>(shown, contents)?,
                entries: [event], lists: [aspectual, not_triggers, auxiliaries, rescheduled]),
            "entities.toml" => {
                merge_file!(shown, self.entities, parse::<EntitiesFile>(shown, contents)?,
                entries: [entity], lists: [agent_heads, place_preps, place_nouns, place_anaphors, not_place_anaphors, complement_preps, agent_preps])
            }
            "scope.toml" => merge_file!(shown, self.scope, parse::<ScopeFile>(shown, contents)?,
                entries: [scope, subject_count], lists: [part_cues, comparison_cues, denominator_cues, count_heads, total_cues, reference_cues, measure_heads, anaphora, apposition_articles]),
            "attribution.toml" => {
                merge_file!(shown, self.attribution, parse::<AttributionFile>(shown, contents)?,
                entries: [source], lists: [source_cues, body_cues, speech_verbs, speaker_pronouns, conditional, negation, future, future_endings, not_future])
            }
            "segmentation.toml" => {
                merge_file!(shown, self.segmentation, parse::<SegmentationFile>(shown, contents)?,
                entries: [], lists: [abbreviations])
            }
            "boilerplate.toml" => {
                merge_file!(shown, self.boilerplate, parse::<BoilerplateFile>(shown, contents)?,
                entries: [line], lists: [])
            }
            other => {
                let known: Vec<&str> = super::BUILTIN_FILES.iter().map(|(n, _)| *n).collect();
                return Err(Error::grammar(
                    shown,
                    None,
                    format!(
                        "unknown grammar file `{other}`, expected one of: {}",
                        known.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Validates the merged files and builds the lookup tables.
    pub fn compile(self) -> Result<Grammar> {
        let mut c = Compiler;
        let mut g = Grammar {
            number_words: c.number_words(&self.numbers, &self.nouns)?,
            ordinal_words: c.table(
                "numbers.toml",
                self.numbers
                    .ordinal
                    .iter()
                    .map(|o| (o.id.as_str(), &o.forms, o.value)),
            )?,
            conjunctions: set(&self.numbers.conjunctions),
            decimal_words: set(&self.numbers.decimal_words),
            fraction_joins: set(&self.numbers.fraction_joins),
            fractions: c.table(
                "numbers.toml",
                self.numbers
                    .fraction
                    .iter()
                    .map(|f| (f.id.as_str(), &f.forms, f.denominator)),
            )?,
            ordinal_suffixes: longest_first(&self.numbers.ordinal_suffixes),
            suffixes: {
                let mut v: Vec<(String, f64)> = self
                    .numbers
                    .suffix
                    .iter()
                    .flat_map(|s| s.forms.iter().map(move |f| (f.trim().to_string(), s.value)))
                    .filter(|(f, _)| !f.is_empty())
                    .collect();
                v.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
                v
            },
            relative_ordinals: c.relative_ordinals(&self.numbers)?,
            negative_words: set(&self.numbers.negative_words),
            vulgar_fractions: {
                let mut m = HashMap::new();
                for (sign, v) in &self.numbers.vulgar_fractions {
                    let mut chars = sign.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => {
                            m.insert(c, *v);
                        }
                        _ => {
                            return Err(Error::grammar(
                                "numbers.toml",
                                None,
                                format!("vulgar_fractions: `{sign}` is not one character"),
                            ))
                        }
                    }
                }
                m
            },
            markers: c.markers(&self.approx)?,
            vague: c.vague(&self.approx)?,
            ranges: self
                .approx
                .range
                .iter()
                .map(|r| RangeDef {
                    open: set(&r.open),
                    join: set(&r.join),
                })
                .collect(),
            discrepancy_tolerance: self.approx.discrepancy_tolerance.unwrap_or(0.1),
            round_tolerance: self.approx.round_tolerance.unwrap_or(0.05),
            units: c.units(&self.units)?,
            unit_forms: c.table(
                "units.toml",
                self.units
                    .unit
                    .iter()
                    .enumerate()
                    .map(|(i, u)| (u.id.as_str(), &u.forms, i)),
            )?,
            unit_prefixes: c.table(
                "units.toml",
                self.units
                    .unit
                    .iter()
                    .enumerate()
                    .map(|(i, u)| (u.id.as_str(), &u.prefix_forms, i)),
            )?,
            unit_after_large: c.table(
                "units.toml",
                self.units
                    .unit
                    .iter()
                    .enumerate()
                    .map(|(i, u)| (u.id.as_str(), &u.after_large_forms, i)),
            )?,
            unit_alone: c
                .table(
                    "units.toml",
                    self.units
                        .unit
                        .iter()
                        .enumerate()
                        .map(|(i, u)| (u.id.as_str(), &u.alone_forms, i)),
                )?
                .with_folding(),
            unit_leads: c.table(
                "units.toml",
                self.units
                    .unit
                    .iter()
                    .enumerate()
                    .map(|(i, u)| (u.id.as_str(), &u.leads, i)),
            )?,
            links: set(&self.units.links),
            below_zero: set(&self.units.below_zero),
            noun_skip: set(&self.nouns.skip),
            function_words: set(&self.nouns.function_words),
            plural_rules: {
                let mut rules: Vec<_> = self
                    .nouns
                    .plural
                    .iter()
                    .map(|p| (normalize(&p.suffix), normalize(&p.singular)))
                    .collect();
                rules.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
                rules
            },
            lemmas: self
                .nouns
                .lemma
                .iter()
                .flat_map(|l| {
                    l.forms.iter().map(move |f| {
                        (
                            normalize(f),
                            l.lemma.as_deref().map_or_else(|| normalize(f), normalize),
                        )
                    })
                })
                .collect(),
            vague_nouns: set(&self.nouns.vague),
            common_words: set(&self.nouns.common_words),
            noun_classes: self
                .nouns
                .class
                .iter()
                .flat_map(|c| c.members.iter().map(move |m| (normalize(m), c.id.clone())))
                .collect(),
            generic_nouns: self
                .nouns
                .generic
                .iter()
                .map(|n| {
                    (
                        normalize(&n.id),
                        n.specific.iter().map(|s| normalize(s)).collect(),
                    )
                })
                .collect(),
            months: c.numbered("calendar.toml", &self.calendar.month, 1..=12)?,
            weekdays: c.numbered("calendar.toml", &self.calendar.weekday, 1..=7)?,
            directions: c.table(
                "calendar.toml",
                self.calendar
                    .direction
                    .iter()
                    .map(|d| (d.id.as_str(), &d.forms, d.offset)),
            )?,
            relative_days: c.table(
                "calendar.toml",
                self.calendar
                    .relative_day
                    .iter()
                    .map(|d| (d.id.as_str(), &d.forms, d.offset)),
            )?,
            relative_periods: c.relative_periods(&self.calendar)?,
            leads: c.leads(&self.calendar)?,
            parts: c.table(
                "calendar.toml",
                self.calendar
                    .part
                    .iter()
                    .map(|p| (p.id.as_str(), &p.forms, (p.month_days, p.year_months))),
            )?,
            seasons: c.seasons(&self.calendar)?,
            quarters: c.table(
                "calendar.toml",
                self.calendar
                    .quarter
                    .iter()
                    .map(|q| (q.id.as_str(), &q.forms, q.months)),
            )?,
            intervals: self
                .calendar
                .interval
                .iter()
                .map(|r| RangeDef {
                    open: set(&r.open),
                    join: set(&r.join),
                })
                .collect(),
            holidays: c.holidays(&self.calendar)?,
            decade_words: set(&self.calendar.decade_words),
            century_words: set(&self.calendar.century_words),
            dateline_cues: set(&self.calendar.dateline_cues),
            this_words: set(&self.calendar.this_words),
            day_leads: set(&self.calendar.day_leads),
            day_followers: set(&self.calendar.day_followers).with_folding(),
            event_links: set(&self.calendar.event_links),
            whole_words: set(&self.calendar.whole_words),
            whole_articles: set(&self.calendar.whole_articles),
            half_words: set(&self.calendar.half_words).with_folding(),
            month_words: set(&self.calendar.month_words),
            lead_only_months: set(&self.calendar.lead_only_months),
            time: c.time(&self.time)?,
            events: c.events(&self.events)?,
            triggers: triggers(&self.events)?.with_finder(),
            aspectual: set(&self.events.aspectual).with_finder(),
            auxiliaries: set(&self.events.auxiliaries),
            rescheduled: set(&self.events.rescheduled).with_finder(),
            entities: c.entities(&self.entities)?,
            entity_forms: c.entity_forms(&self.entities)?.with_finder(),
            agent_heads: set(&self.entities.agent_heads),
            place_preps: set(&self.entities.place_preps),
            place_nouns: set(&self.entities.place_nouns),
            place_anaphors: {
                let mut l = Lexicon::default();
                for w in &self.entities.place_anaphors {
                    l.insert(w, true);
                }
                for w in &self.entities.not_place_anaphors {
                    l.insert(w, false);
                }
                l.with_finder()
            },
            complement_preps: set(&self.entities.complement_preps),
            agent_preps: set(&self.entities.agent_preps),
            scopes: self
                .scope
                .scope
                .iter()
                .map(|s| ScopeDef {
                    id: s.id.clone(),
                    label: s.label.clone(),
                    carries: s.carries,
                    area: s.area,
                    after: s.after,
                    frames: s.frames,
                })
                .collect(),
            scope_forms: c
                .table(
                    "scope.toml",
                    self.scope
                        .scope
                        .iter()
                        .enumerate()
                        .map(|(i, s)| (s.id.as_str(), &s.forms, i)),
                )?
                .with_finder(),
            part_cues: set(&self.scope.part_cues).with_finder(),
            comparison_cues: set(&self.scope.comparison_cues).with_finder(),
            denominator_cues: set(&self.scope.denominator_cues),
            count_heads: set(&self.scope.count_heads).with_finder(),
            total_cues: set(&self.scope.total_cues),
            reference_cues: set(&self.scope.reference_cues).with_finder(),
            measure_heads: set(&self.scope.measure_heads),
            anaphora: set(&self.scope.anaphora).with_finder(),
            apposition_articles: set(&self.scope.apposition_articles),
            subject_counts: c
                .table(
                    "scope.toml",
                    self.scope
                        .subject_count
                        .iter()
                        .map(|s| (s.id.as_str(), &s.forms, s.id.clone())),
                )?
                .with_finder(),
            source_classes: self
                .attribution
                .source
                .iter()
                .map(|s| s.id.clone())
                .collect(),
            sources: c
                .table(
                    "attribution.toml",
                    self.attribution
                        .source
                        .iter()
                        .map(|s| (s.id.as_str(), &s.forms, s.id.clone())),
                )?
                .with_finder(),
            source_cues: set(&self.attribution.source_cues).with_finder(),
            body_cues: set(&self.attribution.body_cues).with_finder(),
            speech_verbs: set(&self.attribution.speech_verbs).with_finder(),
            speaker_pronouns: set(&self.attribution.speaker_pronouns),
            conditional: set(&self.attribution.conditional).with_finder(),
            negation: set(&self.attribution.negation).with_finder(),
            future: set(&self.attribution.future).with_finder(),
            future_endings: self.attribution.future_endings.clone(),
            not_future: set(&self.attribution.not_future),
            abbreviations: set(&self.segmentation.abbreviations),
            boilerplate: self
                .boilerplate
                .line
                .iter()
                .map(|l| LineRule {
                    contains: l.contains.clone(),
                    equals: l.equals.clone(),
                    starts_with: l.starts_with.clone(),
                })
                .collect(),
            boilerplate_contains: None,
            anchors: anchors(&self)?,
            starters: starters(&self),
            raw: self,
        };
        g.boilerplate_contains = super::contains_automaton(&g.boilerplate);
        // Forms of figures also match when written without accents
        // ("fevrier", "onzieme", "annees"); function words never do.
        macro_rules! fold {
            ($($field:ident),*) => { $( g.$field = std::mem::take(&mut g.$field).with_folding(); )* };
        }
        fold!(
            holidays,
            number_words,
            ordinal_words,
            fractions,
            relative_ordinals,
            markers,
            vague,
            unit_forms,
            months,
            weekdays,
            directions,
            relative_days,
            relative_periods,
            leads,
            parts,
            seasons,
            quarters
        );
        Ok(g)
    }
}

fn set(words: &[String]) -> Lexicon<()> {
    let mut l = Lexicon::default();
    for w in words {
        l.insert(w, ());
    }
    l
}

fn longest_first(words: &[String]) -> Vec<String> {
    let mut v: Vec<String> = words.iter().map(|w| normalize(w)).collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
}

/// Builds tables and checks that a form never means two different things.
#[derive(Default)]
struct Compiler;

impl Compiler {
    fn table<'a, T: Clone + PartialEq + 'a>(
        &mut self,
        file: &str,
        entries: impl Iterator<Item = (&'a str, &'a Vec<String>, T)>,
    ) -> Result<Lexicon<T>> {
        let mut lex = Lexicon::default();
        let mut owner: HashMap<String, String> = HashMap::new();
        for (id, forms, value) in entries {
            for form in forms {
                let key = normalize(form);
                if key.is_empty() {
                    return Err(Error::grammar(file, Some(id), "empty form"));
                }
                if let Some(previous) = lex.insert(form, value.clone()) {
                    if previous != value {
                        let other = owner.get(&key).cloned().unwrap_or_default();
                        return Err(Error::grammar(
                            file,
                            Some(id),
                            format!("form `{form}` already means entry \"{other}\""),
                        ));
                    }
                }
                owner.insert(key, id.to_string());
            }
        }
        Ok(lex)
    }

    fn number_words(
        &mut self,
        f: &NumbersFile,
        nouns: &NounsFile,
    ) -> Result<Lexicon<super::NumberWord>> {
        // Ordinals also in the plural, by the nouns' plural endings that add
        // to the singular: "trois cinquièmes".
        let endings: Vec<&str> = nouns
            .plural
            .iter()
            .filter(|p| p.singular.is_empty())
            .map(|p| p.suffix.as_str())
            .collect();
        let plurals: Vec<Vec<String>> = f
            .word
            .iter()
            .map(|w| {
                w.ordinal
                    .iter()
                    .flat_map(|o| endings.iter().map(move |e| format!("{o}{e}")))
                    .collect()
            })
            .collect();
        let mut entries = Vec::new();
        for (k, w) in f.word.iter().enumerate() {
            let role = match w.role.as_str() {
                "unit" => Role::Unit,
                "teen" => Role::Teen,
                "ten" => Role::Ten,
                "hundred" => Role::Hundred,
                "thousand" => Role::Thousand,
                "large" => Role::Large,
                other => {
                    return Err(Error::grammar(
                        "numbers.toml",
                        Some(&w.id),
                        format!("unknown role `{other}`, expected unit, teen, ten, hundred, thousand or large"),
                    ))
                }
            };
            let word = super::NumberWord {
                role,
                value: w.value,
                multiplied_by_unit: w.multiplied_by_unit,
                ordinal: false,
            };
            entries.push((w.id.as_str(), &w.forms, word));
            let ordinal = super::NumberWord {
                ordinal: true,
                ..word
            };
            entries.push((w.id.as_str(), &w.ordinal, ordinal));
            entries.push((w.id.as_str(), &plurals[k], ordinal));
        }
        self.table("numbers.toml", entries.into_iter())
    }

    fn markers(&mut self, f: &ApproxFile) -> Result<Lexicon<MarkerDef>> {
        let mut entries = Vec::new();
        for m in &f.marker {
            let approx = Approx::parse(&m.approx).ok_or_else(|| {
                Error::grammar(
                    "approx.toml",
                    Some(&m.id),
                    format!("unknown approx `{}`", m.approx),
                )
            })?;
            let tolerance = m.tolerance.unwrap_or(0.0);
            if !(0.0..1.0).contains(&tolerance) {
                return Err(Error::grammar(
                    "approx.toml",
                    Some(&m.id),
                    "tolerance must be in [0, 1)",
                ));
            }
            entries.push((m.id.as_str(), &m.forms, MarkerDef { approx, tolerance }));
        }
        self.table("approx.toml", entries.into_iter())
    }

    fn vague(&mut self, f: &ApproxFile) -> Result<Lexicon<(f64, f64, bool)>> {
        for v in &f.vague {
            if v.min > v.max {
                return Err(Error::grammar(
                    "approx.toml",
                    Some(&v.id),
                    "min is larger than max",
                ));
            }
        }
        self.table(
            "approx.toml",
            f.vague
                .iter()
                .map(|v| (v.id.as_str(), &v.forms, (v.min, v.max, v.estimate))),
        )
    }

    fn relative_ordinals(&mut self, f: &NumbersFile) -> Result<Lexicon<RelativeOrdinal>> {
        let mut entries = Vec::new();
        for r in &f.relative_ordinal {
            let to = RelativeTo::parse(&r.relative_to).ok_or_else(|| {
                Error::grammar(
                    "numbers.toml",
                    Some(&r.id),
                    format!(
                        "unknown relative_to `{}`, expected end or current",
                        r.relative_to
                    ),
                )
            })?;
            entries.push((
                r.id.as_str(),
                &r.forms,
                RelativeOrdinal {
                    to,
                    offset: r.offset,
                },
            ));
        }
        self.table("numbers.toml", entries.into_iter())
    }

    fn units(&mut self, f: &UnitsFile) -> Result<Vec<UnitDef>> {
        f.unit
            .iter()
            .map(|u| {
                let kind = MentionKind::parse(&u.kind)
                    .filter(|k| {
                        matches!(
                            k,
                            MentionKind::Quantity
                                | MentionKind::Money
                                | MentionKind::Percent
                                | MentionKind::Duration
                        )
                    })
                    .ok_or_else(|| {
                        Error::grammar(
                            "units.toml",
                            Some(&u.id),
                            format!(
                                "unknown kind `{}`, expected quantity, money, percent or duration",
                                u.kind
                            ),
                        )
                    })?;
                if u.factor <= 0.0 {
                    return Err(Error::grammar(
                        "units.toml",
                        Some(&u.id),
                        "factor must be positive",
                    ));
                }
                Ok(UnitDef {
                    id: u.id.clone(),
                    kind,
                    dimension: u.dimension.clone(),
                    factor: u.factor,
                    months: u.months,
                    subunit: u.subunit,
                })
            })
            .collect()
    }

    fn numbered(
        &mut self,
        file: &str,
        entries: &[Numbered],
        range: std::ops::RangeInclusive<u32>,
    ) -> Result<Lexicon<u32>> {
        for e in entries {
            if !range.contains(&e.number) {
                return Err(Error::grammar(
                    file,
                    Some(&e.id),
                    format!("number {} is out of range {range:?}", e.number),
                ));
            }
        }
        self.table(
            file,
            entries.iter().map(|e| (e.id.as_str(), &e.forms, e.number)),
        )
    }

    fn relative_periods(&mut self, f: &CalendarFile) -> Result<Lexicon<(PeriodUnit, i64)>> {
        let mut entries = Vec::new();
        for p in &f.relative_period {
            let unit = match p.unit.as_str() {
                "week" => PeriodUnit::Week,
                "month" => PeriodUnit::Month,
                "year" => PeriodUnit::Year,
                other => {
                    return Err(Error::grammar(
                        "calendar.toml",
                        Some(&p.id),
                        format!("unknown unit `{other}`, expected week, month or year"),
                    ))
                }
            };
            entries.push((p.id.as_str(), &p.forms, (unit, p.offset)));
        }
        self.table("calendar.toml", entries.into_iter())
    }

    fn seasons(&mut self, f: &CalendarFile) -> Result<Lexicon<(DayOfYear, DayOfYear)>> {
        let day = |id: &str, s: &str| -> Result<(u32, u32)> {
            let parsed = s
                .split_once('-')
                .and_then(|(m, d)| Some((m.parse().ok()?, d.parse().ok()?)));
            match parsed {
                Some((m, d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => Ok((m, d)),
                _ => Err(Error::grammar(
                    "calendar.toml",
                    Some(id),
                    format!("expected a day as MM-DD, found `{s}`"),
                )),
            }
        };
        let mut entries = Vec::new();
        for s in &f.season {
            entries.push((
                s.id.as_str(),
                &s.forms,
                (day(&s.id, &s.start)?, day(&s.id, &s.end)?),
            ));
        }
        self.table("calendar.toml", entries.into_iter())
    }

    fn holidays(&mut self, f: &CalendarFile) -> Result<Lexicon<HolidayRule>> {
        let mut entries = Vec::new();
        for h in &f.holiday {
            let bad = |m: &str| Error::grammar("calendar.toml", Some(&h.id), m.to_string());
            let rule = match (&h.day, h.month.zip(h.weekday).zip(h.nth), h.easter) {
                (Some(day), None, None) => {
                    let parsed = day
                        .split_once('-')
                        .and_then(|(m, d)| Some((m.parse().ok()?, d.parse().ok()?)));
                    match parsed {
                        Some((m, d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
                            HolidayRule::Fixed((m, d))
                        }
                        _ => return Err(bad("expected day as MM-DD")),
                    }
                }
                (None, Some(((month, weekday), nth)), None)
                    if (1..=12).contains(&month)
                        && (1..=7).contains(&weekday)
                        && nth != 0
                        && nth.abs() <= 5 =>
                {
                    HolidayRule::NthWeekday {
                        month,
                        weekday,
                        nth,
                    }
                }
                (None, None, Some(days)) => HolidayRule::Easter(days),
                _ => {
                    return Err(bad(
                        "a holiday needs exactly one of: day, month + weekday + nth, easter",
                    ))
                }
            };
            entries.push((h.id.as_str(), &h.forms, rule));
        }
        self.table("calendar.toml", entries.into_iter())
    }

    fn leads(&mut self, f: &CalendarFile) -> Result<Lexicon<LeadDef>> {
        let mut entries = Vec::new();
        for l in &f.lead {
            let relation = Relation::parse(&l.relation).ok_or_else(|| {
                Error::grammar(
                    "calendar.toml",
                    Some(&l.id),
                    format!("unknown relation `{}`", l.relation),
                )
            })?;
            entries.push((
                l.id.as_str(),
                &l.forms,
                LeadDef {
                    relation,
                    year: l.year,
                    forward: l.forward,
                },
            ));
        }
        self.table("calendar.toml", entries.into_iter())
    }

    fn events(&mut self, f: &EventsFile) -> Result<Vec<EventDef>> {
        const MEASURES: &[&str] = &[
            "date",
            "duration",
            "count",
            "area",
            "length",
            "mass",
            "volume",
            "ratio",
            "ratio_points",
            "speed",
            "temperature",
        ];
        f.event
            .iter()
            .map(|e| {
                if let Some(m) = e
                    .measures
                    .iter()
                    .find(|m| !MEASURES.contains(&m.as_str()) && !m.starts_with("money_"))
                {
                    return Err(Error::grammar(
                        "events.toml",
                        Some(&e.id),
                        format!("unknown measure `{m}`"),
                    ));
                }
                if e.triggers.is_empty() {
                    return Err(Error::grammar(
                        "events.toml",
                        Some(&e.id),
                        "an event needs at least one trigger",
                    ));
                }
                Ok(EventDef {
                    id: e.id.clone(),
                    label: e.label.clone(),
                    measures: e.measures.clone(),
                    cumulative: e.cumulative,
                    shares: e.shares,
                    generic: e.generic,
                    count_as: e.count_as.clone(),
                })
            })
            .collect()
    }

    fn entities(&mut self, f: &EntitiesFile) -> Result<Vec<EntityDef>> {
        f.entity
            .iter()
            .map(|e| {
                let part_of = match &e.part_of {
                    None => None,
                    Some(p) => Some(f.entity.iter().position(|o| &o.id == p).ok_or_else(|| {
                        Error::grammar(
                            "entities.toml",
                            Some(&e.id),
                            format!("part_of names unknown entity `{p}`"),
                        )
                    })?),
                };
                Ok(EntityDef {
                    id: e.id.clone(),
                    kind: e.kind.clone(),
                    part_of,
                })
            })
            .collect()
    }

    fn time(&mut self, t: &TimeFile) -> Result<super::TimeTables> {
        for p in &t.part {
            if !(p.hours[0] < p.hours[1] && p.hours[1] <= 24) {
                return Err(Error::grammar(
                    "time.toml",
                    Some(&p.id),
                    "hours must be [start, end) with start < end <= 24",
                ));
            }
        }
        if let Some(h) = t.half.iter().find(|h| !(1..=2).contains(&h.half)) {
            return Err(Error::grammar(
                "time.toml",
                Some(&h.id),
                "half must be 1 or 2",
            ));
        }
        if let Some(h) = t.named.iter().find(|h| h.hour > 23) {
            return Err(Error::grammar(
                "time.toml",
                Some(&h.id),
                "hour must be 0 to 23",
            ));
        }
        let parts = self.table(
            "time.toml",
            t.part.iter().map(|p| (p.id.as_str(), &p.forms, p.hours)),
        )?;
        let halves = self.table(
            "time.toml",
            t.half.iter().map(|h| (h.id.as_str(), &h.forms, h.half)),
        )?;
        let named = self.table(
            "time.toml",
            t.named.iter().map(|h| (h.id.as_str(), &h.forms, h.hour)),
        )?;
        let meridiems = self.table(
            "time.toml",
            t.meridiem.iter().map(|m| (m.id.as_str(), &m.forms, m.pm)),
        )?;
        Ok(super::TimeTables {
            parts: parts.with_folding(),
            halves: halves.with_folding(),
            named: named.with_folding(),
            meridiems: meridiems.with_folding(),
            hour_marks: longest_first(&t.hour_marks),
            minute_marks: longest_first(&t.minute_marks),
            minute_words: set(&t.minute_words),
            span_open: set(&t.span_open).with_folding(),
            span_join: set(&t.span_join).with_folding(),
            still: set(&t.still).with_folding(),
            clock_leads: set(&t.clock_leads).with_folding(),
            determiners: set(&t.determiners).with_folding(),
            this: set(&t.this),
            day_links: set(&t.day_links),
            window_directions: {
                let mut l = Lexicon::default();
                for f in &t.window_past {
                    l.insert(f, -1);
                }
                for f in &t.window_next {
                    l.insert(f, 1);
                }
                l.with_folding()
            },
            window_open: set(&t.window_open),
            weekend: set(&t.weekend),
        })
    }

    fn entity_forms(&mut self, f: &EntitiesFile) -> Result<Lexicon<EntityForm>> {
        let mut entries = Vec::new();
        for (i, e) in f.entity.iter().enumerate() {
            entries.push((
                e.id.as_str(),
                &e.names,
                EntityForm {
                    entity: i,
                    kind: FormKind::Name,
                },
            ));
            entries.push((
                e.id.as_str(),
                &e.adjectives,
                EntityForm {
                    entity: i,
                    kind: FormKind::Adjective,
                },
            ));
        }
        self.table("entities.toml", entries.into_iter())
    }
}

/// The forms that may open a mention before its core ("plus de", "depuis le",
/// "entre", "au cours des dernières"), whole.
fn starters(raw: &RawGrammar) -> Lexicon<()> {
    let mut out = Lexicon::default();
    let c = &raw.calendar;
    let a = &raw.approx;
    let forms = c
        .lead
        .iter()
        .flat_map(|l| &l.forms)
        .chain(c.relative_day.iter().flat_map(|d| &d.forms))
        .chain(c.relative_period.iter().flat_map(|d| &d.forms))
        .chain(c.weekday.iter().flat_map(|d| &d.forms))
        .chain(a.marker.iter().flat_map(|m| &m.forms))
        .chain(a.vague.iter().flat_map(|m| &m.forms))
        .chain(a.range.iter().flat_map(|r| &r.open))
        .chain(raw.units.unit.iter().flat_map(|u| &u.prefix_forms))
        .chain(raw.units.unit.iter().flat_map(|u| &u.leads))
        .chain(raw.units.unit.iter().flat_map(|u| &u.alone_forms))
        .chain(raw.numbers.relative_ordinal.iter().flat_map(|r| &r.forms))
        .chain(&raw.numbers.negative_words)
        .chain(c.part.iter().flat_map(|p| &p.forms))
        .chain(c.season.iter().flat_map(|s| &s.forms))
        .chain(c.holiday.iter().flat_map(|h| &h.forms))
        .chain(c.quarter.iter().flat_map(|q| &q.forms))
        .chain(c.interval.iter().flat_map(|r| &r.open))
        .chain(c.direction.iter().flat_map(|d| &d.forms))
        .chain(&c.this_words)
        .chain(&c.decade_words)
        .chain(raw.time.half.iter().flat_map(|h| &h.forms))
        .chain(&raw.time.span_open)
        .chain(&raw.time.clock_leads)
        .chain(&raw.time.determiners)
        .chain(&raw.time.this)
        .chain(&raw.time.window_open);
    for f in forms {
        out.insert(f, ());
    }
    out.with_folding()
}

/// The words that can start or end the core of a mention: number words,
/// months, weekdays, and the last word of relative and vague forms. The
/// extractor tries its parsers only around these (and around digits).
fn anchors(raw: &RawGrammar) -> Result<AhoCorasick> {
    let mut words: Vec<String> = Vec::new();
    // "début de", "au cours de": a function word ending a form anchors
    // nothing the next word (a month, a year, a number) does not anchor
    // itself, and would send the parsers to every "de" of the text.
    let function_words: HashSet<String> = raw
        .nouns
        .function_words
        .iter()
        .map(|w| normalize(w))
        .collect();
    let mut add_last_word = |form: &str| {
        let key = normalize(form);
        if let Some(last) = key.rsplit([' ', '\'']).find(|w| !w.is_empty()) {
            let last = last.trim_end_matches('.');
            if !(key.contains(' ') && function_words.contains(last)) {
                words.push(last.to_string());
            }
        }
    };
    let n = &raw.numbers;
    let c = &raw.calendar;
    let forms = n
        .word
        .iter()
        .flat_map(|w| w.forms.iter().chain(&w.ordinal))
        .chain(n.ordinal.iter().flat_map(|w| &w.forms))
        .chain(n.relative_ordinal.iter().flat_map(|w| &w.forms))
        .chain(n.fraction.iter().flat_map(|w| &w.forms))
        .chain(raw.units.unit.iter().flat_map(|u| &u.alone_forms))
        .chain(n.vulgar_fractions.keys())
        .chain(c.month.iter().chain(&c.weekday).flat_map(|m| &m.forms))
        .chain(c.relative_day.iter().flat_map(|d| &d.forms))
        .chain(c.relative_period.iter().flat_map(|d| &d.forms))
        .chain(c.part.iter().flat_map(|d| &d.forms))
        .chain(c.season.iter().flat_map(|d| &d.forms))
        .chain(c.holiday.iter().flat_map(|d| &d.forms))
        .chain(c.quarter.iter().flat_map(|d| &d.forms))
        .chain(c.decade_words.iter().chain(&c.century_words))
        .chain(c.whole_words.iter().chain(&c.half_words))
        .chain(c.direction.iter().flat_map(|d| &d.forms))
        .chain(raw.approx.vague.iter().flat_map(|v| &v.forms))
        .chain(raw.time.part.iter().flat_map(|p| &p.forms))
        .chain(raw.time.named.iter().flat_map(|p| &p.forms))
        .chain(&raw.time.weekend);
    // "mi-": the part glued to a month is anchored by the month.
    forms.for_each(|f| add_last_word(f.trim_end_matches('-')));
    let mut patterns: Vec<String> = Vec::new();
    // Also without accents: "onzieme", "fevrier".
    let folded: Vec<String> = words
        .iter()
        .map(|w| crate::text::normalize::fold(w))
        .collect();
    words.extend(folded);
    for w in words {
        patterns.extend(crate::text::normalize::variants(&w));
    }
    patterns.sort();
    patterns.dedup();
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .map_err(|e| {
            Error::grammar(
                "grammars/fr",
                None,
                format!("cannot build the anchor automaton: {e}"),
            )
        })
}
/// The events each trigger form names: a form may name several ("une
/// participation de" 49 % is a turnout, of 20 millions a contribution), and
/// the figure's measure picks one. A phrase of `not_triggers` names none
/// and shadows the shorter triggers inside it ("a fait état de").
fn triggers(events: &EventsFile) -> Result<Lexicon<Vec<usize>>> {
    let mut lex: Lexicon<Vec<usize>> = Lexicon::default();
    for (i, e) in events.event.iter().enumerate() {
        for form in &e.triggers {
            if normalize(form).is_empty() {
                return Err(Error::grammar("events.toml", Some(&e.id), "empty form"));
            }
            let mut named = lex.get(form).cloned().unwrap_or_default();
            if !named.contains(&i) {
                named.push(i);
            }
            lex.insert(form, named);
        }
    }
    for form in &events.not_triggers {
        lex.insert(form, Vec::new());
    }
    Ok(lex)
}
