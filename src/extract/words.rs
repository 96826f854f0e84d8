//! Numbers written out in French words, in both spelling reforms and with
//! Belgian and Swiss forms: "vingt et un", "vingt-et-un", "quatre-vingts",
//! "soixante-dix-sept", "nonante", "deux cent mille", "un milliard deux cents
//! millions", and their ordinals ("vingt-deuxième"). The words and their roles
//! come from `numbers.toml`; this file holds only how roles compose.

use super::input::*;
use crate::grammar::{Grammar, NumberWord, Role};
use crate::text::normalize::is_space;

/// A number in words: its value, whether it is an ordinal, and how many words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Words {
    pub value: f64,
    pub ordinal: bool,
    pub words: usize,
    /// The number is a single unit word of value 1: "un", "une" (an article).
    pub lone_one: bool,
    /// The last multiplier used ("trois millions" → 1e6), 1 when none: "et
    /// demi" after it adds half of it.
    pub last_multiplier: f64,
    /// The last word is "un"/"une": "vingt et un".
    pub last_unit_one: bool,
}

/// Composition state: finished multiples of a thousand or more, and the
/// current group below a thousand.
#[derive(Clone, Copy, Debug, Default)]
struct Acc {
    total: f64,
    group: f64,
    last: Option<(Role, f64)>,
    /// Smallest multiplier (1000, 1e6...) used so far; the next must be smaller.
    smallest_mult: f64,
    after_conjunction: bool,
    has_unit: bool,
}

impl Acc {
    fn new() -> Acc {
        Acc {
            smallest_mult: f64::INFINITY,
            ..Acc::default()
        }
    }

    fn last_role(&self) -> Option<Role> {
        self.last.map(|(r, _)| r)
    }

    /// True when the group may take a new hundred/ten/unit after a multiplier.
    fn fresh_group(&self) -> bool {
        matches!(
            self.last_role(),
            None | Some(Role::Hundred | Role::Thousand | Role::Large)
        )
    }

    fn push(&mut self, w: &NumberWord) -> bool {
        let v = w.value;
        if self.after_conjunction
            && !(matches!(w.role, Role::Unit | Role::Teen) && (v == 1.0 || v == 11.0))
        {
            return false;
        }
        let ok = match w.role {
            Role::Unit => {
                if v == 0.0 {
                    self.last.is_none()
                } else {
                    let after_ten = self.last_role() == Some(Role::Ten) && !self.has_unit;
                    let after_dix = self.last == Some((Role::Teen, 10.0)) && v >= 7.0;
                    let ok = self.fresh_group() || after_ten || after_dix;
                    if ok {
                        self.group += v;
                        self.has_unit = true;
                    }
                    ok
                }
            }
            Role::Teen => {
                let tens = self.group % 100.0;
                let after_ten = self.last_role() == Some(Role::Ten)
                    && (tens == 60.0 || tens == 80.0)
                    && !self.has_unit;
                let ok = self.fresh_group() || after_ten;
                if ok {
                    self.group += v;
                    self.has_unit = v != 10.0;
                }
                ok
            }
            Role::Ten => match self.last {
                Some((Role::Unit, u))
                    if w.multiplied_by_unit && u >= 2.0 && self.group % 100.0 == u =>
                {
                    self.group += u * v - u;
                    self.has_unit = false;
                    true
                }
                _ if self.fresh_group() => {
                    self.group += v;
                    self.has_unit = false;
                    true
                }
                _ => false,
            },
            Role::Hundred => match self.last {
                Some((Role::Unit, u)) if u >= 2.0 && self.group == u => {
                    self.group = u * v;
                    true
                }
                None | Some((Role::Thousand | Role::Large, _)) => {
                    self.group = v;
                    true
                }
                _ => false,
            },
            Role::Thousand | Role::Large => {
                // "mille" alone means one thousand, also after "millions".
                let implicit_one = w.role == Role::Thousand
                    && matches!(self.last_role(), None | Some(Role::Large));
                if v >= self.smallest_mult || (self.group == 0.0 && !implicit_one) {
                    false
                } else {
                    self.total += self.group.max(1.0) * v;
                    self.group = 0.0;
                    self.smallest_mult = v;
                    true
                }
            }
        };
        if ok {
            self.last = Some((w.role, v));
            self.after_conjunction = false;
            if !matches!(w.role, Role::Unit | Role::Teen) {
                self.has_unit = false;
            }
        }
        ok
    }

    fn value(&self) -> f64 {
        self.total + self.group
    }
}

