//! How precisely a figure is written. A figure with no marker stands for
//! what it rounds: "54 %" for 53,5-54,5 %, "2,5 millions" for
//! 2 450 000-2 550 000, "10 000" for 9 500-10 500. Two figures that agree
//! only within that rounding still agree (`check` says so).

/// How far either side of `value` a figure written as `written` may stand:
/// half a unit of its last written digit, at most `cap` times the value.
/// `value` is the figure in the claim's base unit, so "2,5 millions
/// d'euros" gives 50 000 (euros).
pub fn half_width(written: &str, value: f64, cap: f64) -> f64 {
    let (number, half) = written_half_unit(written).unwrap_or_else(|| spelled_half_unit(value));
    if number == 0.0 || !value.is_finite() {
        return 0.0;
    }
    // What multiplies the written number: "millions", the unit's factor.
    let scale = (value / number).abs();
    (half * scale).min(cap * value.abs())
}

/// The first number written in digits in `written`, and half the place
/// value of its last significant digit in its own scale: "54" → 0.5,
/// "19,7" → 0.05, "10 000" → 500. Zeros before the thousands are written
/// on purpose ("300" is 300, not "about 300"); a whole group of three
/// zeros rounds ("2 480 000" is to the thousand).
fn written_half_unit(written: &str) -> Option<(f64, f64)> {
    let start = written.find(|c: char| c.is_ascii_digit())?;
    let chars: Vec<char> = written[start..].chars().collect();
    let digit_at = |i: usize| chars.get(i).is_some_and(|c| c.is_ascii_digit());
    let three_digits_then_end = |i: usize| (i..i + 3).all(digit_at) && !digit_at(i + 3);
    let (mut whole, mut decimals) = (String::new(), String::new());
    let mut in_decimals = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if in_decimals {
                decimals.push(c);
            } else {
                whole.push(c);
            }
        } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}') && !in_decimals && digit_at(i + 1) {
            // "10 000": a thousands separator.
        } else if c == '.' && !in_decimals && three_digits_then_end(i + 1) {
            // "10.000": a thousands separator.
        } else if matches!(c, ',' | '.') && !in_decimals && digit_at(i + 1) {
            in_decimals = true;
        } else {
            break;
        }
        i += 1;
    }
    let number: f64 = format!(
        "{whole}.{}",
        if decimals.is_empty() { "0" } else { &decimals }
    )
    .parse()
    .ok()?;
    let half = if decimals.is_empty() {
        let zeros = whole.len() - whole.trim_end_matches('0').len();
        let groups = if whole.trim_end_matches('0').is_empty() {
            0
        } else {
            zeros / 3
        };
        0.5 * 1000f64.powi(groups as i32)
    } else {
        0.5 * 10f64.powi(-(decimals.len() as i32))
    };
    Some((number, half))
}

/// A figure in words: "deux millions" rounds to the million, "trois cents"
/// is three hundred.
fn spelled_half_unit(value: f64) -> (f64, f64) {
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        return (value, 0.0);
    }
    let digits = format!("{}", value.abs() as u64);
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    (value, 0.5 * 1000f64.powi((zeros / 3) as i32))
}

#[cfg(test)]
mod tests {
    use super::half_width;

    #[test]
    fn a_figure_stands_for_what_it_rounds() {
        let cases: &[(&str, f64, f64)] = &[
            ("54 %", 54.0, 0.5),
            ("19,7 %", 19.7, 0.05),
            ("6,10 m", 6.1, 0.005),
            ("300 morts", 300.0, 0.5),
            ("10 000 soldats", 10_000.0, 500.0),
            ("10\u{a0}000 soldats", 10_000.0, 500.0),
            ("10.000 soldats", 10_000.0, 500.0),
            ("2 480 000 doses", 2_480_000.0, 500.0),
            ("2,5 millions de doses", 2_500_000.0, 50_000.0),
            ("1,9 milliard d'euros", 1.9e9, 5e7),
            ("1 873 millions d'euros", 1.873e9, 5e5),
            ("Près de 1 900 morts", 1900.0, 0.5),
            // Capped at 5 % of the value.
            ("2 000 morts", 2000.0, 100.0),
            ("deux millions d'euros", 2e6, 1e5),
            // In words, below the thousands: to the unit.
            ("trois cents euros", 300.0, 0.5),
            ("Dix-neuf d'entre eux", 19.0, 0.5),
            ("zéro", 0.0, 0.0),
        ];
        for &(written, value, want) in cases {
            let got = half_width(written, value, 0.05);
            assert!((got - want).abs() < 1e-9, "{written}: {got} != {want}");
        }
    }
}
