//! Byte spans into an article's untouched text, and the line index that turns
//! a byte offset into a 1-based line and character column at render time.

/// A half-open byte range `[start, end)` into `Article::text`.
///
/// Invariants: `start <= end`, both on char boundaries of the text they index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The slice of `text` this span covers (empty if out of bounds).
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Start offsets of every line, for byte → (line, column) conversion.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and 1-based character column of byte `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let column = text
            .get(start..offset.min(text.len()))
            .map_or(0, |s| s.chars().count());
        (line + 1, column + 1)
    }

    /// Byte range of the 1-based `line`, without its newline.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.starts.get(line - 1).copied().unwrap_or(text.len());
        let end = self
            .starts
            .get(line)
            .map_or(text.len(), |next| next.saturating_sub(1));
        Span::new(start, end.max(start))
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "été\nà 27 février";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        let pos = text.find("27").unwrap();
        assert_eq!(idx.line_col(text, pos), (2, 3));
        assert_eq!(idx.line_col(text, text.find("février").unwrap()), (2, 6));
    }

    #[test]
    fn line_span_excludes_newline() {
        let text = "ab\ncd\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_span(text, 1).of(text), "ab");
        assert_eq!(idx.line_span(text, 2).of(text), "cd");
    }
}
