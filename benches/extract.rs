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

/// Every fixture article body, repeated until the corpus reaches `mb` megabytes.
fn corpus_text(mb: usize) -> Vec<corpus::Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut bodies = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("fixtures").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md")
                && p.file_name().is_some_and(|n| n != "README.md")
            {
                let a =
                    corpus::article(&p, std::fs::read(&p).expect("read"), None).expect("fixture");
                bodies.push(a.text[a.body.start..].to_string());
            }
        }
    }
    bodies.sort();
    let target = mb * 1_000_000;
    let mut articles = Vec::new();
    let mut size = 0;
    let mut i = 0;
    while size < target {
        // Articles of about 30 KB, like long news pieces.
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

fn main() {
    let mb: usize = std::env::var("RECOUPE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let g = Grammar::builtin().expect("grammar");
    let articles = corpus_text(mb);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb_f = bytes as f64 / 1e6;
    // Warm up, then measure the two side by side, alternating, three rounds each.
    black_box(baseline(&articles));
    black_box(extract_all(&articles[..articles.len().min(20)], &g));
    let (mut base, mut full) = (f64::MAX, f64::MAX);
    let mut mentions = 0;
    for _ in 0..3 {
        let t = Instant::now();
        black_box(baseline(&articles));
        base = base.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        mentions = black_box(extract_all(&articles, &g));
        full = full.min(t.elapsed().as_secs_f64());
    }
    println!(
        "corpus: {mb_f:.1} MB in {} articles, {mentions} mentions",
        articles.len()
    );
    println!("baseline (digit scan): {:.0} MB/s", mb_f / base);
    println!(
        "segment + extract + attach, one core: {:.1} MB/s",
        mb_f / full
    );
    println!("ratio extract / baseline time: {:.1}x", full / base);
}
