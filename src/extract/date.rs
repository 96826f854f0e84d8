//! Dates as the text states them: absolute ("30 septembre 2016", "15/03/2016",
//! "mars 2020", "en 2015"), partial ("le 27 février"), and relative to the
//! publication date ("mardi", "la veille", "la semaine dernière"). Resolution
//! against the publication date happens later, in `claim::resolve`.

use super::input::*;
use super::words::number_words;
use crate::grammar::{Grammar, HolidayRule, LeadDef, PeriodUnit};
use crate::value::{Grain, Relation};
use chrono::NaiveDate;
use nom::branch::alt;
use nom::Parser;

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
    /// A span of whole years: "de 2012 à 2016", "en 1999-2000", "les années
    /// 1990" (grain decade), "le XXe siècle" (grain century).
    Years { first: i32, last: i32, grain: Grain },
    /// Days of a year that may be unknown, from (month, day) to (month, day):
    /// "du 3 au 5 mars", "mi-mars", "au printemps 2016", "le premier trimestre
    /// 2016". An end before the start runs into the next year (winter).
    Span {
        year: Option<i32>,
        from: (u32, u32),
        to: (u32, u32),
        grain: Grain,
    },
    /// A weekday without a date: "mardi" (0), "mardi dernier" (-1), "lundi prochain" (+1).
    Weekday { weekday: u32, direction: i64 },
    /// Days from the publication date: "hier" (-1), "la veille", "il y a trois jours".
    Days(i64),
    /// A holiday, in a year that may be unknown: "à Noël", "Pâques 2016".
    Holiday {
        rule: HolidayRule,
        year: Option<i32>,
    },
    /// Calendar months and days from the publication date: "il y a trois ans"
    /// (-36, 0), "dans deux semaines" (0, 14).
    Shift { months: i64, days: i64 },
    /// A week, month or year relative to the publication date.
    Period { unit: PeriodUnit, offset: i64 },
    /// A run of whole units before or after the publication day, which it
    /// leaves out: "les 3 dernières semaines" (days -21), "les dix derniers
    /// mois" (months -10: whole calendar months), "les 3 prochains jours" (+3).
    Window { months: i64, days: i64 },
    /// Saturday and Sunday of the publication week, or of the week `offset`
    /// weeks away: "ce week-end" (0), "le week-end dernier" (-1).
    Weekend { offset: i64 },
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

/// A month and year in digits: "2015-3", "2016/11", "3/2015", "11 / 2016".
fn numeric_month(i: &str) -> PResult<'_, DateExpr> {
    let month_of = |y: u32, m: u32, rest| {
        if (1..=12).contains(&m) && (1000..=2999).contains(&y) && at_boundary(rest) {
            Ok((
                rest,
                DateExpr::Calendar {
                    year: Some(y as i32),
                    month: Some(m),
                    day: None,
                    weekday: None,
                },
            ))
        } else {
            fail(i)
        }
    };
    let slash = |r: &'_ str| -> Option<usize> {
        let t = r.trim_start_matches(' ');
        let t2 = t.strip_prefix(['/', '-', '.'])?;
        Some(r.len() - t2.trim_start_matches(' ').len())
    };
    if let Ok((r, y)) = digits_n(i, 4, 4) {
        let skip = slash(r).ok_or(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Char,
        )))?;
        let (rest, m) = digits_n(&r[skip..], 1, 2)?;
        if rest.starts_with(['-', '/', '.']) {
            return fail(i);
        }
        return month_of(y, m, rest);
    }
    let (r, m) = digits_n(i, 1, 2)?;
    let skip = slash(r).ok_or(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Char,
    )))?;
    let (rest, y) = digits_n(&r[skip..], 4, 4)?;
    month_of(y, m, rest)
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
    // "12 janvier 2016", also "12 Janvier, 2016".
    let before_year = r.strip_prefix(',').unwrap_or(r);
    let (rest, year) = match ws1(before_year).and_then(|(r2, _)| year(r2)) {
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
        Some((rest, last)) if last > first => Ok((
            rest,
            DateExpr::Years {
                first,
                last,
                grain: Grain::Year,
            },
        )),
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

/// An optional year after a period: " 2016".
fn opt_year(i: &str) -> (&str, Option<i32>) {
    // "22 janvier 1995", also "22 janvier, 1995".
    let before = i.strip_prefix(',').unwrap_or(i);
    match ws1(before).and_then(|(r, _)| year(r)) {
        Ok((r, y)) => (r, Some(y)),
        Err(_) => (i, None),
    }
}

fn last_day(year: Option<i32>, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| valid(Some(year.unwrap_or(2001)), month, d))
        .unwrap_or(28)
}

