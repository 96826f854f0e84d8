//! Deciding where sources disagree. Claims are grouped by key in a hash map
//! (cost grows with the number of claims, not their square); within a group,
//! claims from different articles are compared, and each group with something
//! to say gives one finding. Same-article checks live in `internal`.

mod compare;
mod internal;

use compare::same_local_agent;
pub use compare::{verdict, Verdict};

use crate::claim::{Claim, ClaimValue, SentenceContext};
use crate::corpus::Article;
use crate::grammar::Grammar;
use crate::value::Interval;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    Contradiction,
    Discrepancy,
    Update,
    Corroboration,
    /// One article contradicts itself; the string is the check id.
    Internal(&'static str),
}

impl FindingKind {
    pub fn name(self) -> String {
        match self {
            FindingKind::Contradiction => "contradiction".into(),
            FindingKind::Discrepancy => "discrepancy".into(),
            FindingKind::Update => "update".into(),
            FindingKind::Corroboration => "corroboration".into(),
            FindingKind::Internal(id) => format!("internal:{id}"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A result of checking: never an error of the tool.
#[derive(Clone, Debug)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub key: String,
    pub message: String,
    pub confidence: f32,
    /// Indices into the claims given to `check`, in article order.
    pub claims: Vec<usize>,
}

/// Compares every group of claims about the same thing across the batch.
pub fn check(claims: &[Claim], articles: &[Article], g: &Grammar) -> Vec<Finding> {
    let origins: Vec<Origin> = (0..articles.len()).map(|d| origin(articles, d)).collect();
    let homes = homes(claims, articles, g);
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.value.is_some() && !c.listed {
            groups.entry(c.group.as_str()).or_default().push(i);
            if let Some(home) = homes[i] {
                groups.entry(home).or_default().push(i);
            }
        }
    }
    let agents = local_agents(claims, articles, g);
    let mut findings: Vec<Finding> = groups
        .into_iter()
        .flat_map(|(group, members)| {
            group_findings(claims, articles, &origins, &agents, g, group, &members)
        })
        .collect();
    findings.extend(internal::check(claims, articles, g));
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| first_position(claims, a).cmp(&first_position(claims, b)))
    });
    findings
}

/// "Les 421 salariés de l'usine" says nothing happened to them, but
/// another article's "qui emploie 412 salariés" says what those employees
/// are counted as: a claim with only a counted noun also joins the group
/// of the event claims, from other articles, that count the same noun,
/// when they all belong to one group; not a vague noun ("600 personnes").
/// A whole ("les 23 drones engagés") is not what its parts' event counts.
/// Likewise a figure with a topic ("85,6 % des candidats inscrits sont
/// admis") joins the group of the event claims of other articles, in its
/// unit, whose sentences share `TOPIC_SHARED` of its words ("le taux de
/// réussite des candidats atteint 85,6 %"), when they all belong to one
/// group.
fn homes<'c>(claims: &'c [Claim], articles: &[Article], g: &Grammar) -> Vec<Option<&'c str>> {
    fn noun(c: &Claim) -> Option<(&str, &str, crate::claim::Modality)> {
        c.mention
            .counted
            .as_deref()
            .map(|n| (n, c.measure.as_str(), c.modality))
    }
    // For each counted noun, the group of its event claims.
    let mut events: HashMap<_, Home> = HashMap::new();
    for c in claims.iter().filter(|c| !c.fallback && c.part_of.is_none()) {
        if let Some(n) = noun(c) {
            add_home(&mut events, n, c);
        }
    }
    let worded = if claims.iter().any(|c| !c.topic.is_empty()) {
        worded_events(claims, articles, g)
    } else {
        HashMap::new()
    };
    claims
        .iter()
        .map(|c| {
            if !c.topic.is_empty() {
                return topical_home(c, &worded);
            }
            if !c.fallback || c.part_of.is_some() || c.group.starts_with(crate::claim::WHOLE) {
                return None;
            }
            let n = noun(c)?;
            if g.vague_nouns.get(n.0).is_some() {
                return None;
            }
            let (group, docs) = events.get(&n)?.as_ref()?;
            docs.iter().any(|&d| d != c.doc).then_some(*group)
        })
        .collect()
}

