//! Finding every figure and date in a sentence.
//!
//! Text is scanned once for candidates: digits, and the grammar's anchor
//! words (number words, months, weekdays, relative and vague forms) compiled
//! into one automaton. Around each candidate the parsers are tried from the
//! few words before it (where a lead or a marker may stand: "plus de",
//! "depuis le") — never at every byte. A failed parse means "no mention".

mod date;
mod duration;
mod input;
mod number;
mod ordinal;
mod period;
mod quantity;
mod time;
mod words;

pub use date::{DateExpr, DateMention};
pub use quantity::lemma;
pub use time::TimeMention;

use crate::grammar::Grammar;
use crate::span::Span;
use crate::text::normalize::word_starts;
use crate::text::Sentence;
use crate::value::{Approx, Interval, MentionKind, NowSpan, Relation, RelativeOrdinal, TimeSpan};
use input::consumed;

/// One figure or date found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
    /// For every kind but dates, in the mention's own unit.
    pub value: Option<Interval>,
    pub approx: Approx,
    /// Index into `Grammar::units`.
    pub unit: Option<usize>,
    /// Lemma of the counted noun ("militant").
    pub counted: Option<String>,
    pub date: Option<DateExpr>,
    /// How a lead relates the mention to its claim ("depuis" = since).
    pub relation: Relation,
    /// The phrase looks ahead ("jusqu'au", "dans les prochaines").
    pub forward: bool,
    /// A time of day refining `date` ("demain soir"), or standing alone
    /// ("de 14h à 16h", then `date` is `None`).
    pub time: Option<TimeSpan>,
    /// For a duration of the last or next hours ("les 24 dernières heures",
    /// "dans les 2h"): its span from the moment of publication.
    pub from_now: Option<NowSpan>,
    /// A relative ordinal ("l'avant-dernier"): a position, with no value.
    pub relative: Option<RelativeOrdinal>,
}

impl Mention {
    /// A mention of `kind` that says nothing else yet: parsers fill in what
    /// they read with `Mention { value, unit, ..Mention::of(kind) }`.
    pub fn of(kind: MentionKind) -> Mention {
        Mention {
            span: Span::default(),
            kind,
            value: None,
            approx: Approx::Exact,
            unit: None,
            counted: None,
            date: None,
            relation: Relation::At,
            forward: false,
            time: None,
            from_now: None,
            relative: None,
        }
    }
}

/// What a parser found at a position: a mention, or digits to skip
/// (a phone number, a clock time, a score).
enum Found {
    Mention(Mention),
    Skip,
}

/// How many words before a candidate a lead or marker may start.
const LOOKBEHIND_WORDS: usize = 5;

/// Every mention in the given sentences of `text`, in text order.
pub fn extract(text: &str, sentences: &[Sentence], g: &Grammar) -> Vec<Mention> {
    let mut out = Vec::new();
    for s in sentences {
        extract_sentence(text, s.span, g, &mut out);
    }
    // "4,1 millions" is 4 100 000, not 4 099 999.999999999.
    for m in &mut out {
        if let Some(v) = &mut m.value {
            v.min = v.min.map(crate::value::tidy);
            v.max = v.max.map(crate::value::tidy);
        }
    }
    out
}

fn extract_sentence(text: &str, span: Span, g: &Grammar, out: &mut Vec<Mention>) {
    let sentence = span.of(text);
    let mut next_free = span.start;
    // Where the opening forms read from a word start end: windows of close
    // candidates overlap, and each start is read once per sentence.
    let mut opened = Opened::default();
    // Starts whose parse gave nothing past an earlier candidate: parsing
    // depends only on the start, so they give nothing past a later one.
    let mut dead = rustc_hash::FxHashSet::default();
    for anchor in candidates(sentence, g) {
        let anchor = span.start + anchor;
        if anchor < next_free {
            continue;
        }
        let window_start = crate::text::normalize::back_from(text, anchor, 60, next_free);
        let mut starts: Vec<usize> = word_starts(text, window_start, anchor)
            .filter(|&p| {
                !inside_number(text, p) && opens(g, text, p, anchor, span.end, &mut opened)
            })
            .collect();
        let keep = starts.len().saturating_sub(LOOKBEHIND_WORDS);
        starts.drain(..keep);
        starts.push(anchor);
        for start in starts {
            if dead.contains(&start) {
                continue;
            }
            let Some((len, found)) = parse_at(g, &text[start..span.end]) else {
                dead.insert(start);
                continue;
            };
            let end = start + len;
            if end <= anchor {
                dead.insert(start);
                continue;
            }
            if let Found::Mention(mut m) = found {
                m.span = Span::new(start, end);
                if !is_proper_name(text, span, &m) {
                    out.push(m);
                }
            }
            next_free = end;
            break;
        }
    }
}

