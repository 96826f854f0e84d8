//! Checking cost against the number of claims (issue 5: "Checking 1 million
//! claims grouped into keys runs in seconds"). Synthetic claims, already
//! attached, are grouped into keys of about 50 claims from many articles,
//! with a few distinct values per key (agreeing and conflicting ones); a
//! second series puts every claim into a handful of very large keys, where
//! a pairwise comparison would be quadratic. The time per claim should stay
//! flat from 10k to 1M in both. Figures are from one run: these machines
//! are shared and noisy.
//!
//! Run: `cargo bench --bench check`.

use recoupe::check;
use recoupe::claim::{Claim, ClaimValue, Modality};
use recoupe::corpus;
use recoupe::extract::Mention;
use recoupe::grammar::Grammar;
use recoupe::span::Span;
use recoupe::value::{Interval, MentionKind};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

const ARTICLES: usize = 2_000;
const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];

fn articles() -> Vec<corpus::Article> {
    (0..ARTICLES)
        .map(|i| {
            let text = format!("---\nsource: outlet{}\n---\n300 morts.\n", i % 97);
            corpus::article(Path::new(&format!("{i}.txt")), text.into_bytes(), None)
                .expect("article")
        })
        .collect()
}

/// A cheap deterministic pseudo-random sequence.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// `n` claims spread over `keys` keys; each key has a few distinct values.
fn claims(n: usize, keys: usize, g: &Grammar) -> Vec<Claim> {
    let event = g.events.iter().position(|e| e.id == "deaths");
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    (0..n)
        .map(|i| {
            let key = i % keys;
            let doc = (next(&mut state) as usize) % ARTICLES;
            // Mostly agreeing values, some conflicting ones.
            let value = 300.0 + (next(&mut state) % 4) as f64 * 10.0 + key as f64;
            let group = format!("deaths|people|k{key}|asserted");
            Claim {
                doc,
                mention: Mention {
                    span: Span::new(20, 28),
                    value: Some(Interval::exact(value)),
                    counted: Some("mort".into()),
                    ..Mention::of(MentionKind::Quantity)
                },
                sentence: Span::new(20, 30),
                key: format!("{group}|"),
                group,
                event,
                fallback: false,
                measure: "people".into(),
                agent: None,
                place: None,
                place_inferred: true,
                local_place: None,
                scope: String::new(),
                area: None,
                part_of: None,
                listed: false,
                attribution: None,
                source: None,
                modality: Modality::Asserted,
                trigger: None,
                anchor: Span::new(20, 28),
                rescheduled: false,
                topic: Vec::new(),
                value: Some(ClaimValue::Amount(Interval::exact(value))),
                rounding: 0.0,
                confidence: 0.9,
            }
        })
        .collect()
}

fn time(claims: &[Claim], articles: &[corpus::Article], g: &Grammar) -> (f64, usize) {
    let start = Instant::now();
    let findings = black_box(check::check(black_box(claims), articles, g));
    (start.elapsed().as_secs_f64(), findings.len())
}

fn main() {
    let g = Grammar::builtin().expect("grammar");
    let articles = articles();
    println!(
        "{:>10}  {:>12}  {:>10}  {:>9}  {:>12}  {:>10}  {:>9}",
        "claims", "keys of ~50", "µs/claim", "findings", "8 keys", "µs/claim", "findings"
    );
    for n in SIZES {
        let small = claims(n, (n / 50).max(1), &g);
        let (t_small, f_small) = time(&small, &articles, &g);
        drop(small);
        let large = claims(n, 8, &g);
        let (t_large, f_large) = time(&large, &articles, &g);
        println!(
            "{n:>10}  {:>11.3}s  {:>10.2}  {f_small:>9}  {:>11.3}s  {:>10.2}  {f_large:>9}",
            t_small,
            t_small * 1e6 / n as f64,
            t_large,
            t_large * 1e6 / n as f64,
        );
    }
}
