//! Values as a careful reader understands them: numbers are intervals with
//! the meaning of their approximation marker, dates are intervals of days
//! with a grain, partial dates keep only what they state.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// An inclusive interval of numbers; `None` is unbounded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl Interval {
    pub fn exact(v: f64) -> Interval {
        Interval {
            min: Some(v),
            max: Some(v),
        }
    }

    pub fn range(min: f64, max: f64) -> Interval {
        Interval {
            min: Some(min.min(max)),
            max: Some(min.max(max)),
        }
    }

    /// The single value of an exact interval.
    pub fn point(&self) -> Option<f64> {
        match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => Some(a),
            _ => None,
        }
    }

    /// The interval grown by `by` on either side.
    pub fn widen(&self, by: f64) -> Interval {
        Interval {
            min: self.min.map(|v| v - by),
            max: self.max.map(|v| v + by),
        }
    }

    pub fn scale(&self, k: f64) -> Interval {
        Interval {
            min: self.min.map(|v| v * k),
            max: self.max.map(|v| v * k),
        }
    }

    /// Do the two intervals share at least one value?
    pub fn overlaps(&self, other: &Interval) -> bool {
        let lo = max_opt(self.min, other.min);
        let hi = min_opt(self.max, other.max);
        match (lo, hi) {
            (Some(lo), Some(hi)) => lo <= hi + hi.abs() * 1e-12,
            _ => true,
        }
    }

    /// Relative gap between two disjoint intervals (0 when they overlap).
    pub fn relative_gap(&self, other: &Interval) -> f64 {
        if self.overlaps(other) {
            return 0.0;
        }
        let (lo, hi) = if self.max.zip(other.min).is_some_and(|(a, b)| a < b) {
            (self.max, other.min)
        } else {
            (other.max, self.min)
        };
        match (lo, hi) {
            (Some(lo), Some(hi)) => (hi - lo) / hi.abs().max(lo.abs()).max(1e-9),
            _ => 0.0,
        }
    }
}

fn max_opt(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (x, None) | (None, x) => x,
    }
}

fn min_opt(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (x, None) | (None, x) => x,
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => write!(f, "{}", num(a)),
            (Some(a), Some(b)) => write!(f, "[{}, {}]", num(a), num(b)),
            (Some(a), None) => write!(f, "[{}, ∞)", num(a)),
            (None, Some(b)) => write!(f, "(-∞, {}]", num(b)),
            (None, None) => write!(f, "(-∞, ∞)"),
        }
    }
}

/// Formats a number without a trailing `.0`, with thin grouping for readability.
pub fn num(v: f64) -> String {
    let v = tidy(v);
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let s = format!("{}", v.abs() as i64);
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        if v < 0.0 {
            format!("-{out}")
        } else {
            out
        }
    } else {
        format!("{v}")
    }
}

/// Rounds away floating-point noise (440.00000000000006 → 440,
/// 4 099 999.9999999995 → 4 100 000), keeping 13 significant digits: every
/// integer up to 10¹² stays exact.
pub fn tidy(x: f64) -> f64 {
    format!("{x:.12e}").parse().unwrap_or(x)
}

/// The meaning of an approximation marker, as in the output contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Approx {
    #[default]
    Exact,
    About,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Range,
    Vague,
}

impl Approx {
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::About => "about",
            Approx::AtLeast => "at_least",
            Approx::MoreThan => "more_than",
            Approx::AtMost => "at_most",
            Approx::LessThan => "less_than",
            Approx::Range => "range",
            Approx::Vague => "vague",
        }
    }

    pub fn parse(s: &str) -> Option<Approx> {
        Some(match s {
            "exact" => Approx::Exact,
            "about" => Approx::About,
            "at_least" => Approx::AtLeast,
            "more_than" => Approx::MoreThan,
            "at_most" => Approx::AtMost,
            "less_than" => Approx::LessThan,
            "range" => Approx::Range,
            "vague" => Approx::Vague,
            _ => return None,
        })
    }

    /// The interval a marker gives to the value `v` ("plus de 10 000" → [10000, ∞)).
    pub fn apply(self, v: f64, tolerance: f64) -> Interval {
        match self {
            Approx::AtLeast | Approx::MoreThan => Interval {
                min: Some(v),
                max: None,
            },
            Approx::AtMost | Approx::LessThan => Interval {
                min: None,
                max: Some(v),
            },
            Approx::About => {
                Interval::range(tidy(v * (1.0 - tolerance)), tidy(v * (1.0 + tolerance)))
            }
            _ => Interval::exact(v),
        }
    }
}

/// How much of the calendar a date covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
        }
    }
}

/// A date as far as the text and the publication date let us know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// A resolved interval of days, inclusive.
    Resolved {
        from: NaiveDate,
        to: NaiveDate,
        grain: Grain,
    },
    /// What the text states when the year is unknown ("le 27 février").
    Partial {
        grain: Grain,
        month: Option<u32>,
        day: Option<u32>,
    },
}

