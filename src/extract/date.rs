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
    /// The nth week (from its first Monday; -1 the last whole week) of a
    /// month or a year: "la première semaine d'octobre 2014".
    NthWeek {
        year: Option<i32>,
        month: Option<u32>,
        nth: i32,
    },
    /// A month of the publication year: "cette septembre".
    MonthThisYear { month: u32 },
    /// A weekday of a week counted from the publication week: "ce vendredi"
    /// (0), "vendredi la semaine prochaine" (+1).
    WeekdayOfWeek { weekday: u32, week: i64 },
    /// A run of whole units before or after the publication day, which it
    /// leaves out: "les 3 dernières semaines" (days -21), "les dix derniers
    /// mois" (months -10: whole calendar months), "les 3 prochains jours" (+3).
    Window { months: i64, days: i64 },
    /// Saturday and Sunday of the publication week, or of the week `offset`
    /// weeks away: "ce week-end" (0), "le week-end dernier" (-1).
    Weekend { offset: i64 },
    /// Days of the month `offset` months from the publication month: "du 4
    /// au 23 du mois prochain" (+1, 4 to 23), "du 4 au 22 de ce mois" (0).
    MonthDays { offset: i64, from: u32, to: u32 },
    /// Days from one relative day to another: "d'aujourd'hui à demain" (0, 1).
    DaySpan { from: i64, to: i64 },
}

/// A date mention: what it states and how its lead relates it to the claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub expr: DateExpr,
    pub relation: Relation,
    pub forward: bool,
}

impl DateMention {
    /// A date stated as such, with no lead that relates or directs it.
    pub fn at(expr: DateExpr) -> DateMention {
        DateMention {
            expr,
            relation: Relation::At,
            forward: false,
        }
    }
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

/// Where a clause or the text ends: nothing, or punctuation that is not a
/// decimal separator ("le 23.", "le 23, à", but not "le 19.3").
fn ends_clause(i: &str) -> bool {
    let t = i.trim_start_matches(crate::text::normalize::is_space);
    match t.chars().next() {
        None => true,
        Some('.' | ',') => !t[1..].starts_with(|c: char| c.is_ascii_digit()),
        Some(c) => matches!(
            c,
            ';' | ':' | '!' | '?' | ')' | '»' | '"' | '\n' | '(' | '–' | '—'
        ),
    }
}

/// A day standing alone ends its clause or is followed by a word that may
/// follow a date ("le 17 à midi"); any other word makes it a count.
fn day_may_end(g: &Grammar, i: &str) -> bool {
    ends_clause(i)
        || ws1(i)
            .and_then(|(r, _)| lex(&g.day_followers, r))
            .is_ok_and(|(r, _)| at_boundary(r))
}

/// A two-digit year ending its clause: "1er avril 78", "juillet 98".
fn short_year(i: &str) -> PResult<'_, i32> {
    let (r, _) = ws1(i)?;
    let (rest, yy) = digits_n(r, 2, 2)?;
    if !at_boundary(rest) || !ends_clause(rest) {
        return fail(i);
    }
    Ok((
        rest,
        if yy < 50 {
            2000 + yy as i32
        } else {
            1900 + yy as i32
        },
    ))
}

/// A year after a link word, ending its clause: "23 novembre de 1987".
fn linked_year<'a>(g: &Grammar, i: &'a str) -> PResult<'a, i32> {
    let (r, _) = ws1(i)?;
    let (r, (text, _)) = lex_text(&g.links, r)?;
    let (r, _) = sep(text, r)?;
    let (rest, y) = year(r)?;
    if !ends_clause(rest) {
        return fail(i);
    }
    Ok((rest, y))
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

/// A month name. A form that is also a number word ("sept") is a month only
/// before a year ("sept 2016") or after a day (`month_after_day`).
fn month_name<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    let (rest, (text, m)) = lex_text(&g.months, month_word(g, i).map_or(i, |(r, _)| r))?;
    if number_like(g, text) && opt_year(rest).1.is_none() {
        return fail(i);
    }
    Ok((rest, *m))
}

/// A month name after a day in digits: there "12 sept", "3 de Sept" are
/// September, not seven.
fn month_after_day<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    let (rest, m) = lex(&g.months, month_word(g, i).map_or(i, |(r, _)| r))?;
    Ok((rest, *m))
}

/// Does a month form also read, whole, as a number word ("sept")?
fn number_like(g: &Grammar, form: &str) -> bool {
    number_words(g, form).is_ok_and(|(r, _)| r.is_empty())
}

/// "mois de" before a month name: "au mois de mars", "fin du mois d'avril".
fn month_word<'a>(g: &Grammar, i: &'a str) -> PResult<'a, ()> {
    let (r, (text, _)) = lex_text(&g.month_words, i)?;
    let (r, _) = sep(text, r)?;
    Ok((r, ()))
}

/// A day of the month in words, ordinal or not: "vingt et un", "deuxième".
fn day_in_words<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    if let Ok((rest, v)) = lex(&g.ordinal_words, i) {
        if (1.0..=31.0).contains(v) && at_boundary(rest) {
            return Ok((rest, *v as u32));
        }
    }
    let (rest, w) = number_words(g, i)?;
    if !(1.0..=31.0).contains(&w.value) || w.value.fract() != 0.0 || w.lone_one {
        return fail(i);
    }
    Ok((rest, w.value as u32))
}

/// A weekday name. A short form without its dot ("mer", "jeu", "dim") is
/// also a word ("la mer", "un jeu"): it names a weekday only before a day
/// and its month (`weekday_before_date`).
fn weekday_name<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    let (rest, (text, d)) = lex_text(&g.weekdays, i)?;
    if short_form(text) {
        return fail(i);
    }
    Ok((rest, *d))
}

/// Three letters or fewer, no dot: a bare abbreviation.
fn short_form(text: &str) -> bool {
    text.chars().count() <= 3 && !text.ends_with('.')
}

/// A weekday, short forms included, then an optional comma and spaces,
/// before a day and its month: "mer, 22 janv", "ven 11 nov".
fn weekday_before_date<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    let (r, (text, d)) = lex_text(&g.weekdays, i)?;
    let r = if short_form(text) {
        r.strip_prefix('.').unwrap_or(r)
    } else {
        r
    };
    let (r, _) = ws1(r.strip_prefix(',').unwrap_or(r))?;
    if short_form(text) {
        let (r2, _) = day_of_month(g, r)?;
        ws1(r2).and_then(|(r3, _)| month_after_day(g, r3))?;
    }
    Ok((r, *d))
}

/// A day that exists, read from `i` up to `rest`; else a failure at `i`.
fn calendar_day<'a>(
    i: &'a str,
    rest: &'a str,
    year: Option<i32>,
    month: u32,
    day: u32,
    weekday: Option<u32>,
) -> PResult<'a, DateExpr> {
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

