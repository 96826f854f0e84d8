//! Rendering findings and mentions: a table for people, JSON and JSON Lines
//! for machines. Lines and columns are computed here, from byte spans.

mod table;
pub mod wire;

use crate::check::{self, Finding, FindingKind};
use crate::claim::{Attached, Claim};
use crate::corpus::Article;
use crate::grammar::Grammar;
use crate::span::{LineIndex, Span};
use crate::value::{DateValue, Grain};
use chrono::Datelike;
use std::io::{self, Write};

pub use table::{render_check_table, render_extract_table};

/// Everything a report may show.
pub struct Report<'a> {
    pub articles: &'a [Article],
    pub attached: &'a [Attached],
    pub claims: &'a [Claim],
    pub findings: &'a [Finding],
    pub errors: &'a [String],
    pub grammar: &'a Grammar,
    pub show_agreements: bool,
    /// Show how each claim of a finding was attached.
    pub explain: bool,
    /// Table width; `None` lets the terminal decide.
    pub width: Option<u16>,
}

impl Report<'_> {
    /// Findings to show: corroborations only when asked.
    pub fn shown(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |f| self.show_agreements || f.kind != FindingKind::Corroboration)
    }

    pub fn summary(&self) -> wire::Summary {
        let count =
            |k: fn(&FindingKind) -> bool| self.findings.iter().filter(|f| k(&f.kind)).count();
        wire::Summary {
            articles: self.articles.len(),
            mentions: self.attached.iter().map(|a| a.mentions.len()).sum(),
            claims: self.claims.len(),
            contradictions: count(|k| *k == FindingKind::Contradiction),
            discrepancies: count(|k| *k == FindingKind::Discrepancy),
            updates: count(|k| *k == FindingKind::Update),
            corroborations: count(|k| *k == FindingKind::Corroboration),
            internal: count(|k| matches!(k, FindingKind::Internal(_))),
            errors: self.errors.len(),
        }
    }
}

/// "30 Sep 2016", "Sep 2016", "2015", "27 Feb (year not stated)".
pub fn date_label(d: &DateValue) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = |m: u32| MONTHS.get(m as usize - 1).copied().unwrap_or("?");
    match *d {
        DateValue::Resolved { from, to, grain } => match grain {
            Grain::Day if from == to => {
                format!("{} {} {}", from.day(), month(from.month()), from.year())
            }
            Grain::Month => format!("{} {}", month(from.month()), from.year()),
            Grain::Year if from.year() == to.year() => from.year().to_string(),
            Grain::Year => format!("{}–{}", from.year(), to.year()),
            _ => format!("{from} to {to}"),
        },
        DateValue::Partial {
            month: Some(m),
            day: Some(day),
            ..
        } => format!("{day} {} (year not stated)", month(m)),
        DateValue::Partial { month: Some(m), .. } => format!("{} (year not stated)", month(m)),
        DateValue::Partial { .. } => "date (not stated)".into(),
    }
}

pub fn wire_date(d: &DateValue) -> wire::Date {
    match *d {
        DateValue::Resolved { from, to, grain } => wire::Date::Resolved {
            from: from.to_string(),
            to: to.to_string(),
            grain: grain.as_str(),
        },
        DateValue::Partial { grain, month, day } => wire::Date::Partial {
            grain: grain.as_str(),
            month,
            day,
            year: None,
        },
    }
}

fn wire_interval(v: &crate::value::Interval) -> wire::Interval {
    let n = |x: Option<f64>| x.map_or(serde_json::Value::Null, wire::number);
    wire::Interval {
        min: n(v.min),
        max: n(v.max),
    }
}

fn claim_ref(c: &Claim, article: &Article, g: &Grammar) -> wire::ClaimRef {
    wire::ClaimRef {
        key: c.key.clone(),
        event: c.event.map(|e| g.events[e].id.clone()),
        agent: c.agent.map(|e| g.entities[e].id.clone()),
        place: c.place.map(|e| g.entities[e].id.clone()),
        scope: c.scope.clone(),
        area: c.area.clone(),
        measure: c.measure.clone(),
        modality: c.modality.as_str(),
        attribution: c.attribution.map(|s| s.of(&article.text).to_string()),
    }
}

