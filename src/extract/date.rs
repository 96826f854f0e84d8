//! Dates as the text states them: absolute ("30 septembre 2016", "15/03/2016",
//! "mars 2020", "en 2015"), partial ("le 27 février"), and relative to the
//! publication date ("mardi", "la veille", "la semaine dernière"). Resolution
//! against the publication date happens later, in `claim::resolve`.

use super::input::*;
use super::words::number_words;
use crate::grammar::{Grammar, LeadDef, PeriodUnit};
use crate::value::Relation;
use chrono::NaiveDate;

/// What a date expression states, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateExpr {
    /// Any of year, month, day; a weekday when the text names one.
    Calendar {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
        weekday: Option<u32>,
    },
    /// A span of whole years: "de 2012 à 2016", "en 1999-2000".
    Years { first: i32, last: i32 },
    /// A weekday without a date: "mardi" (0), "mardi dernier" (-1), "lundi prochain" (+1).
    Weekday { weekday: u32, direction: i64 },
    /// Days from the publication date: "hier" (-1), "la veille", "il y a trois jours".
    Days(i64),
    /// A week, month or year relative to the publication date.
    Period { unit: PeriodUnit, offset: i64 },
}

/// A date mention: what it states and how its lead relates it to the claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub expr: DateExpr,
    pub relation: Relation,
    pub forward: bool,
}

fn digits_n(i: &str, min: usize, max: usize) -> PResult<'_, u32> {
    let end = i.find(|c: char| !c.is_ascii_digit()).unwrap_or(i.len());
    if end < min || end > max {
        return fail(i);
    }
    let v = i[..end]
        .parse()
        .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))?;
    Ok((&i[end..], v))
}

/// A year written with four digits, 1000 to 2999.
pub fn year(i: &str) -> PResult<'_, i32> {
    let (rest, y) = digits_n(i, 4, 4)?;
    if !(1000..=2999).contains(&y) || !at_boundary(rest) {
        return fail(i);
    }
    // "2015 000" would be a number with thousands groups, not a year.
    if let Some(after) = rest.strip_prefix([' ', '\u{a0}', '\u{202f}']) {
        if digits_n(after, 3, 3).is_ok_and(|(r, _)| at_boundary(r)) {
            return fail(i);
        }
    }
    Ok((rest, y as i32))
}

/// A day of the month: "30", "1er", "premier", "trente".
fn day_of_month<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    if let Ok((rest, d)) = digits_n(i, 1, 2) {
        let rest = g
            .ordinal_suffixes
            .iter()
            .find_map(|s| {
                rest.strip_prefix(s.as_str())
                    .filter(|r| d == 1 && at_boundary(r))
            })
            .unwrap_or(rest);
        if (1..=31).contains(&d) && at_boundary(rest) {
            return Ok((rest, d));
        }
        return fail(i);
    }
    if let Ok((rest, v)) = lex(&g.ordinal_words, i) {
        if *v == 1.0 && at_boundary(rest) {
            return Ok((rest, 1));
        }
    }
    let (rest, w) = number_words(g, i)?;
    if w.ordinal || !(1.0..=31.0).contains(&w.value) || w.lone_one {
        return fail(i);
    }
    Ok((rest, w.value as u32))
}

fn month_name<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    let (rest, m) = lex(&g.months, i)?;
    Ok((rest, *m))
}

fn weekday_name<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    let (rest, d) = lex(&g.weekdays, i)?;
    Ok((rest, *d))
}

fn valid(y: Option<i32>, m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(y.unwrap_or(2000), m, d).is_some()
}

/// "15/03/2016", "15.03.2016", "15-03-2016", "2016-03-15".
fn numeric_date(i: &str) -> PResult<'_, DateExpr> {
    let calendar = |y: u32, m: u32, d: u32| DateExpr::Calendar {
        year: Some(y as i32),
        month: Some(m),
        day: Some(d),
        weekday: None,
    };
    if let Ok((r, y)) = digits_n(i, 4, 4) {
        let (r, m) = digits_n(r.strip_prefix('-').unwrap_or("x"), 1, 2)?;
        let (r, d) = digits_n(r.strip_prefix('-').unwrap_or("x"), 1, 2)?;
        if valid(Some(y as i32), m, d) && at_boundary(r) {
            return Ok((r, calendar(y, m, d)));
        }
        return fail(i);
    }
    let (r, d) = digits_n(i, 1, 2)?;
    let Some(sep_char) = r.chars().next().filter(|c| matches!(c, '/' | '.' | '-')) else {
        return fail(i);
    };
    let (r, m) = digits_n(&r[1..], 1, 2)?;
    let r = r.strip_prefix(sep_char).unwrap_or("x");
    let (r, y) = match digits_n(r, 4, 4) {
        Ok(v) => v,
        Err(_) => {
            let (r, yy) = digits_n(r, 2, 2)?;
            (r, if yy < 50 { 2000 + yy } else { 1900 + yy })
        }
    };
    let continues = r
        .strip_prefix(['.', '/'])
        .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
    if valid(Some(y as i32), m, d) && at_boundary(r) && !continues {
        return Ok((r, calendar(y, m, d)));
    }
    fail(i)
}

