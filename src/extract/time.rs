//! Times of day: clock times ("15h30", "15:30", "16 heures", "3pm",
//! "midi"), spans of them ("de 14h à 16h", "entre 12h00 et 14h00"), parts of
//! the day ("le matin", "en fin de soirée", "ce soir"), alone or tied to a
//! day ("demain soir", "mardi matin", "le 3 mars à 15h", "3:00 à 4:00
//! demain"). The words live in `grammars/fr/time.toml`; the day, when there
//! is one, is read by the date parser and resolved like any date.

use super::date::{date_mention, DateExpr, DateMention};
use super::input::*;
use super::words::number_words;
use crate::grammar::Grammar;
use crate::text::normalize::Lexicon;
use crate::value::{Relation, TimeGrain, TimeSpan};

const HOUR: u32 = 3600;

/// A time mention: the time, and the day it refines when the text names one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeMention {
    pub date: Option<DateMention>,
    pub time: TimeSpan,
    /// "avant 17h": before the time; "à partir de 15h": from it.
    pub relation: Relation,
}

/// One clock reading, before a span or a part of the day completes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Clock {
    secs: u32,
    grain: TimeGrain,
    /// `Some(true)` for "pm", "du soir"; `None` when the text does not say.
    pm: Option<bool>,
    /// Written as a time ("15h", "15:30", "midi", "3pm"), not a bare number.
    marked: bool,
    /// Minutes were written ("15h30", "12h00").
    minutes: bool,
    /// Marked by a word ("16 heures"), which also counts hours of a duration.
    word_mark: bool,
}

impl Clock {
    fn with_pm(self, pm: bool) -> Clock {
        let h = self.secs / HOUR;
        let secs = match (pm, h) {
            (true, 1..=11) => self.secs + 12 * HOUR,
            (false, 12) => self.secs - 12 * HOUR,
            _ => self.secs,
        };
        Clock {
            secs,
            pm: Some(pm),
            ..self
        }
    }
}

/// Case-insensitive prefix from a list of forms (longest first), for marks
/// glued to digits ("15h30", "3pm") that a word lookup cannot see.
fn glued<'a>(forms: &[String], i: &'a str) -> Option<&'a str> {
    forms.iter().find_map(|f| {
        let head = i.get(..f.len())?;
        head.eq_ignore_ascii_case(f).then(|| &i[f.len()..])
    })
}

fn digits(i: &str, max: usize) -> PResult<'_, u32> {
    let end = i.find(|c: char| !c.is_ascii_digit()).unwrap_or(i.len());
    if end == 0 || end > max {
        return fail(i);
    }
    match i[..end].parse() {
        Ok(v) => Ok((&i[end..], v)),
        Err(_) => fail(i),
    }
}

/// An hour as a number: "15", "cinq". At most 24.
fn hour_number<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    let (rest, h) = match digits(i, 2) {
        Ok(v) => v,
        Err(_) => {
            let (rest, w) = number_words(g, i)?;
            if w.ordinal || w.value.fract() != 0.0 {
                return fail(i);
            }
            (rest, w.value as u32)
        }
    };
    if h > 24 {
        return fail(i);
    }
    Ok((rest, h))
}

/// Minutes after an hour mark: "30" in "15h30", "16 heures 30 minutes".
fn minutes<'a>(g: &Grammar, i: &'a str) -> PResult<'a, u32> {
    let (rest, m) = digits(i, 2)?;
    if m > 59 || !at_boundary(rest) {
        return fail(i);
    }
    let rest = match ws(rest).and_then(|(r, _)| lex(&g.time.minute_words, r)) {
        Ok((r, _)) if at_boundary(r) => r,
        _ => rest,
    };
    Ok((rest, m))
}

