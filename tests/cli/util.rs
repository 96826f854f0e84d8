//! Helpers for the end-to-end tests: the binary, fixture paths, temp files.

use assert_cmd::Command;
use std::path::PathBuf;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/seeds`, when this checkout sits beside it.
pub fn seeds() -> Option<PathBuf> {
    let p = root().join("../shared/seeds");
    p.is_dir().then_some(p)
}

pub fn recoupe() -> Command {
    let mut c = Command::cargo_bin("recoupe").expect("binary built");
    c.env_remove("RUST_BACKTRACE").current_dir(root());
    c
}

/// Runs recoupe and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = recoupe().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The findings of `check --format json` on the given arguments.
pub fn findings(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = run(&all);
    let v: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("json: {e}\n{stdout}\n{stderr}"));
    (code, v)
}

/// `(kind, [(doc prefix, text)])` of each finding, for readable assertions.
pub fn summary(v: &serde_json::Value) -> Vec<(String, Vec<(String, String)>)> {
    v["findings"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .map(|f| {
                    let claims = f["claims"]
                        .as_array()
                        .map(|cs| {
                            cs.iter()
                                .map(|c| {
                                    let doc = c["doc"].as_str().unwrap_or_default();
                                    (
                                        doc.chars().take(3).collect(),
                                        c["text"].as_str().unwrap_or_default().to_string(),
                                    )
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    (f["kind"].as_str().unwrap_or_default().to_string(), claims)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A temp folder holding a copy of each seed article whose name starts
/// with one of `dates`' prefixes, with front matter giving that date.
pub fn seeds_published(seeds: &std::path::Path, dates: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for entry in std::fs::read_dir(seeds).expect("seeds readable") {
        let path = entry.expect("entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some((_, date)) = dates.iter().find(|(p, _)| name.starts_with(p)) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("seed is UTF-8");
        std::fs::write(
            dir.path().join(&name),
            format!("---\ndate: {date}\n---\n{text}"),
        )
        .expect("write");
    }
    dir
}

/// The mentions `extract --format jsonl` prints for the given arguments.
pub fn mentions(args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["extract", "--format", "jsonl"];
    all.extend_from_slice(args);
    let (_, stdout, stderr) = run(&all);
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("jsonl: {e}\n{l}\n{stderr}")))
        .collect()
}