/// One token of a number in words: letters only.
fn token(i: &str) -> PResult<'_, &str> {
    let end = i.find(|c: char| !c.is_alphabetic()).unwrap_or(i.len());
    if end == 0 {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// Separator between number words: a hyphen or spaces.
fn joiner(i: &str) -> PResult<'_, ()> {
    if let Some(r) = i.strip_prefix(['-', '\u{2011}']) {
        return Ok((r, ()));
    }
    let (r, s) = ws(i)?;
    if s.is_empty() || r.starts_with(|c: char| is_space(c)) {
        return fail(i);
    }
    Ok((r, ()))
}

/// A cardinal or ordinal number in words, as long as the words compose.
pub fn number_words<'a>(g: &Grammar, i: &'a str) -> PResult<'a, Words> {
    let mut acc = Acc::new();
    let mut rest = i;
    let mut best: Option<(&str, Words)> = None;
    let mut words = 0;
    let mut first_word: Option<&NumberWord> = None;
    while let Ok((after, tok)) = token(rest) {
        // The cheap tests first: a conjunction counts only after a ten.
        if acc.last_role() == Some(Role::Ten)
            && !acc.has_unit
            && !acc.after_conjunction
            && g.conjunctions.get(tok).is_some()
        {
            acc.after_conjunction = true;
        } else {
            let Some(w) = g.number_words.get(tok) else {
                break;
            };
            if !acc.push(w) {
                break;
            }
            words += 1;
            first_word.get_or_insert(w);
            let lone_one = words == 1 && w.role == Role::Unit && w.value == 1.0;
            let last_multiplier = if acc.group == 0.0 && acc.smallest_mult.is_finite() {
                acc.smallest_mult
            } else {
                1.0
            };
            best = Some((
                after,
                Words {
                    value: acc.value(),
                    ordinal: w.ordinal,
                    words,
                    lone_one,
                    last_multiplier,
                    last_unit_one: w.role == Role::Unit && w.value == 1.0 && !w.ordinal,
                },
            ));
            if w.ordinal {
                break;
            }
        }
        match joiner(after) {
            Ok((r, ())) => rest = r,
            Err(_) => break,
        }
    }
    match best {
        Some((rest, mut w)) if at_boundary(rest) => {
            // "deux cent virgule cinquante-deux" = 200.52.
            if !w.ordinal {
                if let Some((rest, decimals)) = decimal_part(g, rest) {
                    w.value += decimals;
                    w.lone_one = false;
                    return Ok((rest, w));
                }
            }
            Ok((rest, w))
        }
        _ => fail(i),
    }
}

/// The decimals after a decimal word: " virgule cinquante-deux" → 0.52.
fn decimal_part<'a>(g: &Grammar, i: &'a str) -> Option<(&'a str, f64)> {
    let (r, _) = ws1(i).ok()?;
    let (r, _) = lex(&g.decimal_words, r).ok()?;
    let (r, _) = ws1(r).ok()?;
    let mut zeros = 0;
    let mut rest = r;
    // Leading zeros: "virgule zéro cinq" = .05.
    while let Ok((after, tok)) = token(rest) {
        match g.number_words.get(tok) {
            Some(w) if w.value == 0.0 && !w.ordinal => {
                zeros += 1;
                rest = ws1(after).map(|(r2, _)| r2).unwrap_or(after);
            }
            _ => break,
        }
    }
    let (after, w) = number_words(g, rest).ok()?;
    if w.ordinal {
        return None;
    }
    let digits = format!("{}", w.value as u64).len() as i32;
    Some((after, w.value / 10f64.powi(digits + zeros)))
}

/// A denominator: "tiers", "quarts", "demi", or an ordinal ("cinquièmes",
/// "vingt-cinquième", "billionième").
pub fn denominator<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    if let Ok((rest, d)) = lex(&g.fractions, i) {
        if at_boundary(rest) {
            return Ok((rest, *d));
        }
    }
    // A multiplier's ordinal alone: "millième", "billionième".
    if let Ok((rest, tok)) = token(i) {
        if let Some(w) = g.number_words.get(tok) {
            if w.ordinal && matches!(w.role, Role::Hundred | Role::Thousand | Role::Large) {
                return Ok((rest, w.value));
            }
        }
    }
    // Ordinals, also compound and plural: "cinquièmes", "vingt-cinquième".
    let (rest, w) = number_words(g, i)?;
    if w.ordinal && w.value > 1.0 {
        return Ok((rest, w.value));
    }
    fail(i)
}

/// Is the denominator written in the plural ("cinquièmes", "quarts")?
fn plural(text: &str) -> bool {
    text.ends_with(['s', 'S'])
}

