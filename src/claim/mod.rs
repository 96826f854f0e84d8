//! Tying each figure to the claim it belongs to: what happened (an event
//! class from `events.toml`), what is measured, who (agent), where (place),
//! over what time (scope), who says it (attribution) and how (modality).
//! Dates are resolved against the article's publication date here.

mod context;
pub mod resolve;
mod rounding;

use crate::corpus::Article;
use crate::extract::{DateExpr, Mention};
use crate::grammar::Grammar;
use crate::span::Span;
use crate::text::normalize::{back_from, normalize, word_starts, Lexicon};
use crate::text::Sentence;
use crate::value::{Approx, DateValue, Interval, MentionKind, Relation};
pub use context::SentenceContext;
use context::{distance, Role};
use std::collections::HashMap;

/// How a claim is put forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Modality {
    Asserted,
    /// Reported, unconfirmed: "auraient été tués".
    Conditional,
    /// Denied: "n'a pas".
    Negated,
    /// Announced or planned: "va lancer".
    Future,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Conditional => "conditional",
            Modality::Negated => "negated",
            Modality::Future => "future",
        }
    }
}

/// The normalised value a claim compares on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClaimValue {
    /// In the base unit of the measure's dimension (days for durations).
    Amount(Interval),
    Date(DateValue),
}

/// A figure said about a thing.
#[derive(Clone, Debug)]
pub struct Claim {
    /// Index of the article in the batch.
    pub doc: usize,
    pub mention: Mention,
    pub sentence: Span,
    /// The comparison key, as shown: event, measure, agent, scope, modality.
    pub key: String,
    /// The key claims are grouped by: the key without its scope and agent
    /// (they compare pairwise, in `check`).
    pub group: String,
    pub event: Option<usize>,
    /// Fallback claims have no event class: the counted noun stands for it.
    pub fallback: bool,
    pub measure: String,
    pub agent: Option<usize>,
    pub place: Option<usize>,
    /// The place was not named in the sentence but taken from the article.
    pub place_inferred: bool,
    /// A place named in the sentence that the grammar does not know
    /// ("à Sarn"), as written.
    pub local_place: Option<String>,
    /// The time window the figure covers: a scope of `scope.toml`, a date
    /// ("on 2024-03-12", "since 2024-01") or a window ("within 24 hour").
    pub scope: String,
    /// The area the figure covers, when the sentence says so ("dans
    /// l'ensemble du pays"): an area scope of `scope.toml`.
    pub area: Option<String>,
    /// The figure this one is a part of ("50 morts, dont [30 civils]"): a
    /// part is not a claim about the whole.
    pub part_of: Option<Span>,
    /// The figure is an item of a list whose subject is elided ("A obtient
    /// 55 % des voix, [B 30 %]"): checked within its article only.
    pub listed: bool,
    pub attribution: Option<Span>,
    /// Who the figure is attributed to, when the attribution names a body
    /// ("selon la CGT", "d'après la préfecture"), lowercased.
    pub source: Option<String>,
    pub modality: Modality,
    pub trigger: Option<Span>,
    /// Where who acts is looked for: the trigger, or the figure itself when
    /// its trigger is the noun of the whole it is part of ("vingt-sept des
    /// trente-cinq sièges").
    pub anchor: Span,
    /// A date said to be a new schedule ("a été avancée et débutera dès
    /// samedi").
    pub rescheduled: bool,
    /// For a figure with a unit, or a day, and no event: the stems of its
    /// sentence's rarer words. It meets only figures whose sentences share
    /// one, and the event claims of other articles whose sentences share
    /// two (`check`), and only to agree. Empty otherwise.
    pub topic: Vec<String>,
    /// `None` when the value cannot be known (a weekday without publication date).
    pub value: Option<ClaimValue>,
    /// How far either side of its value an amount with no marker may stand,
    /// by the precision it is written with ("54 %": 0,5); 0 otherwise.
    pub rounding: f64,
    pub confidence: f32,
}

/// What extraction and attachment found in one article.
#[derive(Clone, Debug, Default)]
pub struct Attached {
    /// Every mention, for `extract`.
    pub mentions: Vec<Mention>,
    /// The claims among them, for `check`; `claim_of[i]` maps mention i to its claim.
    pub claims: Vec<Claim>,
    pub claim_of: Vec<Option<usize>>,
    /// Resolved date of each date mention.
    pub dates: Vec<Option<DateValue>>,
}

/// Extracts the mentions of an article and attaches them to claims.
pub fn attach(doc: usize, article: &Article, sentences: &[Sentence], g: &Grammar) -> Attached {
    let text = &article.text;
    let mut mentions: Vec<Vec<Mention>> = sentences
        .iter()
        .map(|s| crate::extract::extract(text, std::slice::from_ref(s), g))
        .collect();
    carry_money_unit(text, g, &mut mentions);
    for of_sentence in mentions.iter_mut() {
        join_nights(text, g, of_sentence);
    }
    // Sentences without figures only need their entities (for the dominant
    // agent and place, and the previous sentence's agent).
    let mut contexts: Vec<SentenceContext> = sentences
        .iter()
        .zip(&mentions)
        .map(|(s, m)| SentenceContext::of(text, s.span, g, !m.is_empty()))
        .collect();
    let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
    context::carry_places(g, text, &spans, &mut contexts);
    context::carry_speakers(g, text, &spans, &mut contexts);
    let dominant_agent = dominant(&contexts, Role::Agent);
    let dominant_place = dominant(&contexts, Role::Place);
    let mut out = Attached::default();
    let mut previous_agent: Option<usize> = None;
    // The claims of the previous sentence of the paragraph.
    let mut previous = 0..0;
    // The scope that carries, per event, last stated in the article.
    let mut carried: HashMap<usize, String> = HashMap::new();
    // The area a sentence of the paragraph opened with ("À l'échelle de la
    // région, …").
    let mut framed: Option<String> = None;
    for (si, sentence) in sentences.iter().enumerate() {
        if sentence.starts_paragraph {
            previous_agent = None;
            previous = 0..0;
            framed = None;
        }
        let first = out.claims.len();
        let ctx = &contexts[si];
        if let Some(frame) = opening_frame(g, text, ctx, sentence.span) {
            framed = frame;
        }
        let mentions = &mentions[si];
        let sentence_agent = ctx
            .entities
            .iter()
            .find(|e| e.role == Role::Agent)
            .map(|e| e.entity);
        let dates = sentence_dates(ctx, text, article, mentions);
        for (mi, m) in mentions.iter().enumerate() {
            let date = dates[mi];
            let claim = claim_for(
                doc,
                article,
                g,
                sentence.span,
                ctx,
                mentions,
                &dates,
                m,
                date,
                previous_agent.or(dominant_agent),
                dominant_place,
                &out.claims[previous.clone()],
            )
            .map(|c| carry_scope(g, &mut carried, c))
            .map(|c| carry_area(framed.as_deref(), c));
            out.claim_of.push(claim.map(|c| {
                out.claims.push(c);
                out.claims.len() - 1
            }));
            out.dates.push(date);
            out.mentions.push(m.clone());
        }
        if sentence_agent.is_some() {
            previous_agent = sentence_agent;
        }
        previous = first..out.claims.len();
    }
    out
}

/// "Une panne paralysait encore, samedi, le trafic": a day right after a
/// word of `still` is a day the state held, not the day of the event.
fn still_held(g: &Grammar, text: &str, sentence: Span, date: Span) -> bool {
    let before = text[sentence.start..date.start].trim_end_matches([' ', ',', '\u{a0}']);
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    !word.is_empty() && g.time.still.get(&word.to_lowercase()).is_some()
}

/// Does the date name a day of a month ("le 30 juin")?
fn names_day(m: &Mention) -> bool {
    matches!(
        m.date,
        Some(DateExpr::Calendar {
            month: Some(_),
            day: Some(_),
            ..
        })
    )
}

/// The spans of the date mentions among `mentions`.
fn date_spans(mentions: &[Mention]) -> Vec<Span> {
    mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Date)
        .map(|m| m.span)
        .collect()
}

/// "au second tour, 51,4 % […] l'emporte avec 43,7 %": a claim that states
/// no scope takes the scope that carries last stated for its event; a
/// claim that states one records it.
fn carry_scope(g: &Grammar, carried: &mut HashMap<usize, String>, mut c: Claim) -> Claim {
    let Some(event) = c.event else {
        return c;
    };
    if c.scope.is_empty() {
        if let Some(scope) = carried.get(&event) {
            c.scope = scope.clone();
            rekey_scope(&mut c);
        }
    } else if g.scopes.iter().any(|s| s.carries && s.id == c.scope) {
        carried.insert(event, c.scope.clone());
    }
    c
}

/// At most this many characters in a sentence's opening frame ("Dans
/// l'ensemble de la région,").
const MAX_FRAME: usize = 50;

/// Where a sentence says its figures are, when it opens with it: an area
/// ("À l'échelle de la région, 31 établissements …": `Some(Some(id))`),
/// or a place of its own ("Dans le département, deux nourrissons":
/// `Some(None)`); `None` when it opens with neither.
fn opening_frame(
    g: &Grammar,
    text: &str,
    ctx: &SentenceContext,
    sentence: Span,
) -> Option<Option<String>> {
    let area = ctx
        .scopes
        .iter()
        .find(|&&(sp, s)| g.scopes[s].area && text[sentence.start..sp.start].trim().is_empty())
        .map(|&(_, s)| g.scopes[s].id.clone());
    if area.is_some() {
        return Some(area);
    }
    let opening = &text[sentence.start..sentence.end];
    let comma = opening.find(',').filter(|&c| c <= MAX_FRAME)?;
    let phrase = &opening[..comma];
    let lower = phrase.to_lowercase();
    let prep = g
        .place_preps
        .longest(&lower)
        .is_some_and(|(len, _)| lower[len..].starts_with(' '));
    // "Au total," opens with a preposition too, but names no place.
    let names_place = phrase.split([' ', '\'', '’']).skip(1).any(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || g.place_nouns.get(&w.to_lowercase()).is_some()
    });
    (prep && names_place).then_some(None)
}

/// "À l'échelle de la région, 31 établissements ont déclaré des cas. Au
/// total, 612 résidents ont été touchés et neuf décès ont été recensés":
/// the area a sentence of the paragraph opened with covers the later
/// figures that name no area or place of their own.
fn carry_area(framed: Option<&str>, mut c: Claim) -> Claim {
    let Some(area) = framed else {
        return c;
    };
    let amount = matches!(c.value, Some(ClaimValue::Amount(_)));
    if !amount || c.area.is_some() || !c.place_inferred || c.local_place.is_some() {
        return c;
    }
    c.area = Some(area.to_string());
    rekey_scope(&mut c);
    c
}

