//! Every `examples` entry of every builtin grammar file is run through the
//! real extractor, so a grammar edit cannot silently break its own promise.

use recoupe::grammar::schema::Example;
use recoupe::grammar::Grammar;
use recoupe::{claim, corpus, text};
use std::path::Path;

/// `(min, max)` of a mention's value.
type Bounds = (Option<f64>, Option<f64>);

/// What the pipeline reads in an example's text: `(value, date)` of each mention.
fn read(g: &Grammar, text: &str) -> Vec<(Option<Bounds>, Option<String>)> {
    let a = corpus::article(Path::new("example.txt"), text.as_bytes().to_vec(), None)
        .expect("example text");
    let s = text::segment(&a, g);
    let attached = claim::attach(0, &a, &s, g);
    attached
        .mentions
        .iter()
        .zip(&attached.dates)
        .map(|(m, d)| (m.value.map(|v| (v.min, v.max)), d.map(|d| format!("{d:?}"))))
        .collect()
}

fn check(g: &Grammar, file: &str, id: &str, ex: &Example, failures: &mut Vec<String>) {
    let found = read(g, &ex.text);
    let fail = |what: String| {
        format!(
            "{file}: entry \"{id}\": `{}`: {what}; found {found:?}",
            ex.text
        )
    };
    let values: Vec<Bounds> = found.iter().filter_map(|(v, _)| *v).collect();
    if let Some(v) = ex.value {
        if !values.iter().any(|&(a, b)| a == Some(v) && b == Some(v)) {
            failures.push(fail(format!("expected the value {v}")));
        }
    }
    if ex.min.is_some() || ex.max.is_some() {
        let ok = values
            .iter()
            .any(|&(a, b)| (ex.min.is_none() || a == ex.min) && (ex.max.is_none() || b == ex.max));
        if !ok {
            failures.push(fail(format!("expected min {:?} max {:?}", ex.min, ex.max)));
        }
    }
    let dates: Vec<&String> = found.iter().filter_map(|(_, d)| d.as_ref()).collect();
    if let Some(date) = &ex.date {
        let want = if date.len() == 4 {
            format!("from: {date}-01-01")
        } else {
            format!("from: {date}")
        };
        if !dates.iter().any(|d| d.contains(&want)) {
            failures.push(fail(format!("expected the date {date}")));
        }
    }
    if let (Some(m), Some(d)) = (ex.month, ex.day) {
        let want = format!("month: Some({m}), day: Some({d})");
        if !dates.iter().any(|x| x.contains(&want)) {
            failures.push(fail(format!("expected month {m} day {d}")));
        }
    }
    if ex.offset.is_some() && found.is_empty() {
        failures.push(fail("expected a relative date".into()));
    }
    if found.is_empty()
        && ex.value.is_none()
        && ex.min.is_none()
        && ex.date.is_none()
        && ex.month.is_none()
        && ex.offset.is_none()
    {
        // Examples of event classes and patterns: the text must at least hold a figure.
        failures.push(fail("expected at least one figure".into()));
    }
}

#[test]
fn every_grammar_example_holds() {
    let g = Grammar::builtin().expect("builtin grammar compiles");
    let r = &g.raw;
    let mut failures = Vec::new();
    let mut count = 0;
    let mut run = |file: &str, id: &str, examples: &[Example]| {
        for ex in examples {
            count += 1;
            check(&g, file, id, ex, &mut failures);
        }
    };
    r.numbers
        .word
        .iter()
        .for_each(|w| run("numbers.toml", &w.id, &w.examples));
    r.numbers
        .suffix
        .iter()
        .for_each(|w| run("numbers.toml", &w.id, &w.examples));
    r.numbers
        .relative_ordinal
        .iter()
        .for_each(|w| run("numbers.toml", &w.id, &w.examples));
    r.approx
        .marker
        .iter()
        .for_each(|w| run("approx.toml", &w.id, &w.examples));
    r.approx
        .vague
        .iter()
        .for_each(|w| run("approx.toml", &w.id, &w.examples));
    r.approx
        .range
        .iter()
        .for_each(|w| run("approx.toml", &w.id, &w.examples));
    r.units
        .unit
        .iter()
        .for_each(|w| run("units.toml", &w.id, &w.examples));
    r.calendar
        .month
        .iter()
        .for_each(|w| run("calendar.toml", &w.id, &w.examples));
    r.calendar
        .relative_day
        .iter()
        .for_each(|w| run("calendar.toml", &w.id, &w.examples));
    r.calendar
        .lead
        .iter()
        .for_each(|w| run("calendar.toml", &w.id, &w.examples));
    r.events
        .event
        .iter()
        .for_each(|w| run("events.toml", &w.id, &w.examples));
    r.scope
        .scope
        .iter()
        .for_each(|w| run("scope.toml", &w.id, &w.examples));
    assert!(count >= 30, "only {count} examples");
    assert!(
        failures.is_empty(),
        "{} of {count} grammar examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn boilerplate_examples_are_skipped() {
    let g = Grammar::builtin().unwrap();
    for rule in &g.raw.boilerplate.line {
        for ex in &rule.examples {
            assert!(
                text::is_boilerplate(&ex.text, &g),
                "boilerplate.toml: entry \"{}\": `{}` is not skipped",
                rule.id,
                ex.text
            );
        }
    }
}
