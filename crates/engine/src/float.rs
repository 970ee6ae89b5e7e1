//! `f64` to decimal text and back, without core's float formatting and
//! parsing (flt2dec's Grisu and Dragon, dec2flt, their tables: about 30 KB of
//! wasm). The output is exactly std's: the shortest round-tripping digits for
//! `{}`, `{:?}` and `{:e}` (std's Dragon, including how it breaks ties), the
//! correctly rounded (half to even) digits for a precision, and correctly
//! rounded parsing. Slow big-number arithmetic instead of tables: speed does
//! not matter here, code size does.

use std::cmp::Ordering;

/// A non-negative integer, little-endian 32-bit limbs, no high zero limbs.
type Big = Vec<u32>;

/// `b = b * m + c`.
fn mul(b: &mut Big, m: u32, c: u32) {
    let mut carry = c as u64;
    for d in b.iter_mut() {
        let t = *d as u64 * m as u64 + carry;
        *d = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        b.push(carry as u32);
    }
}

/// `b *= 2^p2 * 10^p10`; negative powers are ignored.
fn scale(b: &mut Big, mut p2: i32, mut p10: i32) {
    while p2 > 0 {
        let s = p2.min(31);
        mul(b, 1 << s, 0);
        p2 -= s;
    }
    while p10 > 0 {
        let s = p10.min(9);
        mul(b, 10u32.pow(s as u32), 0);
        p10 -= s;
    }
}

/// `n * 2^p2 * 10^p10`; negative powers are ignored.
fn big(n: u64, p2: i32, p10: i32) -> Big {
    let mut b = vec![n as u32, (n >> 32) as u32];
    trim(&mut b);
    scale(&mut b, p2, p10);
    b
}

fn trim(b: &mut Big) {
    while b.last() == Some(&0) {
        b.pop();
    }
}

