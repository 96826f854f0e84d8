//! `recoupe check` on the five real articles and on the demo fixtures.

use crate::util::*;

fn pair(kind: &str, a: (&str, &str), b: (&str, &str)) -> (String, Vec<(String, String)>) {
    (
        kind.to_string(),
        vec![(a.0.into(), a.1.into()), (b.0.into(), b.1.into())],
    )
}

#[test]
fn seeds_exactly_one_contradiction_2015_vs_30_september_2016() {
    let Some(seeds) = seeds() else { return };
    let (code, v) = findings(&[seeds.to_str().unwrap()]);
    assert_eq!(code, 1, "a contradiction is an error: exit 1");
    assert_eq!(
        summary(&v),
        [pair("contradiction", ("002", "en 2015"), ("004", "le 30 septembre 2016"))],
        "exactly one contradiction, nothing else (no 400 vs 400, no 200 vs 400, no 400 km² vs 10 000 km²)"
    );
    let claims = &v["findings"][0]["claims"];
    assert_eq!(claims[0]["line"], 23);
    assert_eq!(claims[1]["line"], 14);
    assert_eq!(claims[0]["date"]["from"], "2015-01-01");
    assert_eq!(claims[1]["date"]["from"], "2016-09-30");
    assert_eq!(v["summary"]["contradictions"], 1);
}

#[test]
fn seeds_corroborations_with_show_agreements() {
    let Some(seeds) = seeds() else { return };
    let (_, v) = findings(&["--show-agreements", seeds.to_str().unwrap()]);
    let s = summary(&v);
    let corroborations: Vec<_> = s.iter().filter(|(k, _)| k == "corroboration").collect();
    assert_eq!(corroborations.len(), 2, "{s:?}");
    assert!(
        corroborations
            .iter()
            .any(|(_, c)| c.iter().all(|(_, t)| t.contains("27 février")) && c.len() == 2),
        "ceasefire since 27 February in 000 and 001: {s:?}"
    );
    assert!(
        corroborations
            .iter()
            .any(|(_, c)| c.iter().all(|(_, t)| t.contains("48 heures"))
                && c.iter().any(|(d, _)| d == "000")
                && c.iter().any(|(d, _)| d == "001")),
        "offensive within 48 hours in 000 and 001: {s:?}"
    );
    // 001's "depuis le 30 septembre" states no year: it conflicts with neither.
    assert!(!s
        .iter()
        .any(|(k, c)| k == "contradiction" && c.iter().any(|(d, _)| d == "001")));
}

#[test]
fn seeds_photo_credit_is_not_a_date() {
    let Some(seeds) = seeds() else { return };
    let (_, out, _) = run(&[
        "extract",
        "--format",
        "jsonl",
        seeds.join("000_106ad411c0836e3a.txt").to_str().unwrap(),
    ]);
    assert!(!out.contains("2024"), "© AFP 2024 is a photo credit: {out}");
}

#[test]
fn demo_contradiction_discrepancy_corroboration() {
    let (code, v) = findings(&["--show-agreements", "fixtures/demo"]);
    assert_eq!(code, 1);
    assert_eq!(
        summary(&v),
        [
            pair(
                "contradiction",
                // The time of day belongs to the date it refines.
                ("02-", "le 12 mars 2024 en fin d'après-midi"),
                ("04-", "le 12 mars 2023")
            ),
            pair(
                "discrepancy",
                ("02-", "312 personnes"),
                ("03-", "320 habitants")
            ),
            pair(
                "corroboration",
                ("01-", "le 10 mars"),
                ("02-", "le 10 mars")
            ),
        ]
    );
}

#[test]
fn fail_on_controls_the_exit_status() {
    assert_eq!(run(&["check", "--fail-on", "never", "fixtures/demo"]).0, 0);
    assert_eq!(run(&["check", "--fail-on", "error", "fixtures/demo"]).0, 1);
    // Only the discrepancy remains when the contradicting article is left out.
    let only_warning = [
        "check",
        "fixtures/demo/02-rupture-digue.md",
        "fixtures/demo/03-evacuations.md",
    ];
    assert_eq!(
        run(&only_warning).0,
        0,
        "a discrepancy is a warning, below the default --fail-on error"
    );
    let mut strict = only_warning.to_vec();
    strict.extend(["--fail-on", "warning"]);
    assert_eq!(run(&strict).0, 1);
}

#[test]
fn table_names_verdict_claim_file_and_line() {
    let (code, out, _) = run(&["check", "--width", "200", "fixtures/demo"]);
    assert_eq!(code, 1);
    assert!(out.contains("contradiction"), "{out}");
    assert!(out.contains("failure of a dyke, dam or bridge"), "{out}");
    assert!(
        out.contains("fixtures/demo/02-rupture-digue.md:7:"),
        "{out}"
    );
    assert!(
        out.contains("[le 12 mars 2023]"),
        "the excerpt marks the figure: {out}"
    );
    assert!(
        out.contains("1 contradiction(s), 1 discrepancy(ies)"),
        "{out}"
    );
    assert!(out.contains("(shown with --show-agreements)"), "{out}");
}

#[test]
fn explain_shows_how_claims_were_attached() {
    let (code, out, _) = run(&["check", "--explain", "fixtures/demo"]);
    assert_eq!(code, 1);
    assert!(out.contains("02-rupture-digue.md:7 `le 12 mars 2024 en fin d'après-midi`: event infrastructure_failure (trigger `cédé`)"), "{out}");
    assert!(out.contains("04-apres-la-crue.md:7 `le 12 mars 2023`: event infrastructure_failure (trigger `rupture`)"), "{out}");
    assert!(
        out.contains("scope on 2024-03-13"),
        "the evacuation counts are scoped to Wednesday: {out}"
    );
    let (_, v) = findings(&["--explain", "fixtures/demo"]);
    let explain = v["findings"][0]["claims"][0]["explain"]
        .as_str()
        .unwrap_or_default();
    assert!(
        explain.starts_with("event infrastructure_failure"),
        "{explain}"
    );
}