/// "am", "pm", "du matin", "de l'après-midi" after an hour.
fn meridiem<'a>(g: &Grammar, i: &'a str) -> PResult<'a, bool> {
    if let Ok((rest, pm)) = lex(&g.time.meridiems, i) {
        if at_boundary(rest) {
            return Ok((rest, *pm));
        }
    }
    // Before a hyphen, which a word lookup reads as part of the word: "4pm-5pm".
    let t = &g.time.meridiems;
    t.keys()
        .filter_map(|k| {
            let head = i.get(..k.len())?;
            let rest = &i[k.len()..];
            (head.eq_ignore_ascii_case(k) && rest.starts_with(['-', '–']))
                .then(|| Some((rest, *t.get(k)?)))
                .flatten()
        })
        .max_by_key(|(rest, _)| std::cmp::Reverse(rest.len()))
        .map_or_else(|| fail(i), Ok)
}

/// One clock reading: "midi", "15h30", "15 h", "16 heures 30", "15:30",
/// "3pm", "5 du matin", or a bare hour "15" (not marked).
fn clock<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Clock> {
    if let Ok((rest, h)) = lex(&g.time.named, i) {
        if at_boundary(rest) {
            return Ok((
                rest,
                Clock {
                    secs: h * HOUR,
                    grain: TimeGrain::Hour,
                    pm: Some(*h >= 12),
                    marked: true,
                    minutes: false,
                    word_mark: false,
                },
            ));
        }
    }
    let (r, h) = hour_number(g, i)?;
    let digits_hour = i.starts_with(|c: char| c.is_ascii_digit());
    let mut c = Clock {
        secs: h * HOUR,
        grain: TimeGrain::Hour,
        pm: None,
        marked: false,
        minutes: false,
        word_mark: false,
    };
    let mut rest = r;
    // "15:30", "15:30:45".
    if let Some(after) = digits_hour
        .then(|| glued(&g.time.minute_marks, r))
        .flatten()
    {
        let (after, m) = digits(after, 2)?;
        if m > 59 || h > 24 {
            return fail(i);
        }
        c.secs += m * 60;
        c.grain = TimeGrain::Minute;
        c.marked = true;
        c.minutes = true;
        rest = after;
        if let Some((after_s, s)) = glued(&g.time.minute_marks, rest)
            .and_then(|a| digits(a, 2).ok())
            .filter(|&(_, s)| s <= 59)
        {
            c.secs += s;
            c.grain = TimeGrain::Second;
            rest = after_s;
        }
    } else {
        // "15h", "15 h 30", "16 heures".
        let (after_ws, _) = ws(r)?;
        let mark = if digits_hour {
            glued(&g.time.hour_marks, after_ws)
        } else {
            None
        }
        .filter(|a| at_boundary(a) || a.starts_with(|c: char| c.is_ascii_digit()))
        .or_else(|| {
            // Spelled-out marks after a space: "cinq heures".
            let (a, _) = ws1(r).ok()?;
            let a = glued(&g.time.hour_marks, a)?;
            at_boundary(a).then_some(a)
        });
        if let Some(after) = mark {
            c.marked = true;
            c.word_mark = {
                let mark_len = r.len() - after.len();
                let spaces = r.len() - after_ws.len();
                mark_len > spaces + 1
            };
            rest = after;
            if let Ok((after_m, m)) = ws(after).and_then(|(a, _)| minutes(g, a)) {
                c.secs += m * 60;
                c.grain = TimeGrain::Minute;
                c.minutes = true;
                rest = after_m;
            }
        }
    }
    if !at_boundary(rest) && !rest.starts_with(|c: char| c.is_alphabetic()) {
        // "15:30" followed by more digits is something else.
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return fail(i);
        }
    }
    // "3pm", "5 du matin".
    if let Ok((after, pm)) = ws(rest).and_then(|(a, _)| meridiem(g, a)) {
        if h <= 12 {
            c = c.with_pm(pm);
            c.marked = true;
            rest = after;
        }
    }
    if !at_boundary(rest) || c.secs > 24 * HOUR {
        return fail(i);
    }
    Ok((rest, c))
}