/// "15/03/2016", "15.03.2016", "15-03-2016", "2016-03-15", "2015/08/12";
/// also month first when the middle number cannot be a month ("02/22/2016").
fn numeric_date(i: &str) -> PResult<'_, DateExpr> {
    let calendar = |y: u32, m: u32, d: u32| DateExpr::Calendar {
        year: Some(y as i32),
        month: Some(m),
        day: Some(d),
        weekday: None,
    };
    if let Ok((r, y)) = digits_n(i, 4, 4) {
        let Some(sep_char) = r.chars().next().filter(|c| matches!(c, '/' | '.' | '-')) else {
            return fail(i);
        };
        let (r, m) = digits_n(&r[1..], 1, 2)?;
        let (r, d) = digits_n(r.strip_prefix(sep_char).unwrap_or("x"), 1, 2)?;
        let continues = r
            .strip_prefix(['.', '/', '-'])
            .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
        if valid(Some(y as i32), m, d) && at_boundary(r) && !continues {
            return Ok((r, calendar(y, m, d)));
        }
        return fail(i);
    }
    let (r, d) = digits_n(i, 1, 2)?;
    let Some(sep_char) = r.chars().next().filter(|c| matches!(c, '/' | '.' | '-')) else {
        return fail(i);
    };
    let (r, m) = digits_n(&r[1..], 1, 2)?;
    // "12/08,2015": a comma may stand before a four-digit year.
    let (r, y) = match r.strip_prefix(sep_char) {
        Some(r) => match digits_n(r, 4, 4) {
            Ok(v) => v,
            Err(_) => {
                let (r, yy) = digits_n(r, 2, 2)?;
                (r, if yy < 50 { 2000 + yy } else { 1900 + yy })
            }
        },
        // "12/08,2015", "12/08,15" (a two-digit month makes it no decimal).
        None if sep_char == '/' => {
            let after = r.strip_prefix(',').unwrap_or("x");
            match digits_n(after, 4, 4) {
                Ok(v) => v,
                Err(_) if i.len() - r.len() >= 5 => {
                    let (r, yy) = digits_n(after, 2, 2)?;
                    (r, if yy < 50 { 2000 + yy } else { 1900 + yy })
                }
                Err(e) => return Err(e),
            }
        }
        None => return fail(i),
    };
    let continues = r
        .strip_prefix(['.', '/', '-'])
        .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
    if !at_boundary(r) || continues {
        return fail(i);
    }
    if valid(Some(y as i32), m, d) {
        return Ok((r, calendar(y, m, d)));
    }
    // Month first, as in English: "02/22/2016", "9-18-15".
    if m > 12 && valid(Some(y as i32), d, m) {
        return Ok((r, calendar(y, d, m)));
    }
    fail(i)
}

/// Day, month and year separated by spaces: "18 08 1978", "2 4 2009", "18 8 78".
fn spaced_date(i: &str) -> PResult<'_, DateExpr> {
    let (r, d) = digits_n(i, 1, 2)?;
    let (r, _) = ws1(r)?;
    let (r, m) = digits_n(r, 1, 2)?;
    let (r, _) = ws1(r)?;
    let (rest, y) = match digits_n(r, 4, 4) {
        Ok((rest, y)) => (rest, y as i32),
        Err(_) => {
            let (rest, yy) = digits_n(r, 2, 2)?;
            (
                rest,
                if yy < 50 {
                    2000 + yy as i32
                } else {
                    1900 + yy as i32
                },
            )
        }
    };
    // More digits would make it a phone number or a list of figures.
    let more = ws(rest).is_ok_and(|(r2, _)| r2.starts_with(|c: char| c.is_ascii_digit()));
    if !at_boundary(rest) || more || !ends_clause_or_word(rest) || !valid(Some(y), m, d) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Calendar {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            weekday: None,
        },
    ))
}

/// Not glued to a following number: "18 08 1978 à la maison", "2 4 2009.".
fn ends_clause_or_word(i: &str) -> bool {
    !i.starts_with([',', '.']) || ends_clause(i)
}

/// A month name, also glued to a hyphen: "oct", "Oct." and the "Oct" of "Oct-2".
fn month_token<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    if let Some(p) = i.find('-').filter(|&p| p > 0 && p <= 12) {
        if let Some(m) = g.months.get(&i[..p]) {
            return Ok((&i[p..], *m));
        }
    }
    month_name(g, i)
}

/// The month first, as in English: "Oct. 2", "Oct-2", "Oct/2", "novembre 23
/// de 1987", "Sep-23-2020". Without a year, the day must end the clause: "en
/// mars 12 personnes" is a count.
fn month_day<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, month) = month_token(g, i)?;
    let (r, glued) = match r.chars().next() {
        Some(c @ ('-' | '/')) => (&r[1..], Some(c)),
        _ => {
            let r = r.strip_prefix('.').unwrap_or(r);
            (ws1(r)?.0, None)
        }
    };
    let (r, day) = match digits_n(r, 1, 2) {
        Ok(v) => v,
        // "mai vingt-neuf", "août deuxième": in words, only to end the clause.
        Err(_) if glued.is_none() => {
            let (rest, day) = day_in_words(g, r)?;
            if !ends_clause(rest) || !valid(None, month, day) {
                return fail(i);
            }
            let expr = DateExpr::Calendar {
                year: None,
                month: Some(month),
                day: Some(day),
                weekday: None,
            };
            return Ok((rest, expr));
        }
        Err(e) => return Err(e),
    };
    if !(1..=31).contains(&day) || !at_boundary(r) {
        return fail(i);
    }
    let (rest, year) = match glued.and_then(|c| r.strip_prefix(c)) {
        Some(r2) => {
            let (r3, y) = year(r2)?;
            (r3, Some(y))
        }
        None => match opt_year(r) {
            (r2, Some(y)) => (r2, Some(y)),
            (_, None) => match linked_year(g, r) {
                Ok((r2, y)) => (r2, Some(y)),
                Err(_) => (r, None),
            },
        },
    };
    if year.is_none() && (glued.is_none() && !ends_clause(r) || rest.starts_with(['-', '/'])) {
        return fail(i);
    }
    calendar_day(i, rest, year, month, day, None)
}