/// A fraction in words whose numerator and ordinal denominator compose as
/// one ordinal: "quatre centièmes" = 0.04 (the 400th would be singular),
/// "cent trente cinquièmes" = 26, "un millième" = 0.001.
pub fn word_fraction<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let (rest, w) = number_words(g, i)?;
    if !w.ordinal || w.words < 2 {
        return fail(i);
    }
    let phrase = &i[..i.len() - rest.len()];
    let Some((num_text, den_text)) = phrase.rsplit_once(|c: char| is_space(c)) else {
        return fail(i);
    };
    let Ok((num_rest, num)) = number_words(g, num_text.trim_end()) else {
        return fail(i);
    };
    if !num_rest.is_empty() || num.ordinal {
        return fail(i);
    }
    let Ok(("", d)) = denominator(g, den_text) else {
        return fail(i);
    };
    if !(num.lone_one || plural(den_text)) || d <= 1.0 {
        return fail(i);
    }
    Ok((rest, num.value / d))
}

/// A fraction word alone, also before a hyphen: "demi" in "demi-litre".
pub fn fraction_word<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let (rest, tok) = token(i)?;
    match g.fractions.get(tok) {
        Some(d) => Ok((rest, *d)),
        None => fail(i),
    }
}

/// "demi", "un demi", "un quart": a fraction word, after "un" or alone;
/// returns the denominator.
pub fn fraction_of_one<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let mut r = i;
    if let Ok((after, w)) = number_words(g, i) {
        if !w.lone_one {
            return fail(i);
        }
        r = ws1(after)?.0;
    }
    fraction_word(g, r)
}

/// "demi-million", "un demi-million", "un demi million": a fraction of a
/// multiplier.
pub fn fraction_of_multiplier<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let (r, d) = fraction_of_one(g, i)?;
    let (r, ()) = joiner(r)?;
    let (rest, tok) = token(r)?;
    match g.number_words.get(tok) {
        Some(w) if !w.ordinal && matches!(w.role, Role::Thousand | Role::Large) => {
            Ok((rest, w.value / d))
        }
        _ => fail(i),
    }
}

/// What follows a whole number to make it a fraction or a mixed number:
/// " tiers" (÷3), " sur trois" (÷3), " et demi" (+½ of the last multiplier),
/// " et trois quarts". Returns the rest and the new value.
pub fn fraction_tail<'a>(
    g: &Grammar,
    i: &'a str,
    value: f64,
    last_multiplier: f64,
) -> Option<(&'a str, f64)> {
    let (r, _) = ws1(i).ok()?;
    if let Ok((rest, d)) = denominator(g, r) {
        return Some((rest, value / d));
    }
    if let Ok((r2, _)) = lex(&g.fraction_joins, r) {
        let (r2, _) = ws1(r2).ok()?;
        let (rest, d) = super::number::decimal(r2).ok().or_else(|| {
            number_words(g, r2)
                .ok()
                .filter(|(_, w)| !w.ordinal)
                .map(|(r, w)| (r, w.value))
        })?;
        // "€1000 sur 3 ans": a unit after the second number makes it a
        // figure of its own, not a denominator.
        let unit_follows = ws(rest)
            .ok()
            .and_then(|(r, _)| g.unit_forms.longest(r))
            .is_some_and(|(len, _)| at_boundary(&rest.trim_start_matches(is_space)[len..]));
        return (d > 0.0 && !unit_follows).then_some((rest, value / d));
    }
    let (r2, _) = lex(&g.conjunctions, r).ok()?;
    let (r2, _) = ws1(r2).ok()?;
    // "et demi", or "et trois quarts".
    let (r3, numerator) = match number_words(g, r2) {
        Ok((r3, w)) if !w.ordinal => (ws1(r3).ok()?.0, w.value),
        _ => (r2, 1.0),
    };
    let (rest, d) = denominator(g, r3).ok()?;
    // "un milliard et demi million": the half is of the multiplier named after it.
    if let Some((after, m)) = joiner(rest)
        .ok()
        .and_then(|(r, ())| token(r).ok())
        .and_then(|(after, tok)| {
            g.number_words
                .get(tok)
                .filter(|w| !w.ordinal && matches!(w.role, Role::Thousand | Role::Large))
                .map(|w| (after, w.value))
        })
    {
        return Some((after, value + numerator / d * m));
    }
    Some((rest, value + numerator / d * last_multiplier))
}