fn cmp(a: &Big, b: &Big) -> Ordering {
    let mut i = a.len();
    if i != b.len() {
        return i.cmp(&b.len());
    }
    while i > 0 {
        i -= 1;
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

/// `a < b`, or `a <= b` when `inclusive`.
fn below(a: &Big, b: &Big, inclusive: bool) -> bool {
    let o = cmp(a, b);
    o.is_lt() || inclusive && o.is_eq()
}

/// `a -= b`, for `a >= b`.
fn sub(a: &mut Big, b: &Big) {
    let mut borrow = 0;
    for (i, d) in a.iter_mut().enumerate() {
        let t = (*d as u64).wrapping_sub(*b.get(i).unwrap_or(&0) as u64).wrapping_sub(borrow);
        *d = t as u32;
        borrow = t >> 63;
    }
    trim(a);
}

/// `num / den > 1/2`, or `== 1/2` and `tie`.
fn above_half(num: &Big, den: &Big, tie: bool) -> bool {
    let mut t = num.clone();
    mul(&mut t, 2, 0);
    !below(&t, den, !tie)
}

/// The digits (values below `base`) of `num / den * base^k`, where
/// `num < den`: `0.d1 d2 d3… * base^k`. Leading zeros are skipped (each
/// lowers `k`).
///
/// Without `shortest`, the digits go down to the position
/// `min(sig digits, base^-frac)`, rounded half to even on the exact rest;
/// trailing zeros may be missing. With `shortest = (minus, plus, inclusive)`,
/// the scaled distances from the value to the midpoints with its
/// neighbours, digit generation stops as soon as the digits so far, or them
/// plus one in the last place, lie strictly (or with `inclusive`, loosely)
/// between the midpoints; when both do, the closer wins, ties going up: std's
/// Dragon `format_shortest`.
fn digits_of(mut num: Big, den: &Big, mut k: i32, base: u32, sig: i32, frac: i32, mut shortest: Option<(Big, Big, bool)>) -> (Vec<u8>, i32) {
    let mut buf = Vec::new();
    let mut up = false;
    loop {
        if num.is_empty() {
            break;
        }
        if shortest.is_none() && buf.len() as i32 >= sig.min(k + frac) {
            up = above_half(&num, den, buf.last().is_some_and(|d| d & 1 == 1));
            break;
        }
        mul(&mut num, base, 0);
        let mut d = 0;
        while !below(&num, den, false) {
            sub(&mut num, den);
            d += 1;
        }
        if buf.is_empty() && d == 0 {
            k -= 1;
        } else {
            buf.push(d);
        }
        if let Some((minus, plus, inclusive)) = &mut shortest {
            mul(minus, base, 0);
            mul(plus, base, 0);
            let down = below(&num, minus, *inclusive);
            let mut rest = den.clone();
            sub(&mut rest, &num);
            up = below(&rest, plus, *inclusive);
            if down || up {
                up = up && (!down || above_half(&num, den, true));
                break;
            }
        }
    }
    if up {
        while buf.last() == Some(&(base as u8 - 1)) {
            buf.pop();
        }
        match buf.last_mut() {
            Some(d) => *d += 1,
            None => {
                buf.push(1);
                k += 1;
            }
        }
    }
    (buf, k)
}

/// The decimal digits (ASCII) of finite `x >= 0` and `k` with
/// `x ≈ 0.d1 d2… * 10^k`; zero is `("0", 1)`. See [`digits_of`] for `sig`,
/// `frac` and `shortest`.
/// The decimal digits of an `f64` (`single` false) or of the `f32` it
/// holds, and the exponent.
fn digits_of_float(x: f64, sig: i32, frac: i32, shortest: bool, single: bool) -> (Vec<u8>, i32) {
    let (fr, be, (m, e)) = if single {
        let bits = (x as f32).to_bits() as u64;
        let fr = bits & ((1 << 23) - 1);
        let be = ((bits >> 23) & 0xff) as i32;
        (fr, be, if be == 0 { (fr, -149) } else { (fr | 1 << 23, be - 150) })
    } else {
        let bits = x.to_bits();
        let fr = bits & ((1 << 52) - 1);
        let be = (bits >> 52) as i32;
        // x = m * 2^e
        (fr, be, if be == 0 { (fr, -1074) } else { (fr | 1 << 52, be - 1075) })
    };
    // std's decoder: x = m2 * 2^e2, the midpoints with the neighbours at
    // distances 1 and `plus` (in units of 2^e2). For a power of two (even
    // MIN_POSITIVE) the lower neighbour is twice as close. The interval is
    // inclusive when the mantissa is even, which std decides from the
    // doubled mantissa of subnormals: always.
    let (m2, e2, plus) = if be != 0 && fr == 0 { (m << 2, e - 2, 2) } else { (m << 1, e - 1, 1) };
    let inclusive = be == 0 || m & 1 == 0;
    dec_digits(m2, e2, sig, frac, shortest.then_some((plus, inclusive)))
}

/// [`digits`] of `m * 2^e`, with `bounds = (plus, inclusive)` in shortest
/// mode (the lower midpoint at distance 1, the upper at `plus`, in units of
/// 2^e).
fn dec_digits(m: u64, e: i32, sig: i32, frac: i32, bounds: Option<(u64, bool)>) -> (Vec<u8>, i32) {
    // 10^(k-1) >= 2^(e + bit length of m) >= the upper midpoint: at least
    // one leading zero.
    let k = (((e + 64 - m.leading_zeros() as i32) * 1233) >> 12) + 2;
    let bounds = bounds.map(|(plus, inclusive)| (big(1, e, -k), big(plus, e, -k), inclusive));
    let (mut buf, mut k) = digits_of(big(m, e, -k), &big(1, -e, k), k, 10, sig, frac, bounds);
    if buf.is_empty() {
        buf.push(0);
        k = 1;
    }
    for d in &mut buf {
        *d += b'0';
    }
    (buf, k)
}

const NONE: i32 = 1 << 30;

/// `d.ddde-k` of digits `0.d d d… * 10^k`, with at least `min` digits.
fn exp_str((buf, k): (Vec<u8>, i32), min: usize, upper: bool) -> String {
    let mut out = String::new();
    out.push(buf[0] as char);
    if buf.len() > 1 || min > 1 {
        out.push('.');
        out.extend(buf[1..].iter().map(|&d| d as char));
        out.extend(std::iter::repeat_n('0', min.saturating_sub(buf.len())));
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push_str(&(k as i64 - 1).to_string());
    out
}

/// std's panic for a precision that does not fit its `u16`.
fn check_prec(p: Option<usize>) -> Result<(), String> {
    if p.unwrap_or(0) > u16::MAX as usize {
        return Err("Formatting argument out of range".into());
    }
    Ok(())
}

/// The body of `x` formatted like std formats an `f64` with `{}` (`ty` 'd'),
/// `{:?}` ('?'), `{:e}` ('e') or `{:E}` ('E'), with an optional precision:
/// `NaN`, `inf`, or the digits of `|x|` (the caller writes the sign).
/// `Err` is std's panic message for the precisions std cannot take.
pub fn body(x: f64, ty: char, prec: Option<usize>) -> Result<String, String> {
    body_of(x, ty, prec, false)
}

/// [`body`] of an `f32` held in an `f64`: the same, but the shortest
/// digits are those that read back as the same `f32` (`0.1f32` is `0.1`).
pub fn body32(x: f64, ty: char, prec: Option<usize>) -> Result<String, String> {
    body_of(x, ty, prec, true)
}

fn body_of(x: f64, ty: char, prec: Option<usize>, single: bool) -> Result<String, String> {
    let digits = |x: f64, sig: i32, frac: i32, shortest: bool| digits_of_float(x, sig, frac, shortest, single);
    let x = x.abs();
    if x.is_nan() {
        return Ok("NaN".into());
    }
    if x.is_infinite() {
        return Ok("inf".into());
    }
    check_prec(prec)?;
    if ty == 'e' || ty == 'E' || ty == '?' && prec.is_none() && x != 0.0 && !(1e-4..1e16).contains(&x) {
        // std passes the precision + 1 as a u16
        if prec == Some(u16::MAX as usize) {
            return Err("assertion failed: ndigits > 0".into());
        }
        let min = prec.map_or(0, |p| p + 1);
        let buf = digits(x, if prec.is_some() { min as i32 } else { NONE }, NONE, prec.is_none());
        return Ok(exp_str(buf, min, ty == 'E'));
    }
    // `{:?}` shows at least one fractional digit
    let frac = prec.unwrap_or((ty == '?') as usize) as i32;
    let (buf, k) = digits(x, NONE, if prec.is_some() { frac } else { NONE }, prec.is_none());
    let n = buf.len() as i32;
    let mut out = String::new();
    for i in (k - 1).min(0)..n.max(k + frac) {
        if i == k {
            out.push('.');
        }
        out.push(if (0..n).contains(&i) { buf[i as usize] as char } else { '0' });
    }
    Ok(out)
}

/// `{:e}` / `{:E}` of an integer's magnitude, like std: all its digits
/// without trailing zeros, or rounded (half to even) to the precision.
pub fn int_exp(u: u64, upper: bool, prec: Option<usize>) -> Result<String, String> {
    check_prec(prec)?;
    let min = prec.map_or(0, |p| p + 1);
    Ok(exp_str(dec_digits(u, 0, if prec.is_some() { min as i32 } else { NONE }, NONE, None), min, upper))
}

/// `format!("{x:?}")`.
pub fn debug(x: f64) -> String {
    let sign = if x.is_sign_negative() && !x.is_nan() { "-" } else { "" };
    sign.to_string() + &body(x, '?', None).unwrap_or_default()
}

/// `str::parse::<f64>()` with its validation: `None` where std gives a
/// `ParseFloatError`. Accepts std's grammar: an optional sign, then
/// `inf`, `infinity` or `nan` (any case), or digits with an optional `.`
/// and an optional exponent.
pub fn parse_checked(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let x = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        let b = body.as_bytes();
        let mut i = 0;
        let mut digits = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
                digits += 1;
            }
        }
        if digits == 0 {
            return None;
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            i += 1;
            if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
                i += 1;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return None;
            }
        }
        if i != b.len() {
            return None;
        }
        // Validated: `parse` reads the exponent after `e` or `E`, skipping a `+`.
        parse(body)
    };
    Some(if neg { -x } else { x })
}

