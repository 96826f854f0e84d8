//! Lookup keys for matching grammar forms against text, without touching the
//! text: lowercase, typographic apostrophes as `'`, no-break spaces as ` `.
//!
//! [`Lexicon`] maps normalised multi-word forms to values and finds the
//! longest form at a position of the original text, returning how many bytes
//! of the original it covers, so spans stay byte offsets into the article.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

/// True for the apostrophes French text uses for elision.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// True for the spaces French typography uses, including no-break ones.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Characters that belong to a word for lookup purposes ("km²", "12%", "€").
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '²' | '³' | '°' | '%' | '€' | '$' | '£' | '¥')
}

/// Signs that stand for a unit and may be glued to a number: "$75", "12%".
pub fn is_symbol(c: char) -> bool {
    matches!(c, '%' | '€' | '$' | '£' | '¥')
}

/// The lookup key of a form or a piece of text.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        if is_space(c) {
            if !out.ends_with(' ') && !out.ends_with('\'') {
                out.push(' ');
            }
        } else if is_apostrophe(c) {
            if out.ends_with(' ') {
                out.pop();
            }
            out.push('\'');
        } else if c == '\u{2011}' || c == '\u{2010}' {
            out.push('-');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The byte offset `chars` characters before `pos`, but not before `floor`:
/// the window in which to look for words preceding a position.
pub fn back_from(text: &str, pos: usize, chars: usize, floor: usize) -> usize {
    text[..pos]
        .char_indices()
        .rev()
        .take(chars)
        .last()
        .map_or(pos, |(p, _)| p)
        .max(floor)
}

/// Byte offsets where a word starts inside `text[from..to]`.
pub fn word_starts(text: &str, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let slice = text.get(from..to).unwrap_or("");
    let mut prev: Option<char> = text.get(..from).and_then(|s| s.chars().next_back());
    slice.char_indices().filter_map(move |(i, c)| {
        let start = c.is_alphanumeric() && !prev.is_some_and(|p| p.is_alphanumeric() || p == '-');
        prev = Some(c);
        start.then_some(from + i)
    })
}

/// A table of normalised forms (one or more words) to values.
#[derive(Clone, Debug)]
pub struct Lexicon<T> {
    map: FxHashMap<String, T>,
    max_words: usize,
    /// The first words of every form in one automaton, so that `scan` tries
    /// `longest` only where a form may start (built by `with_finder`).
    finder: Option<AhoCorasick>,
    /// Accent-folded key → key, so that "fevrier" finds "février" (built by
    /// `with_folding`; never for function words, where "a" is not "à").
    folded: Option<FxHashMap<String, String>>,
    /// Every beginning of a form that ends with a separator ("au ", "au cours
    /// "): `longest` stops reading as soon as the text leaves them.
    prefixes: FxHashSet<String>,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon {
            map: FxHashMap::default(),
            max_words: 0,
            finder: None,
            folded: None,
            prefixes: FxHashSet::default(),
        }
    }
}

/// A key without its accents: "fevrier" for "février".
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            other => other,
        })
        .collect()
}

/// Spellings of a lowercase word as it may appear in text: as is,
/// capitalised, and with a typographic apostrophe.
pub fn variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        out.push(first.to_uppercase().chain(chars).collect());
    }
    for v in out.clone() {
        if v.contains('\'') {
            out.push(v.replace('\'', "’"));
        }
    }
    out
}

impl<T> Lexicon<T> {
    /// Adds a form; returns the value it replaced, if any.
    pub fn insert(&mut self, form: &str, value: T) -> Option<T> {
        let key = normalize(form);
        let words = key
            .split([' ', '\''])
            .filter(|w| !w.is_empty())
            .count()
            .max(1);
        self.max_words = self.max_words.max(words);
        self.add_prefixes(&key);
        self.map.insert(key, value)
    }

    fn add_prefixes(&mut self, key: &str) {
        for (i, c) in key.char_indices() {
            if matches!(c, ' ' | '\'' | '.') {
                self.prefixes.insert(key[..i + c.len_utf8()].to_string());
            }
        }
    }

    /// Can a form continue after this key?
    fn continues(&self, key: &str) -> bool {
        self.prefixes.contains(key)
            || (self.folded.is_some() && !key.is_ascii() && self.prefixes.contains(&fold(key)))
    }

    /// Builds the first-word automaton that makes `scan` fast.
    pub fn with_finder(mut self) -> Self {
        let mut patterns: Vec<String> = self
            .map
            .keys()
            .filter_map(|k| {
                let end = k.find([' ', '\'']).map_or(k.len(), |p| {
                    if k.as_bytes()[p] == b'\'' {
                        p + 1
                    } else {
                        p
                    }
                });
                (end > 0).then(|| k[..end].trim_end_matches('.').to_string())
            })
            .flat_map(|w| variants(&w))
            .collect();
        patterns.sort();
        patterns.dedup();
        self.finder = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(&patterns)
            .ok();
        self
    }

    /// Also match forms written without their accents ("fevrier", "onzieme").
    pub fn with_folding(mut self) -> Self {
        let folded: FxHashMap<String, String> =
            self.map.keys().map(|k| (fold(k), k.clone())).collect();
        for k in folded.keys() {
            self.add_prefixes(k);
        }
        self.folded = Some(folded);
        self
    }

