//! Numbers written with digits: "10 000", "10 000", "1.200.000", "1'500",
//! "2,5", "-3", "1,5 million"; and the things that look like numbers but are
//! not counts (phone numbers, clock times, scores, references like "49.3").

use super::input::*;
use crate::grammar::{Grammar, Role};

/// Thousands separators French news uses between groups of three digits.
fn is_group_sep(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '.' | '\'' | '’'
    )
}

fn digits(i: &str) -> PResult<'_, &str> {
    let end = i.find(|c: char| !c.is_ascii_digit()).unwrap_or(i.len());
    if end == 0 {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// An integer with optional thousands groups, all with the same separator.
fn grouped_integer(i: &str) -> PResult<'_, String> {
    let (mut rest, first) = digits(i)?;
    let mut value = first.to_string();
    if first.len() > 3 {
        return Ok((rest, value));
    }
    let mut separator = None;
    loop {
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        if !is_group_sep(c) || separator.is_some_and(|s| s != c) {
            break;
        }
        let after = chars.as_str();
        match digits(after) {
            Ok((r, group)) if group.len() == 3 => {
                separator = Some(c);
                value.push_str(group);
                rest = r;
            }
            _ => break,
        }
    }
    Ok((rest, value))
}

/// A decimal number in French notation, without multiplier words: "2,5",
/// "-3", ",08" (no integer part), "0.8" (a dot after a lone zero can only be
/// decimal), and with an exponent: "1e10", "-12e-1", "1,1^23".
pub fn decimal(i: &str) -> PResult<'_, f64> {
    let (rest, sign) = match i.chars().next() {
        Some(c @ ('-' | '−' | '+'))
            if i[c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit() || d == ',') =>
        {
            (&i[c.len_utf8()..], if c == '+' { 1.0 } else { -1.0 })
        }
        _ => (i, 1.0),
    };
    let (mut rest, int) = match rest.strip_prefix(',') {
        // ",08": the integer part left out.
        Some(after) if after.starts_with(|d: char| d.is_ascii_digit()) => (rest, "0".to_string()),
        _ => grouped_integer(rest)?,
    };
    let mut text = int;
    let decimal_mark = if text == "0" && rest.starts_with('.') {
        "."
    } else {
        ","
    };
    if let Some(after) = rest.strip_prefix(decimal_mark) {
        if let Ok((r, frac)) = digits(after) {
            text.push('.');
            text.push_str(frac);
            rest = r;
        }
    }
    // "49.3", "3.5": a dot that is not a thousands separator is a reference or
    // a foreign decimal, not a French count.
    if rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let value: f64 = text
        .parse()
        .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))?;
    match exponent(rest) {
        Some((r, Exponent::Ten(e))) => Ok((r, sign * value * 10f64.powi(e))),
        Some((r, Exponent::Power(e))) => Ok((r, sign * value.powi(e))),
        None => Ok((rest, sign * value)),
    }
}

enum Exponent {
    /// "e13": times ten to the power.
    Ten(i32),
    /// "^23": the number to the power.
    Power(i32),
}

/// An exponent right after a number: "e13", "e-1", "^+23", "^--23" (two
/// minus signs cancel). Not the ordinal mark of "12e" or "12e-13e".
fn exponent(i: &str) -> Option<(&str, Exponent)> {
    let (after, power) = match i.chars().next()? {
        'e' | 'E' => (&i[1..], false),
        '^' => (&i[1..], true),
        _ => return None,
    };
    let signs = after.len() - after.trim_start_matches(['+', '-']).len();
    if signs > 2 || (!power && signs > 1) {
        return None;
    }
    let minus = after[..signs].matches('-').count() % 2 == 1;
    let (rest, d) = digits(&after[signs..]).ok()?;
    if !at_boundary(rest) || d.len() > 3 {
        return None;
    }
    let e: i32 = d.parse().ok()?;
    let e = if minus { -e } else { e };
    Some((
        rest,
        if power {
            Exponent::Power(e)
        } else {
            Exponent::Ten(e)
        },
    ))
}

/// A multiplier word after digits: "1,5 million", "10 mille", "2 milliards";
/// or a multiplier letter, glued or not: "10k", "2,33 k", "3M".
pub fn multiplier<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    if let Ok(found) = suffix(g, i) {
        return Ok(found);
    }
    let (rest, _) = ws1(i)?;
    let (rest, w) = lex(&g.number_words, rest)?;
    if w.ordinal || !matches!(w.role, Role::Thousand | Role::Large) || !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, w.value))
}

/// A multiplier letter from the grammar, matched with its case. After a
/// space, a lone capital stands for a unit ("300 K" is kelvins) unless a
/// currency sign follows it ("3 M€"); "2 Mds" is always a multiplier.
fn suffix<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let (r, space) = ws(i)?;
    for (form, value) in &g.suffixes {
        if let Some(rest) = r.strip_prefix(form.as_str()) {
            let currency = rest.starts_with(crate::text::normalize::is_symbol);
            let spaced_ok = space.is_empty()
                || !form.starts_with(char::is_uppercase)
                || form.chars().count() > 1
                || currency;
            if at_boundary(rest) && !rest.starts_with(['\'', '’']) && spaced_ok {
                return Ok((rest, *value));
            }
        }
    }
    fail(i)
}