fn finer(a: TimeGrain, b: TimeGrain) -> TimeGrain {
    let rank = |g: TimeGrain| match g {
        TimeGrain::Second => 0,
        TimeGrain::Minute => 1,
        TimeGrain::Hour => 2,
        TimeGrain::PartOfDay => 3,
    };
    if rank(a) <= rank(b) {
        a
    } else {
        b
    }
}

/// A part of the day with what may qualify it: "matin", "le matin", "tôt le
/// matin", "en fin de soirée", "ce soir" (day offset 0), "la nuit dernière"
/// (-1), "prochaine nuit" (+1).
fn part_of_day<'a>(g: &Grammar, i: &'a str) -> PResult<'a, (TimeSpan, Option<i64>)> {
    let mut r = i;
    let mut day: Option<i64> = None;
    let mut half = None;
    // Before the part, in any order: "ce", "dernière", "tôt", a determiner:
    // "tôt le matin", "le tard matin", "fin de la soirée", "la dernière nuit".
    for _ in 0..3 {
        if lex(&g.time.parts, r).is_ok() {
            break;
        }
        let step = |table: &Lexicon<()>| {
            let (r2, (t, _)) = lex_text(table, r).ok()?;
            sep(t, r2).ok().map(|(r3, _)| r3)
        };
        if day.is_none() {
            if let Some(r2) = step(&g.time.this) {
                day = Some(0);
                r = r2;
                continue;
            }
            if let Ok((r2, (t, d))) = lex_text(&g.directions, r) {
                if let Ok((r3, _)) = sep(t, r2) {
                    day = Some(*d);
                    r = r3;
                    continue;
                }
            }
        }
        if half.is_none() {
            if let Ok((r2, (t, h))) = lex_text(&g.time.halves, r) {
                if let Ok((r3, _)) = sep(t, r2) {
                    half = Some(*h);
                    r = r3;
                    continue;
                }
            }
        }
        match step(&g.time.determiners) {
            Some(r2) => r = r2,
            None => break,
        }
    }
    let (mut rest, hours) = lex(&g.time.parts, r)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    // The whole day ("journée") is read only in part: "tôt dans la
    // journée"; "la journée de grève" is no time.
    let whole_day = hours[1] - hours[0] >= 24;
    if whole_day && half.is_none() {
        return fail(i);
    }
    if day.is_none() {
        if let Ok((r2, d)) = ws1(rest).and_then(|(r2, _)| lex(&g.directions, r2)) {
            if at_boundary(r2) {
                day = Some(*d);
                rest = r2;
            }
        }
    }
    // "tôt dans la journée": of the publication day, unless a day follows.
    if whole_day && day.is_none() {
        day = Some(0);
    }
    let (a, b) = (hours[0] * HOUR, hours[1] * HOUR);
    let (from, to) = match half {
        Some(1) => (a, (a + b) / 2),
        Some(_) => ((a + b) / 2, b),
        None => (a, b),
    };
    Ok((
        rest,
        (
            TimeSpan {
                from,
                to,
                grain: TimeGrain::PartOfDay,
            },
            day,
        ),
    ))
}