/// `recoupe extract --format jsonl`: one mention per line.
pub fn render_jsonl(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    for (article, attached) in r.articles.iter().zip(r.attached) {
        let index = LineIndex::new(&article.text);
        for (i, m) in attached.mentions.iter().enumerate() {
            let (line, column) = index.line_col(&article.text, m.span.start);
            let claim =
                attached.claim_of[i].map(|c| claim_ref(&attached.claims[c], article, r.grammar));
            let w = wire::Mention {
                doc: article.id.clone(),
                start: m.span.start,
                end: m.span.end,
                line,
                column,
                text: m.span.of(&article.text).to_string(),
                kind: m.kind.as_str(),
                value: m.value.as_ref().map(wire_interval),
                approx: m.approx.as_str(),
                unit: m.unit.map(|u| r.grammar.units[u].id.clone()),
                counted: m.counted.clone(),
                date: attached.dates[i].as_ref().map(wire_date),
                time: m.time.map(|t| wire::Time {
                    from: crate::value::TimeSpan::clock(t.from),
                    to_exclusive: crate::value::TimeSpan::clock(t.to),
                    grain: t.grain.as_str(),
                }),
                from_now: m.from_now.map(|w| wire::FromNow {
                    from_seconds: w.from,
                    to_seconds: w.to,
                }),
                claim,
                path: article.path.display().to_string(),
                relative: m.relative.map(|r| wire::Relative {
                    relative_to: r.to.as_str(),
                    offset: r.offset,
                }),
            };
            serde_json::to_writer(&mut *out, &w)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// `recoupe check --format json`.
pub fn render_json(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let findings = r
        .shown()
        .map(|f| wire::Finding {
            kind: f.kind.name(),
            severity: f.severity.as_str(),
            key: f.key.clone(),
            message: f.message.clone(),
            confidence: f.confidence,
            claims: f
                .claims
                .iter()
                .map(|&i| finding_claim(r, &r.claims[i]))
                .collect(),
        })
        .collect();
    let output = wire::CheckOutput {
        summary: r.summary(),
        findings,
        errors: r.errors.to_vec(),
    };
    serde_json::to_writer_pretty(&mut *out, &output)?;
    writeln!(out)
}

fn finding_claim(r: &Report, c: &Claim) -> wire::FindingClaim {
    let article = &r.articles[c.doc];
    let (line, column) =
        LineIndex::new(&article.text).line_col(&article.text, c.mention.span.start);
    wire::FindingClaim {
        doc: article.id.clone(),
        path: article.path.display().to_string(),
        source: article.source.clone(),
        published: article.published.map(|p| p.to_string()),
        line,
        column,
        text: c.mention.span.of(&article.text).to_string(),
        value: c.mention.value.as_ref().map(wire_interval),
        date: match c.value {
            Some(crate::claim::ClaimValue::Date(d)) => Some(wire_date(&d)),
            _ => None,
        },
        shown: check::value_label(c, r.grammar),
        sentence: c.sentence.of(&article.text).to_string(),
        attribution: c.attribution.map(|s| s.of(&article.text).to_string()),
        modality: c.modality.as_str(),
        explain: explanation(c, article, r.grammar),
    }
}

/// How a claim was attached, in one line: "event start
/// (trigger `intervenue`), agent russia, place syria (from the article), …".
pub fn explanation(c: &Claim, article: &Article, g: &Grammar) -> String {
    let text = &article.text;
    let event = match (c.event, c.trigger) {
        (Some(e), Some(t)) => format!("event {} (trigger `{}`)", g.events[e].id, t.of(text)),
        (Some(e), None) => format!("event {}", g.events[e].id),
        (None, _) => format!("no event: compared by its noun `{}`", c.measure),
    };
    let agent = c.agent.map_or("agent none".to_string(), |a| {
        format!("agent {}", g.entities[a].id)
    });
    let place = match (c.place, &c.local_place) {
        (Some(p), _) if c.place_inferred => {
            format!("place {} (from the article)", g.entities[p].id)
        }
        (Some(p), _) => format!("place {}", g.entities[p].id),
        (None, Some(l)) => format!("place `{l}`"),
        (None, None) => "place none".to_string(),
    };
    let scope = if c.scope.is_empty() {
        "scope none".to_string()
    } else {
        format!("scope {}", c.scope)
    };
    let scope = match &c.area {
        Some(a) => format!("{scope}, area {}", crate::check::area_label(g, a)),
        None => scope,
    };
    let source = c
        .attribution
        .map(|s| format!(", said `{}`", s.of(text)))
        .or_else(|| c.source.as_ref().map(|s| format!(", source {s}")))
        .unwrap_or_default();
    format!(
        "{event}, {agent}, {place}, {scope}, {}{source}",
        c.modality.as_str()
    )
}

/// A short excerpt of the sentence with the figure marked: "…intervenue dans le conflit [en 2015], aidant…".
pub fn excerpt(text: &str, sentence: Span, figure: Span, radius: usize) -> String {
    let before: String = {
        let s = &text[sentence.start..figure.start];
        let chars: Vec<char> = s.chars().collect();
        let cut = chars.len().saturating_sub(radius);
        let body: String = chars[cut..].iter().collect();
        if cut > 0 {
            format!("…{}", body.trim_start())
        } else {
            body
        }
    };
    let after: String = {
        let s = &text[figure.end..sentence.end];
        let chars: Vec<char> = s.chars().collect();
        let body: String = chars.iter().take(radius).collect();
        if chars.len() > radius {
            format!("{}…", body.trim_end())
        } else {
            body
        }
    };
    format!("{before}[{}]{after}", figure.of(text)).replace(['\n', '\r'], " ")
}
