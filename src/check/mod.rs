//! Deciding where sources disagree. Claims are grouped by key in a hash map
//! (cost grows with the number of claims, not their square); within a group,
//! claims from different articles are compared, and each group with something
//! to say gives one finding. Same-article checks live in `internal`.

mod compare;
mod internal;

pub use compare::{verdict, Verdict};

use crate::claim::{Claim, ClaimValue};
use crate::corpus::Article;
use crate::grammar::Grammar;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    Contradiction,
    Discrepancy,
    Update,
    Corroboration,
    /// One article contradicts itself; the string is the check id.
    Internal(&'static str),
}

impl FindingKind {
    pub fn name(self) -> String {
        match self {
            FindingKind::Contradiction => "contradiction".into(),
            FindingKind::Discrepancy => "discrepancy".into(),
            FindingKind::Update => "update".into(),
            FindingKind::Corroboration => "corroboration".into(),
            FindingKind::Internal(id) => format!("internal:{id}"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A result of checking: never an error of the tool.
#[derive(Clone, Debug)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub key: String,
    pub message: String,
    pub confidence: f32,
    /// Indices into the claims given to `check`, in article order.
    pub claims: Vec<usize>,
}

/// Compares every group of claims about the same thing across the batch.
pub fn check(claims: &[Claim], articles: &[Article], g: &Grammar) -> Vec<Finding> {
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.value.is_some() && !c.listed {
            groups.entry(c.group.as_str()).or_default().push(i);
        }
    }
    let mut findings: Vec<Finding> = groups
        .into_values()
        .flat_map(|members| group_findings(claims, articles, g, &members))
        .collect();
    findings.extend(internal::check(claims, articles, g));
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| first_position(claims, a).cmp(&first_position(claims, b)))
    });
    findings
}

fn first_position(claims: &[Claim], f: &Finding) -> (usize, usize) {
    f.claims
        .first()
        .map_or((0, 0), |&i| (claims[i].doc, claims[i].mention.span.start))
}

/// The findings of one group: one per verdict found between claims of
/// different, independent articles, each with the claims involved. A group
/// can hold a corroboration (27,3 % in both) beside a conflict: the
/// agreement is not hidden by the disagreement.
fn group_findings(
    claims: &[Claim],
    articles: &[Article],
    g: &Grammar,
    members: &[usize],
) -> Vec<Finding> {
    let mut involved: Vec<(Verdict, usize, usize)> = Vec::new();
    for (x, &i) in members.iter().enumerate() {
        for &j in &members[x + 1..] {
            let (a, b) = (&claims[i], &claims[j]);
            if !independent(articles, a.doc, b.doc) {
                continue;
            }
            let Some(v) = verdict(a, b, articles, g) else {
                continue;
            };
            involved.push((v, i, j));
        }
    }
    // A claim that another source contradicts is not corroborated by a third
    // that only agrees with it in part ("30 septembre" without a year beside
    // "30 septembre 2016", itself contradicted): the contradiction is the news.
    let contested: Vec<usize> = involved
        .iter()
        .filter(|(v, _, _)| *v == Verdict::Contradiction)
        .flat_map(|&(_, i, j)| [i, j])
        .collect();
    involved.retain(|&(v, i, j)| {
        v != Verdict::Agree || !(contested.contains(&i) || contested.contains(&j))
    });
    let mut verdicts: Vec<Verdict> = involved.iter().map(|&(v, _, _)| v).collect();
    verdicts.sort();
    verdicts.dedup();
    verdicts
        .into_iter()
        .rev()
        .map(|v| verdict_finding(claims, articles, g, &involved, v))
        .collect()
}

