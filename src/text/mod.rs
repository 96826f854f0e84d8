//! Sentences: byte spans into the article that survive French abbreviations
//! ("M.", "av. J.-C.") and quotes, with boilerplate lines of scraped pages
//! (cookie banners, "S'abonner", photo credits) left out. The text itself is
//! never rewritten.

pub mod normalize;

use crate::corpus::Article;
use crate::grammar::Grammar;
use crate::span::Span;

/// A sentence of an article, as a span of its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// The sentence starts a paragraph (its line's first sentence).
    pub starts_paragraph: bool,
}

/// Is this line scraped page furniture rather than article text?
pub fn is_boilerplate(line: &str, g: &Grammar) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return true;
    }
    // A line with letters but none of the Latin script is not French text.
    let (mut letters, mut latin) = (0usize, 0usize);
    for c in t.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
            latin += 1;
        } else if !c.is_ascii() {
            letters += usize::from(c.is_alphabetic());
            latin += usize::from(('\u{c0}'..='\u{24f}').contains(&c));
        }
    }
    if letters > 0 && latin * 2 < letters {
        return true;
    }
    let contains = || match &g.boilerplate_contains {
        Some(any) => any.is_match(t),
        None => g
            .boilerplate
            .iter()
            .any(|rule| rule.contains.iter().any(|c| t.contains(c.as_str()))),
    };
    g.boilerplate.iter().any(|rule| {
        rule.equals.iter().any(|e| t == e)
            || rule.starts_with.iter().any(|p| t.starts_with(p.as_str()))
    }) || contains()
}

/// How many lines at the top of an article may hold its dateline.
const DATELINE_LINES: usize = 8;

/// The publication date a dateline gives: "PARIS, 15 mars 2016 (AFP) -",
/// "Publié le 15/03/2016", "Mis à jour le …" (the earliest wins: an update
/// comes after publication). Never a photo credit or copyright line ("© AFP
/// 2024"): those are boilerplate, and a dateline names a full day.
pub fn dateline(article: &Article, g: &Grammar) -> Option<chrono::NaiveDate> {
    let text = &article.text;
    let mut found: Vec<chrono::NaiveDate> = Vec::new();
    let mut line_start = article.body.start;
    let mut seen = 0;
    while line_start < article.body.end && seen < DATELINE_LINES {
        let line_end = text[line_start..article.body.end]
            .find('\n')
            .map_or(article.body.end, |p| line_start + p);
        let line = &text[line_start..line_end];
        if !is_boilerplate(line, g) {
            seen += 1;
            let trimmed = line.trim_start();
            let offset = line_start + (line.len() - trimmed.len());
            // "Publié le …": the date follows the cue.
            let after_cue = g
                .dateline_cues
                .longest(trimmed)
                .map(|(len, _)| offset + len);
            // "PARIS, 15 mars 2016 (AFP)": capitals, a comma, then the date.
            let after_city = trimmed.find(',').filter(|&comma| {
                let city = &trimmed[..comma];
                comma > 1
                    && city.chars().any(char::is_alphabetic)
                    && !city.chars().any(char::is_lowercase)
            });
            let from = after_cue.or(after_city.map(|c| offset + c + 1));
            if let Some(from) = from {
                let span = Sentence {
                    span: Span::new(from, line_end),
                    starts_paragraph: true,
                };
                let first = crate::extract::extract(text, &[span], g).into_iter().next();
                if let Some(crate::extract::DateExpr::Calendar {
                    year: Some(y),
                    month: Some(m),
                    day: Some(d),
                    ..
                }) = first.and_then(|m| m.date)
                {
                    if let Some(date) = chrono::NaiveDate::from_ymd_opt(y, m, d) {
                        found.push(date);
                    }
                }
            }
        }
        line_start = line_end + 1;
    }
    found.into_iter().min()
}

