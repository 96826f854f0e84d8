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

/// Every mention the pipeline reads in `text`, published on `published`:
/// "text = from..to" for a resolved date, "text = value unit" otherwise.
fn read_resolved(g: &Grammar, text: &str, published: &str) -> Vec<String> {
    let p = chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
    let a = corpus::article(Path::new("t.txt"), text.as_bytes().to_vec(), p).expect("text");
    let s = text::segment(&a, g);
    let attached = claim::attach(0, &a, &s, g);
    attached
        .mentions
        .iter()
        .zip(&attached.dates)
        .map(|(m, d)| {
            let said = m.span.of(&a.text);
            match (d, m.value) {
                (Some(recoupe::value::DateValue::Resolved { from, to, .. }), _) => {
                    format!("{said} = {from}..{to}")
                }
                (_, Some(v)) => {
                    let unit = m.unit.map_or("", |u| g.units[u].id.as_str());
                    format!("{said} = {v} {unit}")
                }
                _ => format!("{said} = ?"),
            }
        })
        .collect()
}

/// Each text reads, among its mentions, the one its row names, published on
/// Tuesday 15 March 2016.
fn all_read(rows: &[(&str, &str)]) {
    let g = Grammar::builtin().unwrap();
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|(text, want)| {
            let found = read_resolved(&g, text, "2016-03-15");
            (!found.iter().any(|f| f == want))
                .then(|| format!("`{text}`: want `{want}`, found {found:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Issue 4's forms, and the forms read since, resolved against a publication
/// date: Tuesday 15 March 2016. Expected values are read off the calendar.
#[test]
fn issue_4_dates_resolve() {
    all_read(&[
        // Absolute.
        (
            "Il est arrivé le 30 septembre 2016.",
            "le 30 septembre 2016 = 2016-09-30..2016-09-30",
        ),
        (
            "Il est arrivé le 1er mars 2020.",
            "le 1er mars 2020 = 2020-03-01..2020-03-01",
        ),
        (
            "Il est arrivé le 1er mars.",
            "le 1er mars = 2016-03-01..2016-03-01",
        ),
        (
            "Il est arrivé mardi 15 mars 2016.",
            "mardi 15 mars 2016 = 2016-03-15..2016-03-15",
        ),
        (
            "Il est arrivé le 15/03/2016.",
            "le 15/03/2016 = 2016-03-15..2016-03-15",
        ),
        (
            "Il est arrivé le 15.03.2016.",
            "le 15.03.2016 = 2016-03-15..2016-03-15",
        ),
        (
            "Il est arrivé le 2016-03-15.",
            "le 2016-03-15 = 2016-03-15..2016-03-15",
        ),
        (
            "Il est arrivé en mars 2020.",
            "en mars 2020 = 2020-03-01..2020-03-31",
        ),
        ("Il est arrivé en 2015.", "en 2015 = 2015-01-01..2015-12-31"),
        (
            "Le conseil a voté un budget pour 2023.",
            "pour 2023 = 2023-01-01..2023-12-31",
        ),
        ("Il est né l'an 2000.", "l'an 2000 = 2000-01-01..2000-12-31"),
        (
            "La saison en 1999-2000 fut bonne.",
            "en 1999-2000 = 1999-01-01..2000-12-31",
        ),
        // Partial and coarse.
        (
            "La trêve du 27 février tient.",
            "du 27 février = 2016-02-27..2016-02-27",
        ),
        ("Ils partent mi-mars.", "mi-mars = 2016-03-11..2016-03-20"),
        (
            "Ils partent début 2015.",
            "début 2015 = 2015-01-01..2015-04-30",
        ),
        (
            "Ils sont partis fin octobre.",
            "fin octobre = 2015-10-21..2015-10-31",
        ),
        (
            "Ils partent au printemps 2016.",
            "au printemps 2016 = 2016-03-20..2016-06-20",
        ),
        (
            "Ils sont partis l'été dernier.",
            "l'été dernier = 2015-06-21..2015-09-22",
        ),
        (
            "C'était dans les années 1990.",
            "dans les années 1990 = 1990-01-01..1999-12-31",
        ),
        (
            "Un monument bâti au XXe siècle.",
            "au XXe siècle = 1900-01-01..1999-12-31",
        ),
        (
            "Le premier trimestre 2016 fut bon.",
            "Le premier trimestre 2016 = 2016-01-01..2016-03-31",
        ),
        // Relative to the publication date.
        ("Il a parlé mardi.", "mardi = 2016-03-15..2016-03-15"),
        (
            "Il a parlé mardi dernier.",
            "mardi dernier = 2016-03-08..2016-03-08",
        ),
        (
            "Il parlera lundi prochain.",
            "lundi prochain = 2016-03-21..2016-03-21",
        ),
        ("Il a parlé hier.", "hier = 2016-03-14..2016-03-14"),
        (
            "Il parle aujourd'hui.",
            "aujourd'hui = 2016-03-15..2016-03-15",
        ),
        ("Il parlera demain.", "demain = 2016-03-16..2016-03-16"),
        (
            "Il a parlé avant-hier.",
            "avant-hier = 2016-03-13..2016-03-13",
        ),
        (
            "Il a parlé la veille.",
            "la veille = 2016-03-14..2016-03-14",
        ),
        (
            "Il a parlé le lendemain.",
            "le lendemain = 2016-03-16..2016-03-16",
        ),
        (
            "Il a parlé il y a trois jours.",
            "il y a trois jours = 2016-03-12..2016-03-12",
        ),
        (
            "Il a parlé la semaine dernière.",
            "la semaine dernière = 2016-03-07..2016-03-13",
        ),
        (
            "Il parlera le mois prochain.",
            "le mois prochain = 2016-04-01..2016-04-30",
        ),
        (
            "Il a parlé l'an dernier.",
            "l'an dernier = 2015-01-01..2015-12-31",
        ),
        (
            "Il parlera cette année.",
            "cette année = 2016-01-01..2016-12-31",
        ),
        // Current period, day alone, weekday with a day, nth of a month.
        (
            "Il sera absent cette septembre.",
            "cette septembre = 2016-09-01..2016-09-30",
        ),
        (
            "Il a parlé ce vendredi.",
            "ce vendredi = 2016-03-18..2016-03-18",
        ),
        (
            "Il parlera vendredi de la semaine prochaine.",
            "vendredi de la semaine prochaine = 2016-03-25..2016-03-25",
        ),
        ("Il a parlé le 23.", "le 23 = 2016-02-23..2016-02-23"),
        // A season with a direction: the next one, or the last one.
        (
            "Il reviendra l'été prochain.",
            "l'été prochain = 2016-06-21..2016-09-22",
        ),
        (
            "Il est venu l'été dernier.",
            "l'été dernier = 2015-06-21..2015-09-22",
        ),
        (
            // The part of the day belongs to the mention (a time of day).
            "Il a parlé jeudi 10 au soir.",
            "jeudi 10 au soir = 2016-03-10..2016-03-10",
        ),
        (
            "Il part le premier vendredi de juillet 2016.",
            "le premier vendredi de juillet 2016 = 2016-07-01..2016-07-01",
        ),
        (
            "C'était la première semaine d'octobre 2014.",
            "première semaine d'octobre 2014 = 2014-10-06..2014-10-12",
        ),
        (
            "C'était le dernier jour d'octobre 2015.",
            "le dernier jour d'octobre 2015 = 2015-10-31..2015-10-31",
        ),
        (
            "Il est parti au mois de mars.",
            "au mois de mars = 2016-03-01..2016-03-31",
        ),
        // Day and month in digits after a lead; numeric and English orders.
        (
            "Il est parti le 2/3 au matin.",
            "le 2/3 au matin = 2016-03-02..2016-03-02",
        ),
        (
            "Il est né le 18 08 1978 à Lyon.",
            "le 18 08 1978 = 1978-08-18..1978-08-18",
        ),
        (
            "Il est né le 02/22/2016.",
            "le 02/22/2016 = 2016-02-22..2016-02-22",
        ),
        (
            "Il est né Sep-23-2020.",
            "Sep-23-2020 = 2020-09-23..2020-09-23",
        ),
        (
            "Il est né le 2020/Sep/23.",
            "le 2020/Sep/23 = 2020-09-23..2020-09-23",
        ),
        (
            "Il est né le 1er avril 78.",
            "le 1er avril 78 = 1978-04-01..1978-04-01",
        ),
        (
            "Il est né le 23 novembre de 1987.",
            "le 23 novembre de 1987 = 1987-11-23..1987-11-23",
        ),
        (
            "Il reviendra le 21-04-2016.",
            "le 21-04-2016 = 2016-04-21..2016-04-21",
        ),
        // "sept" is September after a day or before a year, seven elsewhere.
        (
            "Ils étaient absents entre 3 et 12 de Sept, disent-ils.",
            "entre 3 et 12 de Sept = 2015-09-03..2015-09-12",
        ),
        (
            "Le sommet a eu lieu le 12 sept 2015.",
            "le 12 sept 2015 = 2015-09-12..2015-09-12",
        ),
        (
            "Il est arrivé en sept 2015.",
            "en sept 2015 = 2015-09-01..2015-09-30",
        ),
        // A first number over 12 cannot be a month: "22/4" is a day even bare.
        (
            "Rendez-vous 22/4, a-t-il dit.",
            "22/4 = 2015-04-22..2015-04-22",
        ),
        // Days listed after "les", "des": separate days; a bare "et" joins a span.
        (
            "Les élections des 3 et 12 mars 2016 ont eu lieu.",
            "des 3 = 2016-03-03..2016-03-03",
        ),
        (
            "Les élections des 3 et 12 mars 2016 ont eu lieu.",
            "12 mars 2016 = 2016-03-12..2016-03-12",
        ),
        (
            "Il était absent 4 et 22 ce mois, dit-il.",
            "4 et 22 ce mois = 2016-03-04..2016-03-22",
        ),
        (
            "Il était absent depuis Oct. 2 et Oct 22, dit-il.",
            "depuis Oct. 2 et Oct 22 = 2015-10-02..2015-10-22",
        ),
        // A day with its weekday after it: the last 25th that was a Tuesday.
        (
            "Il est venu le 25 mardi, selon lui.",
            "le 25 mardi = 2015-08-25..2015-08-25",
        ),
    ]);
}

#[test]
fn issue_4_durations() {
    all_read(&[
        (
            "La base est fermée depuis huit ans.",
            "depuis huit ans = 8 year",
        ),
        (
            "La base est fermée depuis plus de trois ans.",
            "depuis plus de trois ans = [3, ∞) year",
        ),
        ("Ils ont 48 heures pour partir.", "48 heures = 48 hour"),
        (
            "Ils ont deux semaines pour partir.",
            "deux semaines = 2 week",
        ),
        (
            "Ils ont un an et demi pour partir.",
            "un an et demi = 1.5 year",
        ),
        ("Ils ont six mois pour partir.", "six mois = 6 month"),
        (
            "Ils ont une demi-heure pour partir.",
            "une demi-heure = 0.5 hour",
        ),
        (
            "Ils ont marché toute la journée.",
            "toute la journée = 1 day",
        ),
        ("Ils ont marché 30-minutes.", "30-minutes = 30 minute"),
        // A unit after a lead's number makes it a count, not a year.
        (
            "La forêt pousse là depuis 2000 ans.",
            "depuis 2000 ans = 2 000 year",
        ),
    ]);
}

/// Numbers that a careless date reader would take: none is a date.
#[test]
fn not_dates_in_context() {
    let g = Grammar::builtin().unwrap();
    for text in [
        "Il habite le 36 quai des Orfèvres.",
        "Le 15 de France a gagné.",
        "Les 3/4 des électeurs ont voté.",
        "Mars est une planète rouge.",
        "Appelez le 01 02 03 04 05 demain.",
        "Le gouvernement a utilisé le 49.3.",
        "Il a signé un contrat pour 2000 euros.",
        "Les 35 heures ont été votées sous Lionel Jospin.",
        "Le détail figure à la page 12 du rapport.",
        "Lyon s'est imposé 3-1 face à Lille.",
    ] {
        let found = read_resolved(&g, text, "2016-03-15");
        let dates: Vec<&String> = found
            .iter()
            .filter(|f| f.contains("..") && !f.starts_with("demain"))
            .collect();
        assert!(dates.is_empty(), "`{text}`: {dates:?}");
    }
    // "en mars 12 personnes": a month, then a count, not 12 March.
    let found = read_resolved(&g, "En mars 12 personnes sont mortes.", "2016-03-15");
    assert!(
        found.contains(&"En mars = 2016-03-01..2016-03-31".to_string()),
        "{found:?}"
    );
    // "sept" alone is seven, not September.
    let found = read_resolved(
        &g,
        "Sept personnes sont mortes en sept jours.",
        "2016-03-15",
    );
    assert!(found.iter().all(|f| !f.contains("..")), "{found:?}");
    // "la veille du scrutin" counts from the vote, not from publication.
    let found = read_resolved(&g, "Il a parlé la veille du scrutin.", "2016-03-15");
    assert!(found.is_empty(), "{found:?}");
}