/// Day, month name and four-digit year in any order, joined by one hyphen
/// or slash: "septembre-2020-23", "2020/Sep/23", "23-2020-septembre".
fn mixed_date<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let token_end = |s: &str| s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    let first = token_end(i);
    let Some(sep_char) = i[first..].chars().next().filter(|c| matches!(c, '-' | '/')) else {
        return fail(i);
    };
    let mut tokens = vec![&i[..first]];
    let mut rest = &i[first..];
    while tokens.len() < 3 {
        let Some(r) = rest.strip_prefix(sep_char) else {
            return fail(i);
        };
        let end = token_end(r);
        if end == 0 {
            return fail(i);
        }
        tokens.push(&r[..end]);
        rest = &r[end..];
    }
    if rest.starts_with(['-', '/']) && rest[1..].starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    let (mut y, mut m, mut d) = (None, None, None);
    for t in tokens {
        if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            y = year(t).ok().map(|(_, y)| y);
        } else if t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()) {
            d = t.parse::<u32>().ok();
        } else {
            m = g.months.get(t).copied();
        }
    }
    let (Some(y), Some(m), Some(d)) = (y, m, d) else {
        return fail(i);
    };
    if !valid(Some(y), m, d) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Calendar {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            weekday: None,
        },
    ))
}

/// "mardi 15 mars 2016", "30 septembre 2016", "27 février", "1er mars",
/// "1er avril 78", "23 novembre de 1987"; a weekday with a day: "jeudi 15".
fn day_month_year<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, weekday) = match weekday_name(g, i)
        .and_then(|(r, w)| ws1(r).map(|(r, _)| (r, w)))
        .or_else(|_| weekday_before_date(g, i))
    {
        Ok((r, w)) => (r, Some(w)),
        Err(_) => (i, None),
    };
    let digits = r.starts_with(|c: char| c.is_ascii_digit());
    let (r, day) = day_of_month(g, r)?;
    let month_of = |r2| {
        if digits {
            month_after_day(g, r2)
        } else {
            month_name(g, r2)
        }
    };
    let (r, month) = match ws1(r).and_then(|(r2, _)| month_of(r2)) {
        Ok(v) => v,
        // "jeudi 15": the month is the one whose 15th is a Thursday.
        Err(_) if weekday.is_some() && day_may_end(g, r) => {
            return Ok((
                r,
                DateExpr::Calendar {
                    year: None,
                    month: None,
                    day: Some(day),
                    weekday,
                },
            ))
        }
        Err(e) => return Err(e),
    };
    // "12 janvier 2016", also "12 Janvier, 2016", "12 janvier de 2016", "12 janvier 16".
    let (rest, year) = match opt_year(r) {
        (r2, Some(y)) => (r2, Some(y)),
        (_, None) => match linked_year(g, r).or_else(|_| short_year(r)) {
            Ok((r2, y)) => (r2, Some(y)),
            Err(_) => (r, None),
        },
    };
    calendar_day(i, rest, year, month, day, weekday)
}

/// "mars 2020", "décembre 2016", "juillet 98".
fn month_year<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, month) = month_name(g, i)?;
    let (rest, y) = match ws1(r).and_then(|(r2, _)| year(r2)) {
        Ok(v) => v,
        Err(_) => short_year(r)?,
    };
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

/// "mardi", "mardi dernier", "lundi prochain", "vendredi cette semaine",
/// "mardi de la semaine prochaine".
fn weekday_alone<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, weekday) = weekday_name(g, i)?;
    if let Ok((rest, week)) = week_after(g, r) {
        return Ok((rest, DateExpr::WeekdayOfWeek { weekday, week }));
    }
    let (rest, direction) = match ws1(r).and_then(|(r2, _)| lex(&g.directions, r2)) {
        Ok((r2, d)) => (r2, *d),
        Err(_) => (r, 0),
    };
    Ok((rest, DateExpr::Weekday { weekday, direction }))
}

/// A week after a weekday: " cette semaine", " de la semaine prochaine".
fn week_after<'a>(g: &Grammar, i: &'a str) -> PResult<'a, i64> {
    let (r, _) = ws1(i)?;
    let r = match lex_text(&g.links, r) {
        Ok((r2, (text, _))) => sep(text, r2).map_or(r, |(r3, _)| r3),
        Err(_) => r,
    };
    if let Ok((rest, (unit, offset))) = lex(&g.relative_periods, r) {
        if *unit != PeriodUnit::Week {
            return fail(i);
        }
        return Ok((rest, *offset));
    }
    // "la semaine suivante", "la semaine prochain": a determiner, the week,
    // a direction of either gender.
    let (r, (t, _)) = lex_text(&g.time.determiners, r)?;
    let (r, _) = sep(t, r)?;
    let (r, u) = lex(&g.unit_forms, r)?;
    if g.units[*u].id != "week" {
        return fail(i);
    }
    let (rest, offset) = ws1(r).and_then(|(r2, _)| lex(&g.directions, r2))?;
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, *offset))
}

/// "hier", "la veille", "la semaine dernière", "cette année". Not when the
/// day counts from another event: "la veille du scrutin".
fn relative<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    if let Ok((rest, d)) = lex(&g.relative_days, i) {
        let tied = ws1(rest).and_then(|(r, _)| lex(&g.event_links, r)).is_ok();
        if tied && *d != 0 {
            return fail(i);
        }
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

/// "cette septembre", "ce vendredi", "prochain juin", "prochain mardi".
fn this_or_next<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateMention> {
    let at = |rest, expr, forward| {
        Ok((
            rest,
            DateMention {
                expr,
                relation: Relation::At,
                forward,
            },
        ))
    };
    if let Ok((r, (text, _))) = lex_text(&g.this_words, i) {
        let (r, _) = sep(text, r)?;
        if let Ok((rest, month)) = month_name(g, r) {
            if opt_year(rest).1.is_none() && at_boundary(rest) {
                return at(rest, DateExpr::MonthThisYear { month }, false);
            }
        }
        let (rest, weekday) = weekday_name(g, r)?;
        return at(rest, DateExpr::WeekdayOfWeek { weekday, week: 0 }, false);
    }
    // "dernier lundi de mai" is a rank, read by `nth_weekday`.
    if nth_weekday(g, i).is_ok() {
        return fail(i);
    }
    let (r, offset) = lex(&g.directions, i)?;
    let (r, _) = ws1(r)?;
    if let Ok((rest, month)) = month_name(g, r) {
        if opt_year(rest).1.is_none() {
            let expr = DateExpr::Calendar {
                year: None,
                month: Some(month),
                day: None,
                weekday: None,
            };
            return at(rest, expr, *offset > 0);
        }
    }
    let (rest, weekday) = weekday_name(g, r)?;
    at(
        rest,
        DateExpr::Weekday {
            weekday,
            direction: *offset,
        },
        false,
    )
}

/// A rank: "premier", "troisième", "3e", "dernier" (-1).
fn nth_word<'a>(g: &Grammar, i: &'a str) -> PResult<'a, i32> {
    if let Ok((r, v)) = lex(&g.ordinal_words, i) {
        return Ok((r, *v as i32));
    }
    if let Ok((r, d)) = lex(&g.directions, i) {
        if *d >= 0 {
            return fail(i);
        }
        return Ok((r, -1));
    }
    if let Ok((r, w)) = number_words(g, i) {
        if !w.ordinal || w.value > 31.0 {
            return fail(i);
        }
        return Ok((r, w.value as i32));
    }
    let (r, n) = digits_n(i, 1, 2)?;
    let r = g
        .ordinal_suffixes
        .iter()
        .find_map(|s| r.strip_prefix(s.as_str()).filter(|r| at_boundary(r)))
        .ok_or(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))?;
    Ok((r, n as i32))
}