/// One group and the articles of its event claims, or `None` when the
/// claims are of more than one group.
type Home<'c> = Option<(&'c str, Vec<usize>)>;

/// Records an event claim under `key`: its group and article, or `None`
/// once the key has claims of two groups.
fn add_home<'c, K: std::hash::Hash + Eq>(homes: &mut HashMap<K, Home<'c>>, key: K, c: &'c Claim) {
    let entry = homes
        .entry(key)
        .or_insert_with(|| Some((c.group.as_str(), Vec::new())));
    match entry {
        Some((group, docs)) if *group == c.group => docs.push(c.doc),
        _ => *entry = None,
    }
}

/// For each measure, modality and word stem, the group of the event claims
/// whose sentences have that word.
fn worded_events<'c>(
    claims: &'c [Claim],
    articles: &[Article],
    g: &Grammar,
) -> HashMap<(&'c str, crate::claim::Modality, String), Home<'c>> {
    let mut out: HashMap<_, Home> = HashMap::new();
    for c in claims.iter().filter(|c| !c.fallback && c.part_of.is_none()) {
        let worded = matches!(c.value, Some(ClaimValue::Date(_))) || c.mention.unit.is_some();
        let Some(text) = articles.get(c.doc).map(|a| a.text.as_str()) else {
            continue;
        };
        if !worded || text.get(c.sentence.start..c.sentence.end).is_none() {
            continue;
        }
        for stem in crate::claim::topic(g, text, c.sentence, &c.mention) {
            add_home(&mut out, (c.measure.as_str(), c.modality, stem), c);
        }
    }
    out
}

/// Words a figure with no event shares with event claims before it joins
/// their group: one may be the story's ("commune"), two say more.
const TOPIC_SHARED: usize = 2;

/// The one group of the event claims of other articles that share
/// `TOPIC_SHARED` words with a claim's topic, if there is one.
fn topical_home<'c>(
    c: &Claim,
    worded: &HashMap<(&'c str, crate::claim::Modality, String), Home<'c>>,
) -> Option<&'c str> {
    let mut home: Option<&str> = None;
    let mut shared = 0;
    for stem in &c.topic {
        let Some(found) = worded.get(&(c.measure.as_str(), c.modality, stem.clone())) else {
            continue;
        };
        let (group, docs) = found.as_ref()?;
        if !docs.iter().any(|&d| d != c.doc) {
            continue;
        }
        match home {
            Some(h) if h != *group => return None,
            _ => home = Some(group),
        }
        shared += 1;
    }
    home.filter(|_| shared >= TOPIC_SHARED)
}

/// The agent as written of each amount claim, when no entity of the
/// grammar names it (see `claim::local_agent`); each sentence is read once.
fn local_agents(claims: &[Claim], articles: &[Article], g: &Grammar) -> Vec<Option<Vec<String>>> {
    let mut contexts: HashMap<(usize, usize), Option<SentenceContext>> = HashMap::new();
    claims
        .iter()
        .map(|c| {
            if !matches!(c.value, Some(ClaimValue::Amount(_))) {
                return None;
            }
            let text = &articles.get(c.doc)?.text;
            let ctx = contexts
                .entry((c.doc, c.sentence.start))
                .or_insert_with(|| {
                    text.get(c.sentence.start..c.sentence.end)?;
                    Some(SentenceContext::of(text, c.sentence, g, true))
                })
                .as_ref()?;
            crate::claim::local_agent(ctx, text, c)
        })
        .collect()
}

fn first_position(claims: &[Claim], f: &Finding) -> (usize, usize) {
    f.claims
        .first()
        .map_or((0, 0), |&i| (claims[i].doc, claims[i].mention.span.start))
}

/// Who a claim comes from, for independence: a named outlet, or the article
/// itself when it names none.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Origin {
    Outlet(String),
    Article(usize),
}

