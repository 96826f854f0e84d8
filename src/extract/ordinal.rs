//! Ordinals: "1er", "2e", "3ème", "premier", "trentième", "vingt-deuxième";
//! and relative ordinals, which state a position without a number: "le
//! dernier", "l'avant-dernier", "la suivante".

use super::input::*;
use super::{number, words, Mention};
use crate::grammar::Grammar;
use crate::value::{Interval, MentionKind, RelativeOrdinal};

/// An ordinal written with digits and a suffix: "1er", "2e", "3ème", "21es".
fn digit_ordinal<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let (r, v) = number::decimal(i)?;
    // "1,5e" is no rank.
    if v.fract() != 0.0 || v < 0.0 {
        return fail(i);
    }
    match g
        .ordinal_suffixes
        .iter()
        .find_map(|s| r.strip_prefix(s.as_str()).filter(|r| at_boundary(r)))
    {
        Some(rest) => Ok((rest, v)),
        None => fail(i),
    }
}

/// A standalone ordinal word: "premier", "second", "tierce".
fn ordinal_word<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let (rest, v) = lex(&g.ordinal_words, i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, *v))
}

/// An ordinal in words: "trentième", "vingt-deuxième", and a ten followed by
/// the singular "second(e)": "trois cent vingt seconde" is the 322nd (a
/// duration would say "secondes").
fn words_ordinal<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    // "quatre centièmes", "un millième" are fractions, not ranks.
    if words::word_fraction(g, i).is_ok() {
        return fail(i);
    }
    let (rest, w) = words::number_words(g, i)?;
    if w.ordinal {
        return Ok((rest, w.value));
    }
    let tens = w.value % 100.0;
    if w.words >= 2 && tens >= 20.0 && w.value % 10.0 == 0.0 {
        if let Ok((r, _)) = ws1(rest) {
            if let Ok((after, (text, &v))) = lex_text(&g.ordinal_words, r) {
                if v == 2.0 && !text.ends_with(['s', 'S']) && at_boundary(after) {
                    return Ok((after, w.value + v));
                }
            }
        }
    }
    fail(i)
}

/// "le dernier", "l'avant-dernier", "la suivante", "celle d'avant la dernière".
fn relative_ordinal<'a>(g: &Grammar, i: &'a str) -> PResult<'a, RelativeOrdinal> {
    let (rest, r) = lex(&g.relative_ordinals, i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, *r))
}

fn mention(value: Option<f64>, relative: Option<RelativeOrdinal>) -> Mention {
    Mention {
        value: value.map(Interval::exact),
        relative,
        ..Mention::of(MentionKind::Ordinal)
    }
}

/// Any ordinal, absolute or relative.
pub fn ordinal<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Mention> {
    if let Ok((rest, r)) = relative_ordinal(g, i) {
        return Ok((rest, mention(None, Some(r))));
    }
    let (rest, v) = digit_ordinal(g, i)
        .or_else(|_| ordinal_word(g, i))
        .or_else(|_| words_ordinal(g, i))?;
    Ok((rest, mention(Some(v), None)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::RelativeTo;

    fn g() -> Grammar {
        Grammar::builtin().unwrap()
    }

    #[test]
    fn ordinals_table() {
        let g = g();
        for (input, expect, rest) in [
            ("1er janvier", 1.0, " janvier"),
            ("2e round", 2.0, " round"),
            ("3ème", 3.0, ""),
            ("11eme", 11.0, ""),
            ("premier", 1.0, ""),
            ("Première", 1.0, ""),
            ("second", 2.0, ""),
            ("tierce personne", 3.0, " personne"),
            ("trentième édition", 30.0, " édition"),
            ("vingt-deuxième", 22.0, ""),
            ("onzieme", 11.0, ""),
            ("trois cent vingt seconde", 322.0, ""),
            ("neuf mille neuf cent quatre-vingt-dix seconde", 9992.0, ""),
        ] {
            let (r, m) = ordinal(&g, input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!(
                (m.value, r),
                (Some(Interval::exact(expect)), rest),
                "{input}"
            );
        }
    }

    #[test]
    fn relative_ordinals_table() {
        let g = g();
        for (input, to, offset) in [
            ("dernier", RelativeTo::End, 0),
            ("dernières", RelativeTo::End, 0),
            ("avant-dernier", RelativeTo::End, -1),
            ("avant-dernière", RelativeTo::End, -1),
            ("antépénultième", RelativeTo::End, -2),
            ("celle d’avant la dernière", RelativeTo::End, -1),
            ("suivante", RelativeTo::Current, 1),
            ("prochains", RelativeTo::Current, 1),
            ("précédente", RelativeTo::Current, -1),
            ("actuelle", RelativeTo::Current, 0),
        ] {
            let (_, m) = ordinal(&g, input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!(m.relative, Some(RelativeOrdinal { to, offset }), "{input}");
            assert_eq!(m.value, None, "{input}");
        }
    }

    #[test]
    fn not_ordinals() {
        let g = g();
        for input in [
            "trois secondes",
            "vingt seconds",
            "cent",
            "quatre centièmes",
            "un millième",
            "1,5e",
            "12e-1",
        ] {
            assert!(ordinal(&g, input).is_err(), "{input}");
        }
    }
}