/// "le premier vendredi de juillet", "le dernier lundi de mai 2016".
fn nth_weekday<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, nth) = nth_word(g, i)?;
    if !(-1..=5).contains(&nth) || nth == 0 {
        return fail(i);
    }
    let (r, _) = ws1(r)?;
    let (r, weekday) = weekday_name(g, r)?;
    let (r, _) = ws1(r)?;
    let (r, (text, _)) = lex_text(&g.links, r)?;
    let (r, _) = sep(text, r)?;
    let (r, month) = month_name(g, r)?;
    let (rest, year) = opt_year(r);
    Ok((
        rest,
        DateExpr::Holiday {
            rule: HolidayRule::NthWeekday {
                month,
                weekday,
                nth,
            },
            year,
        },
    ))
}

/// A day and month in digits, without a year: "le 22/04", "17/02", "22/4".
/// Bare "3/4" is a fraction: the form needs a date lead, a month written
/// with two digits, or a first number that cannot be a month (13 to 31: as
/// a fraction "22/4" would be improper).
fn day_month_numeric(i: &str, lead: bool) -> PResult<'_, DateExpr> {
    let (r, d) = digits_n(i, 1, 2)?;
    let r = r.strip_prefix('/').unwrap_or("x");
    let padded = r.starts_with('0') && r[1..].starts_with(|c: char| c.is_ascii_digit());
    let (rest, m) = digits_n(r, 1, 2)?;
    if !(lead || padded || d > 12) || !at_boundary(rest) || !valid(None, m, d) {
        return fail(i);
    }
    if rest.starts_with(['/', '.', ',', '-']) && rest[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Calendar {
            year: None,
            month: Some(m),
            day: Some(d),
            weekday: None,
        },
    ))
}

/// A day of the month alone after a lead that allows it: "le 23", "depuis le
/// 15"; also with its weekday after it, "le 25 mardi", "le vingt-cinq mardi"
/// (the month is then the one whose 25th is a Tuesday).
fn day_alone<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    // A cardinal only: "le premier vendredi", "le 1er mardi" are ranks.
    let cardinal = |i: &'a str| -> PResult<'a, u32> {
        if let Ok((r, d)) = digits_n(i, 1, 2) {
            return if at_boundary(r) { Ok((r, d)) } else { fail(i) };
        }
        let (r, w) = number_words(g, i)?;
        if w.ordinal || w.lone_one || !(1.0..=31.0).contains(&w.value) || w.value.fract() != 0.0 {
            return fail(i);
        }
        Ok((r, w.value as u32))
    };
    if let Ok((rest, (day, weekday))) = cardinal(i).and_then(|(r, d)| {
        let (r, _) = ws1(r)?;
        let (r, w) = weekday_name(g, r)?;
        Ok((r, (d, w)))
    }) {
        if at_boundary(rest) {
            return Ok((
                rest,
                DateExpr::Calendar {
                    year: None,
                    month: None,
                    day: Some(day),
                    weekday: Some(weekday),
                },
            ));
        }
    }
    let (rest, day) = digits_n(i, 1, 2)?;
    let rest = g
        .ordinal_suffixes
        .iter()
        .find_map(|s| {
            rest.strip_prefix(s.as_str())
                .filter(|r| day == 1 && at_boundary(r))
        })
        .unwrap_or(rest);
    if !(1..=31).contains(&day) || !at_boundary(rest) || !day_may_end(g, rest) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Calendar {
            year: None,
            month: None,
            day: Some(day),
            weekday: None,
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
    let (rest, year) = match opt_year(r) {
        (_, None) => match linked_year(g, r) {
            Ok((r2, y)) => (r2, Some(y)),
            Err(_) => (r, None),
        },
        found => found,
    };
    Ok((rest, DateExpr::Holiday { rule: *rule, year }))
}

