//! `recoupe` cross-checks the figures in French news.
//!
//! ```text
//! paths / stdin ──► corpus ──► text ──► extract ──► claim ──► check ──► report
//!                   Article    Sentence  Mention     Claim     Finding   table | json | jsonl
//! ```
//!
//! Each stage is a module with one job and a plain data type at its boundary;
//! the French vocabulary lives in `grammars/fr/*.toml`, compiled once into a
//! read-only [`grammar::Grammar`].
//!
//! ```
//! use recoupe::{check, claim, corpus, grammar::Grammar, text};
//! use std::path::Path;
//!
//! let g = Grammar::builtin().unwrap();
//! let a = corpus::article(Path::new("a.txt"), "La Russie est intervenue en Syrie en 2015.".into(), None).unwrap();
//! let b = corpus::article(Path::new("b.txt"), "L'opération russe en Syrie a été lancée le 30 septembre 2016.".into(), None).unwrap();
//! let articles = vec![a, b];
//! let claims: Vec<claim::Claim> = articles
//!     .iter()
//!     .enumerate()
//!     .flat_map(|(i, a)| claim::attach(i, a, &text::segment(a, &g), &g).claims)
//!     .collect();
//! let findings = check::check(&claims, &articles, &g);
//! assert_eq!(findings[0].kind, check::FindingKind::Contradiction);
//! ```

pub mod app;
pub mod check;
pub mod claim;
pub mod cli;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod extract;
pub mod grammar;
pub mod report;
pub mod span;
pub mod text;
pub mod value;

pub use error::{Error, Result};