/// The value of a decimal float literal without sign and underscores
/// (`1.5`, `2.`, `1e-3`, `07E+2`), correctly rounded like
/// `str::parse::<f64>`.
pub fn parse(s: &str) -> f64 {
    let b = s.as_bytes();
    let mut d = Big::new();
    // s = d * 10^e, d has `nd` digits
    let (mut e, mut nd, mut point) = (0i32, 0i32, false);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                mul(&mut d, 10, (c - b'0') as u32);
                nd += !d.is_empty() as i32;
                e -= point as i32;
            }
            b'.' => point = true,
            _ => break,
        }
        i += 1;
    }
    let (mut x, mut neg) = (0i32, false);
    for &c in b.iter().skip(i + 1) {
        match c {
            b'-' => neg = true,
            b'0'..=b'9' => x = (x * 10 + (c - b'0') as i32).min(1 << 20),
            _ => {}
        }
    }
    e += if neg { -x } else { x };
    // 10^(nd+e-1) <= value < 10^(nd+e)
    if d.is_empty() || nd + e < -324 {
        return 0.0;
    }
    if nd + e > 310 {
        return f64::INFINITY;
    }
    // value / 2^k < 1 with k at most one too big, but no position below
    // 2^-1074 (where the rounding must happen for tiny values); then the bits
    // down to 2^-1074, at most 53 of them.
    scale(&mut d, 0, e);
    let mut den = big(1, 0, -e);
    let k = (bit_len(&d) - bit_len(&den) + 1).max(-1074);
    scale(&mut d, -k, 0);
    scale(&mut den, k, 0);
    let (buf, k) = digits_of(d, &den, k, 2, 53, 1074, None);
    let mut s = k - buf.len() as i32;
    let mut q = buf.iter().fold(0u64, |q, &b| q << 1 | b as u64);
    while q >> 52 == 0 && s > -1074 {
        q <<= 1;
        s -= 1;
    }
    if s + 1075 >= 2047 {
        f64::INFINITY
    } else if q >> 52 == 0 {
        f64::from_bits(q)
    } else {
        f64::from_bits(((s + 1075) as u64) << 52 | q & ((1 << 52) - 1))
    }
}