/// A number word capitalised inside a clause is part of a name ("les Deux
/// Alpes", "Quatre-Chemins"); after a quote or at the start it is not.
fn is_proper_name(text: &str, sentence: Span, m: &Mention) -> bool {
    let first = m.span.of(text).chars().next();
    let prev = text[sentence.start..m.span.start]
        .chars()
        .rev()
        .find(|c| !crate::text::normalize::is_space(*c));
    // Months and weekdays are sometimes capitalised; numbers in names are the issue.
    // A currency code ("de EUR 1000") is written in capitals.
    let code = m
        .span
        .of(text)
        .split(' ')
        .next()
        .is_some_and(|w| w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase()));
    m.kind != MentionKind::Date
        && !code
        && first.is_some_and(|c| c.is_uppercase())
        && prev.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '\'' | '’'))
}

/// For a word start, where the opening form read from it ends (spaces
/// after it included), or `None` when no opening form starts there.
type Opened = rustc_hash::FxHashMap<usize, Option<usize>>;

/// Do opening forms ("depuis", "plus de", "entre le") chain from `start` to
/// the anchor? Only such starts are worth a parse.
fn opens(
    g: &Grammar,
    text: &str,
    start: usize,
    anchor: usize,
    end: usize,
    opened: &mut Opened,
) -> bool {
    let mut pos = start;
    for _ in 0..LOOKBEHIND_WORDS {
        let next = *opened.entry(pos).or_insert_with(|| {
            let (len, _) = g.starters.longest(&text[pos..end])?;
            let after = &text[pos + len..end];
            Some(
                end - after
                    .trim_start_matches(crate::text::normalize::is_space)
                    .len(),
            )
        });
        let Some(next) = next else {
            return false;
        };
        pos = next;
        if pos >= anchor {
            return true;
        }
    }
    false
}

/// Digits after "49." or "3/" belong to a larger token, read from its start.
fn inside_number(text: &str, p: usize) -> bool {
    let b = text.as_bytes();
    p >= 2 && matches!(b[p - 1], b'.' | b',' | b'/' | b':' | b'-') && b[p - 2].is_ascii_digit()
}

/// Is `p` inside a web address ("https://…?q=30%25")? Its digits are no figures.
fn in_url(sentence: &str, p: usize) -> bool {
    let start = sentence[..p]
        .char_indices()
        .rev()
        .find(|&(_, c)| crate::text::normalize::is_space(c))
        .map_or(0, |(s, c)| s + c.len_utf8());
    let end = sentence[p..]
        .find(crate::text::normalize::is_space)
        .map_or(sentence.len(), |e| p + e);
    let token = &sentence[start..end];
    token.contains("://") || token.starts_with("www.")
}