/// "mardi 15 mars 2016", "30 septembre 2016", "27 février", "1er mars".
fn day_month_year<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, weekday) = match weekday_name(g, i).and_then(|(r, w)| ws1(r).map(|(r, _)| (r, w))) {
        Ok((r, w)) => (r, Some(w)),
        Err(_) => (i, None),
    };
    let (r, day) = day_of_month(g, r)?;
    let (r, _) = ws1(r)?;
    let (r, month) = month_name(g, r)?;
    let (rest, year) = match ws1(r).and_then(|(r2, _)| year(r2)) {
        Ok((r2, y)) => (r2, Some(y)),
        Err(_) => (r, None),
    };
    if !valid(year, month, day) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            weekday,
        },
    ))
}

/// "mars 2020", "décembre 2016".
fn month_year<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, month) = month_name(g, i)?;
    let (r, _) = ws1(r)?;
    let (rest, y) = year(r)?;
    Ok((
        rest,
        DateExpr::Calendar {
            year: Some(y),
            month: Some(month),
            day: None,
            weekday: None,
        },
    ))
}

/// A year, or a span of years after a lead that allows one: "2015", "1999-2000", "2012 à 2016".
fn years<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, first) = year(i)?;
    let second = r
        .strip_prefix(['-', '–'])
        .and_then(|r2| year(r2).ok())
        .or_else(|| {
            let (r2, _) = ws1(r).ok()?;
            g.ranges.iter().find_map(|def| {
                let (r3, _) = lex(&def.join, r2).ok()?;
                let (r3, _) = ws1(r3).ok()?;
                year(r3).ok()
            })
        });
    match second {
        Some((rest, last)) if last > first => Ok((rest, DateExpr::Years { first, last })),
        _ => Ok((
            r,
            DateExpr::Calendar {
                year: Some(first),
                month: None,
                day: None,
                weekday: None,
            },
        )),
    }
}

/// "mardi", "mardi dernier", "lundi prochain".
fn weekday_alone<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, weekday) = weekday_name(g, i)?;
    let (rest, direction) = match ws1(r).and_then(|(r2, _)| lex(&g.directions, r2)) {
        Ok((r2, d)) => (r2, *d),
        Err(_) => (r, 0),
    };
    Ok((rest, DateExpr::Weekday { weekday, direction }))
}

/// "hier", "la veille", "la semaine dernière", "cette année".
fn relative<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    if let Ok((rest, d)) = lex(&g.relative_days, i) {
        return Ok((rest, DateExpr::Days(*d)));
    }
    let (rest, (unit, offset)) = lex(&g.relative_periods, i)?;
    Ok((
        rest,
        DateExpr::Period {
            unit: *unit,
            offset: *offset,
        },
    ))
}

