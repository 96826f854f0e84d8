//! Resolving what a date mention states against the article's publication
//! date — never against the machine's clock. Without a publication date a
//! year-less date stays partial and a relative one stays unresolved.

use crate::extract::DateExpr;
use crate::grammar::{HolidayRule, PeriodUnit};
use crate::value::{DateValue, Grain};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The date a mention points to, given the publication date.
/// `forward` makes a year-less date resolve to its next occurrence.
pub fn resolve(expr: &DateExpr, published: Option<NaiveDate>, forward: bool) -> Option<DateValue> {
    match *expr {
        DateExpr::Calendar {
            year: Some(y),
            month,
            day,
            ..
        } => match (month, day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d).map(DateValue::day),
            (Some(m), None) => DateValue::month(y, m),
            _ => DateValue::year(y),
        },
        DateExpr::Calendar {
            year: None,
            month: None,
            day: Some(d),
            weekday,
        } => {
            // "le 23": the most recent 23rd (the next when the phrase looks
            // ahead); "jeudi 15": the most recent Thursday the 15th.
            let Some(p) = published else {
                return Some(DateValue::Partial {
                    grain: Grain::Day,
                    month: None,
                    day: Some(d),
                });
            };
            let wanted = weekday.map(weekday_of);
            let first = p.year() as i64 * 12 + p.month0() as i64;
            (0..48i64)
                .map(|k| if forward { first + k } else { first - k })
                .filter_map(|n| {
                    NaiveDate::from_ymd_opt(n.div_euclid(12) as i32, n.rem_euclid(12) as u32 + 1, d)
                })
                .filter(|date| if forward { *date >= p } else { *date <= p })
                .find(|date| wanted.is_none_or(|w| w == Some(date.weekday())))
                .map(DateValue::day)
        }
        // "le jeudi 2 décembre" in an article of 18 November 2021: the year
        // in which 2 December is a Thursday, next to the publication date,
        // whether the phrase looks ahead or back.
        DateExpr::Calendar {
            year: None,
            month: Some(m),
            day: Some(d),
            weekday: Some(w),
        } if published.is_some_and(|p| weekday_year(p, m, d, w).is_some()) => published
            .and_then(|p| weekday_year(p, m, d, w))
            .map(DateValue::day),
        DateExpr::Calendar {
            year: None,
            month,
            day,
            ..
        } => {
            let Some(p) = published else {
                return Some(DateValue::Partial {
                    grain: if day.is_some() {
                        Grain::Day
                    } else {
                        Grain::Month
                    },
                    month,
                    day,
                });
            };
            let m = month?;
            let candidate = |y: i32| match day {
                Some(d) => NaiveDate::from_ymd_opt(y, m, d).map(DateValue::day),
                None => DateValue::month(y, m),
            };
            let this_year = candidate(p.year());
            let start = |v: &DateValue| match v {
                DateValue::Resolved { from, .. } => *from,
                DateValue::Partial { .. } => p,
            };
            match this_year {
                Some(v) if !forward && start(&v) <= p => Some(v),
                Some(v) if forward && start(&v) >= p => Some(v),
                _ if forward => candidate(p.year() + 1),
                _ => candidate(p.year() - 1),
            }
        }
        DateExpr::Years { first, last, grain } => DateValue::years(first, last, grain),
        DateExpr::Span {
            year,
            from,
            to,
            grain,
        } => {
            let make = |y: i32| {
                let start = NaiveDate::from_ymd_opt(y, from.0, from.1)?;
                let end_year = if to < from { y + 1 } else { y };
                let end = NaiveDate::from_ymd_opt(end_year, to.0, to.1)?;
                Some(DateValue::Resolved {
                    from: start,
                    to: end,
                    grain,
                })
            };
            match (year, published) {
                (Some(y), _) => make(y),
                // "29/2-1/3": the nearest leap year, back or ahead.
                (None, Some(p)) if (from.0, from.1) == (2, 29) || (to.0, to.1) == (2, 29) => {
                    let sign = if forward { 1 } else { -1 };
                    (0..8)
                        .map(|k| p.year() + sign * k)
                        .filter_map(make)
                        .find(|v| match v {
                            DateValue::Resolved { from, .. } if forward => *from >= p,
                            DateValue::Resolved { from, .. } => *from <= p,
                            DateValue::Partial { .. } => false,
                        })
                }
                (None, Some(p)) => {
                    let this = make(p.year())?;
                    let starts_after = matches!(this, DateValue::Resolved { from, .. } if from > p);
                    match (forward, starts_after) {
                        (false, true) => make(p.year() - 1),
                        (true, false) if matches!(this, DateValue::Resolved { to, .. } if to < p) => {
                            make(p.year() + 1)
                        }
                        _ => Some(this),
                    }
                }
                (None, None) if from.0 == to.0 => Some(DateValue::Partial {
                    grain: Grain::Month,
                    month: Some(from.0),
                    day: None,
                }),
                (None, None) => None,
            }
        }
        DateExpr::Weekday { weekday, direction } => {
            let p = published?;
            let target = weekday_of(weekday)?;
            let back = (p.weekday().num_days_from_monday() + 7 - target.num_days_from_monday()) % 7;
            let date = match direction {
                d if d < 0 => p - Duration::days(if back == 0 { 7 } else { back as i64 }),
                d if d > 0 => {
                    let ahead = (7 - back) % 7;
                    p + Duration::days(if ahead == 0 { 7 } else { ahead as i64 })
                }
                _ if forward => p + Duration::days(((7 - back) % 7) as i64),
                _ => p - Duration::days(back as i64),
            };
            Some(DateValue::day(date))
        }
        DateExpr::Days(n) => Some(DateValue::day(published? + Duration::days(n))),
        DateExpr::NthWeek { year, month, nth } => {
            // The year: stated, else the publication year, or the one before
            // when the period has not begun yet.
            let y = match (year, published) {
                (Some(y), _) => y,
                (None, Some(p)) => {
                    let starts = NaiveDate::from_ymd_opt(p.year(), month.unwrap_or(1), 1)?;
                    if starts > p {
                        p.year() - 1
                    } else {
                        p.year()
                    }
                }
                (None, None) => return None,
            };
            let (first, last) = match month {
                Some(m) => {
                    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
                    let next = first.checked_add_months(chrono::Months::new(1))?;
                    (first, next.pred_opt()?)
                }
                None => (
                    NaiveDate::from_ymd_opt(y, 1, 1)?,
                    NaiveDate::from_ymd_opt(y, 12, 31)?,
                ),
            };
            let first_monday =
                first + Duration::days(((7 - first.weekday().num_days_from_monday()) % 7) as i64);
            let monday = if nth > 0 {
                first_monday + Duration::weeks(nth as i64 - 1)
            } else {
                // The last week that ends inside the period.
                let last_sunday =
                    last - Duration::days(((last.weekday().num_days_from_monday() + 1) % 7) as i64);
                last_sunday - Duration::days(6)
            };
            if monday + Duration::days(6) > last {
                return None;
            }
            Some(DateValue::Resolved {
                from: monday,
                to: monday + Duration::days(6),
                grain: Grain::Week,
            })
        }
        DateExpr::MonthThisYear { month } => match published {
            Some(p) => DateValue::month(p.year(), month),
            None => Some(DateValue::Partial {
                grain: Grain::Month,
                month: Some(month),
                day: None,
            }),
        },
        DateExpr::WeekdayOfWeek { weekday, week } => {
            let p = published?;
            let monday = p - Duration::days(p.weekday().num_days_from_monday() as i64);
            let offset = weekday.checked_sub(1).filter(|&w| w < 7)? as i64;
            Some(DateValue::day(
                monday + Duration::weeks(week) + Duration::days(offset),
            ))
        }
        DateExpr::Holiday { rule, year } => {
            let on = |y: i32| holiday_in(rule, y).map(DateValue::day);
            match (year, published) {
                (Some(y), _) => on(y),
                (None, Some(p)) => {
                    let this = holiday_in(rule, p.year())?;
                    match (forward, this > p, this < p) {
                        (false, true, _) => on(p.year() - 1),
                        (true, _, true) => on(p.year() + 1),
                        _ => Some(DateValue::day(this)),
                    }
                }
                (None, None) => match rule {
                    HolidayRule::Fixed((month, day)) => Some(DateValue::Partial {
                        grain: Grain::Day,
                        month: Some(month),
                        day: Some(day),
                    }),
                    _ => None,
                },
            }
        }
        DateExpr::Shift { months, days } => {
            let p = published?;
            let shifted = if months >= 0 {
                p.checked_add_months(chrono::Months::new(months as u32))
            } else {
                p.checked_sub_months(chrono::Months::new(months.unsigned_abs() as u32))
            }?;
            Some(DateValue::day(shifted + Duration::days(days)))
        }
        DateExpr::Window { months, days } => window(months, days, published?),
        DateExpr::DaySpan { from, to } => {
            let p = published?;
            Some(DateValue::Resolved {
                from: p + Duration::days(from),
                to: p + Duration::days(to),
                grain: Grain::Day,
            })
        }
        DateExpr::MonthDays { offset, from, to } => {
            let p = published?;
            let months = p.year() as i64 * 12 + p.month0() as i64 + offset;
            let (y, m) = (
                months.div_euclid(12) as i32,
                months.rem_euclid(12) as u32 + 1,
            );
            Some(DateValue::Resolved {
                from: NaiveDate::from_ymd_opt(y, m, from)?,
                to: NaiveDate::from_ymd_opt(y, m, to)?,
                grain: Grain::Day,
            })
        }
        DateExpr::Weekend { offset } => {
            let p = published?;
            let saturday = p - Duration::days(p.weekday().num_days_from_monday() as i64)
                + Duration::days(5)
                + Duration::weeks(offset);
            Some(DateValue::Resolved {
                from: saturday,
                to: saturday + Duration::days(1),
                grain: Grain::Day,
            })
        }
        DateExpr::Period { unit, offset } => {
            let p = published?;
            match unit {
                PeriodUnit::Year => DateValue::year(p.year() + offset as i32),
                PeriodUnit::Month => {
                    let months = p.year() as i64 * 12 + p.month0() as i64 + offset;
                    DateValue::month(
                        months.div_euclid(12) as i32,
                        months.rem_euclid(12) as u32 + 1,
                    )
                }
                PeriodUnit::Week => {
                    let monday = p - Duration::days(p.weekday().num_days_from_monday() as i64)
                        + Duration::weeks(offset);
                    Some(DateValue::Resolved {
                        from: monday,
                        to: monday + Duration::days(6),
                        grain: Grain::Week,
                    })
                }
            }
        }
    }
}

