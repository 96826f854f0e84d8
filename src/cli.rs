//! Command-line arguments (clap derive). Only parsing lives here.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  recoupe check fixtures/demo/                 table of conflicting figures
  recoupe check --show-agreements articles/    also list corroborations
  recoupe check --format json articles/ > findings.json
  recoupe check --fail-on warning articles/    CI: fail on discrepancies too
  recoupe extract --format jsonl article.txt   every figure and date, one JSON per line
  cat article.txt | recoupe extract -          read from standard input

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage or input errors (the other inputs are still checked).";

/// Cross-check the figures and dates in French news articles.
///
/// recoupe reads a batch of articles, picks out every quantity and date, ties
/// each figure to the claim it belongs to (what, who, where, over what time),
/// and reports where sources disagree.
#[derive(Parser, Debug)]
#[command(name = "recoupe", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the table of conflicting figures across the articles.
    Check(CheckArgs),
    /// Print every figure and date found, with the claim it belongs to.
    Extract(ExtractArgs),
    /// Score the extractor on test cases (JSON Lines, see ../shared/eval/README.md).
    Eval(EvalArgs),
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Files of test cases, one JSON object per line.
    #[arg(required = true, value_name = "CASES")]
    pub cases: Vec<PathBuf>,
    /// Only the cases of these kinds (number, ordinal, percent, money, quantity, date, interval, duration…).
    #[arg(long, value_delimiter = ',')]
    pub kinds: Vec<String>,
    /// Cases judged out of scope, each with its reason (they still count as failures).
    #[arg(long, value_name = "FILE")]
    pub exclusions: Option<PathBuf>,
    /// How many failures to list.
    #[arg(long, default_value_t = 30)]
    pub failures: usize,
    /// Extra grammar folder merged over the builtin French grammar (repeatable).
    #[arg(long, value_name = "DIR")]
    pub grammar: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct InputArgs {
    /// Articles: files, folders (searched recursively for .txt and .md), or - for stdin.
    #[arg(required = true, value_name = "ARTICLES")]
    pub articles: Vec<PathBuf>,
    /// Publication date for articles whose front matter gives none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub published: Option<NaiveDate>,
    /// Extra grammar folder merged over the builtin French grammar (repeatable).
    #[arg(long, value_name = "DIR")]
    pub grammar: Vec<PathBuf>,
    /// Table width in columns (default: the terminal's).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    pub format: CheckFormat,
    /// Also list corroborations (sources that agree).
    #[arg(long)]
    pub show_agreements: bool,
    /// Show how each claim was attached: event and trigger word, agent,
    /// place, time scope, source and modality.
    #[arg(long)]
    pub explain: bool,
    /// Lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format; jsonl follows the output contract other tools read.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Table)]
    pub format: ExtractFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckFormat {
    Table,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtractFormat {
    Table,
    Jsonl,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("expected a date as YYYY-MM-DD, found `{s}`"))
}
