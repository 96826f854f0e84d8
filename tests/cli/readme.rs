//! Every example in the README is true: the two set-up commands are there,
//! the sample table is what the tool prints, every example command runs, and
//! the grammar example loads.

use crate::util::*;

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md")
}

/// The fenced blocks of the README, with their info string.
fn blocks(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        match (&mut current, line.strip_prefix("```")) {
            (None, Some(info)) => current = Some((info.trim().to_string(), String::new())),
            (Some(_), Some(_)) => out.extend(current.take()),
            (Some((_, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

#[test]
fn readme_has_the_two_set_up_commands_and_ci_runs_the_same_tests() {
    let text = readme();
    assert!(text.contains("cargo run --release -- check fixtures/demo/"));
    assert!(text.contains("cargo test --release"));
    let ci = std::fs::read_to_string(root().join(".ci/run")).expect(".ci/run");
    assert!(
        ci.contains("cargo test --release"),
        "CI runs the README's test command"
    );
}

#[test]
fn readme_sample_table_is_what_the_tool_prints() {
    let text = readme();
    let (_, sample) = blocks(&text)
        .into_iter()
        .find(|(info, body)| info == "text" && body.contains("contradiction"))
        .expect("sample table");
    let (code, out, _) = run(&["check", "--width", "140", "fixtures/demo/"]);
    assert_eq!(code, 1);
    assert_eq!(
        sample.trim_end(),
        out.trim_end(),
        "regenerate the README sample with `recoupe check --width 140 fixtures/demo/`"
    );
}

#[test]
fn readme_example_commands_run() {
    let text = readme();
    let commands: Vec<String> = blocks(&text)
        .into_iter()
        .filter(|(info, _)| info == "sh")
        .flat_map(|(_, body)| body.lines().map(str::to_string).collect::<Vec<_>>())
        .filter_map(|l| l.strip_prefix("recoupe ").map(str::to_string))
        .collect();
    assert!(commands.len() >= 5, "{commands:?}");
    for c in commands {
        let args: Vec<&str> = c.split_whitespace().collect();
        let (code, _, err) = run(&args);
        assert!(code == 0 || code == 1, "`recoupe {c}` exited {code}: {err}");
    }
}

#[test]
fn readme_grammar_example_loads() {
    let text = readme();
    let (_, toml) = blocks(&text)
        .into_iter()
        .find(|(info, body)| info == "toml" && body.contains("[[entity]]"))
        .expect("grammar example");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("entities.toml"), toml).unwrap();
    let (code, _, err) = run(&[
        "check",
        "--grammar",
        dir.path().to_str().unwrap(),
        "fixtures/demo/",
    ]);
    assert_eq!(code, 1, "{err}");
}
