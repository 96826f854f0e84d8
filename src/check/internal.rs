//! Checks within one article: a weekday that does not match its date, an
//! event said to be past but dated after the article's publication, "depuis
//! N ans" against "depuis <year>" about the same thing, parts larger than
//! their whole, and percentages of one whole summing over 100.

use super::{Finding, FindingKind, Severity};
use crate::claim::{resolve::weekday_of, Claim, ClaimValue, Modality};
use crate::corpus::Article;
use crate::extract::DateExpr;
use crate::grammar::Grammar;
use crate::value::{DateValue, Grain, MentionKind};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

pub fn check(claims: &[Claim], articles: &[Article], g: &Grammar) -> Vec<Finding> {
    let mut out = since_mismatches(claims, articles);
    out.extend(parts_exceeding_whole(claims, articles, g));
    out.extend(shares_over_100(claims, articles, g));
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

/// The claims of one group of one article: durations since, explicit years since.
type SinceClaims = (Vec<usize>, Vec<usize>);

/// "depuis huit ans" and "depuis 2011" about the same thing in one article
/// (published in 2020): the two starts cannot both hold.
fn since_mismatches(claims: &[Claim], articles: &[Article]) -> Vec<Finding> {
    // Per article and claim group: the durations since, and the explicit years since.
    let mut groups: HashMap<(usize, &str), SinceClaims> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if !matches!(c.value, Some(ClaimValue::Date(_))) || !c.topic.is_empty() {
            continue;
        }
        let explicit_year = matches!(
            c.mention.date,
            Some(DateExpr::Calendar { year: Some(_), .. }) | Some(DateExpr::Years { .. })
        );
        let entry = groups.entry((c.doc, c.group.as_str())).or_default();
        if c.mention.kind == MentionKind::Duration {
            entry.0.push(i);
        } else if explicit_year && crate::claim::is_start(c.mention.relation) {
            entry.1.push(i);
        }
    }
    let mut out = Vec::new();
    for ((doc, _), (durations, years)) in groups {
        let article = &articles[doc];
        let value = |i: usize| match claims[i].value {
            Some(ClaimValue::Date(d)) => Some(d),
            _ => None,
        };
        for &d in &durations {
            let Some(y) = years.iter().copied().find(|&y| {
                value(d).zip(value(y)).and_then(|(a, b)| a.compatible(&b)) == Some(false)
            }) else {
                continue;
            };
            let (cd, cy) = (&claims[d], &claims[y]);
            out.push(Finding {
                kind: FindingKind::Internal("since-mismatch"),
                severity: Severity::Warning,
                key: cd.key.clone(),
                message: format!(
                    "{}: `{}` points to {} but `{}` says {}",
                    article.id,
                    cd.mention.span.of(&article.text),
                    value(d).map_or_else(String::new, |v| crate::report::date_label(&v)),
                    cy.mention.span.of(&article.text),
                    value(y).map_or_else(String::new, |v| crate::report::date_label(&v)),
                ),
                confidence: cd.confidence.min(cy.confidence),
                claims: if d < y { vec![d, y] } else { vec![y, d] },
            });
        }
    }
    out
}

/// The sum of the smallest values the claims allow.
fn sum_of_minima(claims: &[Claim], members: &[usize]) -> Option<f64> {
    members
        .iter()
        .map(|&i| match claims[i].value {
            Some(ClaimValue::Amount(v)) => v.min,
            _ => None,
        })
        .sum()
}