/// "début 2015", "mi-mars", "fin octobre 2016".
fn part_of_period<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    // "mi-mars": the part is glued to the month with a hyphen.
    let glued = i
        .find('-')
        .filter(|&p| p > 0 && p <= 4)
        .and_then(|p| g.parts.get(&i[..=p]).map(|v| (&i[p + 1..], v)));
    let (r, (days, months)) = match glued {
        Some((r, v)) => (r, *v),
        None => {
            let (r, (text, v)) = lex_text(&g.parts, i)?;
            let (r, _) = sep(text, r)?;
            (r, *v)
        }
    };
    if let Ok((r2, m)) = month_name(g, r) {
        let (rest, y) = opt_year(r2);
        let to = days[1].min(last_day(y, m));
        return Ok((
            rest,
            DateExpr::Span {
                year: y,
                from: (m, days[0]),
                to: (m, to),
                grain: Grain::Day,
            },
        ));
    }
    let (rest, y) = year(r)?;
    Ok((
        rest,
        DateExpr::Span {
            year: Some(y),
            from: (months[0], 1),
            to: (months[1], last_day(Some(y), months[1])),
            grain: Grain::Month,
        },
    ))
}

/// "Noël", "la fête du Travail 2015", "Pâques".
fn holiday<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, rule) = lex(&g.holidays, i)?;
    let (rest, year) = opt_year(r);
    Ok((rest, DateExpr::Holiday { rule: *rule, year }))
}

/// "au printemps 2016", "l'été dernier", "le premier trimestre 2016".
fn season_or_quarter<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    if let Ok((r, (from, to))) = lex(&g.seasons, i) {
        let (rest, y) = opt_year(r);
        let (rest, y) = match (y, ws1(rest).and_then(|(r2, _)| lex(&g.directions, r2))) {
            (None, Ok((r2, _))) => (r2, None),
            _ => (rest, y),
        };
        return Ok((
            rest,
            DateExpr::Span {
                year: y,
                from: *from,
                to: *to,
                grain: Grain::Day,
            },
        ));
    }
    let (r, months) = lex(&g.quarters, i)?;
    let (rest, y) = opt_year(r);
    Ok((
        rest,
        DateExpr::Span {
            year: y,
            from: (months[0], 1),
            to: (months[1], last_day(y, months[1])),
            grain: if months[1] - months[0] == 2 {
                Grain::Quarter
            } else {
                Grain::Month
            },
        },
    ))
}

/// A Roman numeral: "XX", "XIX".
fn roman(i: &str) -> PResult<'_, i32> {
    let end = i
        .find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
        .unwrap_or(i.len());
    if end == 0 {
        return fail(i);
    }
    let digit = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };
    let chars: Vec<i32> = i[..end].chars().map(digit).collect();
    let value = chars
        .iter()
        .enumerate()
        .map(|(k, &v)| {
            if chars.get(k + 1).is_some_and(|&n| n > v) {
                -v
            } else {
                v
            }
        })
        .sum();
    Ok((&i[end..], value))
}

