//! Windows of whole units before or after publication: "les 3 dernières
//! semaines", "au cours des dix derniers mois", "les deux prochains jours".
//! The number comes before the adjective, as French writes it; the words
//! live in `grammars/fr/time.toml` and the units in `units.toml`.

use super::date::DateExpr;
use super::input::*;
use super::words::number_words;
use crate::grammar::Grammar;
use crate::value::MentionKind;

/// A whole count: "3", "dix".
fn count<'a>(g: &Grammar, i: &'a str) -> PResult<'a, i64> {
    let end = i.find(|c: char| !c.is_ascii_digit()).unwrap_or(i.len());
    if end > 0 {
        return match i[..end].parse::<i64>() {
            Ok(n) if end <= 4 && at_boundary(&i[end..]) => Ok((&i[end..], n)),
            _ => fail(i),
        };
    }
    let (rest, w) = number_words(g, i)?;
    if w.ordinal || w.value.fract() != 0.0 || w.value > 9999.0 {
        return fail(i);
    }
    Ok((rest, w.value as i64))
}

/// A window as the text states it: `count` units (index into
/// `Grammar::units`) before (-1) or after (+1) publication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub count: i64,
    pub direction: i64,
    pub unit: usize,
}

impl Window {
    /// The days it covers, for units of a day or more: "les 3 dernières
    /// semaines" → `Window { months: 0, days: -21 }`. "Les 24 dernières
    /// heures" has none: it counts from a time of day.
    pub fn date(&self, g: &Grammar) -> Option<DateExpr> {
        let unit = &g.units[self.unit];
        if unit.factor < 1.0 {
            return None;
        }
        let n = self.direction * self.count;
        Some(match unit.months {
            Some(m) => DateExpr::Window {
                months: n * m as i64,
                days: 0,
            },
            None => DateExpr::Window {
                months: 0,
                days: (n as f64 * unit.factor).round() as i64,
            },
        })
    }
}

/// "les 3 dernières semaines", "au cours des dix derniers mois", "les 13
/// dernières minutes": a count, then "derniers" or "prochains", then a unit
/// of time.
pub fn window<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Window> {
    let r = match lex_text(&g.time.window_open, i) {
        Ok((r, (t, _))) => sep(t, r).map_or(i, |(r2, _)| r2),
        Err(_) => i,
    };
    if let Ok(found) = adjective_first(g, r) {
        return Ok(found);
    }
    let (r, count) = count(g, r)?;
    let (r, _) = ws1(r)?;
    let (r, direction) = lex(&g.time.window_directions, r)?;
    let (r, _) = ws1(r)?;
    window_unit(g, i, r, count, *direction)
}

/// The unit of time that ends a window of `count` in `direction`, read
/// from `r`; `i` is where the window began.
fn window_unit<'a>(
    g: &Grammar,
    i: &'a str,
    r: &'a str,
    count: i64,
    direction: i64,
) -> PResult<'a, Window> {
    let (rest, u) = lex(&g.unit_forms, r)?;
    if !at_boundary(rest) || count < 1 || g.units[*u].kind != MentionKind::Duration {
        return fail(i);
    }
    Ok((
        rest,
        Window {
            count,
            direction,
            unit: *u,
        },
    ))
}

/// The adjective first: "les dernières 24 heures", "au cours des
/// prochaines 48 heures", and in headlines without the article, "Dernières
/// 24 heures", also "dernier 3 minutes", "dernier 3min". The adjective
/// must rank ("dernier", "prochain", read in `relative_ordinals`): "passé
/// 18 heures" is a time ("after 6 pm"), not a window.
fn adjective_first<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Window> {
    let (r, (text, direction)) =
        lex_text(&g.time.window_directions, i).or_else(|_| lex_text(&g.directions, i))?;
    if g.relative_ordinals.get(text).is_none() {
        return fail(i);
    }
    let (r, _) = ws1(r)?;
    // "3 minutes", or the unit glued to the digits: "3mins".
    let (r, count) = match count(g, r) {
        Ok((r2, n)) => (ws1(r2)?.0, n),
        Err(_) => {
            let end = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
            match r[..end].parse::<i64>() {
                Ok(n) if end > 0 && end <= 4 => (&r[end..], n),
                _ => return fail(i),
            }
        }
    };
    window_unit(g, i, r, count, *direction)
}

/// "ce week-end", "le week-end dernier", "le weekend prochain": the one
/// reading of a weekend (`DateExpr::Weekend`), alone or after a lead. Not
/// "le week-end de Pâques", "le week-end du 14 juillet": another weekend.
pub fn weekend<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, _) = lex(&g.time.weekend, i)?;
    if !at_boundary(r) {
        return fail(i);
    }
    if ws1(r).and_then(|(r2, _)| lex(&g.event_links, r2)).is_ok() {
        return fail(i);
    }
    let (rest, offset) = match ws1(r).and_then(|(r2, _)| lex(&g.directions, r2)) {
        Ok((r2, d)) if at_boundary(r2) => (r2, *d),
        _ => (r, 0),
    };
    Ok((rest, DateExpr::Weekend { offset }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(g: &Grammar, s: &str) -> String {
        match window(g, s) {
            Ok((rest, w)) => match w.date(g) {
                Some(e) => format!("{e:?} | {}", &s[..s.len() - rest.len()]),
                None => format!(
                    "{} {} {} | {}",
                    w.count,
                    w.direction,
                    g.units[w.unit].id,
                    &s[..s.len() - rest.len()]
                ),
            },
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn weekends() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            ("ce week-end,", Some(("ce week-end", 0))),
            ("le weekend dernier", Some(("le weekend dernier", -1))),
            ("le week-end prochain.", Some(("le week-end prochain", 1))),
            ("les week-ends", None),
            ("le week-end de Pâques", None),
        ] {
            let got = weekend(&g, input).ok().map(|(rest, e)| {
                let DateExpr::Weekend { offset } = e else {
                    panic!("{e:?}")
                };
                (&input[..input.len() - rest.len()], offset)
            });
            assert_eq!(got, expect, "{input}");
        }
    }

    #[test]
    fn windows() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            (
                "les 3 dernières semaines,",
                "Window { months: 0, days: -21 } | les 3 dernières semaines",
            ),
            (
                "au cours des dix derniers mois",
                "Window { months: -10, days: 0 } | au cours des dix derniers mois",
            ),
            (
                "3 prochaines semaines.",
                "Window { months: 0, days: 21 } | 3 prochaines semaines",
            ),
            (
                "les deux dernières années",
                "Window { months: -24, days: 0 } | les deux dernières années",
            ),
            (
                "les 13 dernières minutes",
                "13 -1 minute | les 13 dernières minutes",
            ),
            // The adjective first, with or without its article.
            (
                "au cours des dernières 24 heures",
                "24 -1 hour | au cours des dernières 24 heures",
            ),
            (
                "les dernières 3 semaines",
                "Window { months: 0, days: -21 } | les dernières 3 semaines",
            ),
            ("prochaines 5 heures", "5 1 hour | prochaines 5 heures"),
            ("dernier 3min.", "3 -1 minute | dernier 3min"),
        ] {
            assert_eq!(show(&g, input), expect, "{input}");
        }
        for input in [
            "les 3 derniers soldats",
            "les dernières semaines",
            "3 semaines",
            "passé 18 heures",
            "passés 3 jours",
            "derniers 3 soldats",
        ] {
            assert_eq!(show(&g, input), "none", "{input}");
        }
    }
}