/// "au printemps 2016", "l'été dernier", "le premier trimestre 2016".
fn season_or_quarter<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    if let Ok((r, (from, to))) = lex(&g.seasons, i) {
        // "l'été dernier", "l'été prochain": the direction is read by
        // `date_mention`, which knows which way to resolve.
        let (rest, y) = opt_year(r);
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
    let (r, (text, months)) = lex_text(&g.quarters, i)?;
    // "le premier trimestre 2016", also "de 2016".
    let (rest, y) = match opt_year(r) {
        (rest, Some(y)) => (rest, Some(y)),
        (_, None) => match ws1(r)
            .and_then(|(r2, _)| lex_text(&g.links, r2))
            .and_then(|(r2, (t, _))| sep(t, r2))
            .and_then(|(r2, _)| year(r2))
        {
            Ok((rest, y)) => (rest, Some(y)),
            Err(_) => (r, None),
        },
    };
    // A quarter named with a fraction ("le troisième quart") is one of a
    // year only with its year: "le premier quart d'heure" is no date.
    let fraction = text
        .rsplit(' ')
        .next()
        .is_some_and(|w| g.fractions.get(w).is_some());
    if fraction && y.is_none() {
        return fail(i);
    }
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
/// 2016", "du 28 février au 3 mars", "du 4 au 23 du mois prochain", and
/// the month first: "novembre 19-20", "Oct. 2 au Oct. 22", "novembre entre
/// le 19 et le 20".
fn interval<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    // "novembre entre 19 et 20": the month before an opening word.
    let month_before = month_name(g, i)
        .ok()
        .and_then(|(r, m)| ws1(r).ok().map(|(r2, _)| (r2, m)));
    for def in &g.intervals {
        let mut stated_month = None;
        let r = if def.open.is_empty() {
            i
        } else {
            let opened = |i: &'a str| -> Option<&'a str> {
                let (r, (text, _)) = lex_text(&def.open, i).ok()?;
                sep(text, r).ok().map(|(r2, _)| r2)
            };
            match opened(i) {
                Some(r) => r,
                None => match month_before.and_then(|(r, m)| opened(r).map(|r2| (r2, m))) {
                    Some((r, m)) => {
                        stated_month = Some(m);
                        r
                    }
                    None => continue,
                },
            }
        };
        // Relative days: "d'aujourd'hui à demain", "entre hier et aujourd'hui".
        if let Ok((r2, &from)) = lex(&g.relative_days, r) {
            let after = ws1(r2)
                .and_then(|(r3, _)| lex_text(&def.join, r3))
                .and_then(|(r3, (t, _))| sep(t, r3))
                .and_then(|(r3, _)| lex(&g.relative_days, r3));
            match after {
                Ok((rest, &to)) if to > from && at_boundary(rest) => {
                    return Ok((rest, DateExpr::DaySpan { from, to }));
                }
                _ => continue,
            }
        }
        // Months: "de janvier à mars 2017", "entre mai et juin"; without an
        // opening word only with a year: "janvier-mars 2017".
        if let Some(found) = month_span(g, def, r, !def.open.is_empty()) {
            return Ok(found);
        }
        // Years: "de 2012 à 2016".
        if let Ok((r2, first)) = year(r) {
            let after = ws1(r2)
                .and_then(|(r3, _)| lex_text(&def.join, r3))
                .and_then(|(r3, (t, _))| {
                    if both_not_span(g, def, t) {
                        return fail(r3);
                    }
                    sep(t, r3)
                })
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
        // 2016 - 22/01/2016"), or after its month: "Oct. 2".
        let Some((r2, d1, m1, y1, month_first)) = first_day(g, r) else {
            continue;
        };
        let m1 = m1.or(stated_month);
        let month_first = month_first || stated_month.is_some();
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
        // "du 4 au 23 du mois prochain": days of a month named relative to publication.
        if m1.is_none() {
            if let Some((rest, offset, d2)) = day_of_relative_month(g, r3) {
                if d1 < d2 {
                    return Ok((
                        rest,
                        DateExpr::MonthDays {
                            offset,
                            from: d1,
                            to: d2,
                        },
                    ));
                }
                continue;
            }
        }
        let Some((rest, d2, m2, y2)) = second_day(g, r3, m1, month_first) else {
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

/// "2012 et 2017", "janvier et juin 2016" without an opening word ("entre")
/// are both years, both months, not a span; only days take a bare "et" as
/// a span ("4 et 22 ce mois").
fn both_not_span(g: &Grammar, def: &crate::grammar::RangeDef, join: &str) -> bool {
    def.open.is_empty() && g.conjunctions.get(join).is_some()
}

/// From one month to another: "janvier à mars 2017", "mai et juin". A year
/// after the first month belongs to it ("décembre 2016 à février 2017").
fn month_span<'a>(
    g: &Grammar,
    def: &crate::grammar::RangeDef,
    i: &'a str,
    opened: bool,
) -> Option<(&'a str, DateExpr)> {
    let (r, m1) = month_token(g, i).ok()?;
    if !at_boundary(r) {
        return None;
    }
    let (r, y1) = opt_year(r);
    let r = match r.strip_prefix(['-', '–']) {
        Some(r2) if def.join.get("-").is_some() => r2,
        _ => {
            let (r2, _) = ws1(r).ok()?;
            let (r2, (t, _)) = lex_text(&def.join, r2).ok()?;
            if both_not_span(g, def, t) {
                return None;
            }
            sep(t, r2).ok()?.0
        }
    };
    let (r, m2) = month_name(g, r).ok()?;
    if !at_boundary(r) {
        return None;
    }
    let (rest, y2) = opt_year(r);
    if !opened && y2.is_none() {
        return None;
    }
    let (year, to_year) = match (y1, y2) {
        (Some(a), Some(b)) if b == a + 1 && m2 < m1 => (Some(a), Some(b)),
        (Some(a), Some(b)) if a != b => return None,
        _ => (y2.or(y1), y2.or(y1)),
    };
    if m1 == m2 || (m2 < m1 && y1.is_none() && y2.is_some()) {
        return None;
    }
    Some((
        rest,
        DateExpr::Span {
            year,
            from: (m1, 1),
            to: (m2, last_day(to_year, m2)),
            grain: Grain::Month,
        },
    ))
}

/// The first day of an interval: "3", "3 mars", "3 mars 2016", or the
/// month first, "Oct. 2", "novembre 19" (then `true`).
type FirstDay<'a> = (&'a str, u32, Option<u32>, Option<i32>, bool);

fn first_day<'a>(g: &Grammar, i: &'a str) -> Option<FirstDay<'a>> {
    if let Ok((r, d)) = day_of_month(g, i) {
        let digits = i.starts_with(|c: char| c.is_ascii_digit());
        let month = ws1(r).and_then(|(r2, _)| {
            if digits {
                month_after_day(g, r2)
            } else {
                month_name(g, r2)
            }
        });
        return Some(match month {
            Ok((r2, m)) => {
                let (r2, y) = opt_year(r2);
                (r2, d, Some(m), y, false)
            }
            Err(_) => (r, d, None, None, false),
        });
    }
    let (r, d, m, y) = month_then_day(g, i)?;
    Some((r, d, Some(m), y, true))
}

/// A month, then a day in digits: "Oct. 2", "novembre 19", "Octobre 22 2016".
fn month_then_day<'a>(g: &Grammar, i: &'a str) -> Option<(&'a str, u32, u32, Option<i32>)> {
    let (r, m) = month_token(g, i).ok()?;
    let r = r.strip_prefix('.').unwrap_or(r);
    let (r, _) = ws1(r).ok()?;
    let (r, d) = digits_n(r, 1, 2).ok()?;
    if !(1..=31).contains(&d) || !at_boundary(r) {
        return None;
    }
    let (r, y) = opt_year(r);
    Some((r, d, m, y))
}

/// The last day of an interval: "5 mars", "5 de mars", "11/2/2017", "mer,
/// 22 janv", "Octobre 22", or the day alone when the first day gave the
/// month first ("novembre 19 au 20").
fn second_day<'a>(
    g: &Grammar,
    i: &'a str,
    m1: Option<u32>,
    month_first: bool,
) -> Option<(&'a str, u32, u32, Option<i32>)> {
    if let Some((r, (d, m, y))) = day_month_digits(i).filter(|_| m1.is_some()) {
        return Some((r, d, m, y));
    }
    // A weekday before the day: "mer, 22 janv".
    let i = weekday_before_date(g, i).map_or(i, |(r, _)| r);
    if let Some((r, d, m, y)) = month_then_day(g, i) {
        return Some((r, d, m, y));
    }
    let (r, d) = day_of_month(g, i).ok()?;
    let digits = i.starts_with(|c: char| c.is_ascii_digit());
    let month = ws1(r).ok().and_then(|(r2, _)| {
        // "12 de Sept".
        let r2 = match lex_text(&g.links, r2) {
            Ok((r3, (t, _))) => sep(t, r3).map_or(r2, |(r4, _)| r4),
            Err(_) => r2,
        };
        if digits {
            month_after_day(g, r2).ok()
        } else {
            month_name(g, r2).ok()
        }
    });
    match (month, m1) {
        (Some((r2, m)), _) => {
            let (r2, y) = opt_year(r2);
            Some((r2, d, m, y))
        }
        // "novembre 19-20": the day alone ends the clause.
        (None, Some(m)) if month_first && ends_clause(r) => Some((r, d, m, None)),
        _ => None,
    }
}