/// A fraction after a whole number: " cinquièmes" (÷5), and " un cinquième"
/// in the singular after "vingt et": "vingt et un cinquième" = 20 + 1/5
/// (21/5 would be "cinquièmes").
pub fn denominator_after<'a>(g: &Grammar, i: &'a str, w: &Words) -> Option<(&'a str, f64)> {
    let (r, _) = ws1(i).ok()?;
    let (rest, d) = denominator(g, r).ok()?;
    let den_text = &r[..r.len() - rest.len()];
    if d <= 1.0 {
        return None;
    }
    if w.value != 1.0 && !plural(den_text) && w.value % 10.0 == 1.0 && w.last_unit_one {
        return Some((rest, w.value - 1.0 + 1.0 / d));
    }
    Some((rest, w.value / d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(g: &Grammar, s: &str) -> Option<f64> {
        number_words(g, s).ok().map(|(_, w)| w.value)
    }

    #[test]
    fn cardinals_table() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            ("zéro", 0.0),
            ("un", 1.0),
            ("cinq", 5.0),
            ("dix-sept", 17.0),
            ("vingt et un", 21.0),
            ("vingt-et-un", 21.0),
            ("vingt-et-une", 21.0),
            ("vingt-cinq", 25.0),
            ("soixante et onze", 71.0),
            ("soixante-dix-sept", 77.0),
            ("quatre-vingts", 80.0),
            ("quatre-vingt-un", 81.0),
            ("quatre-vingt-dix-neuf", 99.0),
            ("septante", 70.0),
            ("nonante-neuf", 99.0),
            ("huitante-deux", 82.0),
            ("cent", 100.0),
            ("cent un", 101.0),
            ("deux cents", 200.0),
            ("deux cent mille", 200_000.0),
            ("mille", 1000.0),
            ("trois mille quatre cents", 3400.0),
            ("trois millions", 3_000_000.0),
            ("un milliard deux cents millions", 1_200_000_000.0),
            ("deux-cent-quarante-et-un", 241.0),
            ("huit", 8.0),
        ] {
            assert_eq!(parse(&g, input), Some(expect), "{input}");
        }
    }

    #[test]
    fn stops_where_words_stop_composing() {
        let g = Grammar::builtin().unwrap();
        for (input, expect, rest) in [
            ("vingt et vingt-cinq", 20.0, " et vingt-cinq"),
            ("deux trois", 2.0, " trois"),
            ("trois ans", 3.0, " ans"),
            ("huit ans", 8.0, " ans"),
        ] {
            let (r, w) = number_words(&g, input).unwrap();
            assert_eq!((w.value, r), (expect, rest), "{input}");
        }
    }

    #[test]
    fn word_fractions_table() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            ("quatre centièmes", 0.04),
            ("cent trente cinquièmes", 26.0),
            ("un millième", 0.001),
            ("un billionième", 1e-12),
            ("trois vingt-cinquièmes", 0.12),
        ] {
            let (_, v) = word_fraction(&g, input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert!((v - expect).abs() < 1e-12, "{input}: {v}");
        }
        // Ranks, not fractions.
        for input in ["quatre centième", "vingt-cinquièmes", "trentième"] {
            assert!(word_fraction(&g, input).is_err(), "{input}");
        }
        for (input, expect) in [
            ("un demi-million", 500_000.0),
            ("demi-million", 500_000.0),
            ("un quart de million", f64::NAN),
        ] {
            match fraction_of_multiplier(&g, input) {
                Ok((_, v)) => assert_eq!(v, expect, "{input}"),
                Err(_) => assert!(expect.is_nan(), "{input}"),
            }
        }
    }

    #[test]
    fn fraction_after_a_whole_number() {
        let g = Grammar::builtin().unwrap();
        for (input, expect) in [
            // Singular: twenty and one fifth; plural: twenty-one fifths.
            ("vingt et un cinquième", 20.2),
            ("vingt et un cinquièmes", 4.2),
            ("trois quarts", 0.75),
        ] {
            let (rest, w) = number_words(&g, input).unwrap();
            let (_, v) = denominator_after(&g, rest, &w).unwrap_or_else(|| panic!("{input}"));
            assert!((v - expect).abs() < 1e-12, "{input}: {v}");
        }
        for (input, expect) in [
            ("un milliard et demi million", 1_000_500_000.0),
            ("trois millions et demi", 3_500_000.0),
        ] {
            let (rest, w) = number_words(&g, input).unwrap();
            let (r, v) = fraction_tail(&g, rest, w.value, w.last_multiplier)
                .unwrap_or_else(|| panic!("{input}"));
            assert_eq!((v, r), (expect, ""), "{input}");
        }
        // After digits: "1 sur 20" is a ratio; "1000 sur 3 ans" two figures.
        assert_eq!(fraction_tail(&g, " sur 20", 1.0, 1.0), Some(("", 0.05)));
        assert_eq!(fraction_tail(&g, " sur 3 ans", 1000.0, 1.0), None);
    }

    #[test]
    fn ordinals_and_non_numbers() {
        let g = Grammar::builtin().unwrap();
        let (_, w) = number_words(&g, "trentième").unwrap();
        assert!(w.ordinal && w.value == 30.0);
        let (_, w) = number_words(&g, "vingt-deuxième").unwrap();
        assert!(w.ordinal && w.value == 22.0);
        for input in ["aucun", "unique", "centre", "septembre", "million"] {
            assert!(number_words(&g, input).is_err(), "{input}");
        }
        assert!(number_words(&g, "un").unwrap().1.lone_one);
    }
}