/// The finding of one verdict within a group, with the claims involved.
fn verdict_finding(
    claims: &[Claim],
    articles: &[Article],
    g: &Grammar,
    involved: &[(Verdict, usize, usize)],
    worst: Verdict,
) -> Finding {
    let mut chosen: Vec<usize> = involved
        .iter()
        .filter(|(v, _, _)| *v == worst)
        .flat_map(|&(_, i, j)| [i, j])
        .collect();
    chosen.sort_by_key(|&i| (claims[i].doc, claims[i].mention.span.start));
    chosen.dedup();
    // One claim per article and value is enough to show.
    let mut seen = Vec::new();
    chosen.retain(|&i| {
        let id = (claims[i].doc, value_label(&claims[i], g));
        let new = !seen.contains(&id);
        seen.push(id);
        new
    });
    let (kind, severity) = match worst {
        Verdict::Contradiction => (FindingKind::Contradiction, Severity::Error),
        Verdict::Discrepancy => (FindingKind::Discrepancy, Severity::Warning),
        Verdict::Decrease => (FindingKind::Update, Severity::Warning),
        Verdict::Increase => (FindingKind::Update, Severity::Info),
        Verdict::Agree => (FindingKind::Corroboration, Severity::Info),
    };
    let fallback = chosen.iter().any(|&i| claims[i].fallback);
    // A finding from a fallback key (no event recognised) is never an error.
    let severity = if fallback {
        severity.min(Severity::Warning)
    } else {
        severity
    };
    let confidence = chosen
        .iter()
        .map(|&i| claims[i].confidence)
        .fold(1.0, f32::min);
    let message = message(claims, articles, g, &chosen, worst);
    Finding {
        kind,
        severity,
        key: claims[chosen[0]].key.clone(),
        message,
        confidence,
        claims: chosen,
    }
}

/// Two articles are independent sources when they are different files and
/// do not name the same outlet.
fn independent(articles: &[Article], a: usize, b: usize) -> bool {
    if a == b {
        return false;
    }
    match (&articles[a].source, &articles[b].source) {
        (Some(x), Some(y)) => !x.eq_ignore_ascii_case(y),
        _ => true,
    }
}

/// The value of a claim in words a journalist reads: "30 Sept 2016", "≥ 200 militant".
pub fn value_label(c: &Claim, g: &Grammar) -> String {
    match c.value {
        Some(ClaimValue::Date(d)) => crate::report::date_label(&d),
        Some(ClaimValue::Amount(_)) | None => {
            let m = &c.mention;
            let v = m.value.map(|v| v.to_string()).unwrap_or_default();
            // The counted noun is in the claim's description; units stay.
            let unit = m.unit.map(|u| g.units[u].id.clone()).unwrap_or_default();
            let mark = match m.approx {
                crate::value::Approx::MoreThan => "> ",
                crate::value::Approx::AtLeast => "≥ ",
                crate::value::Approx::LessThan => "< ",
                crate::value::Approx::AtMost => "≤ ",
                crate::value::Approx::About => "~",
                _ => "",
            };
            let v = match (m.approx, m.value) {
                (crate::value::Approx::MoreThan | crate::value::Approx::AtLeast, Some(i)) => {
                    i.min.map(crate::value::num).unwrap_or(v)
                }
                (crate::value::Approx::LessThan | crate::value::Approx::AtMost, Some(i)) => {
                    i.max.map(crate::value::num).unwrap_or(v)
                }
                (crate::value::Approx::About, Some(i)) => i
                    .min
                    .zip(i.max)
                    .map(|(a, b)| crate::value::num(crate::value::tidy((a + b) / 2.0)))
                    .unwrap_or(v),
                _ => v,
            };
            format!("{mark}{v} {unit}").trim().to_string()
        }
    }
}

/// What the claim is about, in words: "start of the military operation (russia, syria)".
pub fn subject(c: &Claim, g: &Grammar) -> String {
    let what = match c.event {
        Some(e) => g.events[e].label.clone(),
        None => format!("number of {}", c.measure),
    };
    let mut parts = Vec::new();
    if let Some(a) = c.agent {
        parts.push(g.entities[a].id.clone());
    }
    if let Some(p) = c.place {
        if Some(p) != c.agent {
            parts.push(format!("in {}", g.entities[p].id));
        }
    }
    if !c.scope.is_empty() {
        parts.push(c.scope.clone());
    }
    if parts.is_empty() {
        what
    } else {
        format!("{what} ({})", parts.join(", "))
    }
}

fn message(
    claims: &[Claim],
    articles: &[Article],
    g: &Grammar,
    chosen: &[usize],
    v: Verdict,
) -> String {
    let said: Vec<String> = chosen
        .iter()
        .map(|&i| {
            format!(
                "{} says {}",
                articles[claims[i].doc].id,
                value_label(&claims[i], g)
            )
        })
        .collect();
    let what = subject(&claims[chosen[0]], g);
    let verb = match v {
        Verdict::Contradiction => "cannot both hold",
        Verdict::Discrepancy => "differ slightly",
        Verdict::Increase => "grew between publications",
        Verdict::Decrease => "fell between publications",
        Verdict::Agree => "agree",
    };
    format!("{what}: {} — {verb}", said.join("; "))
}