/// Writes a claim's scope and area, changed after it was made, into its
/// key (event|measure|agent|scope|modality[|part]).
fn rekey_scope(c: &mut Claim) {
    let field = scope_field(&c.scope, c.area.as_deref());
    let mut fields: Vec<&str> = c.key.split('|').collect();
    if let Some(f) = fields.get_mut(3) {
        *f = &field;
    }
    c.key = fields.join("|");
}

/// The scope field of a claim's key: its time window, then its area
/// ("cumulative@national").
fn scope_field(scope: &str, area: Option<&str>) -> String {
    match area {
        Some(a) => format!("{scope}@{a}"),
        None => scope.to_string(),
    }
}

/// At most this many characters between an anaphor and the figure it
/// stands before ("il avait atteint 38 %").
const MAX_ANAPHOR_GAP: usize = 40;

/// The claim of the previous sentence a figure refers back to: "Le taux de
/// grévistes est tombé à 12 %. La veille, il avait atteint 38 %." Only a
/// figure that follows an anaphor in its clause and measures what the
/// earlier one does: a bare number (any count), a unit of the same
/// dimension, or a counted noun of the same class. A figure with an earlier
/// count in its own sentence refers to that one, not back ("Le camp, prévu
/// pour 25 000 personnes, en accueille près de 48 000").
fn antecedent<'c>(
    g: &Grammar,
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    m: &Mention,
    previous: &'c [Claim],
) -> Option<&'c Claim> {
    let own = measure(g, m).map(|(x, _)| x);
    if matches!(
        m.kind,
        MentionKind::Date | MentionKind::Duration | MentionKind::Ordinal
    ) {
        return None;
    }
    // "en" right before the figure is a preposition ("en première
    // division"), not the pronoun ("en rassemble"); a comma may set the
    // anaphor off ("La CGT, de son côté, revendique").
    let from = back_from(text, m.span.start, MAX_ANAPHOR_GAP, sentence.start);
    let refers = g
        .anaphora
        .scan(text, from, m.span.start)
        .iter()
        .any(|&(_, e, _)| !text[e..m.span.start].trim().is_empty());
    let counted_before = mentions.iter().any(|o| {
        o.span.end <= m.span.start
            && o.span.start >= sentence.start
            && matches!(measure(g, o), Some((_, "count" | "unit")))
    });
    if !refers || counted_before {
        return None;
    }
    previous.iter().rev().find(|c| {
        c.event.is_some()
            && c.part_of.is_none()
            && match (m.unit, c.mention.unit) {
                (None, None) => {
                    !matches!(c.mention.kind, MentionKind::Date | MentionKind::Duration)
                        && own.as_ref().is_none_or(|x| *x == c.measure)
                }
                (Some(a), Some(b)) => g.units[a].dimension == g.units[b].dimension,
                _ => false,
            }
    })
}

/// "la nuit de lundi à mardi" is one night, the one that begins on
/// Monday: the day after "à" is its end, not a date of its own, so that
/// "dans la nuit de lundi à mardi, 46 véhicules" and "46 véhicules : la
/// nuit de lundi à mardi" are dated alike.
fn join_nights(text: &str, g: &Grammar, mentions: &mut Vec<Mention>) {
    const NIGHT_FROM: u32 = 20 * 3600;
    let mut i = 1;
    while i < mentions.len() {
        let (a, b) = (&mentions[i - 1], &mentions[i]);
        let night = a.kind == MentionKind::Date && a.time.is_some_and(|t| t.from >= NIGHT_FROM);
        let weekday = matches!(b.date, Some(DateExpr::Weekday { .. }));
        let joined = text
            .get(a.span.end..b.span.start)
            .is_some_and(|gap| g.time.span_join.get(gap.trim()).is_some());
        if night && weekday && joined {
            let end = b.span.end;
            mentions[i - 1].span.end = end;
            mentions.remove(i);
        } else {
            i += 1;
        }
    }
}

/// At most this many bytes between an amount of money and a later bare
/// "N millions" that leaves its currency unsaid.
const MAX_ELIDED_UNIT_GAP: usize = 400;

