//! `recoupe extract`: the JSON Lines output contract.

use crate::util::*;
use serde_json::Value;

fn mentions(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["extract", "--format", "jsonl"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{err}");
    out.lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

#[test]
fn jsonl_has_exactly_the_contract_fields() {
    let ms = mentions(&["fixtures/demo/04-apres-la-crue.md"]);
    assert!(!ms.is_empty());
    let keys: Vec<&str> = ms[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "doc", "start", "end", "line", "column", "text", "kind", "value", "approx", "unit",
        "counted", "date", "claim",
    ] {
        assert!(keys.contains(&k), "missing {k} in {keys:?}");
    }
    let text = std::fs::read_to_string(root().join("fixtures/demo/04-apres-la-crue.md")).unwrap();
    for m in &ms {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[s..e],
            m["text"].as_str().unwrap(),
            "text is exactly the byte slice"
        );
    }
}

#[test]
fn seeds_figures_with_normalised_values() {
    let Some(seeds) = seeds() else { return };
    let ms = mentions(&[seeds.to_str().unwrap()]);
    let find = |needle: &str| {
        ms.iter()
            // The articles use no-break spaces inside numbers ("10\u{a0}000").
            .find(|m| {
                m["text"]
                    .as_str()
                    .is_some_and(|t| t.replace('\u{a0}', " ").contains(needle))
            })
            .unwrap_or_else(|| panic!("no mention containing {needle:?}"))
    };
    let value = |needle: &str| {
        (
            find(needle)["value"]["min"].clone(),
            find(needle)["value"]["max"].clone(),
        )
    };
    let num = |v: i64| Value::from(v);
    assert_eq!(value("400 localités"), (num(400), num(400)));
    assert_eq!(find("400 localités")["counted"], "localité");
    assert_eq!(
        value("plus de 10 000 kilomètres carrés"),
        (num(10000), Value::Null)
    );
    assert_eq!(
        find("plus de 10 000 kilomètres carrés")["approx"],
        "more_than"
    );
    assert_eq!(find("plus de 10 000 kilomètres carrés")["unit"], "km2");
    assert_eq!(value("au moins 200 militants"), (num(200), Value::Null));
    assert_eq!(find("au moins 200 militants")["approx"], "at_least");
    assert_eq!(value("400 autres militants"), (num(400), num(400)));
    assert_eq!(find("400 autres militants")["counted"], "militant");
    assert_eq!(value("quelque 400 kilomètres carrés"), (num(360), num(440)));
    assert_eq!(find("quelque 400 kilomètres carrés")["approx"], "about");
    assert_eq!(value("plus de 100 soldats"), (num(100), Value::Null));
    assert_eq!(find("plus de 100 soldats")["counted"], "soldat");
    assert_eq!(value("28 poches"), (num(28), num(28)));
    assert_eq!(value("plus de 70 drones"), (num(70), Value::Null));
    assert_eq!(
        value("entre vingt et vingt-cinq sorties"),
        (num(20), num(25))
    );
    assert_eq!(find("entre vingt et vingt-cinq sorties")["approx"], "range");
    assert_eq!(find("30 septembre 2016")["date"]["from"], "2016-09-30");
    assert_eq!(find("30 septembre 2016")["date"]["grain"], "day");
    assert_eq!(find("en 2015")["date"]["from"], "2015-01-01");
    assert_eq!(find("en 2015")["date"]["to"], "2015-12-31");
    assert_eq!(
        find("le 27 février")["date"],
        serde_json::json!({"grain": "day", "month": 2, "day": 27, "year": null})
    );
    assert_eq!(value("depuis huit ans"), (num(8), num(8)));
    assert_eq!(find("depuis huit ans")["unit"], "year");
    assert_eq!(find("depuis huit ans")["kind"], "duration");
    assert_eq!(value("dans les prochaines 48 heures"), (num(48), num(48)));
    assert_eq!(find("dans les prochaines 48 heures")["unit"], "hour");
    assert_eq!(value("plus de trois ans"), (num(3), Value::Null));
}

#[test]
fn stdin_is_read_with_dash() {
    let out = recoupe()
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin("Au moins 12 morts ont été recensés le 3 mars 2021.")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("\"text\":\"Au moins 12 morts\""), "{s}");
    assert!(s.contains("\"from\":\"2021-03-03\""), "{s}");
}

#[test]
fn decimal_millions_are_whole_in_json() {
    let out = recoupe()
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin("Le port a traité 4,1 millions de tonnes en 2023.")
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("\"value\":{\"min\":4100000,\"max\":4100000}"),
        "{s}"
    );
}
