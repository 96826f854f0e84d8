//! Runs the pipeline once for a command: load, segment, extract and attach
//! (in parallel across articles), check, render.

use crate::check::{self, Finding, Severity};
use crate::claim::{self, Attached, Claim};
use crate::cli::{CheckFormat, Cli, Command, ExtractFormat, FailOn, InputArgs};
use crate::corpus::{self, Article};
use crate::grammar::Grammar;
use crate::report::{self, Report};
use crate::text;
use rayon::prelude::*;
use std::io::{self, Write};

/// What the run found, for the exit status.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Some finding is at or above `--fail-on`.
    pub failed: bool,
    /// Some input or the grammar was rejected.
    pub errored: bool,
}

/// The batch after extraction and attachment.
pub struct Batch {
    pub grammar: Grammar,
    pub articles: Vec<Article>,
    pub attached: Vec<Attached>,
    pub claims: Vec<Claim>,
    pub errors: Vec<String>,
}

/// A counter on stderr for long runs, only when stderr is a terminal.
struct Progress {
    total: usize,
    done: std::sync::atomic::AtomicUsize,
    shown: bool,
}

impl Progress {
    /// Batches smaller than this finish before a counter would help.
    const MIN_ARTICLES: usize = 200;

    fn new(total: usize) -> Progress {
        use std::io::IsTerminal;
        Progress {
            total,
            done: std::sync::atomic::AtomicUsize::new(0),
            shown: total >= Self::MIN_ARTICLES && io::stderr().is_terminal(),
        }
    }

    fn tick(&self) {
        let done = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        if self.shown && (done % 50 == 0 || done == self.total) {
            eprint!("\rrecoupe: {done}/{} articles read", self.total);
        }
    }

    fn finish(&self) {
        if self.shown {
            eprintln!();
        }
    }
}

/// Loads the grammar and the articles and attaches every figure to its claim.
pub fn analyse(input: &InputArgs) -> Result<Batch, crate::Error> {
    let grammar = Grammar::load(&input.grammar)?;
    let mut loaded = corpus::load(&input.articles, input.published);
    // A dateline in the text dates an article whose front matter does not;
    // --published is only the default for the rest.
    for a in &mut loaded.articles {
        if !a.dated_by_front_matter {
            if let Some(d) = text::dateline(a, &grammar) {
                a.published = Some(d);
            }
        }
    }
    let errors: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
    let progress = Progress::new(loaded.articles.len());
    let attached: Vec<Attached> = loaded
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let attached = claim::attach(i, a, &text::segment(a, &grammar), &grammar);
            progress.tick();
            attached
        })
        .collect();
    progress.finish();
    let claims = attached
        .iter()
        .flat_map(|a| a.claims.iter().cloned())
        .collect();
    Ok(Batch {
        grammar,
        articles: loaded.articles,
        attached,
        claims,
        errors,
    })
}

/// `recoupe eval`: scores the extractor and prints accuracy per kind.
fn run_eval(
    args: &crate::cli::EvalArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Outcome> {
    let prepared = Grammar::load(&args.grammar).and_then(|g| {
        let cases = crate::eval::load_cases(&args.cases)?;
        let exclusions = match &args.exclusions {
            Some(p) => crate::eval::load_exclusions(p)?,
            None => crate::eval::Exclusions::default(),
        };
        Ok((g, cases, exclusions))
    });
    let (g, mut cases, exclusions) = match prepared {
        Ok(v) => v,
        Err(e) => {
            writeln!(err, "recoupe: error: {e}")?;
            return Ok(Outcome {
                failed: false,
                errored: true,
            });
        }
    };
    if !args.kinds.is_empty() {
        cases.retain(|c| {
            args.kinds.contains(&c.kind)
                || (c.kind == "none" && args.kinds.iter().any(|k| k == "none"))
        });
    }
    let score = crate::eval::score(&cases, &g, &exclusions);
    crate::eval::render(&score, args.failures, out)?;
    Ok(Outcome::default())
}

pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Outcome> {
    let input = match &cli.command {
        Command::Check(a) => &a.input,
        Command::Extract(a) => &a.input,
        Command::Eval(a) => return run_eval(a, out, err),
    };
    let batch = match analyse(input) {
        Ok(b) => b,
        Err(e) => {
            writeln!(err, "recoupe: error: {e}")?;
            return Ok(Outcome {
                failed: false,
                errored: true,
            });
        }
    };
    for e in &batch.errors {
        writeln!(err, "recoupe: error: {e}")?;
    }
    let mut outcome = Outcome {
        failed: false,
        errored: !batch.errors.is_empty(),
    };
    let findings: Vec<Finding> = match &cli.command {
        Command::Check(_) => check::check(&batch.claims, &batch.articles, &batch.grammar),
        Command::Extract(_) | Command::Eval(_) => Vec::new(),
    };
    let mut report = Report {
        articles: &batch.articles,
        attached: &batch.attached,
        claims: &batch.claims,
        findings: &findings,
        errors: &batch.errors,
        grammar: &batch.grammar,
        show_agreements: false,
        explain: false,
        width: input.width,
    };
    match &cli.command {
        Command::Check(args) => {
            report.show_agreements = args.show_agreements;
            report.explain = args.explain;
            match args.format {
                CheckFormat::Table => report::render_check_table(&report, out)?,
                CheckFormat::Json => report::render_json(&report, out)?,
            }
            let threshold = match args.fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Never => None,
            };
            outcome.failed = threshold.is_some_and(|t| findings.iter().any(|f| f.severity >= t));
        }
        Command::Extract(args) => match args.format {
            ExtractFormat::Table => report::render_extract_table(&report, out)?,
            ExtractFormat::Jsonl => report::render_jsonl(&report, out)?,
        },
        Command::Eval(_) => {}
    }
    Ok(outcome)
}