/// "un budget de 84 millions d'euros. […] l'enveloppe s'élevait à 79,2
/// millions": a bare amount in millions or billions written soon after an
/// amount of money is in the same currency.
fn carry_money_unit(text: &str, g: &Grammar, mentions: &mut [Vec<Mention>]) {
    let mut last: Option<(usize, usize)> = None;
    for m in mentions.iter_mut().flatten() {
        match (m.kind, m.unit) {
            (MentionKind::Money, Some(u)) => last = Some((m.span.end, u)),
            (MentionKind::Number, None) if m.counted.is_none() => {
                let large = m.value.and_then(|v| v.min).is_some_and(|v| v >= 1e6)
                    && text[m.span.start..m.span.end].contains(char::is_alphabetic);
                if let Some((end, u)) = last.filter(|_| large) {
                    if m.span.start.saturating_sub(end) <= MAX_ELIDED_UNIT_GAP
                        && g.units[u].kind == MentionKind::Money
                    {
                        m.kind = MentionKind::Money;
                        m.unit = Some(u);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The resolved date of each mention of a sentence. A relative day ("la
/// veille", "le lendemain") counts from the day the sentence is about when an
/// earlier mention names one ("mardi 61 cas, contre 45 la veille"), else from
/// the publication date.
fn sentence_dates(
    ctx: &SentenceContext,
    text: &str,
    article: &Article,
    mentions: &[Mention],
) -> Vec<Option<DateValue>> {
    let mut anchor: Option<chrono::NaiveDate> = None;
    mentions
        .iter()
        .map(|m| {
            let d = m.date.as_ref()?;
            let resolved = match (d, anchor) {
                (DateExpr::Days(n), Some(a)) if *n != 0 => {
                    Some(DateValue::day(a + chrono::Duration::days(*n)))
                }
                _ => resolve::resolve(
                    d,
                    article.published,
                    m.forward || is_future(ctx, text, m.span),
                ),
            };
            if let (
                DateExpr::Weekday { .. } | DateExpr::Calendar { day: Some(_), .. },
                Some(DateValue::Resolved { from, to, .. }),
            ) = (d, resolved)
            {
                if from == to {
                    anchor = Some(from);
                }
            }
            resolved
        })
        .collect()
}

/// The entity most often named in a role across the article.
fn dominant(contexts: &[SentenceContext], role: Role) -> Option<usize> {
    let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
    for (order, e) in contexts
        .iter()
        .flat_map(|c| &c.entities)
        .filter(|e| e.role == role)
        .enumerate()
    {
        let entry = counts.entry(e.entity).or_insert((0, usize::MAX - order));
        entry.0 += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(_, (n, first))| (n, first))
        .map(|(e, _)| e)
}

fn is_future(ctx: &SentenceContext, text: &str, span: Span) -> bool {
    ctx.future
        .iter()
        .any(|&f| f.start <= span.start && distance(text, f, span) < 40)
}

/// The start of the event name of a whole with no event of its own ("les
/// 23 drones engagés", "250 sièges" in "112 des 250 sièges").
pub const WHOLE: &str = "~total ";

/// Words shorter than this say little of what a figure is about.
const TOPIC_WORD: usize = 5;

/// The stems (first `TOPIC_WORD` letters) of the rarer words of a figure's
/// sentence, outside the figure, that may say what it is about: "62 % de
/// la récolte est anéantie" and "plus de 60 % de la récolte est perdue"
/// share "récol".
pub fn topic(g: &Grammar, text: &str, sentence: Span, m: &Mention) -> Vec<String> {
    let mut out: Vec<String> = word_starts(text, sentence.start, sentence.end)
        .filter(|&st| st < m.span.start || st >= m.span.end)
        .filter_map(|st| {
            let word = text[st..sentence.end]
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()?;
            let key = normalize(word);
            let long = key.chars().count() >= TOPIC_WORD && !key.chars().any(char::is_numeric);
            let plain = g.function_words.get(&key).is_some() || g.common_words.get(&key).is_some();
            (long && !plain).then(|| key.chars().take(TOPIC_WORD).collect())
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The measure of a mention: "date", "duration", a unit dimension, or the counted noun.
fn measure(g: &Grammar, m: &Mention) -> Option<(String, &'static str)> {
    match (m.kind, m.unit, &m.counted) {
        (MentionKind::Date, _, _) => Some(("date".into(), "date")),
        (MentionKind::Duration, _, _) => Some(("duration".into(), "duration")),
        (_, Some(u), _) => Some((g.units[u].dimension.clone(), "unit")),
        (_, None, Some(noun)) => Some((g.noun_classes.get(noun).unwrap_or(noun).clone(), "count")),
        _ => None,
    }
}

/// Beyond this distance (characters, plus 40 per clause boundary) a trigger
/// word is about something else.
const MAX_TRIGGER_DISTANCE: usize = 160;
/// Beyond this distance a scope marker ("au premier tour", "par jour") is
/// about another figure of the sentence.
const MAX_SCOPE_DISTANCE: usize = 45;
/// A running total stated before its figure reaches further.
const MAX_RUNNING_SCOPE_DISTANCE: usize = 240;
/// The scope of a figure added to a total (scope.toml).
const ADDED: &str = "added";
/// At most this many characters between a figure and the one it is a part
/// of ("112 des 250 sièges", "six unités sur huit").
const MAX_DENOMINATOR_GAP: usize = 30;
/// At most this many characters between an aspectual verb and the trigger
/// it introduces ("ont commencé mardi à quitter").
const ASPECT_GAP: usize = 30;
/// At most this many characters between a part cue and a part ("dont 30
/// civils et 25 soldats"), and between the whole and the cue.
const MAX_PART_GAP: usize = 80;
const MAX_WHOLE_GAP: usize = 40;
/// At most this many characters between two figures of one list.
const MAX_LIST_GAP: usize = 40;
/// At most this many characters between a figure and the one set against
/// it ("22 % de grévistes parmi les professeurs des écoles, contre 38 %").
const MAX_COMPARED_GAP: usize = 80;
/// The noun class of people (nouns.toml), which any event counting people
/// may count.
const PEOPLE: &str = "people";
/// The cost of a trigger that is the figure's own counted noun.
const OWN_NOUN_COST: usize = 30;

#[allow(clippy::too_many_arguments)]
fn claim_for(
    doc: usize,
    article: &Article,
    g: &Grammar,
    sentence: Span,
    ctx: &SentenceContext,
    mentions: &[Mention],
    dates: &[Option<DateValue>],
    m: &Mention,
    date: Option<DateValue>,
    fallback_agent: Option<usize>,
    dominant_place: Option<usize>,
    previous: &[Claim],
) -> Option<Claim> {
    let text = &article.text;
    let antecedent = antecedent(g, text, sentence, mentions, m, previous);
    // "depuis huit ans" in an article of 2020 dates a start: 2012.
    let since = since_date(g, m, article.published);
    // "112 des 250 sièges", "87 sièges sur les 250": the second figure is
    // the whole the first is a part of, a claim about the whole only.
    let whole_of_previous = since.is_none() && is_denominator(g, text, mentions, m);
    let (measure, measure_kind) = match since {
        Some(_) => ("date".to_string(), "date"),
        None if whole_of_previous => measure(g, m).or_else(|| previous_measure(g, mentions, m))?,
        None => headed_measure(g, text, sentence, mentions, m)
            .map(|x| (x, "count"))
            .or_else(|| measure(g, m))
            .or_else(|| other_source_count(g, text, mentions, m))
            .or_else(|| {
                // "61 nouveaux cas, contre quarante-cinq la veille".
                let o = compared_with(g, text, mentions, m)?;
                measure(g, o).filter(|_| m.kind == MentionKind::Number && m.unit.is_none())
            })
            .or_else(|| part_measure(g, text, mentions, m))
            .or_else(|| antecedent.map(|c| (c.measure.clone(), "count")))?,
    };
    // "a indiqué mardi", "publiés lundi": the day something was said, not
    // the day it happened.
    if m.kind == MentionKind::Date
        && (ctx.is_statement_date(text, m.span, names_day(m), &date_spans(mentions))
            || still_held(g, text, sentence, m.span))
    {
        return None;
    }
    let fits = |event: usize| {
        let measures = &g.events[event].measures;
        measures.iter().any(|x| x == measure_kind || *x == measure)
    };
    // A trigger belongs to the nearest figure of its kind: in "placé en
    // vigilance rouge le 10 mars, s'est rendu sur place jeudi", the alert is
    // dated 10 March, not Thursday.
    let same_kind = |o: &Mention, target: Span| {
        o.span != target && self::measure(g, o).is_some_and(|(_, k)| k == measure_kind)
    };
    // "112 des 250 sièges": the whole's noun is the part's noun too.
    let whole_after = mentions
        .iter()
        .filter(|o| o.span.start >= m.span.end)
        .min_by_key(|o| o.span.start)
        .filter(|o| is_denominator(g, text, mentions, o))
        .map(|o| o.span);
    let names = |target: Span, s: Span| {
        target.contains(s) || (target == m.span && whole_after.is_some_and(|w| w.contains(s)))
    };
    // The counted noun itself ("300 morts", "320 habitants") is a weaker
    // trigger than a verb next to it ("320 habitants ont dû quitter leur logement").
    let cost = |s: Span, target: Span| {
        if names(target, s) {
            OWN_NOUN_COST
        } else {
            distance(text, s, target)
        }
    };
    // "ont commencé mardi à quitter la Syrie": a trigger that only says
    // something began yields to the trigger of another event right after it.
    let yields = |s: Span, e: usize| {
        ctx.aspectual.iter().any(|&a| {
            a.start < s.end
                && s.start < a.end
                && ctx.triggers.iter().any(|&(s2, e2)| {
                    e2 != e && fits(e2) && s2.start >= a.end && distance(text, a, s2) <= ASPECT_GAP
                })
        })
    };
    // "aujourd'hui" is also "nowadays": it dates an event only in the
    // event's own clause ("Sans les frappes, nous serions aujourd'hui…").
    let today = matches!(m.date, Some(DateExpr::Days(0)));
    let pick = |target: Span| {
        ctx.triggers
            .iter()
            .filter(|(_, e)| fits(*e))
            .filter(|&&(s, e)| !yields(s, e))
            .filter(|&&(s, _)| !today || context::same_clause(text, s, target))
            // "repêchés mercredi à l'aube, portant à cinq morts le bilan du
            // naufrage": a day is not dated by a trigger past a count.
            .filter(|&&(s, _)| {
                measure_kind != "date"
                    || s.end <= target.start
                    || !mentions.iter().any(|o| {
                        o.span.start >= target.end
                            && o.span.end <= s.start
                            && matches!(o.kind, MentionKind::Number | MentionKind::Quantity)
                    })
            })
            .map(|&(s, e)| {
                let d = cost(s, target);
                // "Six cents habitants des hameaux ont été évacués": the verb
                // of the figure, after an auxiliary, beats the figure's noun.
                let verb = s.start >= target.end
                    && d <= MAX_TRIGGER_DISTANCE
                    && context::same_clause(text, target, s)
                    && ends_with_form(&g.auxiliaries, text, target.end, s.start);
                (s, e, if verb { d.min(OWN_NOUN_COST - 1) } else { d })
            })
            .filter(|&(s, _, d)| {
                // The figure's own counted noun ("six décès et 96 cas") is
                // its own, however near another figure stands; so is the
                // verb it is the subject of ("neuf personnes ont été tuées
                // et une trentaine blessées").
                // "Treize civils, parmi lesquels deux enfants, ont été
                // tués": a part set off between the subject and its verb;
                // "46 des 82 résidents ont présenté des symptômes": the
                // whole is part of the subject.
                let incise = part_incise(g, text, target, s);
                let between = |o: &Mention| {
                    o.span.start >= target.end
                        && o.span.start < s.end
                        && !(target == m.span && whole_after == Some(o.span))
                };
                let subject = target.end <= s.start
                    && (incise
                        || (context::same_clause(text, target, s)
                            && !mentions.iter().any(between)));
                d <= MAX_TRIGGER_DISTANCE
                    && (names(target, s)
                        || subject
                        || !mentions
                            .iter()
                            .any(|o| same_kind(o, target) && distance(text, s, o.span) < d))
            })
            .min_by_key(|&(_, _, d)| d)
            .map(|(s, e, _)| (s, e))
    };
    let (whole, summed) = whole_of(g, text, ctx, mentions, m).unzip();
    let summed = summed.unwrap_or(false);
    // A part without a trigger of its own is a part of its whole's event
    // ("50 morts, dont 30 civils"); a figure in a list is about what the
    // list's first figure is about ("A obtient 55 % des voix, B 30 %").
    // A part takes its whole's event over a trigger beyond its clause:
    // "ont tué 13 civils, dont deux enfants, et endommagé une centrale".
    let whole_trigger = whole.and_then(|w| pick(w.span));
    // Its own trigger is its noun ("9 hospitalisations") or the verb of its
    // own clause ("dont 30 ont été blessés").
    let its_own = |s: Span| {
        m.span.contains(s) || (s.start >= m.span.end && context::same_clause(text, m.span, s))
    };
    let own = match (pick(m.span), whole_trigger) {
        (Some((s, _)), Some(w)) if !its_own(s) => Some(w),
        (own, w) => own.or(w),
    };
    let listed_trigger = if own.is_none() {
        listed_after(g, text, mentions, m)
            .into_iter()
            .find_map(|o| pick(o.span))
    } else {
        None
    };
    // "La participation a atteint 71 %, contre 58 % au premier tour": the
    // figure set against another measures the same thing at another time
    // or place, which it must say itself.
    let compared = if own.is_none() && listed_trigger.is_none() {
        compared_with(g, text, mentions, m)
    } else {
        None
    };
    let listed_trigger = listed_trigger.or_else(|| compared.and_then(|o| pick(o.span)));
    let listed = listed_trigger.is_some() && compared.is_none();
    // The whole of a part is not what the part's event counts: "112 des 250
    // sièges" says the party won 112 and the house has 250.
    let trigger = if whole_of_previous {
        None
    } else {
        own.or(listed_trigger)
    };
    // "200 personnes ont péri mardi, où les frappes se poursuivent": a date
    // right after the verb of a count, in its clause, is the day of that
    // count, not a claim of its own, unless its own trigger is in that
    // clause too ("Seize personnes ont péri dimanche 8 mars dans
    // l'accident").
    if m.kind == MentionKind::Date {
        let nearest = ctx
            .triggers
            .iter()
            .filter(|&&(s, _)| s.end <= m.span.start && context::same_clause(text, s, m.span))
            .min_by_key(|&&(s, _)| distance(text, s, m.span));
        if let (Some(&(s, e)), Some((t, _))) = (nearest, trigger) {
            if !fits(e)
                && distance(text, s, m.span) < distance(text, t, m.span)
                && !context::same_clause(text, m.span, t)
            {
                return None;
            }
        }
    }
    // "La veille, il avait atteint 38 %": a figure with no trigger of its
    // own that refers back is about what the previous sentence counted.
    let event = trigger.map(|(_, e)| e).or_else(|| {
        antecedent
            .and_then(|c| c.event)
            .filter(|&e| !whole_of_previous && fits(e))
    });
    // "7 412 demandes d'asile" and "7 400 personnes ont demandé l'asile"
    // count the same requests; "les blessés, transportés dans quatre
    // hôpitaux" counts hospitals: a noun the grammar knows as something other than
    // people says what the figure counts.
    let counts_other = || matches!(self::measure(g, m), Some((noun, "count")) if noun != PEOPLE && known_noun(g, &noun));
    let measure = match event.and_then(|e| g.events[e].count_as.as_ref()) {
        Some(counted) if measure_kind == "count" && !counts_other() => counted.clone(),
        _ => specific_noun(g, text, m, &measure).unwrap_or_else(|| measure.clone()),
    };
    // Without an event, a counted noun says what the figure is about; a
    // unit ("1 870 hectares ont été touchés") says only in what it is
    // measured, and the words of its sentence say the rest.
    let fallback = event.is_none();
    // A day without an event is what its sentence says happened on that
    // day, unless the sentence counts something: then it is when that was
    // counted ("En 2025, 3 112 personnes ont été tuées").
    let counts = || {
        mentions
            .iter()
            .any(|o| !matches!(o.kind, MentionKind::Date | MentionKind::Duration))
    };
    let topical = fallback
        && match measure_kind {
            "unit" => true,
            "date" => since.is_none() && !counts(),
            _ => false,
        };
    let topic = if topical {
        topic(g, text, sentence, m)
    } else {
        Vec::new()
    };
    if fallback && measure_kind != "count" && topic.is_empty() {
        return None;
    }
    if m.kind == MentionKind::Date && is_start(m.relation) {
        if let Some((s, _)) = trigger {
            // "3 400 frappes depuis janvier": a start date that frames a
            // count of its clause is the count's time window, not the
            // start of an event of its own.
            let frames_count = mentions.iter().any(|o| {
                o.span != m.span
                    && matches!(self::measure(g, o), Some((_, "count" | "unit")))
                    && context::same_clause(text, o.span, m.span)
            });
            // "Les bombardements [...], ville tenue par les insurgés depuis
            // 2014": a start date in a later clause than its trigger dates
            // what that clause says.
            let later_clause = s.end <= m.span.start && !context::same_clause(text, s, m.span);
            if frames_count || later_clause {
                return None;
            }
        }
    }
    let anchor = match trigger {
        Some((s, _)) if !whole_after.is_some_and(|w| w.contains(s)) => s,
        _ => m.span,
    };
    let agent = ctx
        .entities
        .iter()
        // French puts the subject before its verb; after it, only a passive
        // agent ("négociée par la Turquie") says who acted.
        .filter(|e| e.role == Role::Agent && (e.span.start < anchor.start || e.passive))
        .min_by_key(|e| distance(text, e.span, anchor))
        .map(|e| e.entity)
        .or(fallback_agent);
    let stated_place = ctx
        .entities
        .iter()
        .filter(|e| e.role == Role::Place)
        .min_by_key(|e| distance(text, e.span, m.span) + if e.located { 0 } else { 50 })
        .map(|e| e.entity);
    let place = stated_place.or(dominant_place);
    let (scope, area) = if matches!(m.kind, MentionKind::Date | MentionKind::Duration) {
        (String::new(), None)
    } else {
        (
            scope_of(g, article, ctx, mentions, dates, m),
            area_of(g, text, ctx, m),
        )
    };
    // A place that is not in the grammar ("à Sarn", "dans la région du
    // Nord") still tells two counts apart, when it is nearer than any known one.
    let known_place_distance = ctx
        .entities
        .iter()
        .filter(|e| e.role == Role::Place)
        .map(|e| distance(text, e.span, m.span))
        .min()
        .unwrap_or(usize::MAX);
    // After the figure, only a place of its own clause is where it was
    // counted: in "a fait deux morts, un automobiliste écrasé près de
    // Plounéan", the toll is not Plounéan's.
    let local_place = ctx
        .adhoc_places
        .iter()
        .filter(|(s, _)| s.end <= m.span.start || context::same_clause(text, m.span, *s))
        .map(|(s, name)| (distance(text, *s, m.span), name))
        .filter(|(d, _)| *d < known_place_distance)
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name.clone());
    // "28 voix contre 14": without a time or place of its own, the figure
    // set against another is the other side of the same count.
    if compared.is_some() && scope.is_empty() && local_place.is_none() {
        return None;
    }
    let modality = modality(ctx, text, anchor, m.span);
    let part_of = whole.map(|w| w.span);
    // A part of the same thing as its whole ("84 M€, dont 21 M€
    // d'investissements") is not a claim about that thing; a part with an
    // event of its own ("87 cas, dont 9 hospitalisations") is one about it,
    // unless the parts add up to the whole ("23 navigateurs : 19
    // hélitreuillés et 4 repêchés").
    let whole_event = whole.and_then(|w| pick(w.span)).map(|(_, e)| e);
    let part = if whole.is_some() && (event == whole_event || summed) {
        "|part"
    } else {
        ""
    };
    let value = match m.kind {
        MentionKind::Date => date.map(ClaimValue::Date),
        _ if since.is_some() => since.map(ClaimValue::Date),
        _ => m
            .value
            .map(|v| ClaimValue::Amount(v.scale(m.unit.map_or(1.0, |u| g.units[u].factor)))),
    };
    let rounding = match value {
        Some(ClaimValue::Amount(v)) if m.approx == Approx::Exact => v.min.map_or(0.0, |x| {
            rounding::half_width(m.span.of(text), x, g.round_tolerance)
        }),
        _ => 0.0,
    };
    let event_name = match event {
        Some(e) => g.events[e].id.clone(),
        None if whole_of_previous => format!("{WHOLE}{measure}"),
        None => format!("~{measure}"),
    };
    let entity_id = |e: Option<usize>| e.map_or("-", |e| g.entities[e].id.as_str());
    // Future and asserted are the same claim; conditional and negated are not.
    let key_modality = match modality {
        Modality::Future => Modality::Asserted,
        other => other,
    };
    // The place is not part of the key: places compare by containment
    // ("à Alep" is in "en Syrie"), in `check`.
    let key = format!(
        "{event_name}|{measure}|{}|{}|{}{part}",
        entity_id(agent),
        scope_field(&scope, area.as_deref()),
        key_modality.as_str()
    );
    // Claims are grouped without their scope and agent: both compare in
    // `check`, where a count with no stated time window may match a dated
    // one, and a figure whose actor is not named may be any actor's.
    let group = format!("{event_name}|{measure}|{}{part}", key_modality.as_str());
    let sayer = ctx
        .sayers
        .iter()
        .min_by_key(|(s, _)| distance(text, *s, m.span));
    let confidence = match (fallback, agent.is_some()) {
        (false, true) => 0.9,
        (false, false) => 0.7,
        (true, true) => 0.5,
        (true, false) => 0.4,
    };
    Some(Claim {
        doc,
        mention: m.clone(),
        sentence,
        key,
        group,
        event,
        fallback,
        measure,
        agent,
        place,
        place_inferred: stated_place.is_none(),
        local_place,
        scope,
        area,
        part_of,
        listed,
        // The "selon …" shown is the sentence's only when no other sayer is
        // nearer the figure.
        attribution: ctx
            .attribution
            .filter(|a| sayer.is_none_or(|(s, _)| s == a)),
        source: sayer.map(|(_, who)| who.clone()),
        modality,
        trigger: trigger.map(|(s, _)| s),
        anchor,
        rescheduled: m.kind == MentionKind::Date
            && g.rescheduled
                .scan(text, sentence.start, m.span.start)
                .iter()
                .any(|&(st, end, _)| context::same_clause(text, Span::new(st, end), m.span)),
        topic,
        value,
        rounding,
        confidence,
    })
}

/// Who acts in a claim's sentence when the grammar knows no entity for it,
/// as written: "les avions de la coalition internationale ont mené 1 200
/// frappes" → ["coalition", "internationale"]. `ctx` is the sentence's
/// context; `None` when an entity of the grammar names the agent there.
pub fn local_agent(ctx: &SentenceContext, text: &str, c: &Claim) -> Option<Vec<String>> {
    let anchor = c.anchor;
    let before = |s: Span| s.start < anchor.start;
    if ctx
        .entities
        .iter()
        .any(|e| e.role == Role::Agent && (before(e.span) || e.passive))
    {
        return None;
    }
    // The counted noun ("200 pompiers") is what is counted, not who acts;
    // a passive agent in another clause ("sont à pied d'œuvre, appuyés par
    // des engins") is another verb's.
    ctx.adhoc_agents
        .iter()
        .filter(|a| !c.mention.span.contains(a.span))
        .filter(|a| before(a.span) || (a.passive && context::same_clause(text, a.span, anchor)))
        .min_by_key(|a| distance(text, a.span, anchor))
        .map(|a| a.words.clone())
}

/// A modality marker applies when it stands just before the claim's trigger
/// or figure, in the same clause: "auraient été tués", "n'a pas dépassé 300",
/// "va lancer une offensive". "n'étaient pas engagés » par le cessez-le-feu"
/// does not deny the ceasefire.
fn modality(ctx: &SentenceContext, text: &str, trigger: Span, figure: Span) -> Modality {
    const NEAR: usize = 25;
    // "auraient été tués lors d'un raid aérien mené le 14 août": the
    // conditional is the killing's, not the raid's; a marker modifies the
    // first event after it.
    let other_event_between = |s: Span, t: Span| {
        ctx.triggers
            .iter()
            .any(|&(x, _)| x.start >= s.end && x.end <= t.start && x != trigger)
    };
    let near = |spans: &[Span]| {
        spans.iter().any(|&s| {
            [trigger, figure].iter().any(|&t| {
                s.start <= t.start && distance(text, s, t) <= NEAR && !other_event_between(s, t)
            })
        })
    };
    if near(&ctx.negation) {
        Modality::Negated
    } else if near(&ctx.conditional) {
        Modality::Conditional
    } else if near(&ctx.future) {
        Modality::Future
    } else {
        Modality::Asserted
    }
}

/// The figures of the same measure before `m` in a list that runs up to it
/// ("55 %, 30 % et 25 %"), nearest first: only commas, "et"-like short
/// gaps, no clause end and no comparison ("contre").
fn listed_after<'m>(
    g: &Grammar,
    text: &str,
    mentions: &'m [Mention],
    m: &Mention,
) -> Vec<&'m Mention> {
    let Some((own, _)) = measure(g, m) else {
        return Vec::new();
    };
    if matches!(m.kind, MentionKind::Date | MentionKind::Duration) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut next = m.span;
    for o in mentions.iter().rev().filter(|o| o.span.end <= m.span.start) {
        // "le troisième": a bare number or ordinal is no item of the list.
        let Some((theirs, _)) = measure(g, o) else {
            continue;
        };
        let gap = &text[o.span.end..next.start];
        let listed = !gap.contains(['.', ';', ':', '(', ')', '«', '»'])
            && gap.chars().count() <= MAX_LIST_GAP
            && g.comparison_cues
                .scan(text, o.span.end, next.start)
                .is_empty();
        if !listed || theirs != own {
            break;
        }
        out.push(o);
        next = o.span;
    }
    out
}

/// The figure `m` is set against: the one of the same measure just before a
/// comparison cue that stands right before `m` ("71 %, contre 58 %").
fn compared_with<'m>(
    g: &Grammar,
    text: &str,
    mentions: &'m [Mention],
    m: &Mention,
) -> Option<&'m Mention> {
    let own = measure(g, m).map(|(x, _)| x);
    // "124 600 visiteurs en quatre jours, contre 118 000": a count is set
    // against a count, across a time span.
    let timed = |o: &Mention| matches!(o.kind, MentionKind::Date | MentionKind::Duration);
    let prev = mentions
        .iter()
        .filter(|o| o.span.end <= m.span.start && (timed(m) || !timed(o)))
        .max_by_key(|o| o.span.end)?;
    let gap = &text[prev.span.end..m.span.start];
    if gap.contains(['.', ';', '(', ')', '«', '»']) || gap.chars().count() > MAX_COMPARED_GAP {
        return None;
    }
    let cue_last = ends_with_form(&g.comparison_cues, text, prev.span.end, m.span.start);
    let theirs = measure(g, prev).map(|(x, _)| x);
    let same = theirs.is_some() && (own.is_none() || own == theirs);
    (cue_last && same).then_some(prev)
}

/// The whole a figure is a part of: the figure just before a part cue
/// ("50 morts, dont 30 civils et 25 soldats", "120 personnes ont été
/// interpellées, parmi lesquelles 12 mineurs"), measuring the same kind of
/// thing, in the same clause; else the count its parts add up to
/// (`breakdown_whole`), then with `true`.
fn whole_of<'m>(
    g: &Grammar,
    text: &str,
    ctx: &SentenceContext,
    mentions: &'m [Mention],
    m: &Mention,
) -> Option<(&'m Mention, bool)> {
    const CLAUSE_END: [char; 7] = ['.', ';', ':', '(', ')', '«', '»'];
    if matches!(m.kind, MentionKind::Date | MentionKind::Duration) {
        return None;
    }
    let Some(cue) = ctx
        .part_cues
        .iter()
        .filter(|c| c.end <= m.span.start)
        .max_by_key(|c| c.end)
    else {
        return breakdown_whole(g, text, mentions, m).map(|w| (w, true));
    };
    let after = &text[cue.end..m.span.start];
    if after.contains(CLAUSE_END) || after.chars().count() > MAX_PART_GAP {
        return None;
    }
    let whole = mentions
        .iter()
        .filter(|o| o.span.end <= cue.start)
        .max_by_key(|o| o.span.end)?;
    let before = &text[whole.span.end..cue.start];
    if before.contains(CLAUSE_END)
        || before.chars().count() > MAX_WHOLE_GAP
        || before.split_whitespace().count() > 4
    {
        return None;
    }
    let kind = |x: &Mention| match measure(g, x) {
        Some((_, "count")) => Some("count".to_string()),
        Some((dim, "unit")) => Some(dim),
        _ => None,
    };
    (kind(whole).is_some() && kind(whole) == kind(m)).then_some((whole, false))
}

/// "récupéré au total 23 navigateurs : 19 ont été hélitreuillés et 4
/// repêchés": counts after a colon that add up to the count just before
/// it are its parts.
fn breakdown_whole<'m>(
    g: &Grammar,
    text: &str,
    mentions: &'m [Mention],
    m: &Mention,
) -> Option<&'m Mention> {
    let count = |x: &Mention| {
        x.unit.is_none()
            && (matches!(x.kind, MentionKind::Number)
                || matches!(measure(g, x), Some((_, "count"))))
    };
    let exact = |x: &Mention| x.value.filter(|v| v.min == v.max).and_then(|v| v.min);
    let colon = mentions
        .iter()
        .filter(|o| o.span.end <= m.span.start)
        .find_map(|o| {
            let gap = &text[o.span.end..m.span.start];
            let at = gap.find(':')?;
            let before = &gap[..at];
            (before.chars().count() <= MAX_WHOLE_GAP && !before.contains(['.', ';', ',']))
                .then_some((o, o.span.end + at))
        });
    let (whole, colon) = colon?;
    let total = exact(whole).filter(|_| count(whole))?;
    let parts: Vec<f64> = mentions
        .iter()
        .filter(|o| o.span.start > colon && count(o))
        .map(exact)
        .collect::<Option<_>>()?;
    let sums = parts.len() >= 2 && (parts.iter().sum::<f64>() - total).abs() < 0.5;
    (sums && m.span.start > colon && count(m)).then_some(whole)
}

/// "112 des 250 sièges": a bare number right before the whole it is a part
/// of counts what the whole counts.
fn part_measure(
    g: &Grammar,
    text: &str,
    mentions: &[Mention],
    m: &Mention,
) -> Option<(String, &'static str)> {
    if m.kind != MentionKind::Number {
        return None;
    }
    let next = mentions
        .iter()
        .filter(|o| o.span.start >= m.span.end)
        .min_by_key(|o| o.span.start)?;
    let just_before = mentions
        .iter()
        .filter(|o| o.span.end <= next.span.start)
        .max_by_key(|o| o.span.end)?;
    if just_before.span != m.span || !is_denominator(g, text, mentions, next) {
        return None;
    }
    measure(g, next).filter(|(_, kind)| *kind == "count")
}

/// "2 500 taxis selon les organisateurs, 1 100 selon la préfecture": a bare
/// figure right after another's source counts what that figure counts.
fn other_source_count(
    g: &Grammar,
    text: &str,
    mentions: &[Mention],
    m: &Mention,
) -> Option<(String, &'static str)> {
    if m.kind != MentionKind::Number || m.unit.is_some() {
        return None;
    }
    let prev = mentions
        .iter()
        .filter(|o| o.span.end <= m.span.start)
        .max_by_key(|o| o.span.end)?;
    let gap = &text[prev.span.end..m.span.start];
    let phrase = gap.trim().strip_suffix(',')?;
    let lead = prev.span.end + (gap.len() - gap.trim_start().len());
    let cue = g.source_cues.longest(&text[lead..m.span.start]).is_some();
    let one_phrase = !phrase.contains([',', ';', ':', '.', '(', ')', '«', '»']);
    (cue && one_phrase)
        .then(|| measure(g, prev))
        .flatten()
        .filter(|(_, kind)| *kind == "count")
}

/// The measure of the figure just before `m`, when it counts or measures something.
fn previous_measure(
    g: &Grammar,
    mentions: &[Mention],
    m: &Mention,
) -> Option<(String, &'static str)> {
    let prev = mentions
        .iter()
        .filter(|o| o.span.end <= m.span.start)
        .max_by_key(|o| o.span.end)?;
    measure(g, prev).filter(|(_, kind)| matches!(*kind, "count" | "unit"))
}

/// Is `m` the whole of the figure just before it in the same clause: a
/// count or number a few words after another, with no punctuation between,
/// that counts the same thing or nothing of its own?
fn is_denominator(g: &Grammar, text: &str, mentions: &[Mention], m: &Mention) -> bool {
    let Some(prev) = mentions
        .iter()
        .filter(|o| o.span.end <= m.span.start)
        .max_by_key(|o| o.span.end)
    else {
        return false;
    };
    if !matches!(prev.kind, MentionKind::Number | MentionKind::Quantity)
        || !matches!(m.kind, MentionKind::Number | MentionKind::Quantity)
    {
        return false;
    }
    let gap = &text[prev.span.end..m.span.start];
    if gap.chars().count() > MAX_DENOMINATOR_GAP
        || gap
            .chars()
            .any(|c| !(c.is_alphabetic() || c.is_whitespace() || c == '\'' || c == '’'))
        || gap.split_whitespace().count() > 4
    {
        return false;
    }
    // "28 voix contre 14" sets two figures against each other; only "des",
    // "sur" and the like make the second the whole of the first.
    if !ends_with_form(&g.denominator_cues, text, prev.span.end, m.span.start) {
        return false;
    }
    let own = measure(g, m).map(|(x, _)| x);
    let before = measure(g, prev).map(|(x, _)| x);
    own.is_none() || before.is_none() || own == before
}

/// Does `text[from..to]`, trimmed, end with a form of `lex`?
fn ends_with_form(lex: &Lexicon<()>, text: &str, from: usize, to: usize) -> bool {
    let end = from + text[from..to].trim_end().len();
    word_starts(text, from, end).any(|st| {
        lex.longest(&text[st..end])
            .is_some_and(|(len, _)| st + len == end)
    })
}

/// "Treize civils, parmi lesquels deux enfants, ont été tués": is the text
/// between a subject and its verb one part set off by commas?
fn part_incise(g: &Grammar, text: &str, subject: Span, verb: Span) -> bool {
    let Some(gap) = text.get(subject.end..verb.start) else {
        return false;
    };
    let Some(inner) = gap.trim_start().strip_prefix(',') else {
        return false;
    };
    g.part_cues.longest(inner.trim_start()).is_some()
        && inner.matches(',').count() == 1
        && !inner.contains(['.', ';', ':'])
}

/// The class of a counted noun's lemma ("habitant" → people), or the lemma.
fn noun_class(g: &Grammar, lemma: String) -> String {
    g.noun_classes.get(&lemma).cloned().unwrap_or(lemma)
}

/// At most this many characters back to the specific noun a generic one
/// stands for.
const MAX_GENERIC_REACH: usize = 1500;

/// "ses lycées […] Quelque 140 établissements": the class of the nearest
/// noun before a generic counted noun that it may stand for.
fn specific_noun(g: &Grammar, text: &str, m: &Mention, measure: &str) -> Option<String> {
    let specific = g.generic_nouns.get(measure)?;
    let from = back_from(text, m.span.start, MAX_GENERIC_REACH, 0);
    let words: Vec<usize> = word_starts(text, from, m.span.start).collect();
    words.iter().rev().find_map(|&st| {
        let word = text[st..m.span.start]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()?;
        let lemma = crate::extract::lemma(g, word);
        specific.contains(&lemma).then(|| noun_class(g, lemma))
    })
}

/// A noun of a class or a generic noun of `nouns.toml`, or one of the
/// specific nouns a generic stands for ("hôpital" for "établissement").
fn known_noun(g: &Grammar, noun: &str) -> bool {
    g.noun_classes.values().any(|c| c == noun)
        || g.generic_nouns
            .iter()
            .any(|(generic, specific)| generic == noun || specific.iter().any(|s| s == noun))
}

/// "rejetée par les grévistes, près de quatre cents": the class of the
/// plural noun a bare figure stands in apposition to.
fn apposed_noun(g: &Grammar, text: &str, sentence: Span, m: &Mention) -> Option<String> {
    let before = text.get(sentence.start..m.span.start)?.trim_end();
    let before = before.strip_suffix(',')?.trim_end();
    let (rest, noun) = before.rsplit_once(char::is_whitespace)?;
    let article = rest.trim_end().rsplit(char::is_whitespace).next()?;
    // "2 500 taxis selon les organisateurs, 1 100 selon la préfecture": a
    // noun that says who counted is not what is counted.
    let phrase_start = rest.rfind([',', ';', ':']).map_or(0, |p| p + 1);
    let phrase = sentence.start + phrase_start..sentence.start + rest.len();
    if !g
        .source_cues
        .scan(text, phrase.start, phrase.end)
        .is_empty()
    {
        return None;
    }
    let is_word = noun.chars().all(|c| c.is_alphabetic() || c == '-');
    let known_article = g
        .apposition_articles
        .longest(&article.to_lowercase())
        .is_some_and(|(len, _)| len == article.len());
    if !is_word
        || !known_article
        || g.function_words
            .longest(noun)
            .is_some_and(|(len, _)| len == noun.len())
    {
        return None;
    }
    let lemma = crate::extract::lemma(g, noun);
    Some(noun_class(g, lemma))
}

/// What a bare figure measures when a noun before it says so: "magnitude
/// 6,8" right before it, or "le nombre de personnes interpellées […]
/// s'élève à 310" earlier in its clause.
fn headed_measure(
    g: &Grammar,
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    m: &Mention,
) -> Option<String> {
    if !matches!(m.kind, MentionKind::Number | MentionKind::Quantity) || m.unit.is_some() {
        return None;
    }
    let from = back_from(text, m.span.start, 24, sentence.start);
    for st in word_starts(text, from, m.span.start) {
        if let Some((len, _)) = g.measure_heads.longest(&text[st..m.span.start]) {
            if text[st + len..m.span.start]
                .chars()
                .all(char::is_whitespace)
            {
                let head = text[st..st + len].split_whitespace().next()?;
                return Some(crate::extract::lemma(g, head));
            }
        }
    }
    if m.counted.is_some() {
        return None;
    }
    // "ce qui porte à quatre le nombre de personnes décédées".
    let after = text.get(m.span.end..sentence.end)?;
    let rest = after.trim_start();
    if let Some((len, _)) = g.count_heads.longest(rest) {
        let noun = rest[len..]
            .trim_start()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .filter(|w| w.starts_with(char::is_alphabetic));
        if let Some(noun) = noun {
            return Some(noun_class(g, crate::extract::lemma(g, noun)));
        }
    }
    if let Some(noun) = apposed_noun(g, text, sentence, m) {
        return Some(noun);
    }
    // "Ils étaient environ 4 500 à manifester".
    let from = back_from(text, m.span.start, 30, sentence.start);
    for st in word_starts(text, from, m.span.start) {
        if let Some((len, class)) = g.subject_counts.longest(&text[st..m.span.start]) {
            if text[st + len..m.span.start].trim().is_empty() {
                return Some(class.clone());
            }
        }
    }
    // The nearest head before the figure, with no other figure between
    // (a date may stand between: "le nombre de cas depuis janvier atteint 305").
    let floor = mentions
        .iter()
        .filter(|o| o.span.end <= m.span.start && o.kind != MentionKind::Date)
        .map(|o| o.span.end)
        .max()
        .unwrap_or(sentence.start);
    let (_, head_end, _) = g
        .count_heads
        .scan(text, floor, m.span.start)
        .into_iter()
        .last()?;
    let noun_start = word_starts(text, head_end, m.span.start).next()?;
    let noun = text[noun_start..m.span.start]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .filter(|w| w.starts_with(char::is_alphabetic))?;
    let lemma = crate::extract::lemma(g, noun);
    Some(noun_class(g, lemma))
}

/// The time window a count covers: a scope marker, else the nearest other date
/// or duration of the sentence that frames it, else nothing said. The day a
/// figure was announced ("publié lundi") and a bare duration ("doivent durer
/// douze jours") do not scope it.
fn scope_of(
    g: &Grammar,
    article: &Article,
    ctx: &SentenceContext,
    mentions: &[Mention],
    dates: &[Option<DateValue>],
    m: &Mention,
) -> String {
    let text = &article.text;
    // "Depuis le début du mouvement, le 5 décembre, le manque à gagner
    // atteint 41 millions": a running total said before the figure covers
    // the sentence; after it, its clause ("Près de 1 900 morts ont été
    // comptabilisés dans le Val-de-Sorgue depuis le début du mois").
    let reach = |sp: Span, s: usize| {
        let running_here = sp.end <= m.span.start || context::same_clause(text, m.span, sp);
        if g.scopes[s].frames && running_here {
            MAX_RUNNING_SCOPE_DISTANCE
        } else {
            MAX_SCOPE_DISTANCE
        }
    };
    // "Deux passagers ont succombé, ce qui porte à quatre le nombre de
    // morts": what was added to a total is not the total.
    let next = mentions
        .iter()
        .filter(|o| o.span.start >= m.span.end && o.kind != MentionKind::Date)
        .min_by_key(|o| o.span.start);
    if next.is_some_and(|o| ends_with_form(&g.total_cues, text, m.span.end, o.span.start)) {
        return ADDED.to_string();
    }
    // "au cours de la nuit, et sept policiers ont été blessés depuis
    // samedi": a running total since a day said in the figure's own clause
    // is what it covers, not a marker in another.
    let dated_clause = mentions.iter().any(|o| {
        o.kind == MentionKind::Date
            && o.date.is_some()
            && is_start(o.relation)
            && context::same_clause(text, m.span, o.span)
    });
    let qualifies = |sp: Span, s: usize| {
        let own_clause = context::same_clause(text, m.span, sp);
        (!g.scopes[s].after || (sp.start >= m.span.end && own_clause))
            && (own_clause || !dated_clause)
    };
    if let Some((_, s)) = ctx
        .scopes
        .iter()
        .filter(|&&(sp, s)| !g.scopes[s].area && qualifies(sp, s))
        .map(|&(sp, s)| (distance(text, sp, m.span), s, reach(sp, s)))
        .filter(|&(d, _, max)| d <= max)
        .map(|(d, s, _)| (d, s))
        .min_by_key(|&(d, _)| d)
    {
        return g.scopes[s].id.clone();
    }
    let date_spans = date_spans(mentions);
    // "22 % de grévistes, contre 38 % mardi": from the figure set against
    // this one on, the days are that figure's. Only the next figure can be
    // ("124 600 visiteurs en quatre jours, contre 118 000 en 2025": a time
    // span between is not a figure set against it).
    let against = mentions
        .iter()
        .filter(|c| {
            c.span.start >= m.span.end
                && !matches!(c.kind, MentionKind::Date | MentionKind::Duration)
        })
        .min_by_key(|c| c.span.start)
        .filter(|c| compared_with(g, text, mentions, c).is_some_and(|p| p.span == m.span))
        .map_or(usize::MAX, |c| c.span.start);
    // "24 personnes ont été interpellées au cours de la nuit, et sept
    // policiers ont été blessés depuis samedi", "36 degrés en ville, et
    // dimanche il a atteint 34 degrés": a day in the clause of the next
    // count, or after it, is that count's.
    let next_clause = next
        .filter(|o| o.kind != MentionKind::Duration && !context::same_clause(text, m.span, o.span));
    let theirs = |o: &Mention| {
        next_clause.is_some_and(|n| {
            o.span.start >= n.span.start
                || (o.span.start > m.span.end
                    && context::same_clause(text, o.span, n.span)
                    && !context::same_clause(text, o.span, m.span))
        })
    };
    let other = mentions
        .iter()
        .enumerate()
        .filter(|(_, o)| o.span != m.span && o.span.start < against && !theirs(o))
        .filter(|(_, o)| match o.kind {
            // A time of day without its day ("de 14h à 16h") scopes nothing.
            MentionKind::Date => {
                o.date.is_some()
                    && !is_reference(g, text, o.span)
                    && !ctx.is_statement_date(text, o.span, names_day(o), &date_spans)
                    && !dates_an_event(g, text, ctx, o)
            }
            MentionKind::Duration => matches!(
                o.relation,
                Relation::Since | Relation::Within | Relation::During | Relation::Past
            ),
            _ => false,
        })
        .min_by_key(|(_, o)| distance(text, o.span, m.span));
    match other {
        Some((i, o)) if o.kind == MentionKind::Date => {
            // "depuis janvier": a count since a date is a running total.
            let rel = if is_start(o.relation) { "since" } else { "on" };
            match dates[i] {
                Some(v) => format!("{rel} {v}"),
                None => format!("{rel} {}", describe_unresolved(o.date.as_ref())),
            }
        }
        Some((_, o)) => {
            let unit = o.unit.map_or("", |u| g.units[u].id.as_str());
            let value = o.value.map(|v| v.to_string()).unwrap_or_default();
            format!("{} {value} {unit}", o.relation.as_str())
        }
        None => String::new(),
    }
}

/// Is the date at `span` a point of reference ("au lendemain de la fête
/// de l'Assomption"): a reference cue before it, in its clause, a few
/// words back?
fn is_reference(g: &Grammar, text: &str, span: Span) -> bool {
    const REACH: usize = 30;
    let from = back_from(text, span.start, REACH, 0);
    g.reference_cues
        .scan(text, from, span.start)
        .iter()
        .any(|&(_, end, _)| context::same_clause(text, Span::new(end, end), span))
}

/// The area a figure covers: "52 morts à travers le pays", "la
/// participation atteint 36,2 % sur l'ensemble de la région". An area form
/// covers its sentence, but a place named nearer the figure is the figure's
/// own ("36,2 % sur l'ensemble de la région, 40,5 % dans le Morbihan").
fn area_of(g: &Grammar, text: &str, ctx: &SentenceContext, m: &Mention) -> Option<String> {
    let (d, s) = ctx
        .scopes
        .iter()
        .filter(|&&(_, s)| g.scopes[s].area)
        .map(|&(sp, s)| (distance(text, sp, m.span), s))
        .min_by_key(|&(d, _)| d)?;
    let nearer_place = ctx
        .entities
        .iter()
        .filter(|e| e.role == Role::Place)
        .map(|e| e.span)
        .chain(ctx.adhoc_places.iter().map(|(sp, _)| *sp))
        .any(|sp| distance(text, sp, m.span) < d);
    (!nearer_place).then(|| g.scopes[s].id.clone())
}

/// "Les manœuvres, lancées lundi, rassemblent 10 500 militaires", "le pic
/// de crue a été enregistré le 2 février, à 6,10 m": a date right after the
/// trigger of an event that takes dates is that event's date, not the time
/// window of the sentence's counts. A start ("depuis lundi") still frames them.
fn dates_an_event(g: &Grammar, text: &str, ctx: &SentenceContext, d: &Mention) -> bool {
    const NEAR: usize = 40;
    !is_start(d.relation)
        && ctx.triggers.iter().any(|&(s, e)| {
            s.end <= d.span.start
                && context::same_clause(text, s, d.span)
                && distance(text, s, d.span) <= NEAR
                && g.events[e].measures.iter().any(|x| x == "date")
        })
}

fn describe_unresolved(d: Option<&DateExpr>) -> String {
    match d {
        Some(DateExpr::Weekday { weekday, direction }) => format!("weekday {weekday}{direction:+}"),
        Some(DateExpr::Days(n)) => format!("day {n:+}"),
        Some(DateExpr::Period { unit, offset }) => format!("{unit:?} {offset:+}"),
        Some(other) => format!("{other:?}"),
        None => String::new(),
    }
}

/// The start a duration since then points to ("depuis huit ans", exact,
/// with a publication date), or `None`.
pub fn since_date(
    g: &Grammar,
    m: &Mention,
    published: Option<chrono::NaiveDate>,
) -> Option<DateValue> {
    if m.kind != MentionKind::Duration
        || m.relation != Relation::Since
        || m.approx != crate::value::Approx::Exact
    {
        return None;
    }
    let v = m.value?;
    let n = v.min.filter(|&a| Some(a) == v.max)?;
    resolve::since_duration(n, g.units[m.unit?].factor, published?)
}

/// Is this relation one that dates the start of something ("depuis", "à partir de")?
pub fn is_start(relation: Relation) -> bool {
    matches!(relation, Relation::Since | Relation::From)
}

#[cfg(test)]
mod tests {
    use crate::grammar::Grammar;
    use chrono::NaiveDate;
    use std::path::Path;

    /// The claim of the first mention whose text contains `figure`.
    fn claim_of(text: &str, figure: &str) -> Option<super::Claim> {
        let g = Grammar::builtin().unwrap();
        let p = NaiveDate::from_ymd_opt(2024, 6, 11);
        let a = crate::corpus::article(Path::new("a.txt"), text.as_bytes().to_vec(), p).unwrap();
        let attached = super::attach(0, &a, &crate::text::segment(&a, &g), &g);
        let i = attached
            .mentions
            .iter()
            .position(|m| a.text[m.span.start..m.span.end].contains(figure))?;
        let c = attached.claim_of[i]?;
        Some(attached.claims[c].clone())
    }

    /// Runs a table of (text, figure, wanted value of one field of the
    /// figure's claim; `None` for no claim or no value).
    fn table(cases: &[(&str, &str, Option<&str>)], field: fn(super::Claim) -> Option<String>) {
        for (text, figure, want) in cases {
            let got = claim_of(text, figure).and_then(field);
            assert_eq!(got.as_deref(), *want, "{figure} in `{text}`");
        }
    }

    /// A place the grammar does not know is where a figure was counted when
    /// it comes before the figure or in the figure's clause.
    #[test]
    fn where_a_figure_was_counted() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Le séisme a fait 85 morts à Sarn.", "85", Some("sarn")),
            ("À Sarn, 85 personnes ont été tuées.", "85", Some("sarn")),
            (
                "Son passage a fait deux morts, un automobiliste écrasé près de Plounéan.",
                "deux",
                None,
            ),
            // A place noun lets the name stand one word further.
            (
                "Dans la seule commune d'Estaret, 74 brebis ont été tuées.",
                "74",
                Some("estaret"),
            ),
            (
                "Quatre personnes ont perdu la vie dans le déraillement du train Lorvic-Bramont.",
                "Quatre",
                None,
            ),
            // A word that points back stands for the previous sentence's place.
            (
                "La tempête a frappé Saint-Paul. À Sarn, 85 maisons ont été détruites. Les vents y ont soufflé jusqu'à 162 km/h.",
                "162",
                Some("sarn"),
            ),
            (
                "Les vents y ont soufflé jusqu'à 162 km/h, loin des 212 km/h relevés à Pointe-Corail.",
                "162",
                Some(super::context::ELSEWHERE),
            ),
            (
                "À Sarn, il y a eu 85 morts. Il y a eu 12 blessés.",
                "12",
                None,
            ),
        ];
        table(cases, |c| c.local_place);
    }

    /// Over what time a figure counts (published Tuesday 11 June 2024).
    #[test]
    fn over_what_time_a_figure_counts() {
        let riots = "24 personnes ont été interpellées au cours de la nuit, et sept policiers ont été blessés depuis samedi.";
        let cases: &[(&str, &str, Option<&str>)] = &[
            (riots, "24", Some("one_night")),
            (riots, "sept", Some("since 2024-06-08")),
            (
                "Les inondations ont fait 12 morts depuis samedi.",
                "12",
                Some("since 2024-06-08"),
            ),
            // The day in the next count's clause is that count's.
            (
                "Samedi, le mercure avait grimpé jusqu'à 36 degrés en ville, et dimanche il a atteint 34 degrés.",
                "36",
                Some("on 2024-06-08"),
            ),
            // A night is dated by the day it begins, however it is written.
            (
                "Dans la nuit de lundi à mardi, 46 véhicules ont été incendiés.",
                "46",
                Some("on 2024-06-10"),
            ),
            (
                "46 véhicules incendiés : la nuit de lundi à mardi a été la plus violente.",
                "46",
                Some("on 2024-06-10"),
            ),
            // A decimal comma does not end the clause of "vont".
            (
                "Les tarifs vont augmenter de 9,6 % le 1er février.",
                "9,6",
                Some("on 2025-02-01"),
            ),
            // A count set against another across a time span: the year
            // after it is its own.
            (
                "Le salon a accueilli 124 600 visiteurs en quatre jours, contre 118 000 en 2025.",
                "118 000",
                Some("on 2025"),
            ),
        ];
        table(cases, |c| Some(c.scope));
        // The day something was said is not a claim: "», a-t-il lancé mardi".
        let said = &[(
            "« L'opération sera lancée », a-t-il lancé mardi matin.",
            "mardi",
            None,
        )];
        table(said, |c| Some(c.key));
    }

    /// Which figures are parts of another: after "dont", or after a colon
    /// when they add up to the count before it.
    #[test]
    fn a_part_of_a_whole() {
        let rescue = "Les secours ont récupéré au total 23 navigateurs : 19 ont été hélitreuillés et 4 repêchés.";
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Le séisme a fait 50 morts, dont 30 civils.",
                "30",
                Some("part"),
            ),
            (rescue, "4 repêchés", Some("part")),
            // They do not add up: not a breakdown.
            (
                "Les secours ont récupéré 23 navigateurs : 12 ont été hélitreuillés et 4 repêchés.",
                "4 repêchés",
                Some("claim"),
            ),
        ];
        table(cases, |c| {
            let part = c.part_of.is_some() && c.key.ends_with("|part");
            Some(if part { "part" } else { "claim" }.to_string())
        });
    }

    /// How a figure is stated: a conditional, a denial, a plan or a fact.
    /// A verb in the simple future needs no list ("s'affronteront").
    #[test]
    fn how_a_figure_is_stated() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Dix civils auraient été tués.", "Dix", Some("conditional")),
            ("Dix civils ont été tués.", "Dix", Some("asserted")),
            ("Le plan va supprimer 40 postes.", "40", Some("future")),
            ("Le plan supprimera 40 postes.", "40", Some("future")),
            ("Les usines fermeront 40 ateliers.", "40", Some("future")),
            (
                "Les deux finalistes s'affronteront au second tour le 24 avril.",
                "24 avril",
                Some("future"),
            ),
            // Not verbs.
            (
                "Sur le front, 40 soldats ont été tués.",
                "40",
                Some("asserted"),
            ),
            ("Le choléra a fait 40 morts.", "40", Some("asserted")),
        ];
        table(cases, |c| Some(c.modality.as_str().to_string()));
        // A day said in the future is ahead of publication (11 June 2024).
        let future = &[(
            "Les deux finalistes s'affronteront au second tour le 24 avril.",
            "24 avril",
            Some("2025-04-24"),
        )];
        table(future, |c| match c.value? {
            super::ClaimValue::Date(d) => Some(d.to_string()),
            _ => None,
        });
    }

    /// Who gives a figure: the nearest "selon …" or verb of saying, by the
    /// class of body it names.
    #[test]
    fn who_says_a_figure() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Près de 85 % des dockers ont cessé le travail, affirme le syndicat.",
                "85",
                Some("unions"),
            ),
            (
                "La grève est suivie par 85 % des salariés selon la CGT, un chiffre contesté par la direction, qui ne recense que 38 % de grévistes.",
                "85",
                Some("unions"),
            ),
            (
                "La grève est suivie par 85 % des salariés selon la CGT, un chiffre contesté par la direction, qui ne recense que 38 % de grévistes.",
                "38",
                Some("management"),
            ),
            (
                "L'intersyndicale, de son côté, évoque 45 % de grévistes.",
                "45",
                Some("unions"),
            ),
            (
                "Le cortège a rassemblé 600 manifestants, selon la police.",
                "600",
                Some("police"),
            ),
            // A body of no class is named as written.
            (
                "Selon l'état-major, 10 500 militaires participent aux manœuvres.",
                "10 500",
                Some("état-major"),
            ),
            ("Le cortège a rassemblé 600 manifestants.", "600", None),
            // "Pour" attributes only before a body of a class and a comma.
            (
                "Pour la famille, plus de 130 invités sont tombés malades.",
                "130",
                Some("family"),
            ),
            ("Pour la rentrée, 130 postes seront créés.", "130", None),
            (
                "Le nombre de malades recensés par l'ARS s'établit à 96.",
                "96",
                Some("health"),
            ),
            // A pronoun that says is the body named the sentence before;
            // a name is not carried.
            (
                "L'avocat du traiteur conteste le bilan. « Une trentaine de personnes tout au plus sont malades », a-t-il déclaré.",
                "trentaine",
                Some("lawyers"),
            ),
            (
                "Le préfet s'est rendu sur place. « Nous avons 40 blessés », a déclaré Jean Martin.",
                "40",
                None,
            ),
        ];
        table(cases, |c| c.source);
    }

    #[test]
    fn what_a_figure_is_about() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // The noun of the whole is the part's noun too.
            (
                "L'Union démocratique a remporté 112 des 250 sièges.",
                "112",
                Some("seats|seat|-||asserted"),
            ),
            // What was added to a toll is not the toll.
            (
                "Deux passagers ont succombé, ce qui porte à quatre le nombre de personnes décédées.",
                "Deux",
                Some("deaths|people|-|added|asserted"),
            ),
            (
                "Deux passagers ont succombé, ce qui porte à quatre le nombre de personnes décédées.",
                "quatre",
                Some("deaths|people|-||asserted"),
            ),
            (
                "Les corps de deux marins supplémentaires ont été repêchés.",
                "deux",
                Some("~people|people|-|added|asserted"),
            ),
            // A day is not dated by a trigger past a count.
            (
                "Deux corps ont été repêchés mercredi, portant à cinq morts le bilan du naufrage.",
                "mercredi",
                None,
            ),
            (
                "Le bimoteur s'est écrasé dimanche 8 mars près de l'aérodrome.",
                "8 mars",
                Some("incident|date|-||asserted"),
            ),
            (
                "L'embarcation était partie le vendredi 4 septembre de Ras Amrane.",
                "4 septembre",
                Some("departure|date|-||asserted"),
            ),
            (
                "Le tribunal l'a condamné à sept ans d'emprisonnement.",
                "sept ans",
                Some("sentence|duration|-||asserted"),
            ),
            (
                "L'abstention s'est limitée à 36 %.",
                "36",
                Some("abstention|ratio|-||asserted"),
            ),
            // The whole of a part is a claim about the whole only.
            (
                "Le parti a remporté 112 des 250 sièges du Parlement.",
                "250",
                Some("~total seat|seat|-||asserted"),
            ),
            (
                "Il obtient 87 sièges sur les 250 de l'Assemblée.",
                "250",
                Some("~total seat|seat|-||asserted"),
            ),
            // "contre" sets two figures side by side: no whole.
            ("Le texte a été adopté par 28 voix contre 14.", "14", None),
            // A head before a bare figure says what it counts.
            (
                "Le nombre de personnes interpellées s'élève désormais à 310.",
                "310",
                Some("arrested|people|-||asserted"),
            ),
            (
                "Le séisme, d'une magnitude de 6,8, a frappé la région.",
                "6,8",
                Some("~magnitude|magnitude|-||asserted"),
            ),
            // A figure set against another measures the same thing.
            (
                "La participation a atteint 71 %, contre 58 % au premier tour.",
                "58",
                Some("turnout|ratio|-|first_round|asserted"),
            ),
            // ... and must say when: otherwise it is no claim.
            ("La participation a atteint 71 %, contre 58 %.", "58", None),
            // The subject owns the verb right after it.
            (
                "Au moins neuf personnes ont été tuées et une trentaine blessées.",
                "neuf",
                Some("deaths|people|-||asserted"),
            ),
            // A bare amount in millions after an amount of money is money.
            (
                "La ville vote un budget de 84 millions d'euros. En 2019, l'enveloppe s'élevait à 79,2 millions.",
                "79,2",
                Some("budget|money_eur|-|on 2019|asserted"),
            ),
            // A date right after the verb of a count is that count's day.
            (
                "Au moins 200 personnes ont péri mardi, où les frappes aériennes se poursuivent.",
                "mardi",
                None,
            ),
            // A budget's year, not the day it was voted.
            (
                "Le conseil a adopté jeudi un budget de 1,2 milliard d'euros pour 2023.",
                "1,2",
                Some("budget|money_eur|-|on 2023|asserted"),
            ),
            // A figure after an anaphor is about what the previous sentence counted...
            (
                "Les communes totalisent 131 480 habitants. La ville en rassemble près de 49 000.",
                "49 000",
                Some("population|people|-||asserted"),
            ),
            (
                "Le taux de grévistes est tombé à 12 %. Auparavant, il avait atteint 38 %.",
                "38",
                Some("strike_turnout|ratio|-||asserted"),
            ),
            // ... only in the next sentence, with a figure of the same kind...
            (
                "Les communes totalisent 131 480 habitants. La ville en a reçu 30 millions d'euros.",
                "30",
                Some("~money_eur|money_eur|-||asserted"),
            ),
            // ... and only after an anaphor.
            (
                "Les communes totalisent 131 480 habitants. La ville rassemble près de 49 000.",
                "49 000",
                None,
            ),
            (
                "Les communes totalisent 131 480 habitants. Le maire a cité deux exemples. Elle en compte 3 000.",
                "3 000",
                None,
            ),
            // A bare figure in apposition counts the plural noun before it...
            (
                "L'offre a été rejetée par les grévistes, près de quatre cents selon les syndicats.",
                "quatre cents",
                Some("strikers|people|-||asserted"),
            ),
            // ... not a noun without an article, nor a date.
            (
                "L'offre a été rejetée par Pétrolia, quatre cents fois.",
                "quatre cents",
                None,
            ),
            // "Ils étaient N" counts people.
            (
                "Ils étaient environ 4 500 à manifester dans les rues.",
                "4 500",
                Some("strikers|people|-||asserted"),
            ),
            // Another party's figure for the same thing, with its own noun.
            (
                "Ils étaient 4 500 à manifester. La CGT, de son côté, revendique douze mille participants.",
                "douze mille",
                Some("strikers|people|-||asserted"),
            ),
            // ... but not a figure of another class.
            (
                "Ils étaient 4 500 à manifester. La CGT, de son côté, revendique douze mille adhérents.",
                "douze mille",
                Some("~adhérent|adhérent|-||asserted"),
            ),
            // The day of a strike called for.
            (
                "Une nouvelle journée d'action est prévue le 2 décembre.",
                "2 décembre",
                Some("action_day|date|-||asserted"),
            ),
            // A date before ", a annoncé" is the day it was said, unless
            // the verb has its own date.
            // A noun the grammar knows as no people says what a count of
            // people's event counts.
            (
                "Les blessés ont été transportés dans quatre hôpitaux.",
                "quatre",
                Some("wounded|hôpital|-||asserted"),
            ),
            (
                "Onze personnes ont été blessées.",
                "Onze",
                Some("wounded|people|-||asserted"),
            ),
            // A bare figure after another's source counts what it counts.
            (
                "2 500 taxis selon les organisateurs, 1 100 selon la préfecture.",
                "1 100",
                Some("~vehicle|vehicle|-||asserted"),
            ),
            // The whole of a part is part of its subject.
            (
                "46 des 82 résidents ont présenté des symptômes.",
                "46",
                Some("disease_cases|people|-||asserted"),
            ),
            (
                "La liste syndicale obtient 27,1 %.",
                "27,1",
                Some("election_result|ratio|-||asserted"),
            ),
            // A day a state still held is not the day of its event.
            (
                "Une panne paralysait encore, samedi, le trafic des aéroports.",
                "samedi",
                None,
            ),
            (
                "Une panne a paralysé samedi le trafic des aéroports.",
                "samedi",
                Some("incident|date|-||asserted"),
            ),
            // An area a sentence opens with covers the paragraph's later
            // figures, until a sentence opens with a place of its own.
            (
                "À l'échelle de la région, 31 établissements ont déclaré des cas. Au total, neuf décès ont été recensés.",
                "neuf",
                Some("deaths|people|-|cumulative@regional|asserted"),
            ),
            (
                "À l'échelle de la région, 31 établissements ont déclaré des cas. Dans le département, quatre décès ont été recensés.",
                "quatre",
                Some("deaths|people|-||asserted"),
            ),
            // The sick, cases and people of a disease are one count.
            (
                "87 personnes sont tombées malades après le repas.",
                "87",
                Some("disease_cases|people|-||asserted"),
            ),
            (
                "37 nouveaux cas ont été déclarés mardi, a annoncé l'agence.",
                "37",
                Some("disease_cases|people|-||asserted"),
            ),
            (
                "37 nouveaux cas ont été déclarés la semaine dernière, a annoncé vendredi l'agence.",
                "37",
                Some("disease_cases|people|-|on 2024-06-03..2024-06-09|asserted"),
            ),
            // A part set off between a subject and its verb...
            (
                "Treize civils, parmi lesquels deux enfants, ont été tués dans la nuit.",
                "Treize",
                Some("deaths|people|-||asserted"),
            ),
            // ... and a part takes its whole's event over a later clause's.
            (
                "Les frappes ont tué 13 civils, dont deux enfants, et endommagé une centrale.",
                "deux enfants",
                Some("deaths|enfant|-||asserted|part"),
            ),
            // A round carries to the later figures of its event.
            (
                "Sa liste a obtenu 51,4 % des voix au second tour dans le département. Sur l'ensemble du pays, elle l'emporte avec 43,7 % des suffrages.",
                "43,7",
                Some("election_result|ratio|-|second_round|asserted"),
            ),
            // A named day before ", a précisé" is what was said, not when.
            (
                "L'arrêt de la production est programmé pour le 30 juin, a précisé la direction.",
                "30 juin",
                Some("closure|date|-||asserted"),
            ),
            // The verb after an auxiliary says more than the figure's noun.
            (
                "Six cents habitants des hameaux de Valbonne ont déjà été évacués.",
                "Six cents",
                Some("displaced|people|-||asserted"),
            ),
            (
                "Au total, 2,5 millions de doses ont été commandées pour protéger les habitants.",
                "2,5",
                Some("vaccination|dose|-|cumulative|asserted"),
            ),
            // "a fait" says nothing: the noun after it says what.
            (
                "L'explosion a fait 9 blessés.",
                "9",
                Some("wounded|people|-||asserted"),
            ),
            (
                "Le séisme a fait 300 morts.",
                "300",
                Some("deaths|people|-||asserted"),
            ),
            // "lancé" says something began; the noun after it says what.
            (
                "L'état-major a lancé le 9 mars une vaste offensive.",
                "9 mars",
                Some("start_of_offensive|date|-||asserted"),
            ),
            // One form, two events: the figure's measure picks.
            (
                "Le scrutin s'est tenu dimanche, avec une participation de près de 49 %.",
                "49",
                Some("turnout|ratio|-|on 2024-06-09|asserted"),
            ),
            (
                "La région apporte une participation de 20 millions d'euros.",
                "20",
                Some("contribution|money_eur|-||asserted"),
            ),
            // A figure for the whole region.
            (
                "La participation, à 36,2 % sur l'ensemble de la région, reste faible.",
                "36,2",
                Some("turnout|ratio|-|@regional|asserted"),
            ),
            // A generic noun counts the specific one named before it...
            (
                "La région rénove ses lycées. Quelque 140 établissements sont concernés.",
                "140",
                Some("~lycée|lycée|-||asserted"),
            ),
            // ... and stays itself without one.
            (
                "Quelque 140 établissements sont concernés.",
                "140",
                Some("~établissement|établissement|-||asserted"),
            ),
            // An event that counts one thing whatever its noun.
            (
                "Près de 7 400 personnes ont demandé l'asile.",
                "7 400",
                Some("asylum_requests|request|-||asserted"),
            ),
        ];
        table(cases, |c| Some(c.key));
    }
}
