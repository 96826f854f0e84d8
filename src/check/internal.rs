//! Checks within one article: a weekday that does not match its date, and an
//! event said to be past but dated after the article's publication.

use super::{Finding, FindingKind, Severity};
use crate::claim::{resolve::weekday_of, Claim, ClaimValue, Modality};
use crate::corpus::Article;
use crate::extract::DateExpr;
use crate::grammar::Grammar;
use crate::value::{DateValue, Grain};
use chrono::{Datelike, NaiveDate};

pub fn check(claims: &[Claim], articles: &[Article], g: &Grammar) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let article = &articles[c.doc];
        if let Some(DateExpr::Calendar {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            weekday: Some(w),
        }) = c.mention.date
        {
            if let (Some(date), Some(wd)) = (NaiveDate::from_ymd_opt(y, m, d), weekday_of(w)) {
                if date.weekday() != wd {
                    out.push(Finding {
                        kind: FindingKind::Internal("weekday-mismatch"),
                        severity: Severity::Error,
                        key: c.key.clone(),
                        message: format!(
                            "{}: `{}` names a {:?} but {date} was a {:?}",
                            article.id,
                            c.mention.span.of(&article.text),
                            wd,
                            date.weekday()
                        ),
                        confidence: 1.0,
                        claims: vec![i],
                    });
                }
            }
        }
        if let (Some(p), Some(ClaimValue::Date(DateValue::Resolved { from, grain, .. })), Some(e)) =
            (article.published, c.value, c.event)
        {
            let explicit_year = matches!(
                c.mention.date,
                Some(DateExpr::Calendar { year: Some(_), .. }) | Some(DateExpr::Years { .. })
            );
            if explicit_year
                && from > p
                && grain <= Grain::Year
                && !c.mention.forward
                && c.modality != Modality::Future
            {
                out.push(Finding {
                    kind: FindingKind::Internal("after-publication"),
                    severity: Severity::Warning,
                    key: c.key.clone(),
                    message: format!(
                        "{}: {} dated {} but the article was published on {p}",
                        article.id,
                        g.events[e].label,
                        crate::report::date_label(&DateValue::Resolved {
                            from,
                            to: from,
                            grain
                        }),
                    ),
                    confidence: c.confidence,
                    claims: vec![i],
                });
            }
        }
    }
    out
}
