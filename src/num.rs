//! Decimal text for the few numbers the page writes and reads: SVG and CSS
//! coordinates, milliseconds, playback speeds.
//!
//! core's float formatting and parsing (`{:.1}`, `f64::to_string`,
//! `str::parse::<f64>`) weigh ~45 KB in the wasm (digit-generation code
//! plus tables), for numbers that need a fixed number of decimals at most.
//! These do it with integers instead.

use std::fmt;

/// `x` with `decimals` digits after the point (0..=3), rounded half away
/// from zero: `Fixed(12.345, 1)` is `12.3`. Non-finite values print `0`.
#[derive(Clone, Copy)]
pub struct Fixed(pub f64, pub u8);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let decimals = self.1.min(3) as u32;
        let scale = 10u64.pow(decimals);
        let scaled = (self.0 * scale as f64).round();
        // 2^53: beyond it the value is an integer already; SVG never needs it.
        if !scaled.is_finite() || scaled.abs() >= 9.0e15 {
            return f.write_str("0");
        }
        let neg = scaled < 0.0;
        let v = scaled.abs() as u64;
        let mut buf = [0u8; 24];
        let mut i = buf.len();
        let mut n = v;
        let mut digits = 0;
        loop {
            if decimals > 0 && digits == decimals {
                i -= 1;
                buf[i] = b'.';
            }
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            digits += 1;
            if n == 0 && digits > decimals {
                break;
            }
        }
        if neg && v != 0 {
            i -= 1;
            buf[i] = b'-';
        }
        // The buffer holds ASCII digits, '.' and '-' only.
        f.write_str(std::str::from_utf8(&buf[i..]).unwrap_or("0"))
    }
}

/// `x` limited to `lo..=hi`, or `lo` when the range is empty (`lo > hi`,
/// e.g. a track narrower than the thing placed on it). Unlike `f64::clamp`
/// it never panics, and it keeps that panic's `{:?}` float formatting out
/// of the wasm.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.min(hi).max(lo)
}

/// `x` with at most `decimals` decimals and no trailing zeros: `0.25`,
/// `1`, `1.5`.
pub fn trimmed(x: f64, decimals: u8) -> String {
    let s = Fixed(x, decimals).to_string();
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s }
}

/// Parses a plain decimal (`8`, `0.25`, `-1.5`, `.5`): at most 15
/// significant digits, no exponent. Exact for every such text that names a
/// double's shortest form, which is all the page ever writes.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        if mantissa > 0 || b != b'0' {
            significant += 1;
        }
        if significant > 15 {
            return None;
        }
        mantissa = mantissa * 10 + u64::from(b - b'0');
    }
    if frac.len() > 22 {
        return None;
    }
    // Both operands are exact doubles (< 2^53 and a power of ten <= 1e22),
    // so the one division rounds correctly.
    let v = mantissa as f64 / 10f64.powi(frac.len() as i32);
    Some(if neg { -v } else { v })
}

/// True for the Debug text of a number (`42`, `-7`, `1.5`, `1e-7`, `NaN`,
/// `inf`), without parsing it.
pub fn is_number_text(t: &str) -> bool {
    let body = t.strip_prefix('-').unwrap_or(t);
    if matches!(body, "NaN" | "inf") {
        return true;
    }
    let (mantissa, exp) = match body.split_once('e') {
        Some((m, e)) => (m, Some(e.strip_prefix('-').unwrap_or(e))),
        None => (body, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(int) && digits(frac) && exp.is_none_or(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_limits_and_tolerates_an_empty_range() {
        assert_eq!(clamp(5.0, 0.0, 3.0), 3.0);
        assert_eq!(clamp(-1.0, 0.0, 3.0), 0.0);
        assert_eq!(clamp(1.5, 0.0, 3.0), 1.5);
        // A track narrower than its label: `f64::clamp` would panic here.
        assert_eq!(clamp(7.0, 10.0, 4.0), 10.0);
    }

    #[test]
    fn fixed_matches_std_away_from_ties() {
        // Away from exact .5 ties, rounding half away from zero and std's
        // round-half-even agree.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = (x % 2_000_000) as f64 / 997.0 - 1000.0;
            for d in 0..=3u8 {
                let ours = Fixed(v, d).to_string();
                let std = format!("{:.*}", d as usize, v);
                let std = if std.trim_start_matches(['-', '0', '.']).is_empty() { std.trim_start_matches('-').to_string() } else { std };
                assert_eq!(ours, std, "{v} with {d} decimals");
            }
        }
    }

    #[test]
    fn fixed_edge_cases() {
        assert_eq!(Fixed(0.0, 1).to_string(), "0.0");
        assert_eq!(Fixed(-0.04, 1).to_string(), "0.0");
        assert_eq!(Fixed(-0.06, 1).to_string(), "-0.1");
        assert_eq!(Fixed(12.5, 0).to_string(), "13");
        assert_eq!(Fixed(-12.5, 0).to_string(), "-13");
        assert_eq!(Fixed(1.0004, 3).to_string(), "1.000");
        assert_eq!(Fixed(0.0096, 2).to_string(), "0.01");
        assert_eq!(Fixed(1234567.891, 2).to_string(), "1234567.89");
        assert_eq!(Fixed(f64::NAN, 1).to_string(), "0");
        assert_eq!(Fixed(f64::INFINITY, 1).to_string(), "0");
        assert_eq!(Fixed(1e300, 1).to_string(), "0");
        assert_eq!(trimmed(0.25, 2), "0.25");
        assert_eq!(trimmed(8.0, 2), "8");
        assert_eq!(trimmed(1.5, 3), "1.5");
        assert_eq!(trimmed(2.0001, 1), "2");
    }

    #[test]
    fn parse_decimal_is_exact() {
        for s in ["0.25", "0.5", "1", "2", "8", "64", "1.5", "0.1", "123.456", "-3.75", ".5", "5.", "007"] {
            assert_eq!(parse_decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let s = format!("{}.{}", x % 1_000_000, (x >> 20) % 1_000_000_000);
            assert_eq!(parse_decimal(&s), s.parse::<f64>().ok(), "{s}");
        }
        for bad in ["", ".", "-", "1e5", "1.2.3", "abc", "1 ", "inf", "NaN", "1234567890123456"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn number_text() {
        for t in ["42", "-7", "1.5", "1e-7", "-2.5e16", "NaN", "inf", "-inf", "0.0"] {
            assert!(is_number_text(t), "{t}");
        }
        for t in ["", "-", "x", "1.", ".5", "1e", "\"1\"", "'a'", "Some(1)", "1_000"] {
            assert!(!is_number_text(t), "{t}");
        }
    }
}
