//! The extractor scored on external test cases with `recoupe eval`.
//!
//! - `eval_harness_scores_a_sample` checks the scorer itself on hand-written
//!   cases (right, wrong, false mention, unscorable).
//! - `eval_numbers` and `eval_dates` score `../shared/eval/fr` when it sits
//!   beside the repository. Issue 3 asks for 97 % on numbers, ordinals,
//!   percentages, money and units, and no more than 2 % false mentions (met:
//!   enforced whenever the cases are there); issue 4 for 90 % on dates,
//!   intervals and durations (met: enforced likewise).

use recoupe::eval::{load_cases, load_exclusions, score, Exclusions};
use recoupe::grammar::Grammar;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn eval_harness_scores_a_sample() {
    let g = Grammar::builtin().unwrap();
    let cases = load_cases(&[root().join("tests/data/eval-sample.jsonl")]).unwrap();
    let s = score(&cases, &g, &Exclusions::default());
    assert_eq!(s.skipped_unscorable, 1, "the unverified case is not scored");
    assert_eq!(s.none_cases, 1);
    assert_eq!(s.false_mentions, 0);
    let number = &s.by_kind["number"];
    assert_eq!((number.correct, number.cases), (1, 2), "12 is not 13");
    assert_eq!(
        (s.by_kind["money"].correct, s.by_kind["date"].correct),
        (1, 1)
    );
    assert_eq!(s.failures.len(), 1);
}

fn external(files: &[&str], kinds: &[&str]) -> Option<(f64, f64)> {
    let dir = root().join("../shared/eval/fr");
    if !dir.is_dir() {
        return None;
    }
    let g = Grammar::builtin().unwrap();
    let paths: Vec<PathBuf> = files.iter().map(|f| dir.join(f)).collect();
    let cases = load_cases(&paths).unwrap();
    let exclusions =
        load_exclusions(Path::new(&root().join("tests/eval-exclusions.toml"))).unwrap();
    let s = score(&cases, &g, &exclusions);
    let mut out = Vec::new();
    recoupe::eval::render(&s, 0, &mut out).unwrap();
    eprintln!("{}", String::from_utf8_lossy(&out));
    let false_rate = s.false_mentions as f64 / s.none_cases.max(1) as f64;
    Some((s.accuracy(kinds), false_rate))
}

#[test]
fn eval_numbers() {
    let files = [
        "rt_number.jsonl",
        "rt_number_range.jsonl",
        "rt_ordinal.jsonl",
        "rt_percent.jsonl",
        "rt_currency.jsonl",
        "rt_dimension.jsonl",
        "rt_temperature.jsonl",
        "rt_age.jsonl",
    ];
    let kinds = [
        "number",
        "range",
        "ordinal",
        "percent",
        "money",
        "quantity",
        "distance",
        "temperature",
        "age",
    ];
    let Some((accuracy, false_rate)) = external(&files, &kinds) else {
        return;
    };
    assert!(accuracy >= 0.97, "accuracy {accuracy:.3}");
    assert!(false_rate <= 0.02, "false mentions {false_rate:.3}");
}

#[test]
fn eval_dates() {
    let files = [
        "rt_date_parser.jsonl",
        "rt_date_period_parser.jsonl",
        "rt_datetime_model.jsonl",
        "rt_duration_parser.jsonl",
        "rt_holiday_parser.jsonl",
    ];
    let Some((accuracy, _)) = external(&files, &["date", "interval", "duration"]) else {
        return;
    };
    assert!(accuracy >= 0.90, "accuracy {accuracy:.3}");
}
