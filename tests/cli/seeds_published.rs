//! The five seed articles with their publication dates (issue 5): relative
//! dates resolve, the withdrawal and its announcement corroborate across
//! articles, and 004's launch date is after its own publication.

use crate::util::*;

const DATES: [(&str, &str); 5] = [
    ("000", "2016-03-15"),
    ("001", "2016-03-15"),
    ("004", "2016-03-22"),
    ("002", "2024-11-29"),
    ("003", "2020-02-17"),
];

type Summary = Vec<(String, Vec<(String, String)>)>;

fn checked() -> Option<(tempfile::TempDir, Summary)> {
    let seeds = seeds()?;
    let dir = seeds_published(&seeds, &DATES);
    let (code, v) = findings(&["--show-agreements", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "the contradiction is an error");
    Some((dir, summary(&v)))
}

fn has(claims: &[(String, String)], doc: &str, text: &str) -> bool {
    claims.iter().any(|(d, t)| d == doc && t.contains(text))
}

#[test]
fn still_exactly_one_contradiction() {
    let Some((_, s)) = checked() else { return };
    let contradictions: Vec<_> = s.iter().filter(|(k, _)| k == "contradiction").collect();
    assert_eq!(contradictions.len(), 1, "{s:?}");
    let claims = &contradictions[0].1;
    assert!(has(claims, "002", "en 2015"), "{s:?}");
    assert!(has(claims, "004", "le 30 septembre 2016"), "{s:?}");
    // With its date, 001's "depuis le 30 septembre" is 30 September 2015:
    // it sides with 002. Nothing else is about the start of the operation
    // ("nous serions aujourd'hui" is no date of it).
    assert!(
        claims
            .iter()
            .all(|(d, t)| d == "002" || d == "004" || (d == "001" && t.contains("30 septembre"))),
        "{s:?}"
    );
    assert!(!s.iter().any(|(k, _)| k == "discrepancy"), "{s:?}");
}

#[test]
fn weekdays_resolve_against_the_publication_date() {
    let Some(seeds) = seeds() else { return };
    let dir = seeds_published(&seeds, &DATES);
    let ms = mentions(&[dir.path().to_str().unwrap()]);
    let date_of = |doc: &str, text: &str| -> Vec<String> {
        ms.iter()
            .filter(|m| m["doc"].as_str().is_some_and(|d| d.starts_with(doc)) && m["text"] == text)
            .map(|m| {
                m["date"]["from"]
                    .as_str()
                    .unwrap_or("unresolved")
                    .to_string()
            })
            .collect()
    };
    let mardi_000 = date_of("000", "mardi");
    assert!(
        !mardi_000.is_empty() && mardi_000.iter().all(|d| d == "2016-03-15"),
        "{mardi_000:?}"
    );
    let mardi_001 = date_of("001", "mardi");
    assert!(
        !mardi_001.is_empty() && mardi_001.iter().all(|d| d == "2016-03-15"),
        "{mardi_001:?}"
    );
    assert_eq!(date_of("000", "lundi"), ["2016-03-14"]);
}

#[test]
fn withdrawal_start_corroborates() {
    let Some((_, s)) = checked() else { return };
    assert!(
        s.iter().any(|(k, c)| k == "corroboration"
            && has(c, "004", "Depuis le 15 mars")
            && has(c, "001", "mardi")),
        "004 'Depuis le 15 mars' and 001 'ont commencé mardi à quitter la Syrie': {s:?}"
    );
}

#[test]
fn announcement_corroborates() {
    let Some((_, s)) = checked() else { return };
    assert!(
        s.iter().any(|(k, c)| k == "corroboration"
            && has(c, "004", "le 14 mars")
            && has(c, "000", "lundi")),
        "004 'le 14 mars' and 000 's'est entretenu lundi … décision': {s:?}"
    );
}

#[test]
fn launch_date_is_after_publication() {
    let Some((_, s)) = checked() else { return };
    let after: Vec<_> = s
        .iter()
        .filter(|(k, _)| k == "internal:after-publication")
        .collect();
    assert_eq!(after.len(), 1, "{s:?}");
    assert_eq!(
        after[0].1,
        [("004".to_string(), "le 30 septembre 2016".to_string())]
    );
}

#[test]
fn earlier_corroborations_remain() {
    let Some((_, s)) = checked() else { return };
    let corroborated = |text: &str| {
        s.iter().any(|(k, c)| {
            k == "corroboration" && has(c, "000", text) && c.iter().any(|(d, _)| d == "001")
        })
    };
    assert!(corroborated("27 février"), "{s:?}");
    assert!(corroborated("48 heures"), "{s:?}");
}
