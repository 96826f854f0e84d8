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

pub mod app;
pub mod check;
pub mod claim;
pub mod cli;
pub mod corpus;
pub mod error;
pub mod extract;
pub mod grammar;
pub mod report;
pub mod span;
pub mod text;
pub mod value;

pub use error::{Error, Result};
