//! Lookup keys for matching grammar forms against text, without touching the
//! text: lowercase, typographic apostrophes as `'`, no-break spaces as ` `.
//!
//! [`Lexicon`] maps normalised multi-word forms to values and finds the
//! longest form at a position of the original text, returning how many bytes
//! of the original it covers, so spans stay byte offsets into the article.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;

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

/// No node: the text has left every key.
const NONE: u32 = u32::MAX;

/// A character trie over normalised keys and, once folding is on, their
/// accent-folded forms; a node's values are indices into the lexicon's
/// values. Walking it reads the text once, without building a key.
#[derive(Clone, Debug)]
struct Trie {
    nodes: Vec<Node>,
    /// The children of the root by ASCII character (`NONE` when absent):
    /// most lookups end at the first byte.
    root: [u32; 128],
}

#[derive(Clone, Debug)]
struct Node {
    /// Sorted by character.
    children: Vec<(char, u32)>,
    /// The value of the key that ends here.
    exact: u32,
    /// The value of the key whose accent-folded form ends here.
    folded: u32,
}

impl Node {
    fn new() -> Node {
        Node {
            children: Vec::new(),
            exact: NONE,
            folded: NONE,
        }
    }
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            nodes: vec![Node::new()],
            root: [NONE; 128],
        }
    }
}

impl Trie {
    #[inline(always)]
    fn child(&self, node: u32, c: char) -> u32 {
        if node == 0 && c.is_ascii() {
            return self.root[c as usize];
        }
        let Some(n) = self.nodes.get(node as usize) else {
            return NONE;
        };
        let children = &n.children;
        if children.len() <= 8 {
            children
                .iter()
                .find(|&&(k, _)| k == c)
                .map_or(NONE, |&(_, n)| n)
        } else {
            children
                .binary_search_by_key(&c, |&(k, _)| k)
                .map_or(NONE, |i| children[i].1)
        }
    }

    /// The node of `key`, made if need be.
    fn node(&mut self, key: impl Iterator<Item = char>) -> usize {
        let mut node = 0usize;
        for c in key {
            let len = self.nodes.len() as u32;
            let children = &mut self.nodes[node].children;
            node = match children.binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => children[i].1 as usize,
                Err(i) => {
                    children.insert(i, (c, len));
                    self.nodes.push(Node::new());
                    if node == 0 && c.is_ascii() {
                        self.root[c as usize] = len;
                    }
                    len as usize
                }
            };
        }
        node
    }
}

/// A position in a lexicon's trie while reading a key: where the key as
/// read stands, and where its accent-folded form stands (`NONE` once the
/// text has left every key, or when the lexicon does not fold).
#[derive(Clone, Copy)]
struct Cursor {
    exact: u32,
    folded: u32,
}

/// A table of normalised forms (one or more words) to values.
#[derive(Clone, Debug)]
pub struct Lexicon<T> {
    /// Normalised key → index into `values`.
    map: FxHashMap<String, u32>,
    values: Vec<T>,
    /// The same keys as `map` (and their folded forms, with folding), for
    /// reading forms straight from the text.
    trie: Trie,
    max_words: usize,
    /// The first words of every form in one automaton, so that `scan` tries
    /// `longest` only where a form may start (built by `with_finder`).
    finder: Option<AhoCorasick>,
    /// Accent-folded keys are in the trie too, so that "fevrier" finds
    /// "février" (set by `with_folding`; never for function words, where
    /// "a" is not "à").
    folding: bool,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon {
            map: FxHashMap::default(),
            values: Vec::new(),
            trie: Trie::default(),
            max_words: 0,
            finder: None,
            folding: false,
        }
    }
}

/// A character without its accent: 'e' for 'é'.
pub fn fold_char(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        other => other,
    }
}

