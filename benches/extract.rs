//! Extraction throughput on a corpus generated from the fixtures, measured
//! side by side with a baseline that only scans the bytes once for digits.
//! Two stages are timed: extraction (segmentation + `extract::extract`, the
//! figures and dates) and the full pipeline up to claims (`claim::attach`,
//! which extracts and then ties each mention to its claim). Figures are
//! ratios from one run: these machines are shared and noisy.
//!
//! Run: `cargo bench --bench extract` (RECOUPE_BENCH_MB sets the size of
//! each corpus, default 20; RECOUPE_BENCH_RUNS the number of timed runs,
//! default 3, best kept).

use recoupe::grammar::Grammar;
use recoupe::{claim, corpus, extract, text};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

fn baseline(articles: &[corpus::Article]) -> usize {
    articles
        .iter()
        .map(|a| a.text.bytes().filter(u8::is_ascii_digit).count())
        .sum()
}

/// Segmentation and extraction: the number of mentions.
fn extract_all(articles: &[corpus::Article], g: &Grammar) -> usize {
    articles
        .iter()
        .map(|a| extract::extract(&a.text, &text::segment(a, g), g).len())
        .sum()
}

/// Segmentation, extraction and claims: the number of mentions.
fn attach_all(articles: &[corpus::Article], g: &Grammar) -> usize {
    articles
        .iter()
        .enumerate()
        .map(|(i, a)| claim::attach(i, a, &text::segment(a, g), g).mentions.len())
        .sum()
}

/// Bodies of the articles in `dir` (`.md` and `.txt`), if it exists.
fn bodies_in(dir: &Path) -> Vec<String> {
    let mut bodies = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md" || x == "txt")
                && p.file_name().is_some_and(|n| n != "README.md")
            {
                if let Ok(a) = corpus::article(&p, std::fs::read(&p).unwrap_or_default(), None) {
                    bodies.push(a.text[a.body.start..].to_string());
                }
            }
        }
    }
    bodies.sort();
    bodies
}

/// Articles of about 30 KB made of `bodies`, `mb` megabytes in all.
fn corpus_of(bodies: &[String], mb: usize) -> Vec<corpus::Article> {
    let target = mb * 1_000_000;
    let (mut articles, mut size, mut i) = (Vec::new(), 0, 0);
    while size < target && !bodies.is_empty() {
        let mut t = String::new();
        while t.len() < 30_000 {
            t.push_str(&bodies[i % bodies.len()]);
            t.push('\n');
            i += 1;
        }
        size += t.len();
        articles
            .push(corpus::article(Path::new("bench.txt"), t.into_bytes(), None).expect("article"));
    }
    articles
}

/// Best seconds of each stage over `runs` alternating runs.
struct Times {
    baseline: f64,
    extract: f64,
    attach: f64,
    mentions: usize,
}

fn measure(articles: &[corpus::Article], g: &Grammar, runs: usize) -> Times {
    black_box(baseline(articles));
    let mut t = Times {
        baseline: f64::MAX,
        extract: f64::MAX,
        attach: f64::MAX,
        mentions: 0,
    };
    for _ in 0..runs {
        let start = Instant::now();
        black_box(baseline(articles));
        t.baseline = t.baseline.min(start.elapsed().as_secs_f64());
        let start = Instant::now();
        t.mentions = black_box(extract_all(articles, g));
        t.extract = t.extract.min(start.elapsed().as_secs_f64());
        let start = Instant::now();
        black_box(attach_all(articles, g));
        t.attach = t.attach.min(start.elapsed().as_secs_f64());
    }
    t
}

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let mb = env_or("RECOUPE_BENCH_MB", 20);
    let runs = env_or("RECOUPE_BENCH_RUNS", 3).max(1);
    let g = Grammar::builtin().expect("grammar");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The fixtures are dense in figures (a mention every ~100 bytes); the real
    // articles of ../shared/seeds, when present, show a news page's density.
    let sets = [
        ("fixtures", bodies_in(&root.join("fixtures"))),
        ("seeds", bodies_in(&root.join("../shared/seeds"))),
    ];
    for (name, bodies) in sets {
        if bodies.is_empty() {
            continue;
        }
        let articles = corpus_of(&bodies, mb);
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        let mb_f = bytes as f64 / 1e6;
        let t = measure(&articles, &g, runs);
        println!(
            "{name}: {mb_f:.1} MB in {} articles, {} mentions (one per {:.0} bytes)",
            articles.len(),
            t.mentions,
            bytes as f64 / t.mentions.max(1) as f64
        );
        println!("  stage, one core                   MB/s   time / baseline");
        for (stage, secs) in [
            ("baseline (digit scan)", t.baseline),
            ("extract (segment + extract)", t.extract),
            ("attach (extract + claims)", t.attach),
        ] {
            println!(
                "  {stage:<31} {:>7.1} {:>9.0}x",
                mb_f / secs,
                secs / t.baseline
            );
        }
        println!(
            "  claims cost {:.0}% of attach",
            100.0 * (t.attach - t.extract).max(0.0) / t.attach
        );
    }
}
