//! Scoring the extractor on external test cases in the JSON Lines format of
//! `../shared/eval/README.md`: each case is a text, the span of the mention
//! it expects and the normalised value. A user tuning a grammar runs
//! `recoupe eval CASES.jsonl…` and reads the accuracy per kind and the failures.

use crate::claim::{self, Attached};
use crate::corpus;
use crate::grammar::Grammar;
use crate::text;
use crate::value::{tidy, Approx, DateValue, MentionKind, Relation};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Debug, Clone)]
pub struct Case {
    pub id: String,
    pub source: String,
    pub kind: String,
    pub text: String,
    pub span: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub expect: Option<Value>,
    #[serde(default)]
    pub flags: Vec<String>,
}

impl Case {
    /// Cases whose expected value was never machine-checked, or that only give a span.
    pub fn scorable(&self) -> bool {
        !self
            .flags
            .iter()
            .any(|f| matches!(f.as_str(), "unverified" | "span_only" | "ref_missing"))
    }

    /// Does a mention belong to the family this case's source tests? A case
    /// that expects no number may well hold a quantity ("180ml" is not a
    /// number but a volume).
    fn family(&self, m: &crate::extract::Mention, g: &Grammar) -> bool {
        let dimension = m.unit.map(|u| g.units[u].dimension.as_str()).unwrap_or("");
        let s = self.source.as_str();
        if s.contains("/DateTime/") {
            matches!(m.kind, MentionKind::Date | MentionKind::Duration)
        } else if s.ends_with("PercentModel") {
            m.kind == MentionKind::Percent
        } else if s.ends_with("CurrencyModel") {
            m.kind == MentionKind::Money
        } else if s.ends_with("TemperatureModel") {
            dimension.starts_with("temperature")
        } else if s.ends_with("DimensionModel") {
            m.kind == MentionKind::Quantity
                && m.unit.is_some()
                && !dimension.starts_with("temperature")
        } else if s.ends_with("AgeModel") {
            m.kind == MentionKind::Duration
        } else {
            matches!(m.kind, MentionKind::Number | MentionKind::Ordinal)
        }
    }
}

/// Cases a maintainer judged out of scope, with the reason; still failures.
#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct Exclusions {
    #[serde(default)]
    pub exclude: Vec<Exclusion>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Exclusion {
    pub id: String,
    pub reason: String,
}

/// What happened to one case.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Correct,
    /// A mention was found at the span with another value.
    Wrong {
        found: String,
        got: String,
    },
    /// No mention at the expected span.
    Missed,
    /// A case that expects nothing got a mention.
    FalseMention {
        found: String,
    },
    /// An expected nothing, and nothing was found.
    CorrectNone,
}

#[derive(Debug, Default)]
pub struct KindScore {
    pub cases: usize,
    pub correct: usize,
}

#[derive(Debug, Default)]
pub struct Score {
    pub by_kind: BTreeMap<String, KindScore>,
    pub none_cases: usize,
    pub false_mentions: usize,
    pub excluded: usize,
    pub skipped_unscorable: usize,
    pub failures: Vec<(Case, Verdict, Option<String>)>,
}

impl Score {
    pub fn total(&self) -> (usize, usize) {
        self.by_kind
            .values()
            .fold((0, 0), |(c, n), k| (c + k.correct, n + k.cases))
    }

    /// Accuracy over the given kinds.
    pub fn accuracy(&self, kinds: &[&str]) -> f64 {
        let (c, n) = self
            .by_kind
            .iter()
            .filter(|(k, _)| kinds.contains(&k.as_str()))
            .fold((0, 0), |(c, n), (_, s)| (c + s.correct, n + s.cases));
        c as f64 / n.max(1) as f64
    }
}

pub fn load_cases(paths: &[PathBuf]) -> crate::Result<Vec<Case>> {
    let mut cases = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path).map_err(|source| crate::Error::Io {
            path: path.clone(),
            source,
        })?;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let case: Case = serde_json::from_str(line).map_err(|e| crate::Error::InputFormat {
                path: path.clone(),
                line: Some(n + 1),
                column: Some(e.column()),
                message: format!("not an evaluation case: {e}"),
            })?;
            cases.push(case);
        }
    }
    Ok(cases)
}