/// A span between two clock readings: "de 14h à 16h", "entre 12h00 et
/// 14h00", "4pm-5pm", "5 au 6pm", "de 5 à 7 ce soir". Returns the span and
/// whether it is marked as time (a bare "15 à 16" is not, by itself).
fn clock_span<'a>(g: &Grammar, i: &'a str) -> PResult<'a, (TimeSpan, bool)> {
    let r = match lex_text(&g.time.span_open, i) {
        Ok((r, (t, _))) => sep(t, r).map_or(i, |(r2, _)| r2),
        Err(_) => i,
    };
    let (r, c1) = clock(g, r)?;
    let (r, _) = ws(r)?;
    let (r, (t, _)) = match r.strip_prefix(['-', '–']) {
        Some(r2) => (r2, ("-", &())),
        None => lex_text(&g.time.span_join, r)?,
    };
    let (r, _) = if t == "-" { ws(r)? } else { sep(t, r)? };
    let (mut rest, mut c2) = clock(g, r)?;
    let mut c1 = c1;
    // "de 14h à 16h" is a time; "entre 2 et 3 heures" may count hours.
    let clear = |c: &Clock| c.marked && (!c.word_mark || c.minutes || c.pm.is_some());
    let mut marked = clear(&c1) || clear(&c2);
    // "16-17 heures": hours past 12 can only be read on a 24-hour clock. A
    // link after them makes them a count: "16-17 heures de vol".
    let linked = ws1(rest)
        .and_then(|(r2, _)| lex_text(&g.links, r2))
        .is_ok_and(|(r2, (t, _))| sep(t, r2).is_ok());
    if c2.marked && c1.secs > 12 * HOUR && c2.secs > c1.secs && !linked {
        marked = true;
    }
    // A part of the day after the span says which half of the clock it is.
    if let Ok((r2, (part, _))) = ws1(rest).and_then(|(r2, _)| part_of_day(g, r2)) {
        if c2.pm.is_none() {
            c2 = c2.with_pm(part.from >= 12 * HOUR);
        }
        rest = r2;
        marked = true;
    }
    if c1.pm.is_none() {
        if let Some(pm) = c2.pm {
            let guess = c1.with_pm(pm);
            if guess.secs <= c2.secs {
                c1 = guess;
            }
        }
    }
    let from = c1.secs;
    let mut to = c2.secs;
    if to <= from {
        to += 24 * HOUR;
    }
    Ok((
        rest,
        (
            TimeSpan {
                from,
                to,
                grain: finer(c1.grain, c2.grain),
            },
            marked,
        ),
    ))
}

/// A lone clock time that is clearly one: "15h30", "3pm", "midi", or any
/// reading after a lead ("à 15h", "vers 16 heures", "avant 17h").
fn lone_clock<'a>(g: &Grammar, i: &'a str) -> PResult<'a, (TimeSpan, Relation)> {
    // A lead that bounds a time ("avant", "après", "à partir de"), or one
    // that places it ("à", "vers"). "pendant", "depuis", "en", "dans" lead
    // durations: "depuis 3 heures" is not "since 3 o'clock".
    let bound = lex_text(&g.leads, i).ok().and_then(|(r, (t, lead))| {
        let ok = matches!(
            lead.relation,
            Relation::Until | Relation::After | Relation::From
        );
        ok.then(|| sep(t, r).ok())
            .flatten()
            .map(|(r2, _)| (r2, lead.relation))
    });
    let place = || {
        let (r, (t, _)) = lex_text(&g.time.clock_leads, i).ok()?;
        sep(t, r).ok().map(|(r2, _)| (r2, Relation::At))
    };
    let (r, relation, lead) = match bound.or_else(place) {
        Some((r, rel)) => (r, rel, Some(rel)),
        None => (i, Relation::At, None),
    };
    let (rest, c) = clock(g, r)?;
    // "16 heures" is a time after "à" or "vers"; after "avant" or
    // "jusqu'à" it may count hours, unless written "16h".
    let led = match lead {
        Some(Relation::At) => c.marked,
        Some(_) => c.marked && !c.word_mark,
        None => false,
    };
    let clear = c.minutes || c.pm.is_some() || led;
    if !clear || c.secs >= 24 * HOUR {
        return fail(i);
    }
    Ok((
        rest,
        (
            TimeSpan {
                from: c.secs,
                to: c.secs + c.grain.seconds(),
                grain: c.grain,
            },
            relation,
        ),
    ))
}

/// A day that a time may refine: a date of one day, a weekday, a relative
/// day ("demain"), a holiday.
fn day_date<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateMention> {
    let (rest, d) = date_mention(g, i)?;
    match d.expr {
        DateExpr::Calendar { day: Some(_), .. }
        | DateExpr::Weekday { .. }
        | DateExpr::Days(_)
        | DateExpr::Holiday { .. } => Ok((rest, d)),
        _ => fail(i),
    }
}

