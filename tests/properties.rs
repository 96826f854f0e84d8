//! Property tests: no input makes the pipeline panic, every span is a true
//! slice of the text, and numbers written out in French words (by the
//! independent `french-numbers` crate, both spelling reforms, feminine too)
//! parse back to themselves.

use french_numbers::{french_number_options, Options};
use proptest::prelude::*;
use recoupe::grammar::Grammar;
use recoupe::{check, claim, corpus, text};
use std::path::Path;
use std::sync::OnceLock;

fn grammar() -> &'static Grammar {
    static G: OnceLock<Grammar> = OnceLock::new();
    G.get_or_init(|| Grammar::builtin().expect("builtin grammar"))
}

/// Values of every mention read in `s`.
fn values(s: &str) -> Vec<(Option<f64>, Option<f64>, String)> {
    let g = grammar();
    let Ok(a) = corpus::article(Path::new("p.txt"), s.as_bytes().to_vec(), None) else {
        return vec![];
    };
    let sentences = text::segment(&a, g);
    let attached = claim::attach(0, &a, &sentences, g);
    attached
        .mentions
        .iter()
        .map(|m| {
            (
                m.value.and_then(|v| v.min),
                m.value.and_then(|v| v.max),
                m.span.of(&a.text).to_string(),
            )
        })
        .collect()
}

/// Text made of French news fragments, to reach deep into the parsers.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "plus de ",
        "10 000",
        "10\u{a0}000",
        " km²",
        "le ",
        "27 février",
        " 2016",
        "entre ",
        " et ",
        "vingt",
        "-cinq",
        "depuis ",
        "huit ans",
        "dans les prochaines ",
        "48 heures",
        "quelque ",
        "400",
        " militants",
        ", ",
        ". ",
        "« ",
        " »",
        "’",
        "d'",
        "1er",
        "mardi",
        "la veille",
        "2,5",
        " millions d'euros",
        "%",
        "—",
        "\n",
        "12/03/2016",
        "49.3",
        "01 23 45 67 89",
        "3-1",
        "15h30",
        "un ",
        "quatre-vingt",
        "é",
        "$",
        "Sep-23-2020",
        "22/04",
        "toute la ",
        "journée",
        "demi-",
        "heure",
        "cette ",
        "septembre",
        "prochain ",
        "18 08 78",
        "mois de ",
        "premier ",
        "semaine",
        "jour",
        "-",
        "/",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn run_everything(s: &str) {
    let g = grammar();
    let Ok(a) = corpus::article(Path::new("p.txt"), s.as_bytes().to_vec(), None) else {
        return;
    };
    let sentences = text::segment(&a, g);
    let attached = claim::attach(0, &a, &sentences, g);
    for m in &attached.mentions {
        assert!(m.span.start <= m.span.end && m.span.end <= a.text.len());
        assert!(a.text.is_char_boundary(m.span.start) && a.text.is_char_boundary(m.span.end));
        if let Some(v) = m.value {
            if let (Some(lo), Some(hi)) = (v.min, v.max) {
                assert!(lo <= hi, "interval [{lo}, {hi}] in {s:?}");
            }
        }
    }
    let articles = vec![a];
    let _ = check::check(&attached.claims, &articles, g);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_input_panics(s in any::<String>()) {
        run_everything(&s);
    }

    #[test]
    fn no_news_like_input_panics(s in newsy()) {
        run_everything(&s);
    }

    #[test]
    fn french_words_parse_back(n in 0u64..1_000_000_000_000, reformed in any::<bool>(), feminine in any::<bool>()) {
        let words = french_number_options(&n, &Options { feminine, reformed });
        // A lone "un"/"une" is an article, not a count: give it a unit.
        let s = format!("{words} kilomètres");
        let found = values(&s);
        prop_assert_eq!(found.len(), 1, "{:?} gave {:?}", s, found);
        prop_assert_eq!(found[0].0, Some(n as f64 * 1.0), "{:?}", s);
        prop_assert_eq!(found[0].1, Some(n as f64), "{:?}", s);
    }

    #[test]
    fn french_dates_parse_back(offset in 0i64..=73_413) {
        use chrono::Datelike;
        let g = grammar();
        let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
        // Every day from 1 January 1900 to 31 December 2100.
        let date = chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(offset);
        let (day, month, year) = (date.day(), date.month(), date.year());
        let want = date.to_string();
        let written = [
            format!("Il est arrivé le {} {} {year}.", if day == 1 { "1er".to_string() } else { day.to_string() }, months[month as usize - 1]),
            format!("Il est arrivé le {day}/{month}/{year}."),
            format!("Il est arrivé le {day:02}.{month:02}.{year}."),
            format!("Il est arrivé le {year}/{month:02}/{day:02}."),
            format!("Il est arrivé le {day} {month:02} {year} à Paris."),
        ];
        for s in written {
            let a = corpus::article(Path::new("d.txt"), s.as_bytes().to_vec(), None).unwrap();
            let attached = claim::attach(0, &a, &text::segment(&a, g), g);
            let dates: Vec<String> = attached.dates.iter().flatten().map(|d| format!("{d}")).collect();
            prop_assert_eq!(dates, vec![want.clone()], "{}", s);
        }
    }
}