/// "les 3 dernières semaines" published on 7 November: 17 October to 6
/// November; "les dix derniers mois" in February: April to January, whole
/// months; "les 3 prochains jours": the three days after publication.
fn window(months: i64, days: i64, p: NaiveDate) -> Option<DateValue> {
    let (from, to) = if months != 0 {
        let first = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
        let shift = |n: i64| {
            if n >= 0 {
                first.checked_add_months(chrono::Months::new(n as u32))
            } else {
                first.checked_sub_months(chrono::Months::new(n.unsigned_abs() as u32))
            }
        };
        if months < 0 {
            (shift(months)?, first.pred_opt()?)
        } else {
            (shift(1)?, shift(months + 1)?.pred_opt()?)
        }
    } else if days < 0 {
        (p + Duration::days(days), p.pred_opt()?)
    } else {
        (p.succ_opt()?, p + Duration::days(days))
    };
    Some(DateValue::Resolved {
        from,
        to,
        grain: Grain::Day,
    })
}

/// Days in a year, a month and a week, as the duration units' factors give
/// them: the grain a "depuis N …" points at.
const YEAR_DAYS: f64 = 365.0;
const MONTH_DAYS: f64 = 28.0;
const WEEK_DAYS: f64 = 7.0;

/// The start a duration since then points to: "depuis huit ans" in an
/// article published in 2020 is 2012, at the grain of the unit (year,
/// month, week, day). `days_per_unit` is the unit's factor to days; `None`
/// for units finer than a day or counts that are not whole.
pub fn since_duration(n: f64, days_per_unit: f64, published: NaiveDate) -> Option<DateValue> {
    if n < 0.0 || n.fract() != 0.0 || n > 10_000.0 || days_per_unit < 1.0 {
        return None;
    }
    let n = n as i64;
    if days_per_unit >= YEAR_DAYS {
        DateValue::year(published.year() - n as i32)
    } else if days_per_unit >= MONTH_DAYS {
        let months = published.year() as i64 * 12 + published.month0() as i64 - n;
        DateValue::month(
            months.div_euclid(12) as i32,
            months.rem_euclid(12) as u32 + 1,
        )
    } else if days_per_unit >= WEEK_DAYS {
        let day = published - Duration::days(n * 7);
        let monday = day - Duration::days(day.weekday().num_days_from_monday() as i64);
        Some(DateValue::Resolved {
            from: monday,
            to: monday + Duration::days(6),
            grain: Grain::Week,
        })
    } else {
        Some(DateValue::day(published - Duration::days(n)))
    }
}