pub fn load_exclusions(path: &Path) -> crate::Result<Exclusions> {
    let text = std::fs::read_to_string(path).map_err(|source| crate::Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    toml::from_str(&text).map_err(|e| crate::Error::input(path, e.message()))
}

/// Byte offset of the `n`th character of `s`.
fn byte_of(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

/// Runs the pipeline on one case's text, with `ref` as the publication date.
fn analyse(case: &Case, g: &Grammar) -> Option<(corpus::Article, Attached)> {
    let published = case
        .reference
        .as_deref()
        .and_then(|r| NaiveDate::parse_from_str(r.get(..10)?, "%Y-%m-%d").ok());
    let article = corpus::article(
        Path::new(&case.id),
        case.text.clone().into_bytes(),
        published,
    )
    .ok()?;
    let sentences = text::segment(&article, g);
    let attached = claim::attach(0, &article, &sentences, g);
    Some((article, attached))
}

pub fn score(cases: &[Case], g: &Grammar, exclusions: &Exclusions) -> Score {
    let mut s = Score::default();
    for case in cases {
        if !case.scorable() {
            s.skipped_unscorable += 1;
            continue;
        }
        let excluded = exclusions
            .exclude
            .iter()
            .find(|e| e.id == case.id)
            .map(|e| e.reason.clone());
        if excluded.is_some() {
            s.excluded += 1;
        }
        let verdict = judge(case, g);
        if case.kind == "none" {
            s.none_cases += 1;
            if verdict != Verdict::CorrectNone {
                s.false_mentions += 1;
                s.failures.push((case.clone(), verdict, excluded));
            }
            continue;
        }
        let entry = s.by_kind.entry(case.kind.clone()).or_default();
        entry.cases += 1;
        // Excluded cases count as failures all the same.
        if verdict == Verdict::Correct && excluded.is_none() {
            entry.correct += 1;
        } else {
            s.failures.push((case.clone(), verdict, excluded));
        }
    }
    s
}

/// Judges one case.
pub fn judge(case: &Case, g: &Grammar) -> Verdict {
    let Some((article, attached)) = analyse(case, g) else {
        return if case.kind == "none" {
            Verdict::CorrectNone
        } else {
            Verdict::Missed
        };
    };
    if case.kind == "none" {
        return match attached.mentions.iter().find(|m| case.family(m, g)) {
            Some(m) => Verdict::FalseMention {
                found: m.span.of(&article.text).to_string(),
            },
            None => Verdict::CorrectNone,
        };
    }
    let (Some(start), Some(end)) = (case.start, case.end) else {
        return Verdict::Missed;
    };
    let (bs, be) = (byte_of(&case.text, start), byte_of(&case.text, end));
    // The mention that overlaps the expected span most.
    let best = attached
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.start < be && bs < m.span.end)
        .max_by_key(|(_, m)| m.span.end.min(be) - m.span.start.max(bs));
    let Some((i, m)) = best else {
        return Verdict::Missed;
    };
    let found = m.span.of(&article.text).to_string();
    let date = attached.dates[i];
    let got = describe(m, date, g);
    // The expected span is a strict part of the mention: one end of a range.
    let end_only = m.span.start <= bs && be <= m.span.end && be - bs < m.span.end - m.span.start;
    let expect = case.expect.clone().unwrap_or(Value::Null);
    let alternatives: Vec<Value> = match expect.get("any_of").and_then(Value::as_array) {
        Some(a) => a.clone(),
        None => vec![expect],
    };
    let now = case
        .reference
        .as_deref()
        .and_then(|r| chrono::NaiveDateTime::parse_from_str(r, "%Y-%m-%dT%H:%M:%S").ok());
    if alternatives.iter().any(|e| {
        matches_expect(&case.kind, e, m, date, g, end_only)
            || m.from_now.is_some_and(|w| now_matches(e, w, now))
    }) {
        Verdict::Correct
    } else {
        Verdict::Wrong { found, got }
    }
}

fn describe(m: &crate::extract::Mention, date: Option<DateValue>, g: &Grammar) -> String {
    let unit = m.unit.map(|u| g.units[u].id.as_str()).unwrap_or("");
    match (date, m.value) {
        (Some(d), _) => format!("{} {d:?}", m.kind.as_str()),
        (None, Some(v)) => format!("{} {v} {} {unit}", m.kind.as_str(), m.approx.as_str()),
        _ => format!("{} (no value)", m.kind.as_str()),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn f(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64)
}

/// Our unit id for the evaluation's unit names.
fn unit_matches(expected: &str, ours: &str) -> bool {
    let mapped = match expected {
        "$" => "USD",
        "£" => "GBP",
        "¥" => "JPY",
        "degree" => "deg",
        other => other,
    };
    mapped == ours
}

fn matches_expect(
    kind: &str,
    e: &Value,
    m: &crate::extract::Mention,
    date: Option<DateValue>,
    g: &Grammar,
    end_only: bool,
) -> bool {
    let unit = m.unit.map(|u| g.units[u].id.as_str());
    // The number the text states: "environ 98 $" states 98, "plus de 100" 100.
    let value_is = |want: f64| {
        m.value.is_some_and(|v| match m.approx {
            Approx::About => v
                .min
                .zip(v.max)
                .is_some_and(|(a, b)| close(tidy((a + b) / 2.0), want)),
            Approx::MoreThan | Approx::AtLeast => v.min.is_some_and(|a| close(a, want)),
            Approx::LessThan | Approx::AtMost => v.max.is_some_and(|b| close(b, want)),
            _ => v
                .min
                .zip(v.max)
                .is_some_and(|(a, b)| close(a, want) && close(b, want)),
        })
    };
    let range_end_is = |want: f64| {
        m.approx == Approx::Range
            && end_only
            && m.value.is_some_and(|v| {
                v.min.is_some_and(|a| close(a, want)) || v.max.is_some_and(|b| close(b, want))
            })
    };
    match kind {
        "ordinal" if e.get("relative_to").is_some() => m.relative.is_some_and(|r| {
            e.get("relative_to").and_then(Value::as_str) == Some(r.to.as_str())
                && e.get("offset").and_then(Value::as_i64) == Some(r.offset)
        }),
        // A range "de zéro à dix", "huit à 10 pieds" holds two figures: a
        // case that expects one of them alone matches its end.
        "number" | "ordinal" | "percent" => {
            f(e, "value").is_some_and(|w| value_is(w) || range_end_is(w))
        }
        "range" => {
            let (lo, hi) = (f(e, "min"), f(e, "max"));
            m.value.is_some_and(|v| {
                let side = |want: Option<f64>, got: Option<f64>| match (want, got) {
                    (Some(w), Some(x)) => close(w, x),
                    (None, None) => true,
                    _ => false,
                };
                side(lo, v.min) && side(hi, v.max)
            })
        }
        "money" | "quantity" | "distance" | "temperature" | "age" => {
            let unit_ok = e
                .get("unit")
                .and_then(Value::as_str)
                .is_some_and(|u| unit.is_some_and(|o| unit_matches(u, o)));
            // A unit named alone ("convertir en fahrenheit") has no value.
            if e.get("value").is_some_and(Value::is_null) {
                return unit_ok && m.value.is_none();
            }
            unit_ok && f(e, "value").is_some_and(|w| value_is(w) || range_end_is(w))
        }
        "duration" => {
            let unit_ok = e
                .get("unit")
                .and_then(Value::as_str)
                .is_some_and(|u| unit == Some(u));
            // A vague amount ("quelques heures") is right when its range
            // holds the value the case settles on.
            let vague_holds = |want: f64| {
                m.approx == Approx::Vague
                    && m.value
                        .is_some_and(|v| v.overlaps(&crate::value::Interval::exact(want)))
            };
            unit_ok && f(e, "value").is_some_and(|w| value_is(w) || vague_holds(w))
        }
        "date" | "interval" | "time" if sub_day(e) => time_matches(e, m, date),
        "date" | "interval" => {
            let Some(DateValue::Resolved { from, to, .. }) = date else {
                return false;
            };
            // An open interval: "avant 2000" is {"before": "2000-01-01"}.
            if let Some(b) = e.get("before").and_then(Value::as_str) {
                return matches!(m.relation, Relation::Until | Relation::Within)
                    && b == from.to_string();
            }
            let want_from = e.get("from").and_then(Value::as_str);
            let want_to = e.get("to").and_then(Value::as_str);
            let want_excl = e.get("to_exclusive").and_then(Value::as_str);
            let from_ok = want_from == Some(from.to_string().as_str());
            let to_ok = match (want_to, want_excl) {
                (Some(t), _) => t == to.to_string(),
                (None, Some(x)) => {
                    let x = NaiveDate::parse_from_str(x, "%Y-%m-%d").ok();
                    x.is_some_and(|x| {
                        x == to || x.pred_opt() == Some(to) || x.succ_opt() == Some(to)
                    })
                }
                (None, None) => true,
            };
            from_ok && to_ok
        }
        _ => false,
    }
}

/// A span from "now" ("les 13 dernières minutes") against an expected
/// datetime span, with the case's `ref` as now.
fn now_matches(e: &Value, w: crate::value::NowSpan, now: Option<chrono::NaiveDateTime>) -> bool {
    let Some(now) = now else {
        return false;
    };
    let at = |k: &str, secs: i64, tol: i64| {
        e.get(k)
            .and_then(Value::as_str)
            .and_then(|v| chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S").ok())
            .is_some_and(|v| {
                (now + chrono::Duration::seconds(secs) - v)
                    .num_seconds()
                    .abs()
                    <= tol
            })
    };
    at("from", w.from, 0) && at("to_exclusive", w.to, 1)
}

/// Does the expected value state a time of day?
fn sub_day(e: &Value) -> bool {
    let grain = e.get("grain").and_then(Value::as_str);
    matches!(grain, Some("hour" | "minute" | "second" | "part_of_day"))
        || ["from", "before", "datetime", "time"].iter().any(|k| {
            e.get(*k)
                .and_then(Value::as_str)
                .is_some_and(|v| v.contains(':'))
        })
}

/// A time of day against the expected one: `datetime`/`time` for a point;
/// `from` and `to_exclusive` (within one grain) for a span; `before` for an
/// open one. A `time_only` (or bare "HH:MM:SS") value compares the clock
/// only; a full datetime also needs the mention's day.
fn time_matches(e: &Value, m: &crate::extract::Mention, date: Option<DateValue>) -> bool {
    let Some(t) = m.time else {
        return false;
    };
    let day = match date {
        Some(DateValue::Resolved { from, to, .. }) if from == to => Some(from),
        _ => None,
    };
    let tolerance = match e.get("grain").and_then(Value::as_str) {
        Some("hour") => 3600,
        Some("minute") => 60,
        _ => 1,
    };
    let at = |want: &str, secs: u32, tol: i64| -> bool {
        if want.contains('T') {
            let Ok(w) = chrono::NaiveDateTime::parse_from_str(want, "%Y-%m-%dT%H:%M:%S") else {
                return false;
            };
            day.and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d + chrono::Duration::seconds(secs as i64))
                .is_some_and(|ours| (ours - w).num_seconds().abs() <= tol)
        } else {
            chrono::NaiveTime::parse_from_str(want, "%H:%M:%S").is_ok_and(|w| {
                let w = chrono::Timelike::num_seconds_from_midnight(&w) as i64;
                (secs as i64 - w).abs() <= tol
            })
        }
    };
    let get = |k: &str| e.get(k).and_then(Value::as_str);
    if let Some(b) = get("before") {
        return m.relation == Relation::Until && at(b, t.from, 0);
    }
    if let Some(p) = get("datetime").or(get("time")) {
        return at(p, t.from, 0);
    }
    let Some(from) = get("from") else {
        return false;
    };
    let to_ok = match (get("to_exclusive"), get("to")) {
        (Some(x), _) => at(x, t.to, tolerance),
        (None, Some(x)) => at(x, t.to.saturating_sub(1), tolerance),
        (None, None) => true,
    };
    at(from, t.from, 0) && to_ok
}

/// Renders the score for people: accuracy per kind, then the failures.
pub fn render(s: &Score, failures: usize, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let (c, n) = s.total();
    writeln!(
        out,
        "{:<12} {:>6} {:>8} {:>9}",
        "kind", "cases", "correct", "accuracy"
    )?;
    for (kind, k) in &s.by_kind {
        writeln!(
            out,
            "{kind:<12} {:>6} {:>8} {:>8.1}%",
            k.cases,
            k.correct,
            100.0 * k.correct as f64 / k.cases.max(1) as f64
        )?;
    }
    writeln!(
        out,
        "{:<12} {n:>6} {c:>8} {:>8.1}%",
        "all",
        100.0 * c as f64 / n.max(1) as f64
    )?;
    writeln!(
        out,
        "no-mention cases: {} with {} false mention(s) ({:.1}%); {} excluded (counted as failures); {} not scorable (unverified, span_only, ref_missing)",
        s.none_cases,
        s.false_mentions,
        100.0 * s.false_mentions as f64 / s.none_cases.max(1) as f64,
        s.excluded,
        s.skipped_unscorable
    )?;
    if failures > 0 && !s.failures.is_empty() {
        writeln!(
            out,
            "\nfailures ({} shown of {}):",
            failures.min(s.failures.len()),
            s.failures.len()
        )?;
        for (case, verdict, excluded) in s.failures.iter().take(failures) {
            let expect = case
                .expect
                .as_ref()
                .map(|e| e.to_string())
                .unwrap_or_else(|| "nothing".into());
            let why = match verdict {
                Verdict::Missed => "missed".to_string(),
                Verdict::Wrong { found, got } => format!("found `{found}` = {got}"),
                Verdict::FalseMention { found } => format!("false mention `{found}`"),
                _ => String::new(),
            };
            let excl = excluded
                .as_ref()
                .map(|r| format!(" [excluded: {r}]"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {} {}: {:?} span {:?} expect {expect}: {why}{excl}",
                case.id, case.kind, case.text, case.span
            )?;
        }
    }
    Ok(())
}
