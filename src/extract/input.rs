//! Shared nom building blocks for the extract parsers: the input and result
//! types, spaces (including no-break spaces), and lookups of grammar tables.

use crate::text::normalize::{is_space, Lexicon};
use nom::error::{Error, ErrorKind};
use nom::IResult;

/// Result of an extract parser: cheap errors, a failure means "no mention here".
pub type PResult<'a, T> = IResult<&'a str, T, Error<&'a str>>;

pub fn fail<T>(i: &str) -> PResult<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Tag)))
}

/// Zero or more spaces of any French kind.
pub fn ws(i: &str) -> PResult<'_, &str> {
    let end = i
        .char_indices()
        .find(|&(_, c)| !is_space(c))
        .map_or(i.len(), |(p, _)| p);
    Ok((&i[end..], &i[..end]))
}

/// One or more spaces.
pub fn ws1(i: &str) -> PResult<'_, &str> {
    let (rest, s) = ws(i)?;
    if s.is_empty() {
        return fail(i);
    }
    Ok((rest, s))
}

/// Spaces, or nothing when the previous token ended with an apostrophe ("d'euros").
pub fn sep<'a>(before: &'a str, i: &'a str) -> PResult<'a, &'a str> {
    if before.ends_with(['\'', '’']) {
        ws(i)
    } else {
        ws1(i)
    }
}

/// The longest form of `table` at the start of `i`.
pub fn lex<'a, 't, T>(table: &'t Lexicon<T>, i: &'a str) -> PResult<'a, &'t T> {
    match table.longest(i) {
        Some((len, v)) => Ok((&i[len..], v)),
        None => fail(i),
    }
}

/// Like [`lex`], also returning the matched text.
pub fn lex_text<'a, 't, T>(table: &'t Lexicon<T>, i: &'a str) -> PResult<'a, (&'a str, &'t T)> {
    match table.longest(i) {
        Some((len, v)) => Ok((&i[len..], (&i[..len], v))),
        None => fail(i),
    }
}

/// A word of letters (with inner hyphens), as in a counted noun.
pub fn word(i: &str) -> PResult<'_, &str> {
    let end = i
        .char_indices()
        .find(|&(p, c)| !(c.is_alphabetic() || (c == '-' && p > 0)))
        .map_or(i.len(), |(p, _)| p);
    let w = i[..end].trim_end_matches('-');
    if w.is_empty() {
        return fail(i);
    }
    Ok((&i[w.len()..], w))
}

/// Bytes consumed between `whole` and `rest`.
pub fn consumed(whole: &str, rest: &str) -> usize {
    whole.len() - rest.len()
}

/// True when `i` starts at the end of a word (no letter or digit follows).
pub fn at_boundary(i: &str) -> bool {
    !i.chars().next().is_some_and(|c| c.is_alphanumeric())
}