impl DateValue {
    pub fn day(d: NaiveDate) -> DateValue {
        DateValue::Resolved {
            from: d,
            to: d,
            grain: Grain::Day,
        }
    }

    pub fn month(year: i32, month: u32) -> Option<DateValue> {
        let from = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        Some(DateValue::Resolved {
            from,
            to: next.pred_opt()?,
            grain: Grain::Month,
        })
    }

    pub fn year(year: i32) -> Option<DateValue> {
        Some(DateValue::Resolved {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
            grain: Grain::Year,
        })
    }

    pub fn years(first: i32, last: i32, grain: Grain) -> Option<DateValue> {
        Some(DateValue::Resolved {
            from: NaiveDate::from_ymd_opt(first, 1, 1)?,
            to: NaiveDate::from_ymd_opt(last, 12, 31)?,
            grain,
        })
    }

    pub fn grain(&self) -> Grain {
        match *self {
            DateValue::Resolved { grain, .. } | DateValue::Partial { grain, .. } => grain,
        }
    }

    /// Can both dates hold at once? `None` when they state nothing in common.
    pub fn compatible(&self, other: &DateValue) -> Option<bool> {
        use DateValue::*;
        match (*self, *other) {
            (Resolved { from: a, to: b, .. }, Resolved { from: c, to: d, .. }) => {
                Some(a <= d && c <= b)
            }
            (Partial { month, day, .. }, Resolved { from, to, .. })
            | (Resolved { from, to, .. }, Partial { month, day, .. }) => {
                // Compare only what the partial date states, and only against a
                // resolved date fine enough to state it too.
                if from.month() != to.month() || from.year() != to.year() {
                    return None;
                }
                let month_ok = month.is_none_or(|m| m == from.month());
                match day {
                    Some(d) if from == to => Some(month_ok && d == from.day()),
                    Some(_) => None,
                    None => Some(month_ok),
                }
            }
            (
                Partial {
                    month: m1, day: d1, ..
                },
                Partial {
                    month: m2, day: d2, ..
                },
            ) => match (m1.zip(m2), d1.zip(d2)) {
                (Some((a, b)), Some((c, d))) => Some(a == b && c == d),
                (Some((a, b)), None) => Some(a == b),
                _ => None,
            },
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateValue::Resolved { from, to, grain } => match grain {
                Grain::Day if from == to => write!(f, "{from}"),
                Grain::Month => write!(f, "{}", from.format("%Y-%m")),
                Grain::Year => write!(f, "{}", from.year()),
                _ => write!(f, "{from}..{to}"),
            },
            DateValue::Partial { month, day, .. } => match (month, day) {
                (Some(m), Some(d)) => write!(f, "????-{m:02}-{d:02}"),
                (Some(m), None) => write!(f, "????-{m:02}"),
                _ => write!(f, "????"),
            },
        }
    }
}

/// How finely a time of day is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeGrain {
    Hour,
    Minute,
    Second,
    /// "le matin", "ce soir": a part of the day as the grammar bounds it.
    PartOfDay,
}

impl TimeGrain {
    pub fn as_str(self) -> &'static str {
        match self {
            TimeGrain::Hour => "hour",
            TimeGrain::Minute => "minute",
            TimeGrain::Second => "second",
            TimeGrain::PartOfDay => "part_of_day",
        }
    }

    /// Length of one unit of the grain, in seconds.
    pub fn seconds(self) -> u32 {
        match self {
            TimeGrain::Hour => 3600,
            TimeGrain::Minute => 60,
            TimeGrain::Second | TimeGrain::PartOfDay => 1,
        }
    }
}

/// A time of day or a span of one, in seconds since midnight, the end
/// exclusive: "15h30" is [15:30, 15:31), "de 14h à 16h" [14:00, 16:00),
/// "ce soir" the evening as the grammar bounds it. It refines the day of the
/// mention's date (or stands alone); the check layer compares the date part
/// only and carries the time for display. `to` may pass midnight (up to 48 h)
/// when a span runs into the next day ("de 22h à 2h").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeSpan {
    pub from: u32,
    pub to: u32,
    pub grain: TimeGrain,
}

/// A span of time counted in seconds from the moment of publication, the
/// end exclusive: "les 13 dernières minutes" is [-780, 0), "dans les 2h"
/// [0, 7200). Articles carry a publication day, not a time, so it stays
/// relative; a caller that knows "now" (the evaluation's `ref`) resolves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NowSpan {
    pub from: i64,
    pub to: i64,
}

impl TimeSpan {
    /// "HH:MM:SS" of a number of seconds since midnight (hours may pass 24).
    pub fn clock(secs: u32) -> String {
        format!(
            "{:02}:{:02}:{:02}",
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )
    }
}