fn origin(articles: &[Article], doc: usize) -> Origin {
    match &articles[doc].source {
        Some(s) => Origin::Outlet(s.to_lowercase()),
        None => Origin::Article(doc),
    }
}

/// Claims of one group that state the same thing in the same terms (value,
/// marker, scope, place, source, publication date): every pair of claims
/// from two classes gets the same verdict, so classes compare pairwise,
/// not claims.
struct Class {
    members: Vec<usize>,
}

/// Up to two of `members` of different origins: any claim has an
/// independent partner among the members if and only if one of these is of
/// another origin.
fn reps<'o>(
    members: impl Iterator<Item = usize>,
    origin_of: impl Fn(usize) -> &'o Origin,
) -> Vec<usize> {
    let mut reps = Vec::new();
    for member in members {
        if reps.len() < 2 && reps.iter().all(|&r| origin_of(r) != origin_of(member)) {
            reps.push(member);
        }
    }
    reps
}

/// The findings of one group: one per verdict found between claims of
/// different, independent articles, each with the claims involved. A group
/// can hold a corroboration (27,3 % in both) beside a conflict: the
/// agreement is not hidden by the disagreement. Cost: linear in the group's
/// claims times its number of classes (a few distinct values), not its
/// square.
fn group_findings(
    claims: &[Claim],
    articles: &[Article],
    origins: &[Origin],
    agents: &[Option<Vec<String>>],
    g: &Grammar,
    group: &str,
    members: &[usize],
) -> Vec<Finding> {
    let origin_of = |i: usize| &origins[claims[i].doc];
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut classes: Vec<Class> = Vec::new();
    for &i in members {
        let c = &claims[i];
        let key = format!(
            "{:?}|{:?}|{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
            c.agent,
            c.place,
            c.place_inferred,
            c.scope,
            c.area,
            c.local_place,
            agents[i],
            c.source,
            c.value,
            c.event,
            c.mention.approx,
            articles[c.doc].published,
            c.topic
        );
        let k = *index.entry(key).or_insert_with(|| {
            classes.push(Class {
                members: Vec::new(),
            });
            classes.len() - 1
        });
        classes[k].members.push(i);
    }
    // Has `i` an independent partner among `reps`?
    let partnered = |i: usize, reps: &[usize]| reps.iter().any(|&r| origin_of(r) != origin_of(i));
    // Verdicts between classes (a class with itself too).
    let mut pairs: Vec<(Verdict, usize, usize)> = Vec::new();
    for a in 0..classes.len() {
        for b in a..classes.len() {
            let (ra, rb) = (classes[a].members[0], classes[b].members[0]);
            // A claim that came in from its own group (by its noun or its
            // words) meets the claims of this one, not another guest: two
            // guests meet at home.
            if claims[ra].group != group && claims[rb].group != group {
                continue;
            }
            // Two amounts put forward by two actors the grammar does not
            // know ("la coalition", "l'armée de l'air gouvernementale") are
            // each actor's own figure.
            let amounts = matches!(claims[ra].value, Some(ClaimValue::Amount(_)));
            if amounts && !same_local_agent(agents[ra].as_deref(), agents[rb].as_deref()) {
                continue;
            }
            // Two figures with a unit and no event are about the same thing
            // only when their sentences say so with a shared word; even
            // then, two values may be of two things ("198 euros la tonne"
            // at Rouen, "185 euros" paid to the farmer): they only agree.
            // (A guest by its words shares two with the event claims of
            // the group it joined, which have no topic.)
            let (ta, tb) = (&claims[ra].topic, &claims[rb].topic);
            let topical = !ta.is_empty() || !tb.is_empty();
            if !ta.is_empty() && !tb.is_empty() && !ta.iter().any(|w| tb.contains(w)) {
                continue;
            }
            // A counted noun alone ("124 communes", "57 autres communes")
            // does not say two figures count the same set: far apart, they
            // most often count two different ones. Close, or equal, they
            // are worth showing.
            let fallback = claims[ra].fallback || claims[rb].fallback;
            // "en hausse de 3,4 %" and "a progressé de 2,3 %" may be the
            // rise of two different things.
            let event = claims[ra].event.map(|e| &g.events[e]);
            let generic = event.is_some_and(|e| e.generic);
            // Two vote shares are one candidate's only when both say whose.
            let unknown = |i: usize| claims[i].agent.is_none() && agents[i].is_none();
            let anonymous_shares = event.is_some_and(|e| e.shares) && (unknown(ra) || unknown(rb));
            match verdict(&claims[ra], &claims[rb], articles, g) {
                Some(Verdict::Contradiction) if fallback || anonymous_shares => {}
                Some(v) if (generic || topical) && v != Verdict::Agree => {}
                Some(v) => pairs.push((v, a, b)),
                None => {}
            }
        }
    }
    // "38 %", beside an article that gives "12 % vendredi" and "38 % la
    // veille" (or 51,4 % in one département and 43,7 % in the whole
    // region): that article tells two figures apart, and the first is
    // about the one it agrees with, not in conflict with the other.
    let docs: Vec<rustc_hash::FxHashSet<usize>> = classes
        .iter()
        .map(|c| c.members.iter().map(|&i| claims[i].doc).collect())
        .collect();
    let mut agrees_with: Vec<Vec<usize>> = vec![Vec::new(); classes.len()];
    for &(v, a, b) in &pairs {
        if v == Verdict::Agree {
            agrees_with[a].push(b);
            if a != b {
                agrees_with[b].push(a);
            }
        }
    }
    let agrees_beside = |a: usize, b: usize| {
        agrees_with[a]
            .iter()
            .any(|&other| other != b && docs[other].iter().any(|d| docs[b].contains(d)))
    };
    // An article does not contradict itself: when one article holds two
    // values the comparison would set against each other ("3 112 tués en
    // métropole", "612 décès de deux-roues"), it tells them apart by
    // something the claims do not carry, and neither of its figures can
    // be set against another article's.
    let mut confused: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    for &(v, a, b) in &pairs {
        if v != Verdict::Agree && a != b {
            for &d in docs[a].iter().filter(|d| docs[b].contains(d)) {
                confused.insert((a, d));
                confused.insert((b, d));
            }
        }
    }
    let pairs: Vec<(Verdict, usize, usize)> = pairs
        .iter()
        .copied()
        .filter(|&(v, a, b)| v == Verdict::Agree || !(agrees_beside(a, b) || agrees_beside(b, a)))
        .collect();
    let clear = |class: usize, i: usize| !confused.contains(&(class, claims[i].doc));
    // The claims of `a` with an independent partner in `b`, and the reverse.
    let involved = |a: usize, b: usize, b_reps: &[usize], a_reps: &[usize]| -> Vec<usize> {
        let mut out: Vec<usize> = classes[a]
            .members
            .iter()
            .copied()
            .filter(|&i| partnered(i, b_reps))
            .collect();
        if a != b {
            out.extend(
                classes[b]
                    .members
                    .iter()
                    .copied()
                    .filter(|&i| partnered(i, a_reps)),
            );
        }
        out
    };
    // The reps of each class among the members `keep` lets through.
    let reps_where = |keep: &dyn Fn(usize, usize) -> bool| -> Vec<Vec<usize>> {
        (0..classes.len())
            .map(|k| {
                let members = classes[k].members.iter().copied();
                reps(members.filter(|&i| keep(k, i)), origin_of)
            })
            .collect()
    };
    // Those of members an article of theirs does not set against another
    // of its figures.
    let clear_reps = reps_where(&|k, i| clear(k, i));
    // The claims of a disagreement between `a` and `b`, confused ones left out.
    let side = |k: usize, other: usize| -> Vec<usize> {
        classes[k]
            .members
            .iter()
            .copied()
            .filter(|&i| clear(k, i) && partnered(i, &clear_reps[other]))
            .collect()
    };
    let disagreeing = |a: usize, b: usize| -> Vec<usize> {
        let mut out = side(a, b);
        if a != b {
            out.extend(side(b, a));
        }
        out
    };
    // A claim that another source contradicts is not corroborated by a third
    // that only agrees with it in part ("30 septembre" without a year beside
    // "30 septembre 2016", itself contradicted): the contradiction is the
    // news. One that says the same ("lundi" and "le 16 mars", against "le
    // 14 mars") still is.
    let mut contested: rustc_hash::FxHashSet<usize> = Default::default();
    for &(v, a, b) in &pairs {
        if v == Verdict::Contradiction {
            contested.extend(disagreeing(a, b));
        }
    }
    // Those of uncontested members, and those of any.
    let free_reps = reps_where(&|_, i| !contested.contains(&i));
    let any_reps = reps_where(&|_, _| true);
    let mut chosen: Vec<(Verdict, Vec<usize>)> = Vec::new();
    for &(v, a, b) in &pairs {
        let claims_of_pair = if v == Verdict::Agree {
            let (ra, rb) = (classes[a].members[0], classes[b].members[0]);
            if claims[ra].value == claims[rb].value {
                involved(a, b, &any_reps[b], &any_reps[a])
            } else {
                let mut out = involved(a, b, &free_reps[b], &free_reps[a]);
                out.retain(|i| !contested.contains(i));
                out
            }
        } else {
            disagreeing(a, b)
        };
        if claims_of_pair.is_empty() {
            continue;
        }
        match chosen.iter_mut().find(|(w, _)| *w == v) {
            Some((_, list)) => list.extend(claims_of_pair),
            None => chosen.push((v, claims_of_pair)),
        }
    }
    chosen.sort_by_key(|x| std::cmp::Reverse(x.0));
    chosen
        .into_iter()
        .map(|(v, list)| verdict_finding(claims, articles, g, list, v))
        .collect()
}

