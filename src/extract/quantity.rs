//! Quantities: an amount (number, range or vague quantity, with its
//! approximation marker) and what it measures: a unit from `units.toml`
//! ("10 000 km²", "3 millions d'euros", "12 %", "48 heures") or a counted
//! noun, lemmatised ("400 autres militants" → militant).

use super::input::*;
use super::number::{decimal, multiplier};
use super::words::{
    denominator_after, fraction_of_multiplier, fraction_of_one, fraction_tail, number_words,
    word_fraction,
};
use crate::grammar::{Grammar, LeadDef, Role};
use crate::text::normalize::normalize;
use crate::value::{Approx, Interval, MentionKind, Relation};

/// An amount before its unit: the interval it stands for and how it was said.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    pub value: Interval,
    pub approx: Approx,
    /// A lone "un"/"une": an article, not a count, unless a unit follows.
    pub lone_one: bool,
    /// Written in words rather than digits.
    pub in_words: bool,
    /// A vague quantity ("une vingtaine") or a large multiplier ("3 millions"):
    /// a linking "de" may follow before the noun.
    pub takes_link: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub amount: Amount,
    pub kind: MentionKind,
    pub unit: Option<usize>,
    pub counted: Option<String>,
    /// Set when a lead introduced a duration ("depuis huit ans").
    pub lead: Option<LeadDef>,
}

/// An approximation marker: "plus de", "au moins", "environ", "quelque".
fn approx_marker<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, crate::grammar::MarkerDef> {
    let (rest, (text, m)) = lex_text(&g.markers, i)?;
    let (rest, _) = sep(text, rest)?;
    Ok((rest, *m))
}

/// A proper fraction in digits: "3/4", "1/4". Not a date ("22/04",
/// "15/03/2016"), not "24/7".
fn slash_fraction(i: &str) -> PResult<'_, f64> {
    let num_end = i.find(|c: char| !c.is_ascii_digit()).unwrap_or(i.len());
    let (num, r) = i.split_at(num_end);
    let Some(r) = r.strip_prefix('/') else {
        return fail(i);
    };
    let den_end = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
    let (den, rest) = r.split_at(den_end);
    if num.is_empty() || den.is_empty() || den.starts_with('0') || num.len() > 3 || den.len() > 3 {
        return fail(i);
    }
    if rest.starts_with(['/', '.', ',']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    if rest.starts_with('/') || !at_boundary(rest) {
        return fail(i);
    }
    let (a, b): (f64, f64) = match (num.parse(), den.parse()) {
        (Ok(a), Ok(b)) => (a, b),
        _ => return fail(i),
    };
    if a >= b {
        return fail(i);
    }
    Ok((rest, a / b))
}

/// A fraction sign: "½", "⅙".
fn vulgar_fraction<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let c = i
        .chars()
        .next()
        .ok_or(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Eof,
        )))?;
    match g.vulgar_fractions.get(&c) {
        Some(v) => Ok((&i[c.len_utf8()..], *v)),
        None => fail(i),
    }
}

/// A number in digits that is a fraction or a mixed number: "3/4", "-4/5",
/// "2 1/4", "- 1 4/5" (sign read by the caller), "½", "2½".
fn digit_fraction<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let (body, sign) = match i.strip_prefix(['-', '−']) {
        Some(r) => (r, -1.0),
        None => (i, 1.0),
    };
    if let Ok((rest, f)) = slash_fraction(body).or_else(|_| vulgar_fraction(g, body)) {
        return Ok((rest, sign * f));
    }
    let (r, whole) = digits_only(body)?;
    let after_ws = ws(r)?.0;
    let (rest, f) = vulgar_fraction(g, r).or_else(|_| {
        if after_ws.len() == r.len() {
            return fail(r);
        }
        slash_fraction(after_ws)
    })?;
    Ok((rest, sign * (whole + f)))
}