/// A day, then its month named relative to publication: "23 du mois
/// prochain", "22 de ce mois", "23 mois prochain". Returns the month offset.
fn day_of_relative_month<'a>(g: &Grammar, i: &'a str) -> Option<(&'a str, i64, u32)> {
    let (r, d) = day_of_month(g, i).ok()?;
    let (r, _) = ws1(r).ok()?;
    let (rest, offset) = relative_month(g, r)?;
    Some((rest, offset, d))
}

/// "du mois prochain", "de ce mois", "ce mois-ci", "mois prochain", "du
/// mois dernier": a month named relative to publication.
fn relative_month<'a>(g: &Grammar, i: &'a str) -> Option<(&'a str, i64)> {
    if let Ok((rest, (unit, offset))) = lex(&g.relative_periods, i) {
        return (*unit == PeriodUnit::Month).then_some((rest, *offset));
    }
    let step = |table: &crate::text::normalize::Lexicon<()>, r: &'a str| -> Option<&'a str> {
        let (r2, (t, _)) = lex_text(table, r).ok()?;
        sep(t, r2).ok().map(|(r3, _)| r3)
    };
    let r = step(&g.time.determiners, i).unwrap_or(i);
    let (r, this) = match step(&g.this_words, r) {
        Some(r2) => (r2, true),
        None => (r, false),
    };
    let (r, unit) = lex(&g.unit_forms, r).ok()?;
    if g.units[*unit].id != "month" || !at_boundary(r) {
        return None;
    }
    if let Ok((rest, d)) = ws1(r).and_then(|(r2, _)| lex(&g.directions, r2)) {
        if !this && at_boundary(rest) {
            return Some((rest, *d));
        }
    }
    this.then_some((r, 0))
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

/// A month named alone, without a lead: "Je serai absent février". Only
/// full names that are nothing else ("mars" is also a planet), unless "mois
/// de" introduces them ("le mois de mars").
fn month_alone<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (body, introduced) = match month_word(g, i) {
        Ok((r, _)) => (r, true),
        Err(_) => (i, false),
    };
    let (rest, (text, month)) = lex_text(&g.months, body)?;
    let plain = text.chars().count() >= 4
        && !text.ends_with('.')
        && g.lead_only_months.get(text).is_none()
        && !number_like(g, text);
    if !(introduced || plain) || !at_boundary(rest) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Calendar {
            year: None,
            month: Some(*month),
            day: None,
            weekday: None,
        },
    ))
}

/// "la troisième semaine de 2027", "la première semaine d'octobre 2014", "le
/// dernier jour d'octobre 2015", "le 3e jour d'octobre".
fn nth_week_or_day<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, nth) = nth_word(g, i)?;
    if nth == 0 || nth < -1 {
        return fail(i);
    }
    let (r, _) = ws1(r)?;
    let (r, unit) = lex(&g.unit_forms, r)?;
    let unit_id = g.units[*unit].id.as_str();
    if !matches!(unit_id, "week" | "day") {
        return fail(i);
    }
    let (r, _) = ws1(r)?;
    let (r, (text, _)) = lex_text(&g.links, r)?;
    let (r, _) = sep(text, r)?;
    let (rest, month, year) = match month_name(g, r) {
        Ok((r2, m)) => {
            let (rest, y) = opt_year(r2);
            (rest, Some(m), y)
        }
        Err(_) => {
            let (rest, y) = year(r)?;
            (rest, None, Some(y))
        }
    };
    if unit_id == "week" {
        return Ok((rest, DateExpr::NthWeek { year, month, nth }));
    }
    let Some(month) = month else {
        return fail(i);
    };
    let day = if nth < 0 {
        last_day(year, month)
    } else {
        nth as u32
    };
    calendar_day(i, rest, year, month, day, None)
}

/// A date in digits with its year, read before anything else: "21-04-2016"
/// is no score "21-04".
pub fn numeric_date_mention(i: &str) -> PResult<'_, DateMention> {
    let (rest, expr) = numeric_date(i)?;
    Ok((rest, DateMention::at(expr)))
}

/// Days listed after a plural determiner: "les 3 et 12 mars", "des 3, 4 et
/// 5 mai 2016" are separate days, not a span. Reads the first day, with the
/// month (and year) stated after the last one; the next days are read on
/// their own.
fn listed_days<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateExpr> {
    let (r, (text, _)) = lex_text(&g.time.window_open, i)?;
    let (r, _) = sep(text, r)?;
    if !r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let (first_end, day) = day_of_month(g, r)?;
    let mut r = first_end;
    let mut days = vec![day];
    // ", 4" as often as written, then "et 5".
    while let Some(r2) = r.strip_prefix(',') {
        let (r2, _) = ws(r2)?;
        let (r2, d) = day_of_month(g, r2)?;
        days.push(d);
        r = r2;
    }
    let (r, _) = ws1(r)?;
    let (r, _) = lex(&g.conjunctions, r)?;
    let (r, _) = ws1(r)?;
    let (r, last) = day_of_month(g, r)?;
    days.push(last);
    let (r, _) = ws1(r)?;
    let (r, month) = month_after_day(g, r)?;
    let (_, year) = opt_year(r);
    if !days.iter().all(|&d| valid(year, month, d)) {
        return fail(i);
    }
    Ok((
        first_end,
        DateExpr::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            weekday: None,
        },
    ))
}