/// Splits the article body into sentences, skipping boilerplate lines.
pub fn segment(article: &Article, g: &Grammar) -> Vec<Sentence> {
    let text = &article.text;
    let mut out = Vec::new();
    let mut line_start = article.body.start;
    while line_start < article.body.end {
        let line_end = text[line_start..article.body.end]
            .find('\n')
            .map_or(article.body.end, |p| line_start + p);
        let line = &text[line_start..line_end];
        if !is_boilerplate(line, g) {
            split_line(text, line_start, line_end, g, &mut out);
        }
        line_start = line_end + 1;
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, g: &Grammar, out: &mut Vec<Sentence>) {
    use crate::text::normalize::is_space;
    let line = &text[start..end];
    let mut sentence_start = start;
    let mut first = true;
    // The byte offset after the characters from `from` that satisfy `f`.
    let skip = |from: usize, f: &dyn Fn(char) -> bool| {
        line[from..]
            .char_indices()
            .find(|&(_, c)| !f(c))
            .map_or(line.len(), |(p, _)| from + p)
    };
    for (i, c) in line.char_indices() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Closing quotes and brackets stay with the sentence they end.
        let mut j = skip(i + c.len_utf8(), &|d| {
            matches!(d, '»' | '"' | '”' | ')' | '’' | '\'' | '.' | '!' | '?')
        });
        // A closing quote after a space still ends this sentence: "partons. »".
        let q = skip(j, &is_space);
        if let Some(d) = line[q..].chars().next().filter(|d| matches!(d, '»' | '”')) {
            j = q + d.len_utf8();
        }
        // The next sentence starts after spaces with an uppercase letter, a digit or a quote.
        let n = skip(j, &is_space);
        let Some(next) = line[n..].chars().next() else {
            continue;
        };
        if n == j {
            continue;
        }
        if !(next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '«' | '"' | '“' | '(' | '-' | '—'))
        {
            continue;
        }
        if c == '.' && is_abbreviation(&line[..i + 1], g) {
            continue;
        }
        // A lone figure ending the line is no sentence: "Octobre. 2" is a day.
        let tail =
            line[n..].trim_end_matches(|d: char| is_space(d) || matches!(d, '.' | '!' | '?'));
        if c == '.'
            && !tail.is_empty()
            && tail.len() <= 2
            && tail.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        push(text, sentence_start, start + j, first, out);
        first = false;
        sentence_start = start + n;
    }
    push(text, sentence_start, end, first, out);
}

/// Does `before` (ending with a dot) end with an abbreviation or an initial?
fn is_abbreviation(before: &str, g: &Grammar) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| crate::text::normalize::is_space(c) || matches!(c, '(' | '«' | '"'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    // A single capital letter: an initial ("J. Dupont").
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    g.abbreviations.get(word).is_some()
}

fn push(text: &str, start: usize, end: usize, starts_paragraph: bool, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if start + lead < end - trail {
        out.push(Sentence {
            span: Span::new(start + lead, end - trail),
            starts_paragraph,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;
    use std::path::Path;

    fn sentences(text: &str) -> Vec<String> {
        let g = Grammar::builtin().unwrap();
        let a = corpus::article(Path::new("t.txt"), text.as_bytes().to_vec(), None).unwrap();
        segment(&a, &g)
            .iter()
            .map(|s| s.span.of(&a.text).to_string())
            .collect()
    }

    #[test]
    fn segmentation_table() {
        assert_eq!(
            sentences("Il est parti. Elle est restée."),
            ["Il est parti.", "Elle est restée."]
        );
        assert_eq!(
            sentences("M. Assad a remercié Moscou. Fin."),
            ["M. Assad a remercié Moscou.", "Fin."]
        );
        assert_eq!(
            sentences("« Nous partons. » Il a dit."),
            ["« Nous partons. »", "Il a dit."]
        );
        assert_eq!(
            sentences("Titre\n\nCorps du texte."),
            ["Titre", "Corps du texte."]
        );
        assert_eq!(
            sentences("Le 3 mars. 400 morts."),
            ["Le 3 mars.", "400 morts."]
        );
        assert_eq!(
            sentences("Je reviendrai Octobre. 2"),
            ["Je reviendrai Octobre. 2"]
        );
        assert_eq!(
            sentences("Il a dit non. 2 morts."),
            ["Il a dit non.", "2 morts."]
        );
    }

    fn dateline_of(text: &str) -> Option<String> {
        let g = Grammar::builtin().unwrap();
        let a = corpus::article(Path::new("t.txt"), text.as_bytes().to_vec(), None).unwrap();
        dateline(&a, &g).map(|d| d.to_string())
    }

    #[test]
    fn datelines_table() {
        assert_eq!(
            dateline_of("PARIS, 15 mars 2016 (AFP) - Le texte.").as_deref(),
            Some("2016-03-15")
        );
        assert_eq!(
            dateline_of("Titre\nPublié le 15/03/2016 à 10h12\nMis à jour le 16/03/2016\nTexte.")
                .as_deref(),
            Some("2016-03-15")
        );
        assert_eq!(
            dateline_of("© AFP 2024 Karam\nLe 3 mars, rien.").as_deref(),
            None
        );
        assert_eq!(
            dateline_of("Il est parti le 3 mars 2016, selon lui.").as_deref(),
            None
        );
    }

    #[test]
    fn boilerplate_lines_are_skipped() {
        let s = sentences(
            "Vrai texte.\n© AFP 2024 Karam\nS'abonner\nЗаголовок открываемого материала\nFin.",
        );
        assert_eq!(s, ["Vrai texte.", "Fin."]);
    }
}