fn digits_only(i: &str) -> PResult<'_, f64> {
    let end = i.find(|c: char| !c.is_ascii_digit()).unwrap_or(i.len());
    if end == 0 || end > 6 {
        return fail(i);
    }
    match i[..end].parse() {
        Ok(v) => Ok((&i[end..], v)),
        Err(_) => fail(i),
    }
}

/// One number, in digits or in words (cardinal only).
fn single_number<'a>(g: &Grammar, i: &'a str) -> PResult<'a, (f64, bool, bool, bool)> {
    if let Ok((rest, v)) = digit_fraction(g, i) {
        return Ok((rest, (v, false, false, false)));
    }
    if let Ok((rest, v)) = decimal(i) {
        // "322 cent": after digits above one, the singular "cent" is the
        // hundred (a currency would be "cents").
        if v > 1.0 && v.fract() == 0.0 {
            if let Ok((r, w)) = ws1(rest).and_then(|(r, _)| lex_text(&g.number_words, r)) {
                let (text, w) = w;
                if w.role == Role::Hundred && !w.ordinal && !text.ends_with('s') && at_boundary(r) {
                    return Ok((r, (v * w.value, false, false, false)));
                }
            }
        }
        let (rest, v, m, big) = match multiplier(g, rest) {
            Ok((r, m)) => (r, v * m, m, true),
            Err(_) => (rest, v, 1.0, false),
        };
        return Ok(match fraction_tail(g, rest, v, m) {
            Some((r, v)) => (r, (v, false, false, big)),
            None => (rest, (v, false, false, big)),
        });
    }
    if let Ok((rest, v)) = fraction_of_multiplier(g, i) {
        return Ok((rest, (v, false, true, true)));
    }
    if let Ok((rest, v)) = word_fraction(g, i) {
        return Ok((rest, (v, false, true, false)));
    }
    let (rest, w) = number_words(g, i)?;
    if w.ordinal {
        return fail(i);
    }
    if let Some((r, v)) = denominator_after(g, rest, &w) {
        return Ok((r, (v, false, true, false)));
    }
    if let Some((r, v)) = fraction_tail(g, rest, w.value, w.last_multiplier) {
        return Ok((r, (v, false, true, w.last_multiplier > 1.0)));
    }
    let big = g
        .number_words
        .get(
            i[..i.len() - rest.len()]
                .rsplit([' ', '-'])
                .next()
                .unwrap_or(""),
        )
        .is_some_and(|n| n.role == Role::Large);
    Ok((rest, (w.value, w.lone_one, true, big)))
}

/// A range: "entre 20 et 25", "de 20 à 25", "20 à 25", "20-25".
fn range<'a>(g: &Grammar, i: &'a str) -> PResult<'a, (f64, f64, bool)> {
    for def in &g.ranges {
        let body = if def.open.is_empty() {
            Some(i)
        } else {
            lex_text(&def.open, i)
                .ok()
                .and_then(|(r, (text, _))| sep(text, r).ok())
                .map(|(r, _)| r)
        };
        let Some(body) = body else { continue };
        let Ok((r, (a, _, words, _))) = single_number(g, body) else {
            continue;
        };
        let Ok((r, _)) = ws1(r) else { continue };
        let Ok((r, _)) = lex(&def.join, r) else {
            continue;
        };
        let Ok((r, _)) = ws1(r) else { continue };
        let Ok((r, (b, _, _, _))) = single_number(g, r) else {
            continue;
        };
        if b > a {
            return Ok((r, (a, b, words)));
        }
    }
    // "20-25": digits joined by a hyphen, the second larger.
    let (r, a) = decimal(i)?;
    let r = r
        .strip_prefix('-')
        .ok_or(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Char,
        )))?;
    let (r, b) = decimal(r)?;
    if b > a && a >= 0.0 {
        return Ok((r, (a, b, false)));
    }
    fail(i)
}