/// "les années 1990", "les années 90", "le XXe siècle", "au 21e siècle".
fn decade_or_century<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    if let Ok((r, (text, _))) = lex_text(&g.decade_words, i) {
        let (r, _) = sep(text, r)?;
        let (rest, y) = match year(r) {
            Ok(v) => v,
            Err(_) => {
                // "les années 90", "les années quatre-vingt-dix".
                let (rest, yy) = digits_n(r, 2, 2)
                    .or_else(|_| number_words(g, r).map(|(rest, w)| (rest, w.value as u32)))?;
                if yy % 10 != 0 || yy >= 100 || !at_boundary(rest) {
                    return fail(i);
                }
                (rest, 1900 + yy as i32)
            }
        };
        if y % 10 != 0 {
            return fail(i);
        }
        return Ok((
            rest,
            DateExpr::Years {
                first: y,
                last: y + 9,
                grain: Grain::Decade,
            },
        ));
    }
    let (r, n) = match roman(i) {
        Ok(v) => v,
        Err(_) => digits_n(i, 1, 2).map(|(r, n)| (r, n as i32))?,
    };
    let r = g
        .ordinal_suffixes
        .iter()
        .find_map(|s| r.strip_prefix(s.as_str()))
        .ok_or(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))?;
    let (r, _) = ws1(r)?;
    let (rest, _) = lex(&g.century_words, r)?;
    if !(1..=30).contains(&n) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Years {
            first: (n - 1) * 100,
            last: (n - 1) * 100 + 99,
            grain: Grain::Century,
        },
    ))
}

/// An interval: "du 3 au 5 mars 2016", "entre le 3 et le 5 mars", "de 2012 à
/// 2016", "du 28 février au 3 mars".
fn interval<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    for def in &g.intervals {
        let r = if def.open.is_empty() {
            i
        } else {
            let Ok((r, (text, _))) = lex_text(&def.open, i) else {
                continue;
            };
            let Ok((r, _)) = sep(text, r) else { continue };
            r
        };
        // Years: "de 2012 à 2016".
        if let Ok((r2, first)) = year(r) {
            let after = ws1(r2)
                .and_then(|(r3, _)| lex_text(&def.join, r3))
                .and_then(|(r3, (t, _))| sep(t, r3))
                .and_then(|(r3, _)| year(r3));
            if let Ok((rest, last)) = after {
                if last > first {
                    return Ok((
                        rest,
                        DateExpr::Years {
                            first,
                            last,
                            grain: Grain::Year,
                        },
                    ));
                }
            }
            continue;
        }
        // Days and months in digits: "28/2-1/3", "du 10/1 au 11/2/2017".
        if let Some(found) = day_month_span(def, r) {
            return Ok(found);
        }
        // Days: first day, with or without its month (and year: "12 janvier
        // 2016 - 22/01/2016").
        let Ok((r2, d1)) = day_of_month(g, r) else {
            continue;
        };
        let (r2, m1, y1) = match ws1(r2).and_then(|(r3, _)| month_name(g, r3)) {
            Ok((r3, m)) => {
                let (r3, y1) = opt_year(r3);
                (r3, Some(m), y1)
            }
            Err(_) => (r2, None, None),
        };
        // "19-20 novembre": a hyphen joins without spaces.
        let joined = match r2.strip_prefix(['-', '–']) {
            Some(r3) if def.join.get("-").is_some() => Ok((r3, ("-", &()))),
            _ => ws1(r2).and_then(|(r3, _)| lex_text(&def.join, r3)),
        };
        let Ok((r3, (t, _))) = joined else {
            continue;
        };
        let Ok((r3, _)) = (if t == "-" { ws(r3) } else { sep(t, r3) }) else {
            continue;
        };
        let second = match day_month_digits(r3) {
            Some((r4, (d2, m2, y2))) if m1.is_some() => Some((r4, d2, m2, y2)),
            _ => day_of_month(g, r3).ok().and_then(|(r4, d2)| {
                let (r4, m2) = ws1(r4).and_then(|(r5, _)| month_name(g, r5)).ok()?;
                let (r4, y2) = opt_year(r4);
                Some((r4, d2, m2, y2))
            }),
        };
        let Some((rest, d2, m2, y2)) = second else {
            continue;
        };
        if y1.is_some() && y2.is_some() && y1 != y2 {
            continue;
        }
        let y = y2.or(y1);
        let m1 = m1.unwrap_or(m2);
        if valid(y, m1, d1) && valid(y, m2, d2) && (m1, d1) < (m2, d2) {
            return Ok((
                rest,
                DateExpr::Span {
                    year: y,
                    from: (m1, d1),
                    to: (m2, d2),
                    grain: Grain::Day,
                },
            ));
        }
    }
    fail(i)
}

