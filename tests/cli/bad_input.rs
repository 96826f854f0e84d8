//! Bad input never crashes the tool and never loses work: each bad input gets
//! a one-line error naming it, the rest is processed, and the exit status is 2.

use crate::util::*;
use std::fs;

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_checked() {
    let dir = temp();
    let d = dir.path();
    fs::write(d.join("binary.txt"), b"\x00\x01\x02garbage").unwrap();
    fs::write(d.join("latin1.txt"), b"Le 3 f\xe9vrier 2016, 300 morts.").unwrap();
    fs::write(d.join("empty.md"), b"  \n").unwrap();
    fs::write(d.join("bad-front.md"), "---\ndate: 15/03/2016\n---\nTexte.").unwrap();
    fs::write(
        d.join("open-front.md"),
        "---\ndate: 2016-03-15\nTexte sans fin de bloc.",
    )
    .unwrap();
    fs::copy(
        root().join("fixtures/demo/02-rupture-digue.md"),
        d.join("good-02.md"),
    )
    .unwrap();
    fs::copy(
        root().join("fixtures/demo/04-apres-la-crue.md"),
        d.join("good-04.md"),
    )
    .unwrap();
    let missing = d.join("missing.txt");
    let (code, out, err) = run(&[
        "check",
        "--format",
        "json",
        d.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "input errors win over findings: {err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 6, "one line per bad input: {err}");
    for (name, what) in [
        ("binary.txt", "binary"),
        ("latin1.txt", "invalid UTF-8"),
        ("empty.md", "empty"),
        ("bad-front.md:2:", "YYYY-MM-DD"),
        ("open-front.md", "never closed"),
        ("missing.txt", "No such file"),
    ] {
        assert!(
            lines.iter().any(|l| l.contains(name) && l.contains(what)),
            "{name}: {what} in {err}"
        );
    }
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["summary"]["articles"], 2,
        "the good articles are still checked"
    );
    assert_eq!(v["summary"]["contradictions"], 1);
    assert_eq!(v["summary"]["errors"], 6);
}

#[test]
fn malformed_grammar_file_names_file_and_problem() {
    let dir = temp();
    fs::write(dir.path().join("units.toml"), "[[unit]]\nid = \"furlong\"\nkind = \"quantity\"\ndimension = \"length\"\nfactor = 201.0\nforms = [\"furlong\"]\ntolerence = 1\n").unwrap();
    let (code, _, err) = run(&[
        "check",
        "--grammar",
        dir.path().to_str().unwrap(),
        "fixtures/demo",
    ]);
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("units.toml:7:1") && err.contains("tolerence"),
        "{err}"
    );
}

#[test]
fn user_grammar_adds_a_unit() {
    let dir = temp();
    fs::write(
        dir.path().join("units.toml"),
        "[[unit]]\nid = \"furlong\"\nkind = \"quantity\"\ndimension = \"length\"\nfactor = 201.168\nforms = [\"furlong\", \"furlongs\"]\n",
    )
    .unwrap();
    let out = recoupe()
        .args([
            "extract",
            "--format",
            "jsonl",
            "--grammar",
            dir.path().to_str().unwrap(),
            "-",
        ])
        .write_stdin("La course fait 8 furlongs.")
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("\"unit\":\"furlong\""), "{s}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["check"]).0, 2);
    assert_eq!(
        run(&["check", "--published", "15/03/2016", "fixtures/demo"]).0,
        2
    );
    assert_eq!(run(&["nonsense"]).0, 2);
}

#[test]
fn large_article_is_processed() {
    let dir = temp();
    let paragraph =
        "Le 3 mars 2021, au moins 12 personnes ont été évacuées à Lyon selon la préfecture. ";
    let big: String = paragraph.repeat(200_000 / paragraph.len() * 10);
    fs::write(dir.path().join("big.txt"), &big).unwrap();
    let (code, out, err) = run(&["check", "--format", "json", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["summary"]["claims"].as_u64().unwrap() > 1000);
}