/// An amount with its marker: "plus de 10 000", "entre vingt et vingt-cinq",
/// "une vingtaine", "quelque 400".
pub fn amount<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, Amount> {
    let (body, marker) = match approx_marker(g, i) {
        Ok((r, m)) => (r, Some(m)),
        Err(_) => (i, None),
    };
    if let Ok((rest, (a, b, in_words))) = range(g, body) {
        return Ok((
            rest,
            Amount {
                value: Interval::range(a, b),
                approx: Approx::Range,
                lone_one: false,
                in_words,
                takes_link: false,
            },
        ));
    }
    if let Ok((rest, &(lo, hi, estimate))) = lex(&g.vague, body) {
        if at_boundary(rest) {
            return Ok((
                rest,
                Amount {
                    value: Interval::range(lo, hi),
                    approx: if estimate {
                        Approx::About
                    } else {
                        Approx::Vague
                    },
                    lone_one: false,
                    in_words: true,
                    takes_link: true,
                },
            ));
        }
    }
    let (rest, (v, lone_one, in_words, big)) = single_number(g, body)?;
    let (approx, tolerance) = marker.map_or((Approx::Exact, 0.0), |m| (m.approx, m.tolerance));
    Ok((
        rest,
        Amount {
            value: approx.apply(v, tolerance),
            approx,
            lone_one: lone_one && marker.is_none(),
            in_words,
            takes_link: big,
        },
    ))
}

/// A unit after an amount: "km²", "kilomètres carrés", "d'euros", "%",
/// "2,5-km"; after a large multiplier also the forms that need one ("361
/// millions de livres").
fn unit_after<'a>(g: &Grammar, i: &'a str, large: bool) -> PResult<'a, usize> {
    let forms = |r: &'a str| -> PResult<'a, usize> {
        if large {
            if let Ok((rest, u)) = lex(&g.unit_after_large, r) {
                return Ok((rest, *u));
            }
        }
        let (rest, u) = lex(&g.unit_forms, r)?;
        Ok((rest, *u))
    };
    if let Some(r) = i.strip_prefix('-') {
        return forms(r);
    }
    let (r, _) = ws(i)?;
    if let Ok(found) = forms(r) {
        return Ok(found);
    }
    let (r2, (link, _)) = lex_text(&g.links, r)?;
    let (r2, _) = sep(link, r2)?;
    forms(r2)
}

/// The cents after an amount of money: "15 dollars et 15 cents", "treize
/// euros et quarante-cinq cents", "15 dollars 50" (at the end of a clause).
fn cents_after<'a>(g: &Grammar, i: &'a str) -> Option<(&'a str, f64)> {
    let (mut r, _) = ws1(i).ok()?;
    if let Ok((r2, _)) = lex(&g.conjunctions, r) {
        r = ws1(r2).ok()?.0;
    }
    let (r, n) = match decimal(r) {
        Ok((r, n)) => (r, n),
        Err(_) => number_words(g, r)
            .ok()
            .filter(|(_, w)| !w.ordinal)
            .map(|(r, w)| (r, w.value))?,
    };
    if !(1.0..100.0).contains(&n) || n.fract() != 0.0 || !at_boundary(r) {
        return None;
    }
    if let Ok((rest, u)) = unit_after(g, r, false) {
        let sub = g.units[u].subunit?;
        return Some((rest, n / sub));
    }
    // A bare figure must end the clause: "15 dollars et 15 euros" is two sums.
    let next = r.trim_start_matches(crate::text::normalize::is_space);
    if next.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((r, n / 100.0))
}

/// The lemma of a counted noun: grammar exceptions first, then plural rules.
pub fn lemma(g: &Grammar, w: &str) -> String {
    let key = normalize(w);
    if let Some(l) = g.lemmas.get(&key) {
        return l.clone();
    }
    for (suffix, singular) in &g.plural_rules {
        if key.len() > suffix.len() + 2 && key.ends_with(suffix.as_str()) {
            return format!("{}{}", &key[..key.len() - suffix.len()], singular);
        }
    }
    key
}