/// Day, month and optional year.
type DayMonth = (u32, u32, Option<i32>);

/// A day and month in digits, with an optional year: "28/2", "11/2/2017".
fn day_month_digits(i: &str) -> Option<(&str, DayMonth)> {
    let (r, d) = digits_n(i, 1, 2).ok()?;
    let (r, m) = digits_n(r.strip_prefix('/')?, 1, 2).ok()?;
    let (r, y) = match r.strip_prefix('/').map(|r2| digits_n(r2, 4, 4)) {
        Some(Ok((r2, y))) => (r2, Some(y as i32)),
        Some(Err(_)) => return None,
        None => (r, None),
    };
    if !valid(y, m, d) || !at_boundary(r) || r.starts_with(['/', '.']) {
        return None;
    }
    Some((r, (d, m, y)))
}

/// A span of days in digits: "28/2-1/3", "du 10/1 au 11/2/2017".
fn day_month_span<'a>(def: &crate::grammar::RangeDef, i: &'a str) -> Option<(&'a str, DateExpr)> {
    let (r, (d1, m1, y1)) = day_month_digits(i)?;
    let r = match r.strip_prefix(['-', '–']) {
        Some(r2) if def.join.get("-").is_some() => r2,
        _ => {
            let (r2, _) = ws1(r).ok()?;
            let (r2, (t, _)) = lex_text(&def.join, r2).ok()?;
            sep(t, r2).ok()?.0
        }
    };
    let (rest, (d2, m2, y2)) = day_month_digits(r)?;
    if y1.is_some() && y1 != y2 {
        return None;
    }
    let year = y2;
    // 29/2 needs a leap year: the years it may be are checked at resolution.
    if !valid(year, m1, d1) || (m1, d1) == (m2, d2) {
        return None;
    }
    Some((
        rest,
        DateExpr::Span {
            year,
            from: (m1, d1),
            to: (m2, d2),
            grain: Grain::Day,
        },
    ))
}

/// A month alone, its year unstated: "mars" in "en mars".
fn bare_month<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (rest, month) = month_name(g, i)?;
    Ok((
        rest,
        DateExpr::Calendar {
            year: None,
            month: Some(month),
            day: None,
            weekday: None,
        },
    ))
}