/// Byte offsets (into `sentence`) where a mention's core may start.
fn candidates(sentence: &str, g: &Grammar) -> Vec<usize> {
    let bytes = sentence.as_bytes();
    let mut out = Vec::new();
    let prev_char = |p: usize| sentence[..p].chars().next_back();
    for (p, &b) in bytes.iter().enumerate() {
        if !b.is_ascii_digit() || (p > 0 && bytes[p - 1].is_ascii_digit()) {
            continue;
        }
        let glued = prev_char(p).is_some_and(|c| c.is_alphanumeric());
        if !glued && !inside_number(sentence, p) && !in_url(sentence, p) {
            // A sign or a leading decimal comma after a space belongs to the
            // number: " -5 degrés", "- 20 degrés", ",08".
            let before_sign = sentence[..p].trim_end_matches(' ');
            let signed = before_sign
                .chars()
                .next_back()
                .filter(|&c| c == '-' || c == '−' || (c == ',' && before_sign.len() == p))
                .map(|c| before_sign.len() - c.len_utf8())
                .filter(|&s| !prev_char(s).is_some_and(|c| c.is_alphanumeric() || c == ','))
                // "20 - 25" joins two numbers.
                .filter(|&s| {
                    !sentence[..s]
                        .trim_end_matches(' ')
                        .ends_with(|c: char| c.is_ascii_digit())
                });
            // A currency sign before the number belongs to it: "$75", "€ 20".
            let before = sentence[..p].trim_end_matches(' ');
            let currency = before
                .chars()
                .next_back()
                .filter(|&c| crate::text::normalize::is_symbol(c) && c != '%')
                .map(|c| before.len() - c.len_utf8());
            if let Some(s) = signed.or(currency) {
                out.push(s);
            }
            out.push(p);
        }
    }
    // Roman numerals with an ordinal mark start a century: "XXe siècle".
    // The mark must be one of the grammar's suffixes: "Les", "Il",
    // "Vladimir" are no numerals.
    let mut offset = 0;
    for w in sentence.split(' ') {
        let roman = w.trim_end_matches(|c: char| c.is_lowercase());
        if !roman.is_empty()
            && roman.len() < w.len()
            && roman
                .chars()
                .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
            && g.ordinal_suffixes
                .iter()
                .any(|s| s.as_str() == &w[roman.len()..])
        {
            out.push(offset);
        }
        offset += w.len() + 1;
    }
    for m in g.anchors.find_iter(sentence) {
        let before_ok = !prev_char(m.start()).is_some_and(|c| c.is_alphanumeric());
        let after_ok = !sentence[m.end()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric());
        if before_ok && after_ok {
            out.push(m.start());
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Tries every parser at the start of `i`; returns the bytes consumed.
fn parse_at(g: &Grammar, i: &str) -> Option<(usize, Found)> {
    // Before the clock-time skip: "15h30 demain" is a time, not digits to skip.
    if let Ok((rest, t)) = time::time_mention(g, i) {
        return Some((consumed(i, rest), Found::Mention(time_to_mention(t))));
    }
    if let Ok((rest, expr)) = period::weekend(g, i) {
        let d = DateMention::at(expr);
        return Some((consumed(i, rest), Found::Mention(date_to_mention(d))));
    }
    if let Ok((rest, w)) = period::window(g, i) {
        return Some((consumed(i, rest), Found::Mention(window_to_mention(g, w))));
    }
    if let Ok((rest, d)) = date::numeric_date_mention(i) {
        return Some((consumed(i, rest), Found::Mention(date_to_mention(d))));
    }
    if let Ok((rest, ())) = number::not_a_count(i) {
        return Some((consumed(i, rest), Found::Skip));
    }
    if let Ok((rest, d)) = date::date_mention(g, i) {
        return Some((consumed(i, rest), Found::Mention(date_to_mention(d))));
    }
    if let Ok((rest, q)) = duration::duration(g, i) {
        return Some((consumed(i, rest), Found::Mention(quantity_to_mention(g, q))));
    }
    if let Ok((rest, q)) = quantity::lead_duration(g, i) {
        return Some((consumed(i, rest), Found::Mention(quantity_to_mention(g, q))));
    }
    if let Ok((rest, m)) = ordinal::ordinal(g, i) {
        return Some((consumed(i, rest), Found::Mention(m)));
    }
    if let Ok((rest, q)) = quantity::quantity(g, i) {
        return Some((consumed(i, rest), Found::Mention(quantity_to_mention(g, q))));
    }
    if let Ok((rest, (kind, u))) = quantity::unit_alone(g, i) {
        return Some((consumed(i, rest), Found::Mention(unit_mention(kind, u))));
    }
    None
}

/// Days before or after publication are a date; hours and minutes a
/// duration of the past or the next hours, with its span from "now".
fn window_to_mention(g: &Grammar, w: period::Window) -> Mention {
    if let Some(expr) = w.date(g) {
        return date_to_mention(DateMention {
            expr,
            relation: Relation::At,
            forward: w.direction > 0,
        });
    }
    let relation = if w.direction < 0 {
        Relation::Past
    } else {
        Relation::Within
    };
    Mention {
        value: Some(Interval::exact(w.count as f64)),
        unit: Some(w.unit),
        relation,
        forward: w.direction > 0,
        from_now: from_now(g, relation, Some(w.unit), w.count as f64),
        ..Mention::of(MentionKind::Duration)
    }
}

/// "les 13 dernières minutes", "dans les 2h": a span of hours or minutes
/// from publication, past or ahead. Days and longer are dates instead.
fn from_now(g: &Grammar, relation: Relation, unit: Option<usize>, n: f64) -> Option<NowSpan> {
    let unit = &g.units[unit?];
    if unit.factor >= 1.0 || unit.kind != MentionKind::Duration || n <= 0.0 {
        return None;
    }
    let secs = (n * unit.factor * 86_400.0).round() as i64;
    match relation {
        Relation::Past => Some(NowSpan { from: -secs, to: 0 }),
        Relation::Within => Some(NowSpan { from: 0, to: secs }),
        _ => None,
    }
}

fn time_to_mention(t: TimeMention) -> Mention {
    let mut m = match t.date {
        Some(d) => date_to_mention(d),
        None => date_to_mention(DateMention::at(DateExpr::Days(0))),
    };
    if t.date.is_none() {
        m.date = None;
    }
    if t.relation != Relation::At {
        m.relation = t.relation;
    }
    m.time = Some(t.time);
    m
}

/// A unit named alone: no value.
fn unit_mention(kind: MentionKind, unit: usize) -> Mention {
    Mention {
        unit: Some(unit),
        ..Mention::of(kind)
    }
}

fn date_to_mention(d: DateMention) -> Mention {
    Mention {
        date: Some(d.expr),
        relation: d.relation,
        forward: d.forward,
        ..Mention::of(MentionKind::Date)
    }
}

fn quantity_to_mention(g: &Grammar, q: quantity::Quantity) -> Mention {
    let relation = q.lead.map_or(Relation::At, |l| l.relation);
    // "il y a trois jours", "dans deux ans" are dates: so long before or
    // after publication, by calendar months for years and months.
    if matches!(relation, Relation::Ago | Relation::Ahead) {
        // "il y a environ un mois": the stated amount, its margin aside.
        let stated = match (q.amount.approx, q.amount.value.min, q.amount.value.max) {
            (crate::value::Approx::About, Some(a), Some(b)) => {
                Some(crate::value::tidy((a + b) / 2.0))
            }
            _ => q.amount.value.point(),
        };
        if let (Some(u), Some(n)) = (q.unit, stated) {
            let sign = if relation == Relation::Ago { -1.0 } else { 1.0 };
            let unit = &g.units[u];
            let expr = match unit.months {
                Some(m) if n.fract() == 0.0 => DateExpr::Shift {
                    months: (sign * n) as i64 * m as i64,
                    days: 0,
                },
                _ => DateExpr::Shift {
                    months: 0,
                    days: (sign * unit.factor * n).round() as i64,
                },
            };
            return date_to_mention(DateMention {
                expr,
                relation: Relation::At,
                forward: relation == Relation::Ahead,
            });
        }
    }
    Mention {
        value: Some(q.amount.value),
        approx: q.amount.approx,
        unit: q.unit,
        counted: q.counted,
        relation,
        forward: q.lead.is_some_and(|l| l.forward),
        from_now: q
            .amount
            .value
            .point()
            .and_then(|n| from_now(g, relation, q.unit, n)),
        ..Mention::of(q.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;
    use std::path::Path;

    /// The text of every mention found in `text`.
    fn texts(text: &str) -> Vec<String> {
        let g = Grammar::builtin().unwrap();
        let a = corpus::article(Path::new("t.txt"), text.as_bytes().to_vec(), None).unwrap();
        let s = crate::text::segment(&a, &g);
        extract(&a.text, &s, &g)
            .iter()
            .map(|m| m.span.of(&a.text).to_string())
            .collect()
    }

    #[test]
    fn mentions_in_sentences() {
        assert_eq!(
            texts("Le soutien a permis de libérer 400 localités et plus de 10 000 kilomètres carrés, selon le ministre."),
            ["400 localités", "plus de 10 000 kilomètres carrés"]
        );
        assert_eq!(
            texts("La Russie est intervenue dans le conflit en 2015, aidant Assad."),
            ["en 2015"]
        );
        assert_eq!(
            texts("Son opération lancée le 30 septembre 2016 a atteint ses objectifs."),
            ["le 30 septembre 2016"]
        );
        assert_eq!(
            texts("Au cours des dernières 24 heures, au moins 200 militants ont été éliminés."),
            ["Au cours des dernières 24 heures", "au moins 200 militants"]
        );
        assert_eq!(
            texts("Il a ajouté que 400 autres militants avaient été tués la veille."),
            ["400 autres militants", "la veille"]
        );
        assert_eq!(
            texts("Les avions font en moyenne entre vingt et vingt-cinq sorties par jours."),
            ["en moyenne entre vingt et vingt-cinq sorties"]
        );
        assert_eq!(texts("Un commandant a parlé mardi à l'AFP."), ["mardi"]);
        assert_eq!(texts("Le contrat vaut $75 millions."), ["$75 millions"]);
        assert_eq!(texts("Un monument du XIXe siècle."), ["du XIXe siècle"]);
        assert_eq!(
            texts("La base est inaccessible depuis plus de trois ans."),
            ["depuis plus de trois ans"]
        );
    }

    #[test]
    fn not_mentions() {
        // The phone number is no figure; "ce soir" is a time of day.
        assert_eq!(texts("Appelez le 01 23 45 67 89 ce soir."), ["ce soir"]);
        assert!(texts("Le match s'est fini sur un score de 3-1.").is_empty());
        assert!(texts("Le gouvernement a utilisé le 49.3 hier.")
            .iter()
            .all(|t| t == "hier"));
        assert!(texts("Ils skient aux Deux Alpes.").is_empty());
        // "15h30" is a time, not a count.
        assert_eq!(
            texts("Rendez-vous à 15h30 pour 200 manifestants."),
            ["à 15h30", "200 manifestants"]
        );
    }

    #[test]
    fn ordinals() {
        assert_eq!(
            texts("Le 2e round et la trentième édition."),
            ["2e", "trentième"]
        );
    }
}
