//! Serde structs that mirror the grammar files one to one, with
//! `deny_unknown_fields` so a misspelled key is an error. No logic here.

use serde::Deserialize;

/// An example attached to an entry; checked by `tests/grammar_examples.rs`.
#[derive(Clone, Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub date: Option<String>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub offset: Option<i64>,
}

macro_rules! file_struct {
    ($name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Clone, Debug, Deserialize, Default)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            pub schema: Option<u32>,
            pub lang: Option<String>,
            pub description: Option<String>,
            #[serde(default)]
            pub disable: Vec<String>,
            $(#[serde(default)] pub $field: $ty,)*
        }
    };
}

file_struct!(NumbersFile {
    conjunctions: Vec<String>,
    ordinal_suffixes: Vec<String>,
    decimal_words: Vec<String>,
    fraction_joins: Vec<String>,
    word: Vec<NumberWord>,
    ordinal: Vec<OrdinalWord>,
    fraction: Vec<FractionWord>,
    suffix: Vec<SuffixWord>,
    relative_ordinal: Vec<RelativeOrdinalWord>,
    negative_words: Vec<String>,
    vulgar_fractions: std::collections::BTreeMap<String, f64>,
});

/// A multiplier written as a letter right after digits: "10k", "3M", "1,2 G".
/// Its forms are matched exactly, case included ("G" is giga, "g" a gram).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuffixWord {
    pub id: String,
    pub value: f64,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// An ordinal relative to the end of a series or to the current item:
/// "dernier" (end, 0), "avant-dernier" (end, -1), "suivant" (current, +1).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelativeOrdinalWord {
    pub id: String,
    pub relative_to: String,
    pub offset: i64,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FractionWord {
    pub id: String,
    pub denominator: f64,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberWord {
    pub id: String,
    pub role: String,
    pub value: f64,
    pub forms: Vec<String>,
    #[serde(default)]
    pub ordinal: Vec<String>,
    #[serde(default)]
    pub multiplied_by_unit: bool,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrdinalWord {
    pub id: String,
    pub value: f64,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

file_struct!(ApproxFile {
    discrepancy_tolerance: Option<f64>,
    round_tolerance: Option<f64>,
    marker: Vec<Marker>,
    vague: Vec<Vague>,
    range: Vec<RangeForm>,
});

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marker {
    pub id: String,
    pub approx: String,
    #[serde(default)]
    pub tolerance: Option<f64>,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vague {
    pub id: String,
    pub forms: Vec<String>,
    pub min: f64,
    pub max: f64,
    /// An estimate of one figure ("une soixantaine"), which can be wrong,
    /// rather than an order of magnitude ("des centaines"), which only
    /// agrees or says nothing.
    #[serde(default)]
    pub estimate: bool,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeForm {
    pub id: String,
    #[serde(default)]
    pub open: Vec<String>,
    pub join: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

file_struct!(UnitsFile {
    links: Vec<String>,
    below_zero: Vec<String>,
    unit: Vec<Unit>,
});

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub kind: String,
    pub dimension: String,
    pub factor: f64,
    /// Calendar months in one of this unit (years: 12), for dates shifted by
    /// it ("il y a trois ans"); other durations shift by `factor` days.
    #[serde(default)]
    pub months: Option<u32>,
    pub forms: Vec<String>,
    #[serde(default)]
    pub prefix_forms: Vec<String>,
    /// Forms that name this unit only after a large multiplier: "361
    /// millions de livres" is money, "25 livres" a weight.
    #[serde(default)]
    pub after_large_forms: Vec<String>,
    /// Words before a number that make a plain degree this unit: "un angle
    /// de 45 degrés" is an angle, not a temperature.
    #[serde(default)]
    pub leads: Vec<String>,
    /// Forms that name the unit even without a number, as the target of a
    /// conversion: "convertir 10 celsius en fahrenheit".
    #[serde(default)]
    pub alone_forms: Vec<String>,
    /// How many of this unit make the currency it follows: "15 dollars et
    /// 15 cents" (cents: 100).
    #[serde(default)]
    pub subunit: Option<f64>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

file_struct!(NounsFile {
    skip: Vec<String>,
    function_words: Vec<String>,
    vague: Vec<String>,
    common_words: Vec<String>,
    plural: Vec<PluralRule>,
    lemma: Vec<LemmaRule>,
    class: Vec<NounClass>,
    generic: Vec<GenericNoun>,
});

/// A noun that stands for a more specific one the article names before it:
/// "la modernisation de ses lycées […] 140 établissements" counts lycées.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenericNoun {
    /// The generic noun's lemma.
    pub id: String,
    /// Lemmas of the nouns it may stand for.
    pub specific: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NounClass {
    pub id: String,
    /// Lemmas of the nouns that count the same thing.
    pub members: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PluralRule {
    pub id: String,
    pub suffix: String,
    pub singular: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LemmaRule {
    pub id: String,
    pub forms: Vec<String>,
    /// The lemma; when absent the forms are their own lemma (invariable words).
    pub lemma: Option<String>,
}

file_struct!(CalendarFile {
    month: Vec<Numbered>,
    weekday: Vec<Numbered>,
    direction: Vec<Offset>,
    relative_day: Vec<Offset>,
    relative_period: Vec<RelativePeriod>,
    lead: Vec<Lead>,
    part: Vec<PartOf>,
    season: Vec<Season>,
    quarter: Vec<Quarter>,
    interval: Vec<RangeForm>,
    holiday: Vec<Holiday>,
    decade_words: Vec<String>,
    century_words: Vec<String>,
    dateline_cues: Vec<String>,
    this_words: Vec<String>,
    day_leads: Vec<String>,
    day_followers: Vec<String>,
    event_links: Vec<String>,
    whole_words: Vec<String>,
    whole_articles: Vec<String>,
    half_words: Vec<String>,
    month_words: Vec<String>,
    lead_only_months: Vec<String>,
});

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartOf {
    pub id: String,
    pub forms: Vec<String>,
    pub month_days: [u32; 2],
    pub year_months: [u32; 2],
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Season {
    pub id: String,
    pub forms: Vec<String>,
    /// "MM-DD".
    pub start: String,
    pub end: String,
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// A holiday: a fixed `day` ("MM-DD"), the `nth` `weekday` of a `month`, or
/// `easter` days after Easter Sunday.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub id: String,
    pub forms: Vec<String>,
    pub day: Option<String>,
    pub month: Option<u32>,
    pub weekday: Option<u32>,
    pub nth: Option<i32>,
    pub easter: Option<i64>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quarter {
    pub id: String,
    pub forms: Vec<String>,
    pub months: [u32; 2],
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Numbered {
    pub id: String,
    pub number: u32,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offset {
    pub id: String,
    pub offset: i64,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelativePeriod {
    pub id: String,
    pub unit: String,
    pub offset: i64,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    pub id: String,
    pub relation: String,
    #[serde(default)]
    pub year: bool,
    #[serde(default)]
    pub forward: bool,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

file_struct!(EventsFile {
    aspectual: Vec<String>,
    not_triggers: Vec<String>,
    auxiliaries: Vec<String>,
    rescheduled: Vec<String>,
    event: Vec<Event>,
});

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub label: String,
    pub measures: Vec<String>,
    #[serde(default)]
    pub cumulative: bool,
    /// The figures are shares of one whole (vote shares): in one sentence
    /// they sum to at most 100 %.
    #[serde(default)]
    pub shares: bool,
    /// The event says how something changed ("en hausse de 3 %"), not
    /// what: its figures may agree, they never conflict.
    #[serde(default)]
    pub generic: bool,
    /// Every count of the event counts this, whatever its noun ("400
    /// salariés en grève", "400 grévistes").
    #[serde(default)]
    pub count_as: Option<String>,
    pub triggers: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

file_struct!(EntitiesFile {
    agent_heads: Vec<String>,
    place_preps: Vec<String>,
    place_nouns: Vec<String>,
    place_anaphors: Vec<String>,
    not_place_anaphors: Vec<String>,
    complement_preps: Vec<String>,
    agent_preps: Vec<String>,
    entity: Vec<Entity>,
});

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub part_of: Option<String>,
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub adjectives: Vec<String>,
}

file_struct!(ScopeFile {
    part_cues: Vec<String>,
    comparison_cues: Vec<String>,
    denominator_cues: Vec<String>,
    count_heads: Vec<String>,
    total_cues: Vec<String>,
    reference_cues: Vec<String>,
    measure_heads: Vec<String>,
    anaphora: Vec<String>,
    apposition_articles: Vec<String>,
    scope: Vec<Scope>,
    subject_count: Vec<FormClass>,
});

/// A class and the forms that name it. In `[[subject_count]]`, a bare
/// figure right after a form counts the noun class `id` ("Ils étaient
/// environ 4 500 à manifester"); in `[[source]]`, a form names a body of
/// the class `id` that gives figures ("le syndicat", "la CGT").
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormClass {
    pub id: String,
    pub forms: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    pub id: String,
    pub label: String,
    /// Later figures of the same event that state no scope share it.
    #[serde(default)]
    pub carries: bool,
    /// The scope is the area a figure covers ("dans l'ensemble du pays"),
    /// not its time window: it compares like a place.
    #[serde(default)]
    pub area: bool,
    /// The scope qualifies only a figure written before it in its clause
    /// ("un millier de places supplémentaires").
    #[serde(default)]
    pub after: bool,
    /// Said before its figures, the scope frames its whole sentence ("La
    /// nuit suivante, […] cinq drones").
    #[serde(default)]
    pub frames: bool,
    pub forms: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

file_struct!(AttributionFile {
    source: Vec<FormClass>,
    source_cues: Vec<String>,
    body_cues: Vec<String>,
    speech_verbs: Vec<String>,
    speaker_pronouns: Vec<String>,
    conditional: Vec<String>,
    negation: Vec<String>,
    future: Vec<String>,
    future_endings: Vec<String>,
    not_future: Vec<String>,
});

file_struct!(SegmentationFile {
    abbreviations: Vec<String>,
});

file_struct!(BoilerplateFile { line: Vec<LinePattern> });

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinePattern {
    pub id: String,
    #[serde(default)]
    pub contains: Vec<String>,
    #[serde(default)]
    pub equals: Vec<String>,
    #[serde(default)]
    pub starts_with: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// Entries merge by `id`: a user entry with a builtin id replaces it.
pub trait HasId {
    fn id(&self) -> &str;
}

macro_rules! has_id {
    ($($t:ty),*) => { $(impl HasId for $t { fn id(&self) -> &str { &self.id } })* };
}
has_id!(
    FormClass,
    GenericNoun,
    DayPart,
    DayHalf,
    NamedHour,
    Meridiem,
    NumberWord,
    OrdinalWord,
    FractionWord,
    SuffixWord,
    RelativeOrdinalWord,
    NounClass,
    PartOf,
    Holiday,
    Season,
    Quarter,
    Marker,
    Vague,
    RangeForm,
    Unit,
    PluralRule,
    LemmaRule,
    Numbered,
    Offset,
    RelativePeriod,
    Lead,
    Event,
    Entity,
    Scope,
    LinePattern
);

file_struct!(TimeFile {
    part: Vec<DayPart>,
    half: Vec<DayHalf>,
    named: Vec<NamedHour>,
    meridiem: Vec<Meridiem>,
    hour_marks: Vec<String>,
    minute_marks: Vec<String>,
    minute_words: Vec<String>,
    span_open: Vec<String>,
    span_join: Vec<String>,
    still: Vec<String>,
    clock_leads: Vec<String>,
    determiners: Vec<String>,
    this: Vec<String>,
    day_links: Vec<String>,
    window_past: Vec<String>,
    window_next: Vec<String>,
    window_open: Vec<String>,
    weekend: Vec<String>,
});

/// A part of the day and the hours it covers, `[start, end)`, 24 = midnight.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayPart {
    pub id: String,
    pub forms: Vec<String>,
    pub hours: [u32; 2],
}

/// The first (1) or second (2) half of a part of the day.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayHalf {
    pub id: String,
    pub forms: Vec<String>,
    pub half: u32,
}

/// An hour with a name ("midi").
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedHour {
    pub id: String,
    pub forms: Vec<String>,
    pub hour: u32,
}

/// Which half of the clock an hour is ("du matin", "pm").
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meridiem {
    pub id: String,
    pub forms: Vec<String>,
    pub pm: bool,
}