/// A date with its optional lead: "le 27 février", "en 2015", "depuis le 30 septembre".
pub fn date_mention<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateMention> {
    // Intervals carry their own opening word ("du", "entre le", "de").
    if let Ok((rest, expr)) = interval(g, i) {
        return Ok((
            rest,
            DateMention {
                expr,
                relation: Relation::At,
                forward: false,
            },
        ));
    }
    let (body, lead): (&str, Option<LeadDef>) = match lex_text(&g.leads, i) {
        Ok((r, (text, lead))) => match sep(text, r) {
            Ok((r, _)) => (r, Some(*lead)),
            Err(_) => (i, None),
        },
        Err(_) => (i, None),
    };
    let try_body = |body: &'a str, lead: Option<LeadDef>| -> PResult<'a, DateExpr> {
        // A bare year or month needs a lead that allows it: "en 2015", "en mars".
        let with_year_lead = |i: &'a str| -> PResult<'a, DateExpr> {
            if !lead.is_some_and(|l| l.year) {
                return fail(i);
            }
            alt((|i| years(g, i), |i| bare_month(g, i))).parse(i)
        };
        alt((
            numeric_date,
            numeric_month,
            |i| part_of_period(g, i),
            |i| holiday(g, i),
            |i| season_or_quarter(g, i),
            |i| decade_or_century(g, i),
            |i| day_month_year(g, i),
            |i| month_year(g, i),
            with_year_lead,
            |i| weekday_alone(g, i),
            |i| relative(g, i),
        ))
        .parse(body)
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
            ("en 1999-2000", "Years { first: 1999, last: 2000, grain: Year } at | en 1999-2000"),
            ("de 2012 à 2016", "Years { first: 2012, last: 2016, grain: Year } at | de 2012 à 2016"),
            ("du 3 au 5 mars 2016", "Span { year: Some(2016), from: (3, 3), to: (3, 5), grain: Day } at | du 3 au 5 mars 2016"),
            ("entre le 3 et le 5 mars", "Span { year: None, from: (3, 3), to: (3, 5), grain: Day } at | entre le 3 et le 5 mars"),
            ("du 28 février au 3 mars", "Span { year: None, from: (2, 28), to: (3, 3), grain: Day } at | du 28 février au 3 mars"),
            ("mi-mars", "Span { year: None, from: (3, 11), to: (3, 20), grain: Day } at | mi-mars"),
            ("début 2015", "Span { year: Some(2015), from: (1, 1), to: (4, 30), grain: Month } at | début 2015"),
            ("fin octobre", "Span { year: None, from: (10, 21), to: (10, 31), grain: Day } at | fin octobre"),
            ("au printemps 2016", "Span { year: Some(2016), from: (3, 20), to: (6, 20), grain: Day } at | au printemps 2016"),
            ("le premier trimestre 2016", "Span { year: Some(2016), from: (1, 1), to: (3, 31), grain: Quarter } at | le premier trimestre 2016"),
            ("les années 1990", "Years { first: 1990, last: 1999, grain: Decade } at | les années 1990"),
            ("les années quatre-vingt-dix", "Years { first: 1990, last: 1999, grain: Decade } at | les années quatre-vingt-dix"),
            ("19-20 novembre", "Span { year: None, from: (11, 19), to: (11, 20), grain: Day } at | 19-20 novembre"),
            ("4 au 22 Janv, 1995", "Span { year: Some(1995), from: (1, 4), to: (1, 22), grain: Day } at | 4 au 22 Janv, 1995"),
            ("au XXe siècle", "Years { first: 1900, last: 1999, grain: Century } at | au XXe siècle"),
            ("2015-3", "Calendar { year: Some(2015), month: Some(3), day: None, weekday: None } at | 2015-3"),
            ("11 / 2016", "Calendar { year: Some(2016), month: Some(11), day: None, weekday: None } at | 11 / 2016"),
            ("Noël 2015", "Holiday { rule: Fixed((12, 25)), year: Some(2015) } at | Noël 2015"),
            ("la fête des mères", "Holiday { rule: NthWeekday { month: 5, weekday: 7, nth: 2 }, year: None } at | la fête des mères"),
            ("28/2-1/3", "Span { year: None, from: (2, 28), to: (3, 1), grain: Day } at | 28/2-1/3"),
            ("du 10/1 au 11/2/2017", "Span { year: Some(2017), from: (1, 10), to: (2, 11), grain: Day } at | du 10/1 au 11/2/2017"),
            ("12 janvier 2016 - 22/01/2016", "Span { year: Some(2016), from: (1, 12), to: (1, 22), grain: Day } at | 12 janvier 2016 - 22/01/2016"),
            ("12 Janvier, 2016", "Calendar { year: Some(2016), month: Some(1), day: Some(12), weekday: None } at | 12 Janvier, 2016"),
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