/// "50 morts, dont 30 civils et 25 soldats": the parts of one figure add
/// up to more than it.
fn parts_exceeding_whole(claims: &[Claim], articles: &[Article], g: &Grammar) -> Vec<Finding> {
    let mut by_span: HashMap<(usize, usize), usize> = HashMap::new();
    let mut parts: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    // A figure known only by its unit and its sentence's words is not
    // known well enough to hold its article to account.
    for (i, c) in claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.topic.is_empty())
    {
        by_span.insert((c.doc, c.mention.span.start), i);
        if let Some(w) = c.part_of {
            parts.entry((c.doc, w.start)).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (at, mut members) in parts {
        let Some(&w) = by_span.get(&at) else { continue };
        let whole = &claims[w];
        // Only parts of the same event ("dont 30 civils", not "et 100 blessés").
        members.retain(|&i| claims[i].event == whole.event && claims[i].modality == whole.modality);
        let Some(Some(max)) = (match whole.value {
            Some(ClaimValue::Amount(v)) => Some(v.max),
            _ => None,
        }) else {
            continue;
        };
        let Some(sum) = sum_of_minima(claims, &members) else {
            continue;
        };
        if members.is_empty() || sum <= max {
            continue;
        }
        let article = &articles[whole.doc];
        let said: Vec<&str> = members
            .iter()
            .map(|&i| claims[i].mention.span.of(&article.text))
            .collect();
        members.sort_unstable();
        let mut involved = vec![w];
        involved.extend(members);
        out.push(Finding {
            kind: FindingKind::Internal("parts-exceed-whole"),
            severity: Severity::Error,
            key: whole.key.clone(),
            message: format!(
                "{}: the parts ({}) add up to {} but the whole `{}` is {}",
                article.id,
                said.join(", "),
                crate::value::num(crate::value::tidy(sum)),
                whole.mention.span.of(&article.text),
                super::value_label(whole, g),
            ),
            confidence: whole.confidence,
            claims: involved,
        });
    }
    out
}

/// Tolerance for rounding when shares of one whole are summed ("33,4 %").
const SHARES_SLACK: f64 = 0.5;

/// Vote shares of one sentence ("A obtient 55 %, B 30 % et C 25 %") that
/// sum over 100 %. Figures set against each other ("58 % contre 66 % en
/// 2017") are not shares of one whole.
fn shares_over_100(claims: &[Claim], articles: &[Article], g: &Grammar) -> Vec<Finding> {
    type Sentence<'c> = (usize, usize, &'c str, &'c str, Option<&'c str>);
    let mut groups: HashMap<Sentence, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        let shares = c.event.is_some_and(|e| g.events[e].shares);
        if shares && c.mention.kind == MentionKind::Percent && c.part_of.is_none() {
            groups
                .entry((
                    c.doc,
                    c.sentence.start,
                    c.group.as_str(),
                    c.scope.as_str(),
                    c.area.as_deref(),
                ))
                .or_default()
                .push(i);
        }
    }
    let mut out = Vec::new();
    for ((doc, ..), mut members) in groups {
        if members.len() < 2 {
            continue;
        }
        members.sort_by_key(|&i| claims[i].mention.span.start);
        let article = &articles[doc];
        let text = &article.text;
        let (first, last) = (&claims[members[0]], &claims[members[members.len() - 1]]);
        if !g
            .comparison_cues
            .scan(text, first.mention.span.end, last.mention.span.start)
            .is_empty()
        {
            continue;
        }
        let Some(sum) = sum_of_minima(claims, &members) else {
            continue;
        };
        // Values are in the ratio dimension's base unit, the percent.
        if sum <= 100.0 + SHARES_SLACK {
            continue;
        }
        let said: Vec<&str> = members
            .iter()
            .map(|&i| claims[i].mention.span.of(text))
            .collect();
        out.push(Finding {
            kind: FindingKind::Internal("percent-over-100"),
            severity: Severity::Warning,
            key: first.key.clone(),
            message: format!(
                "{}: shares of one whole ({}) add up to {} %",
                article.id,
                said.join(", "),
                crate::value::num(crate::value::tidy(sum)),
            ),
            confidence: members
                .iter()
                .map(|&i| claims[i].confidence)
                .fold(1.0, f32::min),
            claims: members,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    /// The internal findings of each article checked alone, as check ids.
    fn internal(texts: &[&str], published: Option<&str>) -> Vec<String> {
        let p = published.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        let texts: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
        let (articles, claims, g) = crate::check::test_batch(&texts, p);
        let mut ids: Vec<String> = super::check(&claims, &articles, &g)
            .into_iter()
            .map(|f| f.kind.name())
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn internal_checks_table() {
        let cases: &[(&str, Option<&str>, &[&str])] = &[
            // Parts larger than their whole.
            (
                "L'attaque a fait 50 morts, dont 30 civils et 25 soldats.",
                None,
                &["internal:parts-exceed-whole"],
            ),
            (
                "L'attaque a fait 50 morts, dont 30 civils et 20 soldats.",
                None,
                &[],
            ),
            (
                "Au moins 50 personnes ont été tuées, parmi lesquelles 40 civils et 20 soldats.",
                None,
                &[],
            ),
            (
                "La police a interpellé 120 personnes, parmi lesquelles 130 mineurs.",
                None,
                &["internal:parts-exceed-whole"],
            ),
            // A part of another event does not count against the whole.
            (
                "L'ARS fait état de 87 cas avérés, dont 9 hospitalisations.",
                None,
                &[],
            ),
            // Shares of one whole.
            (
                "Le candidat sortant a obtenu 55 % des voix, son adversaire 30 % et le troisième 25 %.",
                None,
                &["internal:percent-over-100"],
            ),
            (
                "Le candidat sortant a obtenu 55 % des voix, son adversaire 30 % et le troisième 15 %.",
                None,
                &[],
            ),
            (
                "Le candidat sortant a obtenu 58 % des voix, contre 66 % en 2017.",
                None,
                &[],
            ),
            // Rates that are not shares of one whole.
            (
                "La participation a atteint 62 % au premier tour et 58 % au second tour.",
                None,
                &[],
            ),
            // "depuis N ans" against an explicit year.
            (
                "Le cessez-le-feu est en vigueur depuis huit ans. Selon l'ONU, le cessez-le-feu est en vigueur depuis 2011.",
                Some("2020-03-10"),
                &["internal:since-mismatch"],
            ),
            (
                "Le cessez-le-feu est en vigueur depuis huit ans. Selon l'ONU, le cessez-le-feu est en vigueur depuis 2012.",
                Some("2020-03-10"),
                &[],
            ),
            // An event dated after publication, unless it is to come.
            (
                "Le nouveau statut est entré en vigueur le 1er janvier 2027.",
                Some("2026-04-27"),
                &["internal:after-publication"],
            ),
            (
                "Le nouveau statut doit entrer en vigueur le 1er janvier 2027.",
                Some("2026-04-27"),
                &[],
            ),
            (
                "Il entrera en application au 1er janvier 2027.",
                Some("2026-04-27"),
                &[],
            ),
            // Without a publication date "depuis huit ans" points nowhere.
            (
                "Le cessez-le-feu est en vigueur depuis huit ans. Selon l'ONU, le cessez-le-feu est en vigueur depuis 2011.",
                None,
                &[],
            ),
        ];
        for (text, published, want) in cases {
            assert_eq!(internal(&[text], *published), *want, "{text}");
        }
    }

    #[test]
    fn since_n_years_agrees_with_since_the_year_across_articles() {
        use crate::check::FindingKind::{Contradiction, Corroboration};
        let p = NaiveDate::from_ymd_opt(2020, 3, 10);
        let kinds = |texts: [&str; 2]| -> Vec<crate::check::FindingKind> {
            let texts: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
            let (articles, claims, g) = crate::check::test_batch(&texts, p);
            crate::check::check(&claims, &articles, &g)
                .into_iter()
                .map(|f| f.kind)
                .collect()
        };
        let eight_years = "Le cessez-le-feu est en vigueur depuis huit ans.";
        assert_eq!(
            kinds([eight_years, "Le cessez-le-feu est en vigueur depuis 2012."]),
            [Corroboration]
        );
        assert_eq!(
            kinds([eight_years, "Le cessez-le-feu est en vigueur depuis 2009."]),
            [Contradiction]
        );
    }
}