/// The day a holiday falls on in `year`.
pub fn holiday_in(rule: HolidayRule, year: i32) -> Option<NaiveDate> {
    match rule {
        HolidayRule::Fixed((m, d)) => NaiveDate::from_ymd_opt(year, m, d),
        HolidayRule::NthWeekday {
            month,
            weekday,
            nth,
        } => {
            let wd = weekday_of(weekday)?;
            let nth = u8::try_from(nth.unsigned_abs()).ok()?;
            if nth == 0 {
                return None;
            }
            if rule_is_last(rule) {
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)?
                };
                let mut d = next.pred_opt()?;
                while d.weekday() != wd {
                    d = d.pred_opt()?;
                }
                Some(d)
            } else {
                NaiveDate::from_weekday_of_month_opt(year, month, wd, nth)
            }
        }
        HolidayRule::Easter(offset) => Some(easter(year)? + Duration::days(offset)),
    }
}

fn rule_is_last(rule: HolidayRule) -> bool {
    matches!(rule, HolidayRule::NthWeekday { nth, .. } if nth < 0)
}

/// Easter Sunday (Gregorian calendar, the anonymous "Meeus/Jones/Butcher" rule).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The grammar's weekday numbers run from 1 (Monday) to 7 (Sunday).
/// The day `d` of month `m` falling on weekday `w` in the year before, of
/// or after the publication date, the nearest to it.
fn weekday_year(p: NaiveDate, m: u32, d: u32, w: u32) -> Option<NaiveDate> {
    let w = weekday_of(w)?;
    (p.year() - 1..=p.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .filter(|date| date.weekday() == w)
        .min_by_key(|date| (*date - p).num_days().abs())
}

pub fn weekday_of(n: u32) -> Option<Weekday> {
    Weekday::try_from(u8::try_from(n.checked_sub(1)?).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn cal(year: Option<i32>, month: u32, day: Option<u32>) -> DateExpr {
        DateExpr::Calendar {
            year,
            month: Some(month),
            day,
            weekday: None,
        }
    }

    #[test]
    fn yearless_dates_resolve_to_the_most_recent_occurrence() {
        let p = Some(d(2016, 3, 15));
        assert_eq!(
            resolve(&cal(None, 2, Some(27)), p, false),
            Some(DateValue::day(d(2016, 2, 27)))
        );
        assert_eq!(
            resolve(&cal(None, 9, Some(30)), p, false),
            Some(DateValue::day(d(2015, 9, 30)))
        );
        assert_eq!(
            resolve(&cal(None, 12, Some(15)), p, true),
            Some(DateValue::day(d(2016, 12, 15)))
        );
        assert_eq!(
            resolve(&cal(None, 3, Some(15)), p, false),
            Some(DateValue::day(d(2016, 3, 15)))
        );
    }

    #[test]
    fn a_weekday_picks_the_year_of_a_yearless_date() {
        // Published Thursday 18 November 2021.
        let p = Some(d(2021, 11, 18));
        let with_weekday = |month: u32, day: u32, weekday: u32| DateExpr::Calendar {
            year: None,
            month: Some(month),
            day: Some(day),
            weekday: Some(weekday),
        };
        let cases = [
            // "le jeudi 2 décembre": 2 December 2021 is a Thursday.
            (with_weekday(12, 2, 4), d(2021, 12, 2)),
            // "le mercredi 2 décembre": 2 December 2020 is a Wednesday.
            (with_weekday(12, 2, 3), d(2020, 12, 2)),
            // "le mardi 2 décembre": no year near fits; the most recent one.
            (with_weekday(12, 2, 2), d(2020, 12, 2)),
        ];
        for (expr, want) in cases {
            assert_eq!(
                resolve(&expr, p, false),
                Some(DateValue::day(want)),
                "{expr:?}"
            );
        }
    }

    #[test]
    fn without_publication_date_dates_stay_partial() {
        assert_eq!(
            resolve(&cal(None, 2, Some(27)), None, false),
            Some(DateValue::Partial {
                grain: Grain::Day,
                month: Some(2),
                day: Some(27)
            })
        );
        assert_eq!(resolve(&DateExpr::Days(-1), None, false), None);
        assert_eq!(
            resolve(
                &DateExpr::Weekday {
                    weekday: 2,
                    direction: 0
                },
                None,
                false
            ),
            None
        );
    }

    #[test]
    fn durations_since_point_to_their_start() {
        let p = d(2020, 2, 17);
        let cases: [(f64, f64, Option<DateValue>); 7] = [
            // "depuis huit ans"
            (8.0, 365.25, DateValue::year(2012)),
            // "depuis trois mois"
            (3.0, 30.44, DateValue::month(2019, 11)),
            // "depuis deux mois"
            (2.0, 30.44, DateValue::month(2019, 12)),
            // "depuis dix jours"
            (10.0, 1.0, Some(DateValue::day(d(2020, 2, 7)))),
            // "depuis deux semaines": the week of 3 February
            (
                2.0,
                7.0,
                Some(DateValue::Resolved {
                    from: d(2020, 2, 3),
                    to: d(2020, 2, 9),
                    grain: Grain::Week,
                }),
            ),
            // "depuis 48 heures": finer than a day
            (48.0, 1.0 / 24.0, None),
            // "depuis deux ans et demi": not whole
            (2.5, 365.25, None),
        ];
        for (n, factor, want) in cases {
            assert_eq!(since_duration(n, factor, p), want, "{n} × {factor}");
        }
    }

    #[test]
    fn days_alone_weeks_and_current_periods() {
        // 2016-03-15 was a Tuesday.
        let p = Some(d(2016, 3, 15));
        let day = |date: NaiveDate| Some(DateValue::day(date));
        let alone = |dd: u32, weekday: Option<u32>| DateExpr::Calendar {
            year: None,
            month: None,
            day: Some(dd),
            weekday,
        };
        let week = |from: NaiveDate| {
            Some(DateValue::Resolved {
                from,
                to: from + Duration::days(6),
                grain: Grain::Week,
            })
        };
        for (expr, forward, want) in [
            // "le 23": last month's; "le 10": this month's; forward: the next.
            (alone(23, None), false, day(d(2016, 2, 23))),
            (alone(10, None), false, day(d(2016, 3, 10))),
            (alone(10, None), true, day(d(2016, 4, 10))),
            (alone(31, None), false, day(d(2016, 1, 31))),
            // "jeudi 10": 10 March 2016 was a Thursday; "mardi 10": May 2015.
            (alone(10, Some(4)), false, day(d(2016, 3, 10))),
            (alone(10, Some(2)), false, day(d(2015, 11, 10))),
            (
                DateExpr::MonthThisYear { month: 9 },
                false,
                DateValue::month(2016, 9),
            ),
            (
                DateExpr::WeekdayOfWeek {
                    weekday: 5,
                    week: 0,
                },
                false,
                day(d(2016, 3, 18)),
            ),
            (
                DateExpr::WeekdayOfWeek {
                    weekday: 1,
                    week: -1,
                },
                false,
                day(d(2016, 3, 7)),
            ),
            // "ce week-end": Saturday 19 and Sunday 20 March 2016.
            (
                DateExpr::Weekend { offset: 0 },
                false,
                Some(DateValue::Resolved {
                    from: d(2016, 3, 19),
                    to: d(2016, 3, 20),
                    grain: Grain::Day,
                }),
            ),
            // First Monday of October 2014 is the 6th; the third of 2027 the 18th.
            (
                DateExpr::NthWeek {
                    year: Some(2014),
                    month: Some(10),
                    nth: 1,
                },
                false,
                week(d(2014, 10, 6)),
            ),
            (
                DateExpr::NthWeek {
                    year: Some(2027),
                    month: None,
                    nth: 3,
                },
                false,
                week(d(2027, 1, 18)),
            ),
            // The last whole week of September 2014 starts on the 22nd.
            (
                DateExpr::NthWeek {
                    year: Some(2014),
                    month: Some(9),
                    nth: -1,
                },
                false,
                week(d(2014, 9, 22)),
            ),
        ] {
            assert_eq!(resolve(&expr, p, forward), want, "{expr:?}");
        }
    }

    #[test]
    fn holidays_table() {
        for (rule, year, expect) in [
            (HolidayRule::Fixed((12, 25)), 2015, d(2015, 12, 25)),
            (HolidayRule::Easter(0), 2016, d(2016, 3, 27)),
            (HolidayRule::Easter(0), 2024, d(2024, 3, 31)),
            (HolidayRule::Easter(39), 2016, d(2016, 5, 5)),
            (
                HolidayRule::NthWeekday {
                    month: 11,
                    weekday: 4,
                    nth: 4,
                },
                2016,
                d(2016, 11, 24),
            ),
            (
                HolidayRule::NthWeekday {
                    month: 5,
                    weekday: 7,
                    nth: -1,
                },
                2016,
                d(2016, 5, 29),
            ),
        ] {
            assert_eq!(holiday_in(rule, year), Some(expect), "{rule:?} {year}");
        }
    }

    /// The days from `from` to `to`, as resolved.
    fn span(from: NaiveDate, to: NaiveDate) -> Option<DateValue> {
        Some(DateValue::Resolved {
            from,
            to,
            grain: Grain::Day,
        })
    }

    #[test]
    fn windows_before_and_after_publication() {
        let p = Some(d(2016, 11, 7));
        let w = |months, days| resolve(&DateExpr::Window { months, days }, p, false);
        // "les 3 dernières semaines", "les 3 prochaines semaines".
        assert_eq!(w(0, -21), span(d(2016, 10, 17), d(2016, 11, 6)));
        assert_eq!(w(0, 21), span(d(2016, 11, 8), d(2016, 11, 28)));
        // "les dix derniers mois", "les deux prochains mois".
        assert_eq!(w(-10, 0), span(d(2016, 1, 1), d(2016, 10, 31)));
        assert_eq!(w(2, 0), span(d(2016, 12, 1), d(2017, 1, 31)));
    }

    #[test]
    fn days_of_a_relative_month_and_relative_day_spans() {
        // Published Monday 7 November 2016.
        let p = Some(d(2016, 11, 7));
        let md = |offset, from, to| resolve(&DateExpr::MonthDays { offset, from, to }, p, false);
        // "du 4 au 23 du mois prochain", "du 4 au 22 de ce mois".
        assert_eq!(md(1, 4, 23), span(d(2016, 12, 4), d(2016, 12, 23)));
        assert_eq!(md(0, 4, 22), span(d(2016, 11, 4), d(2016, 11, 22)));
        // "du 1er au 31 du mois dernier": October has 31 days.
        assert_eq!(md(-1, 1, 31), span(d(2016, 10, 1), d(2016, 10, 31)));
        // "d'aujourd'hui à demain".
        let ds = resolve(&DateExpr::DaySpan { from: 0, to: 1 }, p, false);
        assert_eq!(ds, span(d(2016, 11, 7), d(2016, 11, 8)));
        // "29/2-1/3" read in November 2016: the last leap year, 2016.
        let leap = DateExpr::Span {
            year: None,
            from: (2, 29),
            to: (3, 1),
            grain: Grain::Day,
        };
        assert_eq!(
            resolve(&leap, p, false),
            span(d(2016, 2, 29), d(2016, 3, 1))
        );
        // Read in 2017: still 2016; ahead, 2020.
        let p17 = Some(d(2017, 5, 1));
        assert_eq!(
            resolve(&leap, p17, false),
            span(d(2016, 2, 29), d(2016, 3, 1))
        );
        assert_eq!(
            resolve(&leap, p17, true),
            span(d(2020, 2, 29), d(2020, 3, 1))
        );
    }

    #[test]
    fn weekends() {
        // Published Monday 7 November 2016.
        let p = Some(d(2016, 11, 7));
        let we = |offset| resolve(&DateExpr::Weekend { offset }, p, false);
        let span = |a, b| {
            Some(DateValue::Resolved {
                from: a,
                to: b,
                grain: Grain::Day,
            })
        };
        assert_eq!(we(0), span(d(2016, 11, 12), d(2016, 11, 13)));
        assert_eq!(we(-1), span(d(2016, 11, 5), d(2016, 11, 6)));
    }

    #[test]
    fn a_day_of_the_month_alone() {
        let day = |n, p| {
            resolve(
                &DateExpr::Calendar {
                    year: None,
                    month: None,
                    day: Some(n),
                    weekday: None,
                },
                Some(p),
                false,
            )
        };
        assert_eq!(
            day(17, d(2016, 11, 7)),
            Some(DateValue::day(d(2016, 10, 17)))
        );
        assert_eq!(day(5, d(2016, 11, 7)), Some(DateValue::day(d(2016, 11, 5))));
    }

    #[test]
    fn weekdays_and_relative_days() {
        // 2016-03-15 was a Tuesday.
        let p = Some(d(2016, 3, 15));
        let wd = |weekday, direction| resolve(&DateExpr::Weekday { weekday, direction }, p, false);
        assert_eq!(wd(2, 0), Some(DateValue::day(d(2016, 3, 15))));
        assert_eq!(wd(1, 0), Some(DateValue::day(d(2016, 3, 14))));
        assert_eq!(wd(2, -1), Some(DateValue::day(d(2016, 3, 8))));
        assert_eq!(wd(1, 1), Some(DateValue::day(d(2016, 3, 21))));
        assert_eq!(
            resolve(&DateExpr::Days(-1), p, false),
            Some(DateValue::day(d(2016, 3, 14)))
        );
        assert_eq!(
            resolve(
                &DateExpr::Period {
                    unit: PeriodUnit::Year,
                    offset: -1
                },
                p,
                false
            ),
            DateValue::year(2015)
        );
    }
}