/// The noun a bare count counts: "400 autres militants" → militant.
fn counted_noun<'a>(g: &Grammar, i: &'a str, takes_link: bool) -> PResult<'a, String> {
    let (mut r, _) = ws1(i)?;
    if takes_link {
        if let Ok((r2, (link, _))) = lex_text(&g.links, r) {
            if let Ok((r3, _)) = sep(link, r2) {
                r = r3;
            }
        }
    }
    for _ in 0..2 {
        match lex(&g.noun_skip, r) {
            Ok((r2, _)) if at_boundary(r2) => r = ws1(r2)?.0,
            _ => break,
        }
    }
    let (rest, w) = word(r)?;
    if !at_boundary(rest) || rest.starts_with(['\'', '’']) {
        return fail(i);
    }
    let blocked = g.function_words.get(w).is_some()
        || g.number_words.get(w).is_some()
        || g.months.get(w).is_some()
        || g.weekdays.get(w).is_some()
        || g.relative_days.get(w).is_some()
        || g.markers.get(w).is_some()
        || g.relative_ordinals.get(w).is_some()
        || g.unit_forms.get(w).is_some();
    if blocked || w.chars().count() < 2 {
        return fail(i);
    }
    Ok((rest, lemma(g, w)))
}

/// A currency written before the amount: "$75", "€ 20".
fn prefix_unit<'a>(g: &Grammar, i: &'a str) -> PResult<'a, usize> {
    let (r, u) = lex(&g.unit_prefixes, i)?;
    let (r, _) = ws(r)?;
    Ok((r, *u))
}

/// A quantity, with or without a unit or counted noun.
pub fn quantity<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, Quantity> {
    if let Ok(found) = unit_lead(g, i) {
        return Ok(found);
    }
    if let Ok(found) = negative(g, i) {
        return Ok(found);
    }
    plain_quantity(g, i)
}

/// "un angle de 45 degrés", "rotation 90°": a lead that makes degrees an angle.
fn unit_lead<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, Quantity> {
    let (r, (text, &lead_unit)) = lex_text(&g.unit_leads, i)?;
    let (r, _) = sep(text, r)?;
    let (rest, mut q) = plain_quantity(g, r)?;
    if q.unit
        .is_some_and(|u| g.units[u].dimension == "temperature")
    {
        q.unit = Some(lead_unit);
        q.kind = g.units[lead_unit].kind;
    }
    Ok((rest, q))
}

/// A sign set apart from its number: "- 20 degrés", "- 10 k", "moins 10
/// degrés". Only for a bare number or a temperature: before a counted noun
/// the dash is a list bullet ("- 200 blessés").
fn negative<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, Quantity> {
    let r = match i.strip_prefix(['-', '−']) {
        Some(r) => ws1(r)?.0,
        None => {
            let (r, (text, _)) = lex_text(&g.negative_words, i)?;
            sep(text, r)?.0
        }
    };
    if !r.starts_with(|c: char| c.is_ascii_digit()) && number_words(g, r).is_err() {
        return fail(i);
    }
    let (rest, mut q) = plain_quantity(g, r)?;
    let temperature = q
        .unit
        .is_some_and(|u| g.units[u].dimension.starts_with("temperature"));
    let Some(v) = q.amount.value.point() else {
        return fail(i);
    };
    if !(temperature || q.kind == MentionKind::Number) {
        return fail(i);
    }
    q.amount.value = Interval::exact(-v);
    Ok((rest, q))
}

/// "un demi-litre", "demi litre", "un quart d'heure": a fraction of one unit.
fn fraction_of_unit<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, Quantity> {
    let (r, d) = fraction_of_one(g, i)?;
    let (rest, u) = unit_after(g, r, false)?;
    let amount = Amount {
        value: Interval::exact(1.0 / d),
        approx: Approx::Exact,
        lone_one: false,
        in_words: true,
        takes_link: false,
    };
    Ok((rest, build(g, amount, Some(u), None, None)))
}