/// A date with its optional lead: "le 27 février", "en 2015", "depuis le 30 septembre".
pub fn date_mention<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateMention> {
    let (body, lead): (&str, Option<LeadDef>) = match lex_text(&g.leads, i) {
        Ok((r, (text, lead))) => match sep(text, r) {
            Ok((r, _)) => (r, Some(*lead)),
            Err(_) => (i, None),
        },
        Err(_) => (i, None),
    };
    let try_body = |body: &'a str, lead: Option<LeadDef>| -> PResult<'a, DateExpr> {
        if let Ok(v) = numeric_date(body) {
            return Ok(v);
        }
        if let Ok(v) = day_month_year(g, body) {
            return Ok(v);
        }
        if let Ok(v) = month_year(g, body) {
            return Ok(v);
        }
        if lead.is_some_and(|l| l.year) {
            if let Ok(v) = years(g, body) {
                return Ok(v);
            }
            if let Ok((r, m)) = month_name(g, body) {
                return Ok((
                    r,
                    DateExpr::Calendar {
                        year: None,
                        month: Some(m),
                        day: None,
                        weekday: None,
                    },
                ));
            }
        }
        if let Ok(v) = weekday_alone(g, body) {
            return Ok(v);
        }
        relative(g, body)
    };
    let (rest, expr, lead) = match try_body(body, lead) {
        Ok((rest, expr)) => (rest, expr, lead),
        // The lead word may belong to a relative form ("la veille", "le lendemain").
        Err(_) if lead.is_some() => {
            let (rest, expr) = try_body(i, None)?;
            (rest, expr, None)
        }
        Err(e) => return Err(e),
    };
    Ok((
        rest,
        DateMention {
            expr,
            relation: lead.map_or(Relation::At, |l| l.relation),
            forward: lead.is_some_and(|l| l.forward),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(g: &Grammar, s: &str) -> String {
        match date_mention(g, s) {
            Ok((rest, d)) => format!(
                "{:?} {} | {}",
                d.expr,
                d.relation.as_str(),
                &s[..s.len() - rest.len()]
            ),
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn absolute_and_partial_dates() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            ("30 septembre 2016", "Calendar { year: Some(2016), month: Some(9), day: Some(30), weekday: None } at | 30 septembre 2016"),
            ("le 30 septembre 2016 a", "Calendar { year: Some(2016), month: Some(9), day: Some(30), weekday: None } at | le 30 septembre 2016"),
            ("le 27 février à", "Calendar { year: None, month: Some(2), day: Some(27), weekday: None } at | le 27 février"),
            ("depuis le 30 septembre,", "Calendar { year: None, month: Some(9), day: Some(30), weekday: None } since | depuis le 30 septembre"),
            ("en 2015,", "Calendar { year: Some(2015), month: None, day: None, weekday: None } at | en 2015"),
            ("depuis 2012.", "Calendar { year: Some(2012), month: None, day: None, weekday: None } since | depuis 2012"),
            ("le 1er mars 2020", "Calendar { year: Some(2020), month: Some(3), day: Some(1), weekday: None } at | le 1er mars 2020"),
            ("mardi 15 mars 2016", "Calendar { year: Some(2016), month: Some(3), day: Some(15), weekday: Some(2) } at | mardi 15 mars 2016"),
            ("15/03/2016", "Calendar { year: Some(2016), month: Some(3), day: Some(15), weekday: None } at | 15/03/2016"),
            ("15.03.2016", "Calendar { year: Some(2016), month: Some(3), day: Some(15), weekday: None } at | 15.03.2016"),
            ("2016-03-15", "Calendar { year: Some(2016), month: Some(3), day: Some(15), weekday: None } at | 2016-03-15"),
            ("en décembre 2016", "Calendar { year: Some(2016), month: Some(12), day: None, weekday: None } at | en décembre 2016"),
            ("l'an 2000", "Calendar { year: Some(2000), month: None, day: None, weekday: None } at | l'an 2000"),
            ("en 1999-2000", "Years { first: 1999, last: 2000 } at | en 1999-2000"),
            ("de 2012 à 2016", "none"),
        ] {
            assert_eq!(show(&g, input), expect, "{input}");
        }
    }

    #[test]
    fn relative_dates() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            ("mardi", "Weekday { weekday: 2, direction: 0 } at | mardi"),
            (
                "mardi dernier",
                "Weekday { weekday: 2, direction: -1 } at | mardi dernier",
            ),
            (
                "lundi prochain",
                "Weekday { weekday: 1, direction: 1 } at | lundi prochain",
            ),
            ("la veille", "Days(-1) at | la veille"),
            ("hier", "Days(-1) at | hier"),
            ("aujourd'hui", "Days(0) at | aujourd'hui"),
            (
                "la semaine dernière",
                "Period { unit: Week, offset: -1 } at | la semaine dernière",
            ),
            (
                "l'an dernier",
                "Period { unit: Year, offset: -1 } at | l'an dernier",
            ),
        ] {
            assert_eq!(show(&g, input), expect, "{input}");
        }
    }

    #[test]
    fn not_dates() {
        let g = Grammar::builtin().unwrap();
        for input in ["le 49.3", "2015", "31 février", "le 400", "© AFP"] {
            assert_eq!(show(&g, input), "none", "{input}");
        }
    }
}