/// The finding of one verdict within a group, with the claims involved.
fn verdict_finding(
    claims: &[Claim],
    articles: &[Article],
    g: &Grammar,
    mut chosen: Vec<usize>,
    worst: Verdict,
) -> Finding {
    chosen.sort_by_key(|&i| (claims[i].doc, claims[i].mention.span.start));
    chosen.dedup();
    // One claim per article and value is enough to show.
    let mut seen = rustc_hash::FxHashSet::default();
    chosen.retain(|&i| seen.insert((claims[i].doc, value_label(&claims[i], g))));
    let (kind, severity) = match worst {
        Verdict::Contradiction => (FindingKind::Contradiction, Severity::Error),
        Verdict::Discrepancy => (FindingKind::Discrepancy, Severity::Warning),
        Verdict::Decrease => (FindingKind::Update, Severity::Warning),
        Verdict::Increase => (FindingKind::Update, Severity::Info),
        Verdict::Agree => (FindingKind::Corroboration, Severity::Info),
    };
    let fallback = chosen.iter().any(|&i| claims[i].fallback);
    // A finding from a fallback key (no event recognised) is never an error.
    let severity = if fallback {
        severity.min(Severity::Warning)
    } else {
        severity
    };
    let confidence = chosen
        .iter()
        .map(|&i| claims[i].confidence)
        .fold(1.0, f32::min);
    let message = message(claims, articles, g, &chosen, worst);
    Finding {
        kind,
        severity,
        key: claims[chosen[0]].key.clone(),
        message,
        confidence,
        claims: chosen,
    }
}