/// A key without its accents: "fevrier" for "février".
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
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
        if let Some(&ix) = self.map.get(&key) {
            return Some(std::mem::replace(&mut self.values[ix as usize], value));
        }
        let ix = self.values.len() as u32;
        self.values.push(value);
        let node = self.trie.node(key.chars());
        self.trie.nodes[node].exact = ix;
        self.map.insert(key, ix);
        None
    }

    /// False when no form can be read from text starting with this ASCII
    /// byte, once normalised (lowercase; not a space).
    #[inline(always)]
    fn may_start(&self, b: u8) -> bool {
        self.trie.root[b.to_ascii_lowercase() as usize] != NONE
    }

    fn start(&self) -> Cursor {
        Cursor {
            exact: 0,
            folded: if self.folding { 0 } else { NONE },
        }
    }

    /// Reads one more character of a normalised key.
    #[inline(always)]
    fn step(&self, at: &mut Cursor, c: char) {
        if !self.folding {
            at.exact = self.trie.child(at.exact, c);
            return;
        }
        let f = if c.is_ascii() { c } else { fold_char(c) };
        if at.exact == at.folded && f == c {
            at.exact = self.trie.child(at.exact, c);
            at.folded = at.exact;
        } else {
            at.exact = self.trie.child(at.exact, c);
            at.folded = self.trie.child(at.folded, f);
        }
    }

    /// Can a form continue from here? (False once the key left every form.)
    #[inline(always)]
    fn alive(at: &Cursor) -> bool {
        at.exact != NONE || at.folded != NONE
    }

    /// The value of the key read so far, accent-folded as a fallback.
    #[inline(always)]
    fn value(&self, at: &Cursor) -> Option<u32> {
        let of = |n: u32| self.trie.nodes.get(n as usize);
        of(at.exact)
            .map(|n| n.exact)
            .filter(|&v| v != NONE)
            .or_else(|| of(at.folded).map(|n| n.folded).filter(|&v| v != NONE))
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
        for (k, &ix) in &self.map {
            let node = self.trie.node(k.chars().map(fold_char));
            self.trie.nodes[node].folded = ix;
        }
        self.folding = true;
        self
    }

    /// The value of a normalised key, accent-folded as a fallback.
    fn lookup(&self, key: &str) -> Option<&T> {
        let mut at = self.start();
        for c in key.chars() {
            self.step(&mut at, c);
            if !Self::alive(&at) {
                return None;
            }
        }
        self.value(&at).map(|ix| &self.values[ix as usize])
    }

    pub fn get(&self, form: &str) -> Option<&T> {
        if let Some(&b) = form.as_bytes().first() {
            if b.is_ascii() && !(b as char).is_whitespace() && !self.may_start(b) {
                return None;
            }
        }
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
    ///
    /// The text is normalised as it is read (lowercase, one space, `'` for
    /// every apostrophe) and walked through the tries: no key is built, and
    /// reading stops as soon as no form can continue.
    pub fn longest(&self, input: &str) -> Option<(usize, &T)> {
        let &b = input.as_bytes().first()?;
        if b.is_ascii() && !self.may_start(b) {
            return None;
        }
        let mut at = self.start();
        // The last character of the key read so far.
        let mut last: Option<char> = None;
        let mut best: Option<(usize, u32)> = None;
        let mut words = 0;
        let mut check = |at: &Cursor, end: usize| {
            if let Some(v) = self.value(at) {
                best = Some((end, v));
            }
        };
        let mut chars = input.char_indices().peekable();
        loop {
            let Some((i, c)) = chars.next() else {
                if !matches!(last, None | Some(' ')) {
                    check(&at, input.len());
                }
                break;
            };
            // Letters and digits first: most of what is read.
            if c.is_ascii_alphanumeric() || c == '-' {
                let l = c.to_ascii_lowercase();
                self.step(&mut at, l);
                last = Some(l);
            } else if is_space(c) {
                match last {
                    None => return None,
                    Some(' ' | '\'') => continue,
                    _ => {}
                }
                check(&at, i);
                words += 1;
                if words >= self.max_words {
                    break;
                }
                self.step(&mut at, ' ');
                last = Some(' ');
            } else if is_apostrophe(c) {
                if matches!(last, None | Some(' ')) {
                    break;
                }
                self.step(&mut at, '\'');
                last = Some('\'');
                words += 1;
                check(&at, i + c.len_utf8());
                if words >= self.max_words {
                    break;
                }
            } else if c == '.' {
                if matches!(last, None | Some(' ' | '\'')) {
                    break;
                }
                check(&at, i);
                self.step(&mut at, '.');
                last = Some('.');
                check(&at, i + 1);
                if !chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
                    // A dot followed by a space may end a sentence: stop here.
                    break;
                }
            } else if c == '/' && last.is_some_and(char::is_alphanumeric) {
                // "km/h", "m3/s": a slash inside a form.
                check(&at, i);
                self.step(&mut at, '/');
                last = Some('/');
            } else if is_symbol(c) {
                // "$75", "12%": a currency or percent sign is a word of its own.
                self.step(&mut at, c);
                last = Some(c);
                check(&at, i + c.len_utf8());
            } else if is_word_char(c) {
                for l in c.to_lowercase() {
                    self.step(&mut at, l);
                    last = Some(l);
                }
            } else {
                if !matches!(last, None | Some(' ' | '\'')) {
                    check(&at, i);
                }
                break;
            }
            // Once no form goes on with the key read so far, none can match
            // further on.
            if !Self::alive(&at) {
                break;
            }
        }
        best.map(|(len, ix)| (len, &self.values[ix as usize]))
    }

    /// Every non-overlapping longest match inside `text[from..to]`, as
    /// `(start, end, value)` byte offsets into `text`.
    pub fn scan<'s>(&'s self, text: &'s str, from: usize, to: usize) -> Vec<(usize, usize, &'s T)> {
        let mut out = Vec::new();
        let mut next_free = from;
        let mut try_at = |start: usize, out: &mut Vec<(usize, usize, &'s T)>| {
            if start < next_free {
                return;
            }
            let Some(rest) = text.get(start..to) else {
                return;
            };
            if let Some((len, v)) = self.longest(rest) {
                out.push((start, start + len, v));
                next_free = start + len;
            }
        };
        match (&self.finder, text.get(from..to)) {
            (Some(finder), Some(slice)) => {
                for m in finder.find_iter(slice) {
                    let p = from + m.start();
                    let glued = text[..p]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '-');
                    if !glued {
                        try_at(p, &mut out);
                    }
                }
            }
            _ => {
                for p in word_starts(text, from, to) {
                    try_at(p, &mut out);
                }
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