/// A day of the month alone, before its time: "le 17" in "le 17 à 15h",
/// "le 17 de 14h à 16h". Alone it would be no date.
fn day_of_month_alone<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateMention> {
    let (r, (t, lead)) = lex_text(&g.leads, i)?;
    if lead.relation != Relation::At || lead.year {
        return fail(i);
    }
    let (r, _) = sep(t, r)?;
    let (r, d) = digits(r, 2)?;
    let r = g
        .ordinal_suffixes
        .iter()
        .find_map(|s| {
            r.strip_prefix(s.as_str())
                .filter(|r| d == 1 && at_boundary(r))
        })
        .unwrap_or(r);
    if !(1..=31).contains(&d) || !at_boundary(r) {
        return fail(i);
    }
    let expr = DateExpr::Calendar {
        year: None,
        month: None,
        day: Some(d),
        weekday: None,
    };
    Ok((r, DateMention::at(expr)))
}

/// What follows a day before its time: "mardi, 15h", "demain à 15h".
/// A span of bare hours ("le 17 de 14 à 16") only when `bare_ok`: after a
/// full date, "le 3 mars, 10 à 12 blessés" counts people.
fn time_after_day<'a>(g: &Grammar, i: &'a str, bare_ok: bool) -> PResult<'a, (TimeSpan, Relation)> {
    let r = i.strip_prefix(',').unwrap_or(i);
    let (r, _) = ws1(r).or_else(|_| ws(r))?;
    if let Ok((rest, (span, marked))) = clock_span(g, r) {
        if marked || bare_ok {
            return Ok((rest, (span, Relation::At)));
        }
    }
    if let Ok((rest, (span, _))) = part_of_day(g, r) {
        return Ok((rest, (span, Relation::At)));
    }
    lone_clock(g, r)
}

/// The day after a time: "3:00 à 4:00 demain", "la nuit de mardi", "15h le 3 mars".
fn day_after_time<'a>(g: &Grammar, i: &'a str) -> PResult<'a, DateMention> {
    let (r, _) = ws1(i)?;
    if let Ok(found) = day_date(g, r) {
        return Ok(found);
    }
    let (r, (t, _)) = lex_text(&g.time.day_links, r)?;
    let (r, _) = sep(t, r)?;
    day_date(g, r)
}