fn bit_len(b: &Big) -> i32 {
    b.len() as i32 * 32 - b.last().map_or(32, |d| d.leading_zeros() as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift64*
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// Ours with the sign as `fmt` writes it.
    fn ours(x: f64, ty: char, prec: Option<usize>) -> String {
        let sign = if x.is_sign_negative() && !x.is_nan() { "-" } else { "" };
        sign.to_string() + &body(x, ty, prec).unwrap()
    }

    fn check_shortest(x: f64) {
        assert_eq!(ours(x, 'd', None), format!("{x}"), "{{}} of {:#x}", x.to_bits());
        assert_eq!(ours(x, '?', None), format!("{x:?}"), "{{:?}} of {:#x}", x.to_bits());
        assert_eq!(ours(x, 'e', None), format!("{x:e}"), "{{:e}} of {:#x}", x.to_bits());
        assert_eq!(ours(x, 'E', None), format!("{x:E}"), "{{:E}} of {:#x}", x.to_bits());
        assert_eq!(debug(x), format!("{x:?}"));
    }

    fn check_prec(x: f64, p: usize) {
        assert_eq!(ours(x, 'd', Some(p)), format!("{x:.p$}"), "{{:.{p}}} of {:#x}", x.to_bits());
        assert_eq!(ours(x, '?', Some(p)), format!("{x:.p$?}"), "{{:.{p}?}} of {:#x}", x.to_bits());
        assert_eq!(ours(x, 'e', Some(p)), format!("{x:.p$e}"), "{{:.{p}e}} of {:#x}", x.to_bits());
        assert_eq!(ours(x, 'E', Some(p)), format!("{x:.p$E}"), "{{:.{p}E}} of {:#x}", x.to_bits());
    }

    fn edge_cases() -> Vec<f64> {
        vec![
            0.0,
            -0.0,
            1.0,
            0.1,
            0.2,
            0.3,
            0.1 + 0.2,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            0.0005,
            0.05,
            0.25,
            9.5,
            9.96,
            99.5,
            0.995,
            1e21,
            1e22,
            1e23,
            1e-7,
            1e-4,
            0.9999e-4,
            1e15,
            1e16,
            1e17,
            9_007_199_254_740_992.0,
            9_007_199_254_740_993.0,
            123456789.123,
            1.0 / 3.0,
            2.0 / 3.0,
            2.675,
            1234.5,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::MIN_POSITIVE * (1.0 + f64::EPSILON),
            f64::MIN_POSITIVE - 5e-324,
            f64::EPSILON,
            5e-324,
            1e-323,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            5e-310,
            std::f64::consts::PI,
            std::f64::consts::E,
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -1.5,
            -0.001,
        ]
    }

    /// Powers of ten and two, and their neighbours.
    fn powers() -> Vec<f64> {
        let mut v = Vec::new();
        for e in -325..=309 {
            let p: f64 = format!("1e{e}").parse().unwrap();
            v.extend([p, f64::from_bits(p.to_bits() + 1), f64::from_bits(p.to_bits().saturating_sub(1))]);
        }
        for e in (-1074..=1023).filter(|e| e % 4 == 0 || *e < -1060 || *e > 1015) {
            v.push(2f64.powi(e.max(-1000)) * 2f64.powi((e + 1000).min(0)));
        }
        v.retain(|x| x.is_finite());
        v
    }

    #[test]
    fn formats_edge_cases_like_std() {
        for x in edge_cases() {
            check_shortest(x);
            for p in 0..=20 {
                check_prec(x, p);
            }
        }
        for x in [0.0, 1.0, 0.5, 1e300, 5e-324, f64::MAX, 0.1] {
            for p in [30, 50, 100, 400, 1074, 1100] {
                check_prec(x, p);
            }
        }
    }

    #[test]
    fn formats_powers_like_std() {
        let mut rng = Rng(99);
        for x in powers() {
            check_shortest(x);
            check_prec(x, rng.below(21) as usize);
        }
    }

    /// The `x` of case `i`: any bits, or a value between about 1e-20 and 1e20.
    fn random_float(rng: &mut Rng, i: u32) -> f64 {
        let bits = rng.next();
        f64::from_bits(if i.is_multiple_of(2) { bits } else { bits >> 12 | (0x3bc + rng.below(0x88)) << 52 })
    }

    #[test]
    fn formats_random_bits_like_std() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for i in 0..2_000 {
            let x = random_float(&mut rng, i);
            check_shortest(x);
            check_prec(x, rng.below(21) as usize);
        }
    }

    /// Slow in a debug build: `cargo test --release -p taskscope-engine -- --ignored float`.
    #[test]
    #[ignore]
    fn formats_many_random_bits_like_std() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for i in 0..400_000 {
            let x = random_float(&mut rng, i);
            check_shortest(x);
            if i % 8 == 0 {
                for p in 0..=20 {
                    check_prec(x, p);
                }
            } else {
                check_prec(x, rng.below(21) as usize);
            }
        }
    }

    #[test]
    fn formats_integers_exponent_like_std() {
        fn check(u: u64, rng: &mut Rng) {
            assert_eq!(int_exp(u, false, None).unwrap(), format!("{u:e}"));
            assert_eq!(int_exp(u, true, None).unwrap(), format!("{u:E}"));
            let p = rng.below(25) as usize;
            assert_eq!(int_exp(u, false, Some(p)).unwrap(), format!("{u:.p$e}"), "{u} {p}");
            assert_eq!(int_exp(u, true, Some(p)).unwrap(), format!("{u:.p$E}"), "{u} {p}");
        }
        let mut rng = Rng(4242);
        let mut p = 1u64;
        for _ in 0..19 {
            for u in [p, p - 1, p + 1, p / 2 * 5, p / 10 * 15, p / 10 * 95, p / 2 * 3] {
                check(u, &mut rng);
            }
            p = p.wrapping_mul(10);
        }
        for u in [0, 25, 35, 250, 251, 1250, 995, 999, 12_345_678_901_234_567_890, u64::MAX, i64::MIN.unsigned_abs()] {
            check(u, &mut rng);
            for p in 0..=22 {
                assert_eq!(int_exp(u, false, Some(p)).unwrap(), format!("{u:.p$e}"), "{u} {p}");
            }
        }
        for _ in 0..20_000 {
            let u = rng.next() >> rng.below(64);
            check(u, &mut rng);
        }
        assert_eq!(int_exp(1234, false, Some(65535)).unwrap(), format!("{:.65535e}", 1234));
        assert_eq!(int_exp(1234, false, Some(65536)), Err("Formatting argument out of range".into()));
    }

    #[test]
    fn precision_limits_are_std_panics() {
        assert_eq!(body(1.5, 'd', Some(65535)).unwrap().len(), 65537);
        assert_eq!(body(1.5, 'd', Some(65536)), Err("Formatting argument out of range".into()));
        assert_eq!(body(1.5, 'e', Some(65535)), Err("assertion failed: ndigits > 0".into()));
        assert_eq!(body(1.5, 'e', Some(65534)).unwrap(), format!("{:.65534e}", 1.5));
        assert_eq!(body(f64::NAN, 'd', Some(70000)).unwrap(), "NaN");
    }

    /// `a + b` of two non-negative decimals with the same number of fractional digits.
    fn dec_add(a: &str, b: &str) -> String {
        let w = a.len().max(b.len()) + 1;
        let (a, b) = (format!("{a:0>w$}"), format!("{b:0>w$}"));
        let mut out = Vec::new();
        let mut carry = 0;
        for (x, y) in a.bytes().rev().zip(b.bytes().rev()) {
            if x == b'.' {
                out.push(b'.');
                continue;
            }
            let s = x - b'0' + y - b'0' + carry;
            out.push(b'0' + s % 10);
            carry = s / 10;
        }
        out.reverse();
        String::from_utf8(out).unwrap()
    }

    /// `a / 2`, one more fractional digit.
    fn dec_half(a: &str) -> String {
        let mut out = String::new();
        let mut rem = 0;
        for c in a.bytes().chain([b'0']) {
            if c == b'.' {
                out.push('.');
                continue;
            }
            let v = rem * 10 + (c - b'0');
            out.push((b'0' + v / 2) as char);
            rem = v % 2;
        }
        out
    }

    fn check_parse(s: &str) {
        let want: f64 = s.parse().unwrap();
        assert_eq!(parse(s).to_bits(), want.to_bits(), "parse({s:?})");
    }

    #[test]
    fn parse_checked_accepts_and_rejects_what_std_does() {
        for s in ["3", "2.5", "1e3", ".5", "-0", "inf", "-infinity", "NaN", "5.", "+7", "1E-2", "0.1e+2"] {
            let want: f64 = s.parse().unwrap();
            let got = parse_checked(s).unwrap();
            assert!(got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()), "{s}: {got} vs {want}");
        }
        for s in ["", "abc", ".", "-", "1e", "1.2.3", " 1", "1 ", "0x10", "e5"] {
            assert!(s.parse::<f64>().is_err(), "{s}");
            assert_eq!(parse_checked(s), None, "{s}");
        }
    }

    #[test]
    fn parses_like_std() {
        for s in [
            "0",
            "0.0",
            "1",
            "1.",
            "1.5",
            "2.",
            "0.1",
            "1e3",
            "1E3",
            "1e+3",
            "1e-3",
            "07E+2",
            "00.000e5",
            "0e999999999",
            "1e999999999",
            "1e-999999999",
            "1e308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "179769313486231580793728971405301e276",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-324",
            "3e-324",
            "7.4e-324",
            "1e-400",
            "9007199254740993",
            "9007199254740992.5",
            "9007199254740993.0000000001",
            "0.30000000000000004",
            "123456789012345678901234567890",
            "1e23",
            "8.98846567431158e307",
            "3.0517578125e-5",
            "0.000000000000000000000000000000000000000000001",
        ] {
            check_parse(s);
        }
        parse_random(12345, 4_000, 300);
    }

    /// Slow in a debug build: `cargo test --release -p taskscope-engine -- --ignored float`.
    #[test]
    #[ignore]
    fn parses_many_like_std() {
        parse_random(54321, 300_000, 30_000);
    }

    /// `n` random decimal strings, then `mids` halfway cases.
    fn parse_random(seed: u64, n: u32, mids: u32) {
        let mut rng = Rng(seed);
        for i in 0..n {
            let n = if i % 50 == 0 { 1 + rng.below(800) } else { 1 + rng.below(25) };
            let mut s: String = (0..n).map(|_| (b'0' + rng.below(10) as u8) as char).collect();
            if rng.below(2) == 0 {
                s.insert(rng.below(n + 1) as usize, '.');
            }
            if rng.below(2) == 0 {
                let e = rng.below(700) as i64 - 350 - if n > 100 { n as i64 } else { 0 };
                s += &format!("e{e}");
            }
            check_parse(&s);
        }
        // halfway between neighbours, and just above and below it
        for i in 0..mids {
            let x = f64::from_bits(if i % 3 == 0 { rng.next() >> 1 } else { rng.next() >> 12 | (0x300 + rng.below(0x200)) << 52 });
            if !x.is_finite() || x == f64::MAX {
                continue;
            }
            let next = f64::from_bits(x.to_bits() + 1);
            let mid = dec_half(&dec_add(&format!("{x:.1100}"), &format!("{next:.1100}")));
            check_parse(&mid);
            check_parse(&(mid.clone() + "1"));
            let end = mid.find(|c| c != '0' && c != '.').unwrap() + 18 + rng.below(10) as usize;
            check_parse(&mid[..end.min(mid.len())]);
        }
    }

    #[test]
    fn parses_what_it_formats() {
        let mut rng = Rng(777);
        for x in edge_cases() {
            if x.is_finite() && x.is_sign_positive() {
                assert_eq!(parse(&format!("{x:e}")).to_bits(), x.to_bits());
            }
        }
        for _ in 0..5_000 {
            let x = f64::from_bits(rng.next() >> 1);
            if x.is_finite() {
                assert_eq!(parse(&body(x, 'e', None).unwrap()).to_bits(), x.to_bits());
            }
        }
    }
}