/// A number in digits with an optional multiplier word (what `quantity` reads first).
#[cfg(test)]
pub fn digit_number<'a>(g: &Grammar, i: &'a str) -> PResult<'a, f64> {
    let (rest, v) = decimal(i)?;
    match multiplier(g, rest) {
        Ok((rest, m)) => Ok((rest, v * m)),
        Err(_) => Ok((rest, v)),
    }
}

/// Digit sequences that are not quantities: phone numbers ("01 23 45 67 89"),
/// clock times ("15h30", "8 h"), scores ("3-1"). Returns the bytes to skip.
pub fn not_a_count(i: &str) -> PResult<'_, ()> {
    // Phone: at least four groups of two digits.
    let mut rest = i;
    let mut groups = 0;
    while let Ok((r, d)) = digits(rest) {
        if d.len() != 2 {
            break;
        }
        groups += 1;
        rest = r;
        match rest.chars().next() {
            Some(c)
                if matches!(c, ' ' | '.' | '\u{a0}' | '-')
                    && rest[c.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                rest = &rest[c.len_utf8()..];
            }
            _ => break,
        }
    }
    if groups >= 4 {
        return Ok((rest, ()));
    }
    let (rest, d) = digits(i)?;
    // Clock time: "15h30", "15 h 30", "15h".
    if d.len() <= 2 {
        let (r, _) = ws(rest)?;
        if let Some(after) = r.strip_prefix(['h', 'H']) {
            let (after_ws, _) = ws(after)?;
            if let Ok((after_min, m)) = digits(after_ws) {
                if m.len() == 2 && at_boundary(after_min) {
                    return Ok((after_min, ()));
                }
            }
            if at_boundary(after) {
                return Ok((after, ()));
            }
        }
    }
    // Score: "3-1" where the second number is not larger (a range would be).
    if let Some(after) = rest.strip_prefix('-') {
        if let Ok((r, d2)) = digits(after) {
            let a: u64 = d.parse().unwrap_or(0);
            let b: u64 = d2.parse().unwrap_or(0);
            if b <= a && d.len() <= 2 && d2.len() <= 2 && at_boundary(r) {
                return Ok((r, ()));
            }
        }
    }
    fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> Grammar {
        Grammar::builtin().unwrap()
    }

    #[test]
    fn digit_numbers_table() {
        let g = g();
        for (input, expect, rest) in [
            ("10 000 km", 10000.0, " km"),
            ("10\u{a0}000 km", 10000.0, " km"),
            ("10\u{202f}000", 10000.0, ""),
            ("1.200.000 habitants", 1_200_000.0, " habitants"),
            ("1'500", 1500.0, ""),
            ("2,5 millions d'euros", 2_500_000.0, " d'euros"),
            ("3,2 millions de réfugiés", 3_200_000.0, " de réfugiés"),
            ("10 mille", 10000.0, ""),
            ("400 militants", 400.0, " militants"),
            ("2015 200 militants", 2015.0, " 200 militants"),
            ("-3 degrés", -3.0, " degrés"),
            ("2016.", 2016.0, "."),
            ("1 200 300", 1_200_300.0, ""),
        ] {
            let (r, v) = digit_number(&g, input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!((v, r), (expect, rest), "{input}");
        }
    }

    #[test]
    fn decimals_exponents_and_suffixes_table() {
        let g = g();
        for (input, expect, rest) in [
            (",08", 0.08, ""),
            ("-,5 degrés", -0.5, " degrés"),
            ("0.8rad", 0.8, "rad"),
            ("1e10", 1e10, ""),
            ("-12e-1", -1.2, ""),
            ("12,32e+14", 1.232e15, ""),
            ("2,5^-1", 0.4, ""),
            ("10k", 10_000.0, ""),
            ("2,33 k", 2330.0, ""),
            ("1,2M", 1_200_000.0, ""),
            ("3 M€", 3_000_000.0, "€"),
            ("10G", 1e10, ""),
            ("2 Mds", 2e9, ""),
            // A spaced capital is a unit: kelvins, not thousands.
            ("300 K", 300.0, " K"),
            // The ordinal mark is no exponent.
            ("12e arrondissement", 12.0, "e arrondissement"),
            ("12e-13e", 12.0, "e-13e"),
        ] {
            let (r, v) = digit_number(&g, input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert!(
                (v - expect).abs() <= 1e-9 * expect.abs().max(1.0),
                "{input}: {v}"
            );
            assert_eq!(r, rest, "{input}");
        }
    }

    #[test]
    fn digit_numbers_rejected() {
        let g = g();
        for input in ["49.3", "3.5 points", "abc"] {
            assert!(digit_number(&g, input).is_err(), "{input}");
        }
    }

    #[test]
    fn not_a_count_table() {
        for (input, skipped) in [
            ("01 23 45 67 89", "01 23 45 67 89"),
            ("15h30 ce soir", "15h30"),
            ("8 h du matin", "8 h"),
            ("3-1 face à", "3-1"),
        ] {
            let (rest, ()) = not_a_count(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!(&input[..input.len() - rest.len()], skipped, "{input}");
        }
        for input in ["20-25 blessés", "400 localités", "2016"] {
            assert!(not_a_count(input).is_err(), "{input}");
        }
    }
}
