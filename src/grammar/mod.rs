//! The compiled grammar: every French word the tool knows, loaded from
//! `grammars/fr/*.toml` (embedded defaults, then user folders merged by id),
//! validated, and turned into read-only lookup tables shared by `&`.

mod builtin;
mod compile;
pub mod schema;

pub use builtin::FILES as BUILTIN_FILES;
pub use compile::RawGrammar;

use crate::text::normalize::Lexicon;
use crate::value::{Approx, MentionKind, Relation, RelativeOrdinal};
use aho_corasick::AhoCorasick;
use std::collections::HashMap;

/// A day of the year as (month, day).
pub type DayOfYear = (u32, u32);

/// How a holiday falls in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayRule {
    Fixed(DayOfYear),
    /// The nth weekday (1 = Monday) of a month; nth -1 is the last.
    NthWeekday {
        month: u32,
        weekday: u32,
        nth: i32,
    },
    /// Days after Easter Sunday.
    Easter(i64),
}

/// Role of a number word in composition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Unit,
    Teen,
    Ten,
    Hundred,
    Thousand,
    Large,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberWord {
    pub role: Role,
    pub value: f64,
    pub multiplied_by_unit: bool,
    /// This form is the ordinal of the word ("vingtième").
    pub ordinal: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkerDef {
    pub approx: Approx,
    pub tolerance: f64,
}

#[derive(Clone, Debug)]
pub struct RangeDef {
    pub open: Lexicon<()>,
    pub join: Lexicon<()>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UnitDef {
    pub id: String,
    pub kind: MentionKind,
    pub dimension: String,
    pub factor: f64,
    pub months: Option<u32>,
    /// Parts of the currency this unit follows ("cents": 100).
    pub subunit: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodUnit {
    Week,
    Month,
    Year,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeadDef {
    pub relation: Relation,
    pub year: bool,
    pub forward: bool,
}

#[derive(Clone, Debug)]
pub struct EventDef {
    pub id: String,
    pub label: String,
    pub measures: Vec<String>,
    pub cumulative: bool,
    /// Shares of one whole (vote shares): they sum to at most 100 %.
    pub shares: bool,
    /// The event says how something changed, not what: its figures may
    /// agree across articles, they never conflict.
    pub generic: bool,
    /// What every count of the event counts, whatever its noun.
    pub count_as: Option<String>,
}

/// How an entity was named: by name ("Russie") or adjective ("russe"); a
/// capitalised adjective ("les Russes") is a demonym and names the agent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    Name,
    Adjective,
    Demonym,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityForm {
    pub entity: usize,
    pub kind: FormKind,
}

#[derive(Clone, Debug)]
pub struct EntityDef {
    pub id: String,
    pub kind: String,
    pub part_of: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct ScopeDef {
    pub id: String,
    pub label: String,
    /// Later figures of the same event in the article that state no scope
    /// share this one ("au second tour, 51,4 % […] l'emporte avec 43,7 %").
    pub carries: bool,
    /// The area a figure covers ("dans l'ensemble du pays"), not its time
    /// window: a nationwide toll is not a province's.
    pub area: bool,
    /// Only a figure before it in its clause has this scope: "deux marins
    /// supplémentaires" are added to a toll, they are not the toll.
    pub after: bool,
    /// Said before its figures, it frames the whole sentence ("la nuit
    /// suivante", "depuis le début de l'épidémie").
    pub frames: bool,
}

/// A boilerplate line rule.
#[derive(Clone, Debug, Default)]
pub struct LineRule {
    pub contains: Vec<String>,
    pub equals: Vec<String>,
    pub starts_with: Vec<String>,
}

/// The compiled grammar (read-only, `Send + Sync`).
#[derive(Debug)]
pub struct Grammar {
    pub number_words: Lexicon<NumberWord>,
    pub ordinal_words: Lexicon<f64>,
    pub conjunctions: Lexicon<()>,
    pub decimal_words: Lexicon<()>,
    pub fraction_joins: Lexicon<()>,
    /// Fraction words and their denominator ("tiers" → 3).
    pub fractions: Lexicon<f64>,
    pub ordinal_suffixes: Vec<String>,
    /// Multiplier letters after digits, exact forms, longest first: ("k", 1000).
    pub suffixes: Vec<(String, f64)>,
    /// "dernier", "avant-dernier", "suivante".
    pub relative_ordinals: Lexicon<RelativeOrdinal>,
    /// Words that make the number after them negative: "moins 10 degrés".
    pub negative_words: Lexicon<()>,
    /// Fraction signs and their value: '½' → 0.5.
    pub vulgar_fractions: HashMap<char, f64>,
    pub markers: Lexicon<MarkerDef>,
    pub vague: Lexicon<(f64, f64, bool)>,
    pub ranges: Vec<RangeDef>,
    pub discrepancy_tolerance: f64,
    /// At most this share of its value either side of a figure stands for,
    /// by the precision it is written with ("10 000" may be 9 500-10 500).
    pub round_tolerance: f64,
    pub units: Vec<UnitDef>,
    pub unit_forms: Lexicon<usize>,
    pub unit_prefixes: Lexicon<usize>,
    /// Unit forms read only after a large multiplier ("millions de livres").
    pub unit_after_large: Lexicon<usize>,
    /// Words before a number that turn a plain degree into another unit.
    pub unit_leads: Lexicon<usize>,
    /// Unit names that stand alone ("en degrés fahrenheit").
    pub unit_alone: Lexicon<usize>,
    pub links: Lexicon<()>,
    /// Words after a temperature that make it negative: "10 degrés en dessous de zéro".
    pub below_zero: Lexicon<()>,
    pub noun_skip: Lexicon<()>,
    pub function_words: Lexicon<()>,
    pub plural_rules: Vec<(String, String)>,
    pub lemmas: HashMap<String, String>,
    /// Lemmas of nouns that say nothing of who is counted ("personne").
    pub vague_nouns: Lexicon<()>,
    /// Words too common in news to say what a figure is about ("selon").
    pub common_words: Lexicon<()>,
    /// Lemma → class of nouns that count the same thing ("habitant" → people).
    pub noun_classes: HashMap<String, String>,
    /// Generic nouns ("établissement") and the specific ones they may stand for.
    pub generic_nouns: HashMap<String, Vec<String>>,
    pub months: Lexicon<u32>,
    pub weekdays: Lexicon<u32>,
    pub directions: Lexicon<i64>,
    pub relative_days: Lexicon<i64>,
    pub relative_periods: Lexicon<(PeriodUnit, i64)>,
    pub leads: Lexicon<LeadDef>,
    /// Parts of a month or year: (days of the month, months of the year).
    pub parts: Lexicon<([u32; 2], [u32; 2])>,
    /// Seasons: first and last day.
    pub seasons: Lexicon<(DayOfYear, DayOfYear)>,
    /// Quarters and halves: first and last month.
    pub quarters: Lexicon<[u32; 2]>,
    pub intervals: Vec<RangeDef>,
    pub holidays: Lexicon<HolidayRule>,
    pub decade_words: Lexicon<()>,
    pub century_words: Lexicon<()>,
    pub dateline_cues: Lexicon<()>,
    /// "ce", "cette": the month or weekday of the current year or week.
    pub this_words: Lexicon<()>,
    /// Leads after which a day of the month may stand alone ("le 23").
    pub day_leads: Lexicon<()>,
    /// Words that may follow a day standing alone ("le 17 à midi").
    pub day_followers: Lexicon<()>,
    /// Words that tie a relative day to another event ("la veille du scrutin").
    pub event_links: Lexicon<()>,
    /// "toute la journée": a whole unit of time ("tout", "toute") ...
    pub whole_words: Lexicon<()>,
    /// ... and the article before the unit ("la", "le", "l'").
    pub whole_articles: Lexicon<()>,
    /// "une demi-heure", "demi journée": half a unit of time.
    pub half_words: Lexicon<()>,
    /// "mois de" before a month name ("au mois de mars").
    pub month_words: Lexicon<()>,
    /// Month names that are a date only after a lead ("en mars", not "Mars").
    pub lead_only_months: Lexicon<()>,
    /// Times of day (`time.toml`).
    pub time: TimeTables,
    pub events: Vec<EventDef>,
    /// The events each trigger names (one form may name several), and the
    /// phrases that contain a trigger but name no event ("a fait état de"
    /// beside "a fait 300 morts"), which name none.
    pub triggers: Lexicon<Vec<usize>>,
    /// Words that say something began or ended ("ont commencé à quitter"):
    /// the trigger right after them names the event.
    pub aspectual: Lexicon<()>,
    /// Auxiliaries right before a trigger: the trigger is a verb ("ont été
    /// évacués"), which says more of its subject than the subject's noun.
    pub auxiliaries: Lexicon<()>,
    /// "a été avancée et débutera dès samedi": a date in the clause of one
    /// of these is a new schedule.
    pub rescheduled: Lexicon<()>,
    pub entities: Vec<EntityDef>,
    pub entity_forms: Lexicon<EntityForm>,
    pub agent_heads: Lexicon<()>,
    pub place_preps: Lexicon<()>,
    /// Nouns of places ("commune", "station") that let a place preposition
    /// reach a name further on.
    pub place_nouns: Lexicon<()>,
    /// Words that point back to a place named before ("y", "ce village"):
    /// `true`; forms that contain one without doing so ("il y a"): `false`.
    pub place_anaphors: Lexicon<bool>,
    pub complement_preps: Lexicon<()>,
    pub agent_preps: Lexicon<()>,
    pub scopes: Vec<ScopeDef>,
    pub scope_forms: Lexicon<usize>,
    /// Cues that the figures after them are parts of the figure before
    /// ("50 morts, dont 30 civils").
    pub part_cues: Lexicon<()>,
    /// Cues that set a figure against another ("58 % contre 66 % en 2017"):
    /// the two are not shares of one whole.
    pub comparison_cues: Lexicon<()>,
    /// Words that end the gap between a part and its whole ("112 des 250",
    /// "six unités sur huit").
    pub denominator_cues: Lexicon<()>,
    /// Heads whose complement is what a later bare figure counts ("le
    /// nombre de personnes interpellées s'élève à 310").
    pub count_heads: Lexicon<()>,
    /// "ce qui porte à quatre": the figure after it is a new total, the
    /// figure before it what was added.
    pub total_cues: Lexicon<()>,
    /// "au lendemain de la fête de l'Assomption": the date after one of
    /// these is a point of reference, not the day of the figures.
    pub reference_cues: Lexicon<()>,
    /// Nouns right before a bare figure that are what it measures
    /// ("magnitude 6,8").
    pub measure_heads: Lexicon<()>,
    /// Words that refer back to what the previous sentence was about ("il",
    /// "en", "ce chiffre").
    pub anaphora: Lexicon<()>,
    /// Articles of a plural noun a bare figure stands in apposition to
    /// ("les grévistes, près de quatre cents").
    pub apposition_articles: Lexicon<()>,
    /// "ils étaient" before a bare figure: the noun class it counts.
    pub subject_counts: Lexicon<String>,
    /// Bodies that give figures, by class: "le syndicat", "la CGT" → unions.
    pub sources: Lexicon<String>,
    /// The ids of those classes.
    pub source_classes: Vec<String>,
    pub source_cues: Lexicon<()>,
    /// Words that attribute a figure only when a body of a known class
    /// follows them, before a comma: "Pour la famille, le chiffre …".
    pub body_cues: Lexicon<()>,
    pub speech_verbs: Lexicon<()>,
    /// "a-t-il déclaré", "elle affirme": a verb of saying whose speaker is
    /// one of these is the body named in the sentence before.
    pub speaker_pronouns: Lexicon<()>,
    pub conditional: Lexicon<()>,
    pub negation: Lexicon<()>,
    pub future: Lexicon<()>,
    /// Endings of a verb in the simple future ("-ront"), on a word in lower
    /// case not in `not_future`.
    pub future_endings: Vec<String>,
    pub not_future: Lexicon<()>,
    pub abbreviations: Lexicon<()>,
    pub boilerplate: Vec<LineRule>,
    /// Every `contains` of the boilerplate rules in one automaton, so that
    /// a line is read once rather than once per pattern.
    pub boilerplate_contains: Option<AhoCorasick>,
    /// What may stand before a figure (leads, markers, vague and relative
    /// forms): a start is tried only if these chain from it to the figure.
    pub starters: Lexicon<()>,
    /// One automaton over the words that can start the core of a mention.
    pub anchors: AhoCorasick,
    /// The merged source files, for `recoupe grammar --dump` and the examples test.
    pub raw: RawGrammar,
}

/// One automaton over all the `contains` patterns of `rules` (`None` if it
/// cannot be built: the rules are then tried one by one).
pub(crate) fn contains_automaton(rules: &[LineRule]) -> Option<AhoCorasick> {
    AhoCorasick::new(rules.iter().flat_map(|r| &r.contains)).ok()
}

/// The compiled tables of `time.toml`.
#[derive(Debug, Default)]
pub struct TimeTables {
    /// Parts of the day: hours `[start, end)`.
    pub parts: Lexicon<[u32; 2]>,
    /// Halves of a part of the day: 1 or 2.
    pub halves: Lexicon<u32>,
    pub named: Lexicon<u32>,
    /// `true` for the afternoon half of the clock.
    pub meridiems: Lexicon<bool>,
    /// Glued or spaced after the hour ("15h30", "16 heures"), longest first.
    pub hour_marks: Vec<String>,
    pub minute_marks: Vec<String>,
    pub minute_words: Lexicon<()>,
    pub span_open: Lexicon<()>,
    pub span_join: Lexicon<()>,
    /// "paralysait encore, samedi": a day right after one of these is a
    /// day a state still held, not the day its event happened.
    pub still: Lexicon<()>,
    pub clock_leads: Lexicon<()>,
    pub determiners: Lexicon<()>,
    pub this: Lexicon<()>,
    pub day_links: Lexicon<()>,
    /// After a count: -1 "dernières", +1 "prochaines".
    pub window_directions: Lexicon<i64>,
    pub window_open: Lexicon<()>,
    /// "ce week-end".
    pub weekend: Lexicon<()>,
}

impl Grammar {
    /// The embedded default grammar.
    pub fn builtin() -> crate::Result<Grammar> {
        Grammar::load(&[])
    }

    /// The embedded grammar merged with every user folder, in order.
    pub fn load(dirs: &[std::path::PathBuf]) -> crate::Result<Grammar> {
        let mut raw = RawGrammar::builtin()?;
        for dir in dirs {
            raw.merge_dir(dir)?;
        }
        raw.compile()
    }

    pub fn unit(&self, id: &str) -> Option<&UnitDef> {
        self.units.iter().find(|u| u.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&EventDef> {
        self.events.iter().find(|e| e.id == id)
    }
}