/// The value of a claim in words a journalist reads: "30 Sept 2016", "≥ 200 militant".
pub fn value_label(c: &Claim, g: &Grammar) -> String {
    match c.value {
        Some(ClaimValue::Date(d)) => crate::report::date_label(&d),
        Some(ClaimValue::Amount(_)) | None => {
            let m = &c.mention;
            let v = m.value.map(|v| v.to_string()).unwrap_or_default();
            // The counted noun is in the claim's description; units stay.
            let unit = m.unit.map(|u| g.units[u].id.clone()).unwrap_or_default();
            let mark = match m.approx {
                crate::value::Approx::MoreThan => "> ",
                crate::value::Approx::AtLeast => "≥ ",
                crate::value::Approx::LessThan => "< ",
                crate::value::Approx::AtMost => "≤ ",
                crate::value::Approx::About => "~",
                _ => "",
            };
            let v = match (m.approx, m.value) {
                (crate::value::Approx::MoreThan | crate::value::Approx::AtLeast, Some(i)) => {
                    i.min.map(crate::value::num).unwrap_or(v)
                }
                (crate::value::Approx::LessThan | crate::value::Approx::AtMost, Some(i)) => {
                    i.max.map(crate::value::num).unwrap_or(v)
                }
                (crate::value::Approx::About, Some(i)) => i
                    .min
                    .zip(i.max)
                    .map(|(a, b)| crate::value::num(crate::value::tidy((a + b) / 2.0)))
                    .unwrap_or(v),
                _ => v,
            };
            format!("{mark}{v} {unit}").trim().to_string()
        }
    }
}