fn plain_quantity<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, Quantity> {
    if let Ok((r, u)) = prefix_unit(g, i) {
        let (rest, amount) = amount(g, r)?;
        return Ok((rest, build(g, amount, Some(u), None, None)));
    }
    if let Ok(found) = fraction_of_unit(g, i) {
        return Ok(found);
    }
    let (rest, amount) = amount(g, i)?;
    // Glued letters that are not a unit ("F16", "3D") make it a name.
    if rest.starts_with(|c: char| c.is_alphabetic()) && lex(&g.unit_forms, rest).is_err() {
        return fail(i);
    }
    if let Ok((r, u)) = unit_after(g, rest, amount.takes_link) {
        // "un an" is a duration, "un euro" a sum; "un point de presse" is not a figure.
        let kind = g.units[u].kind;
        if !amount.lone_one || matches!(kind, MentionKind::Duration | MentionKind::Money) {
            let mut amount = amount;
            let mut r = and_a_fraction(g, r, &mut amount);
            if g.units[u].dimension.starts_with("temperature") {
                r = below_zero(g, r, &mut amount);
            }
            if kind == MentionKind::Money && g.units[u].subunit.is_none() {
                if let (Some((after, c)), Some(v)) = (cents_after(g, r), amount.value.point()) {
                    amount.value = Interval::exact(v + c);
                    r = after;
                }
            }
            return Ok((r, build(g, amount, Some(u), None, None)));
        }
    }
    // A lone "un"/"une" before a noun is an article ("un commandant").
    if amount.lone_one {
        return fail(i);
    }
    if let Ok((r, noun)) = counted_noun(g, rest, amount.takes_link) {
        return Ok((r, build(g, amount, None, Some(noun), None)));
    }
    Ok((rest, build(g, amount, None, None, None)))
}

/// A unit named without a number: "convertir 10 celsius en fahrenheit". The
/// mention has no value and makes no claim.
pub fn unit_alone<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, (MentionKind, usize)> {
    let (rest, &u) = lex(&g.unit_alone, i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, (g.units[u].kind, u)))
}

/// A duration introduced by a lead: "depuis huit ans", "dans les prochaines
/// 48 heures", "au cours des dernières 24 heures", "il y a trois jours".
pub fn lead_duration<'a>(g: &'a Grammar, i: &'a str) -> PResult<'a, Quantity> {
    let (r, (text, lead)) = lex_text(&g.leads, i)?;
    if matches!(lead.relation, Relation::At) {
        return fail(i);
    }
    let (r, _) = sep(text, r)?;
    let (rest, mut amount) = amount(g, r)?;
    let (rest, u) = unit_after(g, rest, amount.takes_link)?;
    if g.units[u].kind != MentionKind::Duration {
        return fail(i);
    }
    let rest = and_a_fraction(g, rest, &mut amount);
    Ok((rest, build(g, amount, Some(u), None, Some(*lead))))
}

/// "en dessous de zéro" after a temperature: "10 degrés en dessous de zéro" = -10.
fn below_zero<'a>(g: &Grammar, i: &'a str, amount: &mut Amount) -> &'a str {
    let parsed = ws1(i).and_then(|(r, _)| lex(&g.below_zero, r));
    match (parsed, amount.value.point()) {
        (Ok((rest, _)), Some(v)) if v > 0.0 && at_boundary(rest) => {
            amount.value = Interval::exact(-v);
            rest
        }
        _ => i,
    }
}

/// "et demi" after a unit: "un an et demi" = 1.5 years.
fn and_a_fraction<'a>(g: &Grammar, i: &'a str, amount: &mut Amount) -> &'a str {
    let parsed = ws1(i)
        .and_then(|(r, _)| lex(&g.conjunctions, r))
        .and_then(|(r, _)| ws1(r))
        .and_then(|(r, _)| super::words::denominator(g, r));
    match parsed {
        Ok((rest, d)) => {
            amount.value = Interval {
                min: amount.value.min.map(|v| v + 1.0 / d),
                max: amount.value.max.map(|v| v + 1.0 / d),
            };
            amount.lone_one = false;
            rest
        }
        Err(_) => i,
    }
}

