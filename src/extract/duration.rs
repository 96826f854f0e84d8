//! Durations written without a plain count before their unit: "toute la
//! journée" (one day), "une demi-heure" (half an hour), "30-minutes" (a
//! count glued to its unit by a hyphen). Counts with a spaced unit ("trois
//! jours") are quantities, read in `quantity`.

use super::input::*;
use super::number::decimal;
use super::quantity::{Amount, Quantity};
use crate::grammar::Grammar;
use crate::value::{Approx, Interval, MentionKind};

/// A unit of time at the start of `i`, ending its word.
fn time_unit<'a>(g: &Grammar, i: &'a str) -> PResult<'a, usize> {
    let (rest, u) = lex(&g.unit_forms, i)?;
    if g.units[*u].kind != MentionKind::Duration || !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, *u))
}

fn duration_of(value: f64, unit: usize, in_words: bool) -> Quantity {
    Quantity {
        amount: Amount {
            value: Interval::exact(value),
            approx: Approx::Exact,
            lone_one: false,
            in_words,
            takes_link: false,
        },
        kind: MentionKind::Duration,
        unit: Some(unit),
        counted: None,
        lead: None,
    }
}

/// "toute la journée", "tout le mois", "toute l'année": one whole unit.
fn whole_unit<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Quantity> {
    let (r, _) = lex(&g.whole_words, i)?;
    let (r, _) = ws1(r)?;
    let (r, (article, _)) = lex_text(&g.whole_articles, r)?;
    let (r, _) = sep(article, r)?;
    let (rest, u) = time_unit(g, r)?;
    Ok((rest, duration_of(1.0, u, true)))
}

/// "une demi-heure", "demi journée": half a unit.
fn half_unit<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Quantity> {
    let spaced = lex(&g.half_words, i)
        .and_then(|(r, _)| ws1(r))
        .map(|(r, _)| r);
    let after = match spaced {
        Ok(r) => r,
        Err(_) => {
            let Some(p) = i.find('-').filter(|&p| p > 0 && p <= 12) else {
                return fail(i);
            };
            if g.half_words.get(&i[..p]).is_none() {
                return fail(i);
            }
            &i[p + 1..]
        }
    };
    let (rest, u) = time_unit(g, after)?;
    Ok((rest, duration_of(0.5, u, true)))
}

/// "3-min", "30-minutes": a count glued to its unit of time.
fn glued_unit<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Quantity> {
    let (r, v) = decimal(i)?;
    if v < 0.0 {
        return fail(i);
    }
    let r = r
        .strip_prefix('-')
        .ok_or(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Char,
        )))?;
    let (rest, u) = time_unit(g, r)?;
    Ok((rest, duration_of(v, u, false)))
}

/// "3.5ans", "1.5h": a decimal written with a dot, glued to its unit of
/// time. A dot alone makes a reference ("le 49.3"); the unit glued to the
/// figure makes it a count.
fn dotted_glued_unit<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Quantity> {
    let int_end = i.find(|c: char| !c.is_ascii_digit()).unwrap_or(i.len());
    let Some(after) = i[int_end..].strip_prefix('.') else {
        return fail(i);
    };
    let frac_end = after
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after.len());
    if int_end == 0 || frac_end == 0 {
        return fail(i);
    }
    let figure = &i[..int_end + 1 + frac_end];
    let v: f64 = figure
        .parse()
        .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))?;
    let (rest, u) = time_unit(g, &after[frac_end..])?;
    Ok((rest, duration_of(v, u, false)))
}

/// A duration in one of the forms above.
pub fn duration<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Quantity> {
    whole_unit(g, i)
        .or_else(|_| half_unit(g, i))
        .or_else(|_| glued_unit(g, i))
        .or_else(|_| dotted_glued_unit(g, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(g: &Grammar, s: &str) -> String {
        match duration(g, s) {
            Ok((rest, q)) => format!(
                "{} {} | {}",
                q.amount.value,
                q.unit.map(|u| g.units[u].id.as_str()).unwrap_or(""),
                &s[..s.len() - rest.len()]
            ),
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn durations_table() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            ("toute la journée.", "1 day | toute la journée"),
            ("toute la semaine", "1 week | toute la semaine"),
            ("tout le mois de mars", "1 month | tout le mois"),
            ("toute l'année", "1 year | toute l'année"),
            ("une demi-heure plus tard", "0.5 hour | une demi-heure"),
            ("demi heure", "0.5 hour | demi heure"),
            ("une demi journée", "0.5 day | une demi journée"),
            ("30-minutes", "30 minute | 30-minutes"),
            ("3-min", "3 minute | 3-min"),
            ("3.5ans", "3.5 year | 3.5ans"),
            ("1.5h de route", "1.5 hour | 1.5h"),
        ] {
            assert_eq!(show(&g, input), expect, "{input}");
        }
    }

    #[test]
    fn not_durations() {
        let g = Grammar::builtin().unwrap();
        for input in [
            "toute la population",
            "tout le monde",
            "demi-finale",
            "3-D",
            "20-25 ans",
            "3.5 ans",
            "49.3",
        ] {
            assert_eq!(show(&g, input), "none", "{input}");
        }
    }
}
