//! Extraction throughput on a corpus generated from the fixtures, measured
//! side by side with a baseline that only scans the bytes once for digits.
//! Figures are ratios from one run: these machines are shared and noisy.
//!
//! Run: `cargo bench --bench extract` (set RECOUPE_BENCH_MB to change the size).

use recoupe::grammar::Grammar;
use recoupe::{claim, corpus, text};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

fn baseline(articles: &[corpus::Article]) -> usize {
    articles
        .iter()
        .map(|a| a.text.bytes().filter(u8::is_ascii_digit).count())
        .sum()
}

fn extract_all(articles: &[corpus::Article], g: &Grammar) -> usize {
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

/// Best of three alternating runs: (baseline seconds, extraction seconds, mentions).
fn measure(articles: &[corpus::Article], g: &Grammar) -> (f64, f64, usize) {
    black_box(baseline(articles));
    let (mut base, mut full, mut mentions) = (f64::MAX, f64::MAX, 0);
    for _ in 0..3 {
        let t = Instant::now();
        black_box(baseline(articles));
        base = base.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        mentions = black_box(extract_all(articles, g));
        full = full.min(t.elapsed().as_secs_f64());
    }
    (base, full, mentions)
}

fn main() {
    let mb: usize = std::env::var("RECOUPE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
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
        let (base, full, mentions) = measure(&articles, &g);
        println!(
            "{name}: {mb_f:.1} MB in {} articles, {mentions} mentions (one per {:.0} bytes)",
            articles.len(),
            bytes as f64 / mentions.max(1) as f64
        );
        println!("  baseline (digit scan): {:.0} MB/s", mb_f / base);
        println!(
            "  segment + extract + attach, one core: {:.1} MB/s",
            mb_f / full
        );
        println!("  ratio extract / baseline time: {:.0}x", full / base);
    }
}