impl fmt::Display for TimeSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let short = |s: u32| format!("{:02}:{:02}", s / 3600, s % 3600 / 60);
        if self.to == self.from + self.grain.seconds() && self.grain != TimeGrain::PartOfDay {
            write!(f, "{}", short(self.from))
        } else {
            write!(f, "{}–{}", short(self.from), short(self.to))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn interval_overlap_and_gap() {
        let more = Approx::MoreThan.apply(10_000.0, 0.0);
        assert!(more.overlaps(&Interval::exact(10_500.0)));
        assert!(!more.overlaps(&Interval::exact(9_000.0)));
        let a = Interval::exact(300.0);
        let b = Interval::exact(310.0);
        assert!(!a.overlaps(&b));
        assert!((a.relative_gap(&b) - 10.0 / 310.0).abs() < 1e-9);
        assert!(Approx::About.apply(300.0, 0.1).overlaps(&b));
    }

    #[test]
    fn dates_year_against_day() {
        let y2015 = DateValue::year(2015).unwrap();
        assert_eq!(
            y2015.compatible(&DateValue::day(d(2016, 9, 30))),
            Some(false)
        );
        assert_eq!(
            y2015.compatible(&DateValue::day(d(2015, 9, 30))),
            Some(true)
        );
    }

    #[test]
    fn partial_dates_compare_only_what_they_state() {
        let feb27 = DateValue::Partial {
            grain: Grain::Day,
            month: Some(2),
            day: Some(27),
        };
        assert_eq!(feb27.compatible(&feb27), Some(true));
        assert_eq!(feb27.compatible(&DateValue::year(2015).unwrap()), None);
        assert_eq!(
            feb27.compatible(&DateValue::day(d(2016, 2, 27))),
            Some(true)
        );
        assert_eq!(
            feb27.compatible(&DateValue::day(d(2016, 2, 28))),
            Some(false)
        );
    }

    #[test]
    fn num_groups_thousands() {
        assert_eq!(num(10000.0), "10 000");
        assert_eq!(num(2.5), "2.5");
        assert_eq!(num(400.0), "400");
        // 4,1 × 10⁶ in binary floating point is 4 099 999.999999999…
        assert_eq!(num(4.1 * 1_000_000.0), "4 100 000");
        assert_eq!(num(10_000_000_061.0), "10 000 000 061");
        assert_eq!(num(999_999_999_999.0), "999 999 999 999");
    }
}

/// What a mention is, as in the output contract's `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionKind {
    Number,
    Ordinal,
    Quantity,
    Percent,
    Money,
    Date,
    Duration,
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Number => "number",
            MentionKind::Ordinal => "ordinal",
            MentionKind::Quantity => "quantity",
            MentionKind::Percent => "percent",
            MentionKind::Money => "money",
            MentionKind::Date => "date",
            MentionKind::Duration => "duration",
        }
    }

    pub fn parse(s: &str) -> Option<MentionKind> {
        Some(match s {
            "number" => MentionKind::Number,
            "ordinal" => MentionKind::Ordinal,
            "quantity" => MentionKind::Quantity,
            "percent" => MentionKind::Percent,
            "money" => MentionKind::Money,
            "date" => MentionKind::Date,
            "duration" => MentionKind::Duration,
            _ => return None,
        })
    }
}

/// How a lead word relates a date or duration to the claim ("depuis" = since).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Relation {
    #[default]
    At,
    Since,
    From,
    Until,
    Within,
    During,
    Ago,
    /// "dans trois jours": so long after publication.
    Ahead,
    Past,
    After,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::At => "at",
            Relation::Since => "since",
            Relation::From => "from",
            Relation::Until => "until",
            Relation::Within => "within",
            Relation::During => "during",
            Relation::Ago => "ago",
            Relation::Ahead => "ahead",
            Relation::Past => "past",
            Relation::After => "after",
        }
    }

    pub fn parse(s: &str) -> Option<Relation> {
        Some(match s {
            "at" => Relation::At,
            "since" => Relation::Since,
            "from" => Relation::From,
            "until" => Relation::Until,
            "within" => Relation::Within,
            "during" => Relation::During,
            "ago" => Relation::Ago,
            "ahead" => Relation::Ahead,
            "past" => Relation::Past,
            "after" => Relation::After,
            _ => return None,
        })
    }
}

/// What a relative ordinal counts from: "le dernier" from the end of a
/// series, "le suivant" from the current item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelativeTo {
    End,
    Current,
}

impl RelativeTo {
    pub fn as_str(self) -> &'static str {
        match self {
            RelativeTo::End => "end",
            RelativeTo::Current => "current",
        }
    }

    pub fn parse(s: &str) -> Option<RelativeTo> {
        match s {
            "end" => Some(RelativeTo::End),
            "current" => Some(RelativeTo::Current),
            _ => None,
        }
    }
}

/// A position stated relative to another, not as a number: "l'avant-dernier"
/// is the end − 1, "la suivante" the current + 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RelativeOrdinal {
    pub to: RelativeTo,
    pub offset: i64,
}