fn build(
    g: &Grammar,
    amount: Amount,
    unit: Option<usize>,
    counted: Option<String>,
    lead: Option<LeadDef>,
) -> Quantity {
    let kind = match (unit, &counted) {
        (Some(u), _) => g.units[u].kind,
        (None, Some(_)) => MentionKind::Quantity,
        (None, None) => MentionKind::Number,
    };
    Quantity {
        amount,
        kind,
        unit,
        counted,
        lead,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders a quantity compactly: "[10000, ∞) more_than km2".
    fn show(g: &Grammar, s: &str) -> String {
        match quantity(g, s).or_else(|_| lead_duration(g, s)) {
            Ok((rest, q)) => {
                let what = q
                    .unit
                    .map(|u| g.units[u].id.clone())
                    .or(q.counted.clone())
                    .unwrap_or_default();
                let used = &s[..s.len() - rest.len()];
                format!(
                    "{} {} {} {what} | {used}",
                    q.kind.as_str(),
                    q.amount.value,
                    q.amount.approx.as_str()
                )
                .trim()
                .to_string()
            }
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn quantities_table() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            (
                "400 localités",
                "quantity 400 exact localité | 400 localités",
            ),
            (
                "plus de 10 000 kilomètres carrés",
                "quantity [10 000, ∞) more_than km2 | plus de 10 000 kilomètres carrés",
            ),
            (
                "au moins 200 militants ont",
                "quantity [200, ∞) at_least militant | au moins 200 militants",
            ),
            (
                "400 autres militants",
                "quantity 400 exact militant | 400 autres militants",
            ),
            (
                "quelque 400 kilomètres carrés de",
                "quantity [360, 440] about km2 | quelque 400 kilomètres carrés",
            ),
            (
                "plus de 100 soldats syriens",
                "quantity [100, ∞) more_than soldat | plus de 100 soldats",
            ),
            ("28 poches", "quantity 28 exact poche | 28 poches"),
            (
                "plus de 70 drones.",
                "quantity [70, ∞) more_than drone | plus de 70 drones",
            ),
            (
                "entre vingt et vingt-cinq sorties par jours",
                "quantity [20, 25] range sortie | entre vingt et vingt-cinq sorties",
            ),
            ("cinq morts", "quantity 5 exact mort | cinq morts"),
            (
                "3 millions d'euros",
                "money 3 000 000 exact EUR | 3 millions d'euros",
            ),
            (
                "3,2 millions de réfugiés",
                "quantity 3 200 000 exact réfugié | 3,2 millions de réfugiés",
            ),
            ("12 %", "percent 12 exact percent | 12 %"),
            ("12%", "percent 12 exact percent | 12%"),
            (
                "douze pour cent",
                "percent 12 exact percent | douze pour cent",
            ),
            ("$75", "money 75 exact USD | $75"),
            (
                "une vingtaine de morts",
                "quantity [15, 25] about mort | une vingtaine de morts",
            ),
            (
                "des dizaines de groupes armés",
                "quantity [20, 99] vague groupe | des dizaines de groupes",
            ),
            (
                "20-25 blessés",
                "quantity [20, 25] range blessé | 20-25 blessés",
            ),
            (
                "de 20 à 25 blessés",
                "quantity [20, 25] range blessé | de 20 à 25 blessés",
            ),
            ("depuis huit ans", "duration 8 exact year | depuis huit ans"),
            (
                "dans les prochaines 48 heures",
                "duration 48 exact hour | dans les prochaines 48 heures",
            ),
            (
                "plus de trois ans",
                "duration [3, ∞) more_than year | plus de trois ans",
            ),
            (
                "2 milliards de dollars",
                "money 2 000 000 000 exact USD | 2 milliards de dollars",
            ),
        ] {
            assert_eq!(show(&g, input), expect, "{input}");
        }
    }

    #[test]
    fn fractions_money_and_units_table() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            ("3/4", "number 0.75 exact  | 3/4"),
            ("-4/5", "number -0.8 exact  | -4/5"),
            ("2  1/4", "number 2.25 exact  | 2  1/4"),
            ("- 1 4/5", "number -1.8 exact  | - 1 4/5"),
            ("½", "number 0.5 exact  | ½"),
            ("10 1/2 miles", "quantity 10.5 exact mi | 10 1/2 miles"),
            ("1/4 kilomètre", "quantity 0.25 exact km | 1/4 kilomètre"),
            // A slash inside a unit.
            ("158 km/h", "quantity 158 exact kmh | 158 km/h"),
            ("quatre centièmes", "number 0.04 exact  | quatre centièmes"),
            (
                "Un demi-million d'œufs",
                "quantity 500 000 exact œuf | Un demi-million d'œufs",
            ),
            ("un demi-litre", "quantity 0.5 exact l | un demi-litre"),
            ("322 cent", "number 32 200 exact  | 322 cent"),
            ("34 cents", "money 34 exact cent | 34 cents"),
            (
                "15 dollars et 15 cents",
                "money 15.15 exact USD | 15 dollars et 15 cents",
            ),
            (
                "treize euros et quarante-cinq cents",
                "money 13.45 exact EUR | treize euros et quarante-cinq cents",
            ),
            ("15 dollars 50.", "money 15.5 exact USD | 15 dollars 50"),
            (
                "15 dollars et 20 personnes",
                "money 15 exact USD | 15 dollars",
            ),
            ("une yen", "money 1 exact JPY | une yen"),
            ("25 livres", "quantity 25 exact lb | 25 livres"),
            (
                "361 millions de livres",
                "money 361 000 000 exact GBP | 361 millions de livres",
            ),
            ("2,5-km", "quantity 2.5 exact km | 2,5-km"),
            ("trois-tonnes", "quantity 3 exact t | trois-tonnes"),
            (
                "- 20 degrés fahrenheit",
                "quantity -20 exact F | - 20 degrés fahrenheit",
            ),
            (
                "moins 10 degrés",
                "quantity -10 exact deg | moins 10 degrés",
            ),
            (
                "angle de 45 degrés",
                "quantity 45 exact angle_deg | angle de 45 degrés",
            ),
            ("€1000 sur 3 ans", "money 1 000 exact EUR | €1000"),
            ("une douzaine", "number 12 about  | une douzaine"),
            (
                "10 degrés en dessous de zéro",
                "quantity -10 exact deg | 10 degrés en dessous de zéro",
            ),
            (
                "quasi neuf livres sterling",
                "money [8.1, 9.9] about GBP | quasi neuf livres sterling",
            ),
        ] {
            assert_eq!(show(&g, input), expect, "{input}");
        }
    }

    #[test]
    fn slash_fractions_are_proper() {
        assert_eq!(slash_fraction("3/4 des"), Ok((" des", 0.75)));
        // Dates and "24/7" are no fractions.
        for input in ["24/7", "22/04", "15/03/2016", "1/0", "3/4/5"] {
            assert!(slash_fraction(input).is_err(), "{input}");
        }
    }

    #[test]
    fn units_alone() {
        let g = Grammar::builtin().unwrap();
        for (input, unit) in [
            ("fahrenheit", "F"),
            ("degrés celsius", "C"),
            ("kelvin", "K"),
        ] {
            let (_, (_, u)) = unit_alone(&g, input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!(g.units[u].id, unit, "{input}");
        }
        for input in ["dollar", "m", "baril", "degrés"] {
            assert!(unit_alone(&g, input).is_err(), "{input}");
        }
    }

    #[test]
    fn not_quantities() {
        let g = Grammar::builtin().unwrap();
        // A dash before a counted noun is a list bullet, not a sign.
        for input in ["un commandant", "une grande partie", "F16", "- 200 blessés"] {
            assert_eq!(show(&g, input), "none", "{input}");
        }
    }
}
