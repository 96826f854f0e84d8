//! The optional front matter at the top of an article:
//!
//! ```text
//! ---
//! date: 2016-03-15
//! source: AFP
//! title: Al-Nosra annonce une offensive
//! url: https://example.org/article
//! ---
//! ```
//!
//! Keys other than these four are ignored (other tools put theirs there);
//! a block that is never closed or a date that is not `YYYY-MM-DD` is an
//! error with its line and column.

use chrono::NaiveDate;
use nom::bytes::complete::{tag, take_till};
use nom::character::complete::space0;
use nom::combinator::rest;
use nom::{IResult, Parser};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrontMatter {
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Byte offset where the article body starts.
    pub body_start: usize,
}

/// `key: value` on one line.
fn field(i: &str) -> IResult<&str, (&str, &str)> {
    let (i, key) = take_till(|c| c == ':').parse(i)?;
    let (i, _) = tag(":").parse(i)?;
    let (i, _) = space0(i)?;
    let (i, value) = rest(i)?;
    Ok((i, (key.trim(), value.trim())))
}

/// Parses the front matter if the text starts with a `---` line; errors are
/// `(line, column, message)`.
pub fn parse_front_matter(text: &str) -> Result<FrontMatter, (usize, usize, String)> {
    let start = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = start.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return Ok(FrontMatter::default());
    }
    if !lines.clone().any(|l| l.trim_end() == "---") {
        return Err((
            1,
            1,
            "front matter opened with `---` is never closed".into(),
        ));
    }
    let mut fm = FrontMatter::default();
    let mut offset = text.len() - start.len() + start.find('\n').map_or(start.len(), |p| p + 1);
    for (n, raw) in lines.enumerate() {
        let line = n + 2;
        offset += raw.len();
        let l = raw.trim_end_matches(['\n', '\r']);
        if l.trim_end() == "---" {
            let body = &text[offset..];
            fm.body_start = text.len() - body.trim_start_matches(['\n', '\r']).len();
            return Ok(fm);
        }
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let Ok((_, (key, value))) = field(l) else {
            return Err((
                line,
                1,
                format!(
                    "expected `key: value` in front matter, found `{}`",
                    l.trim()
                ),
            ));
        };
        let value_column = l.find(':').map_or(1, |p| l[..p].chars().count() + 3);
        let value = value.trim_matches(['"', '\'']);
        match key {
            "date" | "published" => {
                let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| {
                    (
                        line,
                        value_column,
                        format!("expected a date as YYYY-MM-DD, found `{value}`"),
                    )
                })?;
                fm.date = Some(date);
            }
            "source" => fm.source = Some(value.to_string()),
            "title" => fm.title = Some(value.to_string()),
            "url" => fm.url = Some(value.to_string()),
            _ => {}
        }
    }
    Err((
        1,
        1,
        "front matter opened with `---` is never closed".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_table() {
        let fm = parse_front_matter(
            "---\ndate: 2016-03-15\nsource: AFP\ntitle: Un titre: avec deux-points\n---\n\nCorps.",
        )
        .unwrap();
        assert_eq!(fm.date, NaiveDate::from_ymd_opt(2016, 3, 15));
        assert_eq!(fm.source.as_deref(), Some("AFP"));
        assert_eq!(fm.title.as_deref(), Some("Un titre: avec deux-points"));
        assert_eq!(
            fm.body_start,
            "---\ndate: 2016-03-15\nsource: AFP\ntitle: Un titre: avec deux-points\n---\n\n".len()
        );

        let none = parse_front_matter("Pas de front matter.\n").unwrap();
        assert_eq!(none, FrontMatter::default());
    }

    #[test]
    fn front_matter_errors_have_positions() {
        assert_eq!(
            parse_front_matter("---\ndate: 15/03/2016\n---\nx")
                .unwrap_err()
                .0,
            2
        );
        assert!(parse_front_matter("---\ndate: 2016-03-15\n")
            .unwrap_err()
            .2
            .contains("never closed"));
        assert!(parse_front_matter("---\nnot a field\n---\nx")
            .unwrap_err()
            .2
            .contains("key: value"));
    }
}