/// A time with its day when the text gives one.
pub fn time_mention<'a>(g: &Grammar, i: &'a str) -> PResult<'a, TimeMention> {
    // The day first: "demain soir", "mardi dans la matinée", "le 3 mars à 15h".
    if let Ok((r, date)) = day_date(g, i) {
        if let Ok((rest, (time, relation))) = time_after_day(g, r, false) {
            return Ok((
                rest,
                TimeMention {
                    date: Some(date),
                    time,
                    relation,
                },
            ));
        }
        return fail(i);
    }
    if let Ok((r, date)) = day_of_month_alone(g, i) {
        let (rest, (time, relation)) = time_after_day(g, r, true)?;
        return Ok((
            rest,
            TimeMention {
                date: Some(date),
                time,
                relation,
            },
        ));
    }
    // The time first, its day after it if any.
    let plain = |expr| DateMention::at(expr);
    if let Ok((r, (time, marked))) = clock_span(g, i) {
        return match day_after_time(g, r) {
            Ok((rest, date)) => Ok((
                rest,
                TimeMention {
                    date: Some(date),
                    time,
                    relation: Relation::At,
                },
            )),
            Err(_) if marked => Ok((
                r,
                TimeMention {
                    date: None,
                    time,
                    relation: Relation::At,
                },
            )),
            Err(_) => fail(i),
        };
    }
    if let Ok((r, (time, day))) = part_of_day(g, i) {
        let (rest, date) = match day_after_time(g, r) {
            Ok((rest, d)) => (rest, Some(d)),
            Err(_) => (r, day.map(|n| plain(DateExpr::Days(n)))),
        };
        return Ok((
            rest,
            TimeMention {
                date,
                time,
                relation: Relation::At,
            },
        ));
    }
    let (r, (mut time, relation)) = lone_clock(g, i)?;
    let (rest, date) = match day_after_time(g, r) {
        Ok((rest, d)) => (rest, Some(d)),
        Err(_) => match ws1(r).and_then(|(r2, _)| part_of_day(g, r2)) {
            // "à 7h ce soir": the part names the day and the half of the clock.
            Ok((rest, (part, Some(n)))) => {
                let later = time.from + 12 * HOUR;
                if time.from < 12 * HOUR && later + 2 * HOUR >= part.from && later < part.to {
                    time.from = later;
                    time.to += 12 * HOUR;
                }
                (rest, Some(plain(DateExpr::Days(n))))
            }
            _ => (r, None),
        },
    };
    Ok((
        rest,
        TimeMention {
            date,
            time,
            relation,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "date-expr | HH:MM–HH:MM grain | relation | text read".
    /// Each input reads as its row says (`show`).
    fn check(rows: &[(&str, &str)]) {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in rows {
            assert_eq!(show(&g, input), *expect, "{input}");
        }
    }

    fn show(g: &Grammar, s: &str) -> String {
        match time_mention(g, s) {
            Ok((rest, t)) => format!(
                "{} | {} {} | {} | {}",
                t.date.map_or("-".to_string(), |d| format!("{:?}", d.expr)),
                TimeSpan::clock(t.time.from),
                TimeSpan::clock(t.time.to),
                t.relation.as_str(),
                &s[..s.len() - rest.len()]
            ),
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn clock_times() {
        check(&[
            ("15h30 au plus tard", "- | 15:30:00 15:31:00 | at | 15h30"),
            ("à 15h, il", "- | 15:00:00 16:00:00 | at | à 15h"),
            (
                "vers 16 heures",
                "- | 16:00:00 17:00:00 | at | vers 16 heures",
            ),
            (
                "à 16 heures 30",
                "- | 16:30:00 16:31:00 | at | à 16 heures 30",
            ),
            ("15:30", "- | 15:30:00 15:31:00 | at | 15:30"),
            ("3pm", "- | 15:00:00 16:00:00 | at | 3pm"),
            ("à midi", "- | 12:00:00 13:00:00 | at | à midi"),
            ("à minuit", "- | 00:00:00 01:00:00 | at | à minuit"),
            (
                "à 3 heures du matin",
                "- | 03:00:00 04:00:00 | at | à 3 heures du matin",
            ),
            ("avant 17h", "- | 17:00:00 18:00:00 | until | avant 17h"),
        ]);
    }

    #[test]
    fn clock_spans() {
        check(&[
            ("de 14h à 16h.", "- | 14:00:00 16:00:00 | at | de 14h à 16h"),
            (
                "entre 12h00 et 14h00",
                "- | 12:00:00 14:00:00 | at | entre 12h00 et 14h00",
            ),
            ("4pm-5pm", "- | 16:00:00 17:00:00 | at | 4pm-5pm"),
            ("5 au 6pm", "- | 17:00:00 18:00:00 | at | 5 au 6pm"),
            ("de 22h à 2h", "- | 22:00:00 26:00:00 | at | de 22h à 2h"),
            (
                "16:00 - 17:00",
                "- | 16:00:00 17:00:00 | at | 16:00 - 17:00",
            ),
            (
                "de 5 à 7 ce soir",
                "- | 17:00:00 19:00:00 | at | de 5 à 7 ce soir",
            ),
            (
                "3:00 à 4:00 demain",
                "Days(1) | 03:00:00 04:00:00 | at | 3:00 à 4:00 demain",
            ),
            // Hours past 12 are clock hours even written "heures".
            ("16-17 heures", "- | 16:00:00 17:00:00 | at | 16-17 heures"),
            (
                "16 - 17 heures.",
                "- | 16:00:00 17:00:00 | at | 16 - 17 heures",
            ),
        ]);
    }

    #[test]
    fn parts_of_the_day() {
        check(&[
            ("ce soir", "Days(0) | 16:00:00 20:00:00 | at | ce soir"),
            ("cette nuit", "Days(0) | 20:00:00 24:00:00 | at | cette nuit"),
            ("le matin", "- | 08:00:00 12:00:00 | at | le matin"),
            ("tôt le matin", "- | 08:00:00 10:00:00 | at | tôt le matin"),
            ("en fin de soirée", "- | 18:00:00 20:00:00 | at | en fin de soirée"),
            ("la nuit dernière", "Days(-1) | 20:00:00 24:00:00 | at | la nuit dernière"),
            ("demain soir", "Days(1) | 16:00:00 20:00:00 | at | demain soir"),
            ("mardi matin", "Weekday { weekday: 2, direction: 0 } | 08:00:00 12:00:00 | at | mardi matin"),
            ("mardi dans la matinée", "Weekday { weekday: 2, direction: 0 } | 08:00:00 12:00:00 | at | mardi dans la matinée"),
            ("mardi fin d'après-midi", "Weekday { weekday: 2, direction: 0 } | 14:00:00 16:00:00 | at | mardi fin d'après-midi"),
            ("la nuit mardi", "Weekday { weekday: 2, direction: 0 } | 20:00:00 24:00:00 | at | la nuit mardi"),
            ("tôt dans la journée", "Days(0) | 00:00:00 12:00:00 | at | tôt dans la journée"),
            ("en fin de journée de mardi", "Weekday { weekday: 2, direction: 0 } | 12:00:00 24:00:00 | at | en fin de journée de mardi"),
        ]);
    }

    #[test]
    fn times_with_their_day() {
        check(&[
            (
                "le 3 mars à 15h",
                "Calendar { year: None, month: Some(3), day: Some(3), weekday: None } | 15:00:00 16:00:00 | at | le 3 mars à 15h",
            ),
            (
                "vendredi 30 novembre 2019 entre 12h00 et 14h00",
                "Calendar { year: Some(2019), month: Some(11), day: Some(30), weekday: Some(5) } | 12:00:00 14:00:00 | at | vendredi 30 novembre 2019 entre 12h00 et 14h00",
            ),
            ("demain avant 17h", "Days(1) | 17:00:00 18:00:00 | until | demain avant 17h"),
            ("15 à 16 demain", "Days(1) | 15:00:00 16:00:00 | at | 15 à 16 demain"),
            ("à 7h ce soir", "Days(0) | 19:00:00 20:00:00 | at | à 7h ce soir"),
            ("à 3h cette nuit", "Days(0) | 03:00:00 04:00:00 | at | à 3h cette nuit"),
            (
                "le 17 de 14h à 16h",
                "Calendar { year: None, month: None, day: Some(17), weekday: None } | 14:00:00 16:00:00 | at | le 17 de 14h à 16h",
            ),
            ("la dernière nuit", "Days(-1) | 20:00:00 24:00:00 | at | la dernière nuit"),
            ("derniere nuit", "Days(-1) | 20:00:00 24:00:00 | at | derniere nuit"),
        ]);
    }

    #[test]
    fn not_times() {
        let g = Grammar::builtin().unwrap();
        for input in [
            "en 24 heures",
            "48 heures",
            "les 35 heures",
            "15 à 16",
            "de 20 à 25",
            "15h",
            "3h de vol",
            "16-17 heures de vol",
            "la journée de grève",
            "toute la journée",
            "2-3 heures",
            "mardi 15 mars 2016",
            "demain, 200 personnes",
            "2015",
            "le 17",
            "le 17 mars",
        ] {
            assert_eq!(show(&g, input), "none", "{input}");
        }
    }
}