/// The words for an area scope: "nationwide".
pub fn area_label(g: &Grammar, area: &str) -> String {
    g.scopes
        .iter()
        .find(|s| s.id == area)
        .map_or_else(|| area.to_string(), |s| s.label.clone())
}

/// What the claim is about, in words: "start of the military operation (russia, syria)".
pub fn subject(c: &Claim, g: &Grammar) -> String {
    let what = match c.event {
        Some(e) => g.events[e].label.clone(),
        None => format!("number of {}", c.measure),
    };
    let mut parts = Vec::new();
    if let Some(a) = c.agent {
        parts.push(g.entities[a].id.clone());
    }
    if let Some(p) = c.place {
        if Some(p) != c.agent {
            parts.push(format!("in {}", g.entities[p].id));
        }
    }
    if !c.scope.is_empty() {
        parts.push(c.scope.clone());
    }
    if let Some(area) = &c.area {
        parts.push(area_label(g, area));
    }
    if parts.is_empty() {
        what
    } else {
        format!("{what} ({})", parts.join(", "))
    }
}

/// Do the values agree only as rounded figures ("54 %" beside "54,3 %")?
fn agree_by_rounding(claims: &[Claim], chosen: &[usize]) -> bool {
    let amounts: Vec<Interval> = chosen
        .iter()
        .filter_map(|&i| match claims[i].value {
            Some(ClaimValue::Amount(v)) => Some(v),
            _ => None,
        })
        .collect();
    amounts
        .iter()
        .enumerate()
        .any(|(k, x)| amounts[k + 1..].iter().any(|y| !x.overlaps(y)))
}

fn message(
    claims: &[Claim],
    articles: &[Article],
    g: &Grammar,
    chosen: &[usize],
    v: Verdict,
) -> String {
    let said: Vec<String> = chosen
        .iter()
        .map(|&i| {
            format!(
                "{} says {}",
                articles[claims[i].doc].id,
                value_label(&claims[i], g)
            )
        })
        .collect();
    let what = subject(&claims[chosen[0]], g);
    let verb = match v {
        Verdict::Contradiction => "cannot both hold",
        Verdict::Discrepancy => "differ slightly",
        Verdict::Increase => "grew between publications",
        Verdict::Decrease => "fell between publications",
        Verdict::Agree if agree_by_rounding(claims, chosen) => "agree once rounding is allowed for",
        Verdict::Agree => "agree",
    };
    format!("{what}: {} — {verb}", said.join("; "))
}

/// Articles read from texts (front matter allowed), with their claims: the
/// batch the checks' tests run on.
#[cfg(test)]
pub(crate) fn test_batch(
    texts: &[String],
    published: Option<chrono::NaiveDate>,
) -> (Vec<Article>, Vec<Claim>, Grammar) {
    let g = Grammar::builtin().unwrap();
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let path = format!("{i}.md");
            crate::corpus::article(
                std::path::Path::new(&path),
                t.clone().into_bytes(),
                published,
            )
            .unwrap()
        })
        .collect();
    let claims: Vec<Claim> = articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| crate::claim::attach(i, a, &crate::text::segment(a, &g), &g).claims)
        .collect();
    (articles, claims, g)
}