/// A date with its optional lead: "le 27 février", "en 2015", "depuis le 30 septembre".
pub fn date_mention<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateMention> {
    if let Ok((rest, expr)) = listed_days(g, i) {
        return Ok((rest, DateMention::at(expr)));
    }
    // Intervals carry their own opening word ("du", "entre le", "de").
    if let Ok((rest, expr)) = interval(g, i) {
        // "du 3 au 5 mars prochain" (the next such days), "dernier" (the last).
        let (rest, forward) = match (expr, ws1(rest).and_then(|(r, _)| lex(&g.directions, r))) {
            (DateExpr::Span { year: None, .. }, Ok((r, d))) if at_boundary(r) => (r, *d > 0),
            _ => (rest, false),
        };
        return Ok((
            rest,
            DateMention {
                expr,
                relation: Relation::At,
                forward,
            },
        ));
    }
    // Relative forms first: "avant hier" is a day, not "avant" + "hier".
    if let Ok((rest, expr)) = relative(g, i) {
        return Ok((rest, DateMention::at(expr)));
    }
    if let Ok(found) = this_or_next(g, i) {
        return Ok(found);
    }
    let (body, lead, lead_text): (&str, Option<LeadDef>, &str) = match lex_text(&g.leads, i) {
        Ok((r, (text, lead))) => match sep(text, r) {
            Ok((r, _)) => (r, Some(*lead), text),
            Err(_) => (i, None, ""),
        },
        Err(_) => (i, None, ""),
    };
    // "depuis 2 oct. à 22 oct.": an interval after a lead reads as the interval.
    if lead.is_some() {
        if let Ok((rest, expr)) = interval(g, body) {
            let d = DateMention::at(expr);
            return Ok((rest, d));
        }
    }
    // "le 23", "depuis le 15": a day alone needs a lead that allows it.
    let day_lead = !lead_text.is_empty() && g.day_leads.get(lead_text).is_some();
    let try_body = |body: &'a str, lead: Option<LeadDef>| -> PResult<'a, DateExpr> {
        // A bare year or month needs a lead that allows it: "en 2015", "en mars".
        let with_year_lead = |i: &'a str| -> PResult<'a, DateExpr> {
            if !lead.is_some_and(|l| l.year) {
                return fail(i);
            }
            let (rest, expr) = alt((|i| years(g, i), |i| bare_month(g, i))).parse(i)?;
            // "depuis 2000 ans", "pour 2000 euros": a count of a unit, not a year.
            if ws1(rest)
                .is_ok_and(|(r, _)| lex(&g.unit_forms, r).is_ok_and(|(r, _)| at_boundary(r)))
            {
                return fail(i);
            }
            Ok((rest, expr))
        };
        let with_day_lead = |i: &'a str| -> PResult<'a, DateExpr> {
            if !day_lead || lead.is_none() {
                return fail(i);
            }
            day_alone(g, i)
        };
        alt((
            numeric_date,
            |i| mixed_date(g, i),
            numeric_month,
            |i| day_month_numeric(i, day_lead && lead.is_some()),
            spaced_date,
            |i| part_of_period(g, i),
            |i| holiday(g, i),
            |i| season_or_quarter(g, i),
            |i| decade_or_century(g, i),
            |i| nth_weekday(g, i),
            |i| nth_week_or_day(g, i),
            |i| day_month_year(g, i),
            |i| month_year(g, i),
            |i| month_day(g, i),
            with_year_lead,
            with_day_lead,
            |i| month_alone(g, i),
            |i| weekday_alone(g, i),
            |i| relative(g, i),
            |i| super::period::weekend(g, i),
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
    // "l'été prochain" is the next summer, "l'été dernier" the last one.
    let (rest, direction) = match (expr, ws1(rest).and_then(|(r, _)| lex(&g.directions, r))) {
        (DateExpr::Span { year: None, .. }, Ok((r, d))) if at_boundary(r) => (r, Some(*d > 0)),
        _ => (rest, None),
    };
    Ok((
        rest,
        DateMention {
            expr,
            relation: lead.map_or(Relation::At, |l| l.relation),
            forward: direction.unwrap_or(lead.is_some_and(|l| l.forward)),
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
            // interval: days of a month named relative to publication.
            ("du 4 au 23 du mois prochain", "MonthDays { offset: 1, from: 4, to: 23 } at | du 4 au 23 du mois prochain"),
            ("du 4 au 22 de ce mois", "MonthDays { offset: 0, from: 4, to: 22 } at | du 4 au 22 de ce mois"),
            ("4-23 mois prochain", "MonthDays { offset: 1, from: 4, to: 23 } at | 4-23 mois prochain"),
            ("du 1er au 15 du mois dernier", "MonthDays { offset: -1, from: 1, to: 15 } at | du 1er au 15 du mois dernier"),
            // interval: the month first; joins without their accent.
            ("novembre 19-20", "Span { year: None, from: (11, 19), to: (11, 20), grain: Day } at | novembre 19-20"),
            ("Oct. 2 au Octobre 22", "Span { year: None, from: (10, 2), to: (10, 22), grain: Day } at | Oct. 2 au Octobre 22"),
            ("novembre entre 19 et 20", "Span { year: None, from: (11, 19), to: (11, 20), grain: Day } at | novembre entre 19 et 20"),
            ("2 oct a 22 octobre", "Span { year: None, from: (10, 2), to: (10, 22), grain: Day } at | 2 oct a 22 octobre"),
            ("3 jusqu'a 12 de septembre", "Span { year: None, from: (9, 3), to: (9, 12), grain: Day } at | 3 jusqu'a 12 de septembre"),
            ("depuis 2 oct à 22 octobre", "Span { year: None, from: (10, 2), to: (10, 22), grain: Day } at | depuis 2 oct à 22 octobre"),
            // interval: months.
            ("de janvier à mars 2017", "Span { year: Some(2017), from: (1, 1), to: (3, 31), grain: Month } at | de janvier à mars 2017"),
            ("entre mai et juin", "Span { year: None, from: (5, 1), to: (6, 30), grain: Month } at | entre mai et juin"),
            ("janvier-mars 2017", "Span { year: Some(2017), from: (1, 1), to: (3, 31), grain: Month } at | janvier-mars 2017"),
            ("de décembre 2016 à février 2017", "Span { year: Some(2016), from: (12, 1), to: (2, 28), grain: Month } at | de décembre 2016 à février 2017"),
            ("du 3 au 5 mars prochain", "Span { year: None, from: (3, 3), to: (3, 5), grain: Day } at | du 3 au 5 mars prochain"),
            // interval: relative days.
            ("d'aujourd'hui à demain", "DaySpan { from: 0, to: 1 } at | d'aujourd'hui à demain"),
            ("entre hier et aujourd'hui", "DaySpan { from: -1, to: 0 } at | entre hier et aujourd'hui"),
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
    fn other_orders_and_partial_forms() {
        let g = Grammar::builtin().unwrap();
        let cal = |y: Option<i32>, m: Option<u32>, d: Option<u32>| {
            format!(
                "{:?}",
                DateExpr::Calendar {
                    year: y,
                    month: m,
                    day: d,
                    weekday: None
                }
            )
        };
        for (input, expect) in [
            // numeric_date: year first with any separator, month first, comma.
            ("2015/08/12", cal(Some(2015), Some(8), Some(12))),
            ("2015.5.13", cal(Some(2015), Some(5), Some(13))),
            ("02/22/2016", cal(Some(2016), Some(2), Some(22))),
            ("9-18-15", cal(Some(2015), Some(9), Some(18))),
            ("12/08,2015", cal(Some(2015), Some(8), Some(12))),
            // spaced_date
            ("18 08 1978 à", cal(Some(1978), Some(8), Some(18))),
            ("2 4 2009.", cal(Some(2009), Some(4), Some(2))),
            ("18 8 78", cal(Some(1978), Some(8), Some(18))),
            // month_day and mixed_date
            ("Oct-2", cal(None, Some(10), Some(2))),
            ("Oct/2", cal(None, Some(10), Some(2))),
            ("oct. 2.", cal(None, Some(10), Some(2))),
            ("novembre 23 de 1987", cal(Some(1987), Some(11), Some(23))),
            ("Sep-23-2020", cal(Some(2020), Some(9), Some(23))),
            ("septembre-2020-23", cal(Some(2020), Some(9), Some(23))),
            ("2020/Sep/23", cal(Some(2020), Some(9), Some(23))),
            ("23-2020-septembre", cal(Some(2020), Some(9), Some(23))),
            ("mai vingt-neuf", cal(None, Some(5), Some(29))),
            ("août deuxième", cal(None, Some(8), Some(2))),
            // short and linked years
            ("1er avril 78", cal(Some(1978), Some(4), Some(1))),
            ("en juillet 98,", cal(Some(1998), Some(7), None)),
            ("23 novembre de 1987", cal(Some(1987), Some(11), Some(23))),
            // day_month_numeric and day_alone after a lead; month_alone
            ("le 22/4", cal(None, Some(4), Some(22))),
            ("22/04", cal(None, Some(4), Some(22))),
            // A first number over 12 cannot be a month: a day, even bare.
            ("22/4", cal(None, Some(4), Some(22))),
            // A short weekday form only before a day and its month.
            (
                "mer. 10 juin 2020",
                "Calendar { year: Some(2020), month: Some(6), day: Some(10), weekday: Some(3) }"
                    .to_string(),
            ),
            (
                "le premier vendredi de juillet",
                "Holiday { rule: NthWeekday { month: 7, weekday: 5, nth: 1 }, year: None }"
                    .to_string(),
            ),
            (
                "mer, 22 janv",
                "Calendar { year: None, month: Some(1), day: Some(22), weekday: Some(3) }"
                    .to_string(),
            ),
            (
                "1 Jan jusqu'a Mer, 22 Janv",
                "Span { year: None, from: (1, 1), to: (1, 22), grain: Day }".to_string(),
            ),
            // A quarter of a year named "quart" needs its year.
            (
                "le troisième quart de 2016",
                "Span { year: Some(2016), from: (7, 1), to: (9, 30), grain: Quarter }".to_string(),
            ),
            (
                "le premier trimestre de 2016",
                "Span { year: Some(2016), from: (1, 1), to: (3, 31), grain: Quarter }".to_string(),
            ),
            // Days listed after a plural determiner: the first one, its month after the last.
            ("les 3 et 12 septembre", cal(None, Some(9), Some(3))),
            ("des 3, 4 et 5 mai 2016", cal(Some(2016), Some(5), Some(3))),
            // Two months joined by a bare "et" are two months: the first alone.
            ("janvier et juin 2016", cal(None, Some(1), None)),
            // A bare "et" joins like "entre": "3 et 12 de Sept".
            (
                "3 et 12 septembre",
                "Span { year: None, from: (9, 3), to: (9, 12), grain: Day }".to_string(),
            ),
            ("29/2", cal(None, Some(2), Some(29))),
            ("le 23.", cal(None, None, Some(23))),
            ("le 17 pour trois heures", cal(None, None, Some(17))),
            (
                "le 25 mardi",
                "Calendar { year: None, month: None, day: Some(25), weekday: Some(2) }".to_string(),
            ),
            (
                "le vingt-cinq Mardi",
                "Calendar { year: None, month: None, day: Some(25), weekday: Some(2) }".to_string(),
            ),
            ("février", cal(None, Some(2), None)),
            ("au mois de mars", cal(None, Some(3), None)),
            // this_or_next, weekday_alone with a week
            ("cette septembre", "MonthThisYear { month: 9 }".to_string()),
            (
                "ce vendredi",
                "WeekdayOfWeek { weekday: 5, week: 0 }".to_string(),
            ),
            (
                "vendredi de la semaine prochaine",
                "WeekdayOfWeek { weekday: 5, week: 1 }".to_string(),
            ),
            (
                "vendredi la semaine suivante",
                "WeekdayOfWeek { weekday: 5, week: 1 }".to_string(),
            ),
            (
                "vendredi la semaine prochain",
                "WeekdayOfWeek { weekday: 5, week: 1 }".to_string(),
            ),
            ("prochain juin", cal(None, Some(6), None)),
            (
                "jeudi 15 au soir",
                "Calendar { year: None, month: None, day: Some(15), weekday: Some(4) }".to_string(),
            ),
            // nth_weekday, nth_week_or_day
            (
                "premier vendredi de juillet",
                "Holiday { rule: NthWeekday { month: 7, weekday: 5, nth: 1 }, year: None }"
                    .to_string(),
            ),
            (
                "dernier lundi de mai 2016",
                "Holiday { rule: NthWeekday { month: 5, weekday: 1, nth: -1 }, year: Some(2016) }"
                    .to_string(),
            ),
            (
                "troisième semaine de 2027",
                "NthWeek { year: Some(2027), month: None, nth: 3 }".to_string(),
            ),
            (
                "dernier jour d'octobre 2015",
                cal(Some(2015), Some(10), Some(31)),
            ),
            // "lundi 12 soldats": a weekday, then a count.
            (
                "lundi 12 soldats",
                "Weekday { weekday: 1, direction: 0 }".to_string(),
            ),
            // relative forms before leads
            ("avant hier", "Days(-2)".to_string()),
            ("lendemain", "Days(1)".to_string()),
            // A weekend, also after a lead ("jusqu'à ce week-end").
            ("ce week-end", "Weekend { offset: 0 }".to_string()),
            ("le week-end dernier", "Weekend { offset: -1 }".to_string()),
            ("jusqu'à ce week-end", "Weekend { offset: 0 }".to_string()),
        ] {
            let got = show(&g, input);
            let expr = got.split(" | ").next().unwrap_or("");
            assert!(expr.starts_with(&expect), "{input}: {got}");
        }
    }

    #[test]
    fn not_dates() {
        let g = Grammar::builtin().unwrap();
        for input in [
            "le 49.3",
            "2015",
            "31 février",
            "le 400",
            "© AFP",
            "3/4",
            "12/5",
            "30/2",
            "le 36 quai",
            "le 15 de France",
            "mars 12 personnes",
            "Mars",
            "mai",
            "la veille du scrutin",
            "le week-end de Pâques",
            "01-02-03-04-05",
            // A month with no day.
            "du 4 au 22 du mois",
            "le premier quart d'heure",
            "2012 et 2017",
            "mer",
            "mer.",
            "jeu 12 joueurs",
            "le dernier quart de siècle",
        ] {
            assert_eq!(show(&g, input), "none", "{input}");
        }
    }
}