    /// The value of a normalised key, accent-folded as a fallback.
    fn lookup(&self, key: &str) -> Option<&T> {
        if let Some(v) = self.map.get(key) {
            return Some(v);
        }
        let folded = self.folded.as_ref()?;
        let original = if key.is_ascii() {
            folded.get(key)
        } else {
            folded.get(&fold(key))
        }?;
        self.map.get(original)
    }

    pub fn get(&self, form: &str) -> Option<&T> {
        // Most lookups are of one lowercase word: no need to normalise.
        let plain = form
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-' || c == '\'');
        if plain {
            self.lookup(form)
        } else {
            self.lookup(&normalize(form))
        }
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    /// The longest form that starts at the beginning of `input` and ends at a
    /// word boundary: `(bytes of input covered, value)`.
    pub fn longest(&self, input: &str) -> Option<(usize, &T)> {
        let mut key = String::with_capacity(32);
        let mut best = None;
        let mut words = 0;
        let mut check = |key: &str, end: usize| {
            if let Some(v) = self.lookup(key) {
                best = Some((end, v));
            }
        };
        let mut chars = input.char_indices().peekable();
        loop {
            let Some((i, c)) = chars.next() else {
                if !key.is_empty() && !key.ends_with(' ') {
                    check(&key, input.len());
                }
                break;
            };
            if is_space(c) {
                if key.is_empty() {
                    return None;
                }
                if key.ends_with(' ') || key.ends_with('\'') {
                    continue;
                }
                check(&key, i);
                words += 1;
                if words >= self.max_words {
                    break;
                }
                key.push(' ');
                if !self.continues(&key) {
                    break;
                }
            } else if is_apostrophe(c) {
                if key.is_empty() || key.ends_with(' ') {
                    break;
                }
                key.push('\'');
                words += 1;
                check(&key, i + c.len_utf8());
                if words >= self.max_words || !self.continues(&key) {
                    break;
                }
            } else if c == '.' {
                if key.is_empty() || key.ends_with(' ') || key.ends_with('\'') {
                    break;
                }
                check(&key, i);
                key.push('.');
                check(&key, i + 1);
                if chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) && self.continues(&key) {
                    continue;
                }
                // A dot followed by a space may end a sentence: stop here.
                break;
            } else if is_symbol(c) {
                // "$75", "12%": a currency or percent sign is a word of its own.
                key.push(c);
                check(&key, i + c.len_utf8());
            } else if c.is_ascii_alphanumeric() || c == '-' {
                key.push(c.to_ascii_lowercase());
            } else if is_word_char(c) {
                key.extend(c.to_lowercase());
            } else {
                if !key.is_empty() && !key.ends_with(' ') && !key.ends_with('\'') {
                    check(&key, i);
                }
                break;
            }
        }
        best
    }

    /// Every non-overlapping longest match inside `text[from..to]`, as
    /// `(start, end, value)` byte offsets into `text`.
    pub fn scan<'s>(&'s self, text: &'s str, from: usize, to: usize) -> Vec<(usize, usize, &'s T)> {
        let mut out = Vec::new();
        let mut next_free = from;
        let starts: Box<dyn Iterator<Item = usize>> = match (&self.finder, text.get(from..to)) {
            (Some(finder), Some(slice)) => Box::new(
                finder
                    .find_iter(slice)
                    .map(move |m| from + m.start())
                    .filter(move |&p| {
                        !text[..p]
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphanumeric() || c == '-')
                    }),
            ),
            _ => Box::new(word_starts(text, from, to)),
        };
        for start in starts {
            if start < next_free {
                continue;
            }
            let Some(rest) = text.get(start..to) else {
                continue;
            };
            if let Some((len, v)) = self.longest(rest) {
                out.push((start, start + len, v));
                next_free = start + len;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(forms: &[&str]) -> Lexicon<usize> {
        let mut l = Lexicon::default();
        for (i, f) in forms.iter().enumerate() {
            l.insert(f, i);
        }
        l
    }

    #[test]
    fn normalize_table() {
        for (input, expect) in [
            ("Plus  de", "plus de"),
            ("d’environ", "d'environ"),
            ("10\u{a0}000", "10 000"),
            ("Jusqu’au", "jusqu'au"),
            ("Kilomètres Carrés", "kilomètres carrés"),
        ] {
            assert_eq!(normalize(input), expect, "{input}");
        }
    }

    #[test]
    fn longest_prefers_longer_forms_and_word_boundaries() {
        let l = lex(&[
            "plus de",
            "plus",
            "kilomètres carrés",
            "kilomètres",
            "d'",
            "févr.",
        ]);
        assert_eq!(l.longest("plus de 10 000"), Some((7, &0)));
        assert_eq!(l.longest("Plus d’un"), Some((4, &1)));
        assert_eq!(l.longest("plusieurs"), None);
        assert_eq!(
            l.longest("kilomètres carrés de territoire").map(|m| m.0),
            Some(19)
        );
        assert_eq!(l.longest("kilomètres."), Some((11, &3)));
        assert_eq!(l.longest("d’euros"), Some(("d’".len(), &4)));
        assert_eq!(l.longest("févr. 2016"), Some((6, &5)));
    }

    #[test]
    fn scan_finds_all_matches_with_offsets() {
        let l = lex(&["Russie", "Front al-Nosra", "al-Nosra"]);
        let text = "La Russie et le Front al-Nosra, d'al-Nosra.";
        let found: Vec<_> = l
            .scan(text, 0, text.len())
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect();
        assert_eq!(found, ["Russie", "Front al-Nosra", "al-Nosra"]);
    }
}
