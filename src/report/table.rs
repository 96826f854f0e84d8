//! Tables for people, with comfy-table: one block of rows per finding.

use super::{excerpt, Report};
use crate::check::{self, FindingKind, Severity};
use crate::span::LineIndex;
use comfy_table::{
    presets::UTF8_FULL_CONDENSED, Attribute, Cell, Color, ColumnConstraint, ContentArrangement,
    Table,
};
use std::io::{self, Write};

/// A table whose columns listed in `keep` never wrap (file:line, values).
fn new_table(width: Option<u16>, header: &[&str], keep: &[usize]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    match width {
        Some(w) => {
            t.set_width(w);
            t.force_no_tty();
        }
        None if !t.is_tty() => {
            t.set_width(140);
        }
        None => {}
    }
    t.set_header(
        header
            .iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    for &i in keep {
        if let Some(c) = t.column_mut(i) {
            c.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    t
}

fn verdict_cell(kind: FindingKind, severity: Severity) -> Cell {
    let color = match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Info => Color::Green,
    };
    Cell::new(kind.name())
        .fg(color)
        .add_attribute(Attribute::Bold)
}

/// `recoupe check`: the findings, then a one-line summary.
pub fn render_check_table(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let shown: Vec<_> = r.shown().collect();
    if !shown.is_empty() {
        let mut t = new_table(
            r.width,
            &["#", "verdict", "claim", "says", "where", "excerpt"],
            &[0, 1, 3, 4],
        );
        for (n, f) in shown.iter().enumerate() {
            for (k, &ci) in f.claims.iter().enumerate() {
                let c = &r.claims[ci];
                let a = &r.articles[c.doc];
                let (line, col) = LineIndex::new(&a.text).line_col(&a.text, c.mention.span.start);
                let mut says = check::value_label(c, r.grammar);
                if c.modality != crate::claim::Modality::Asserted {
                    says.push_str(&format!(" ({})", c.modality.as_str()));
                }
                let first = k == 0;
                t.add_row(vec![
                    Cell::new(if first {
                        (n + 1).to_string()
                    } else {
                        String::new()
                    }),
                    if first {
                        verdict_cell(f.kind, f.severity)
                    } else {
                        Cell::new("")
                    },
                    Cell::new(if first {
                        check::subject(c, r.grammar)
                    } else {
                        String::new()
                    }),
                    Cell::new(says),
                    Cell::new(format!("{}:{line}:{col}", a.path.display())),
                    Cell::new(excerpt(&a.text, c.sentence, c.mention.span, 28)),
                ]);
            }
        }
        writeln!(out, "{t}")?;
        for (n, f) in shown.iter().enumerate() {
            writeln!(
                out,
                "{}. {} (confidence {:.1})",
                n + 1,
                f.message,
                f.confidence
            )?;
            if r.explain {
                for &ci in &f.claims {
                    let c = &r.claims[ci];
                    let a = &r.articles[c.doc];
                    let (line, _) = LineIndex::new(&a.text).line_col(&a.text, c.mention.span.start);
                    writeln!(
                        out,
                        "   {}:{line} `{}`: {}",
                        a.id,
                        c.mention.span.of(&a.text),
                        super::explanation(c, a, r.grammar)
                    )?;
                }
            }
        }
    }
    let s = r.summary();
    let hidden = if r.show_agreements || s.corroborations == 0 {
        String::new()
    } else {
        " (shown with --show-agreements)".into()
    };
    writeln!(
        out,
        "{} article(s), {} claim(s): {} contradiction(s), {} discrepancy(ies), {} update(s), {} internal, {} corroboration(s){hidden}{}",
        s.articles,
        s.claims,
        s.contradictions,
        s.discrepancies,
        s.updates,
        s.internal,
        s.corroborations,
        if s.errors > 0 { format!("; {} input error(s)", s.errors) } else { String::new() }
    )
}

/// `recoupe extract`: every mention with its value and claim.
pub fn render_extract_table(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut t = new_table(
        r.width,
        &["where", "kind", "text", "value", "unit / counted", "claim"],
        &[0, 1],
    );
    for (a, attached) in r.articles.iter().zip(r.attached) {
        let index = LineIndex::new(&a.text);
        for (i, m) in attached.mentions.iter().enumerate() {
            let (line, col) = index.line_col(&a.text, m.span.start);
            let value = match (&attached.dates[i], m.value, m.time) {
                (Some(d), _, Some(t)) => format!("{} {t}", super::date_label(d)),
                (Some(d), _, None) => super::date_label(d),
                (None, _, Some(t)) => t.to_string(),
                (None, Some(v), None) => format!("{v} {}", m.approx.as_str()),
                (None, None, None) => "(unresolved)".into(),
            };
            let what = m
                .unit
                .map(|u| r.grammar.units[u].id.clone())
                .or_else(|| m.counted.clone())
                .unwrap_or_default();
            let claim = attached.claim_of[i]
                .map(|c| check::subject(&attached.claims[c], r.grammar))
                .unwrap_or_default();
            t.add_row(vec![
                format!("{}:{line}:{col}", a.path.display()),
                m.kind.as_str().to_string(),
                m.span.of(&a.text).to_string(),
                value,
                what,
                claim,
            ]);
        }
    }
    writeln!(out, "{t}")
}
