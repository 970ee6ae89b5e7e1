//! Integer methods beyond the VM's builtin ones (`wrapping_mul`,
//! `count_ones`, `rotate_left`, `to_le_bytes`...), exact for each integer
//! type. The compiler passes the receiver's type as a last argument (its
//! index in [`TYPES`]; `-1` when the checker did not know it, which stops
//! the run as not supported rather than guess a width).

use super::*;
use crate::vm::IntTy;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    natives: &[
        Native { path: "int::wrapping_sub", f: wrapping_sub },
        Native { path: "int::wrapping_mul", f: wrapping_mul },
        Native { path: "int::wrapping_pow", f: wrapping_pow },
        Native { path: "int::wrapping_neg", f: wrapping_neg },
        Native { path: "int::checked_rem", f: checked_rem },
        Native { path: "int::checked_pow", f: checked_pow },
        Native { path: "int::checked_neg", f: checked_neg },
        Native { path: "int::checked_abs", f: checked_abs },
        Native { path: "int::saturating_mul", f: saturating_mul },
        Native { path: "int::saturating_pow", f: saturating_pow },
        Native { path: "int::overflowing_add", f: overflowing_add },
        Native { path: "int::overflowing_sub", f: overflowing_sub },
        Native { path: "int::clamp", f: clamp },
        Native { path: "int::count_ones", f: count_ones },
        Native { path: "int::count_zeros", f: count_zeros },
        Native { path: "int::leading_zeros", f: leading_zeros },
        Native { path: "int::trailing_zeros", f: trailing_zeros },
        Native { path: "int::rotate_left", f: rotate_left },
        Native { path: "int::rotate_right", f: rotate_right },
        Native { path: "int::swap_bytes", f: swap_bytes },
        Native { path: "int::div_euclid", f: div_euclid },
        Native { path: "int::abs_diff", f: abs_diff },
        Native { path: "int::is_power_of_two", f: is_power_of_two },
        Native { path: "int::to_le_bytes", f: to_le_bytes },
        Native { path: "int::to_be_bytes", f: to_be_bytes },
        Native { path: "int::unsigned_abs", f: unsigned_abs },
        Native { path: "int::div_ceil", f: div_ceil },
        Native { path: "int::ilog", f: ilog },
        Native { path: "int::ilog2", f: ilog2 },
        Native { path: "int::ilog10", f: ilog10 },
        Native { path: "int::checked_ilog2", f: checked_ilog2 },
        Native { path: "int::checked_ilog10", f: checked_ilog10 },
        Native { path: "int::isqrt", f: isqrt },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// The receiver types, by the index the compiler passes.
pub(crate) const TYPES: [IntTy; 10] = [IntTy::I8, IntTy::I16, IntTy::I32, IntTy::I64, IntTy::I128, IntTy::U128, IntTy::U8, IntTy::U16, IntTy::U32, IntTy::U64];

/// The operands (receiver first, then the method's integer arguments) and
/// the receiver's type, which comes last.
fn operands<const N: usize>(vm: &mut Vm, a: &mut Args, span: Span) -> R<([i128; N], IntTy)> {
    let vals: Vec<Value> = a.collect();
    let Some((ty, ops)) = vals.split_last() else { return panic("internal error: an integer method without operands") };
    let ty = match ty {
        Value::Int(i) if *i >= 0 => TYPES.get(*i as usize).copied(),
        _ => None,
    };
    let Some(ty) = ty else {
        vm.unsupported_stop(span, "this integer method on a value whose integer type Taskscope does not know is not supported yet".into())?;
        return Err(Fail::Stop);
    };
    let mut out = [0i128; N];
    for (slot, v) in out.iter_mut().zip(ops) {
        *slot = match v {
            Value::Arc(x) => x.as_i128(),
            v => v.as_i128(),
        }
        .ok_or_else(|| Fail::Panic("internal error: an integer method on a value that is not an integer".into()))?;
    }
    Ok((out, ty))
}

/// In range for `t`, else `None`.
fn fits(t: IntTy, v: i128) -> Option<i128> {
    let (lo, hi) = t.range128();
    (lo..=hi).contains(&v).then_some(v)
}

/// The value's bits as an unsigned number of `t`'s width.
fn bits_of(t: IntTy, v: i128) -> u128 {
    let w = t.bits();
    if w == 128 { v as u128 } else { (v as u128) & ((1u128 << w) - 1) }
}

/// An unsigned number of `t`'s width read back as `t`.
fn from_bits(t: IntTy, b: u128) -> i128 {
    t.wrap128(b as i128)
}

fn int(v: i128) -> Value {
    Value::from_i128(v)
}

fn opt(v: Option<i128>) -> Value {
    Value::opt(v.map(Value::from_i128))
}

fn wrapping_sub(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], t) = operands(vm, a, span)?;
    Ok(int(t.wrap128(x.wrapping_sub(y))))
}

fn wrapping_mul(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], t) = operands(vm, a, span)?;
    Ok(int(t.wrap128(x.wrapping_mul(y))))
}

fn wrapping_pow(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, e], t) = operands(vm, a, span)?;
    // By squaring: `2u64.wrapping_pow(u32::MAX)` takes 32 steps, not 4e9.
    let (mut acc, mut base, mut e) = (1i128, x, e.clamp(0, u32::MAX as i128) as u32);
    while e > 0 {
        if e & 1 == 1 {
            acc = t.wrap128(acc.wrapping_mul(base));
        }
        base = t.wrap128(base.wrapping_mul(base));
        e >>= 1;
    }
    Ok(int(acc))
}

fn wrapping_neg(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(int(t.wrap128(x.wrapping_neg())))
}

fn checked_rem(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], t) = operands(vm, a, span)?;
    Ok(opt(if y == 0 { None } else { x.checked_rem(y).and_then(|r| fits(t, x.checked_div(y)?).map(|_| r)) }))
}

fn pow_checked(x: i128, e: i128, t: IntTy) -> Option<i128> {
    // `1.checked_pow(u32::MAX)`: each step would stay in range.
    match x {
        0 | 1 => return Some(if e == 0 { 1 } else { x }),
        -1 => return fits(t, if e % 2 == 0 { 1 } else { -1 }),
        _ => {}
    }
    let mut acc: i128 = 1;
    for _ in 0..e.clamp(0, u32::MAX as i128) as u32 {
        acc = fits(t, acc.checked_mul(x)?)?;
    }
    Some(acc)
}

fn checked_pow(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, e], t) = operands(vm, a, span)?;
    Ok(opt(pow_checked(x, e, t)))
}

fn saturating_pow(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, e], t) = operands(vm, a, span)?;
    let (lo, hi) = t.range128();
    // Overflow goes to MIN only for a negative base to an odd power.
    Ok(int(pow_checked(x, e, t).unwrap_or(if x < 0 && e % 2 == 1 { lo } else { hi })))
}

fn checked_neg(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(opt(x.checked_neg().and_then(|v| fits(t, v))))
}

fn checked_abs(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(opt(x.checked_abs().and_then(|v| fits(t, v))))
}

fn saturating_mul(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], t) = operands(vm, a, span)?;
    let (lo, hi) = t.range128();
    Ok(int(match x.checked_mul(y) {
        Some(p) => p.clamp(lo, hi),
        None if (x < 0) != (y < 0) => lo,
        None => hi,
    }))
}

fn overflowing(x: i128, y: i128, t: IntTy, add: bool) -> Value {
    let exact = if add { x.checked_add(y) } else { x.checked_sub(y) };
    let wrapped = t.wrap128(if add { x.wrapping_add(y) } else { x.wrapping_sub(y) });
    let over = exact.is_none_or(|v| fits(t, v).is_none());
    Value::Tuple(Rc::new(vec![int(wrapped), Value::Bool(over)]))
}

fn overflowing_add(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], t) = operands(vm, a, span)?;
    Ok(overflowing(x, y, t, true))
}

fn overflowing_sub(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], t) = operands(vm, a, span)?;
    Ok(overflowing(x, y, t, false))
}

fn clamp(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, lo, hi], _) = operands(vm, a, span)?;
    if lo > hi {
        return panic("assertion failed: min <= max");
    }
    Ok(int(x.clamp(lo, hi)))
}

fn count_ones(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(int(bits_of(t, x).count_ones() as i128))
}

fn count_zeros(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(int((t.bits() - bits_of(t, x).count_ones()) as i128))
}

fn leading_zeros(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(int((bits_of(t, x).leading_zeros() - (128 - t.bits())) as i128))
}

fn trailing_zeros(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(int(bits_of(t, x).trailing_zeros().min(t.bits()) as i128))
}

fn rotate(x: i128, n: i128, t: IntTy, left: bool) -> Value {
    let w = t.bits();
    let b = bits_of(t, x);
    let n = (n.rem_euclid(w as i128)) as u32;
    let mask = if w == 128 { u128::MAX } else { (1u128 << w) - 1 };
    let r = if n == 0 {
        b
    } else if left {
        ((b << n) | (b >> (w - n))) & mask
    } else {
        ((b >> n) | (b << (w - n))) & mask
    };
    int(from_bits(t, r))
}

fn rotate_left(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, n], t) = operands(vm, a, span)?;
    Ok(rotate(x, n, t, true))
}

fn rotate_right(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, n], t) = operands(vm, a, span)?;
    Ok(rotate(x, n, t, false))
}

/// The value's bytes, least significant first.
fn le_bytes(t: IntTy, x: i128) -> Vec<u8> {
    bits_of(t, x).to_le_bytes()[..(t.bits() / 8) as usize].to_vec()
}

fn swap_bytes(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    let r = le_bytes(t, x).iter().fold(0u128, |acc, &b| (acc << 8) | b as u128);
    Ok(int(from_bits(t, r)))
}

fn div_euclid(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], t) = operands(vm, a, span)?;
    if y == 0 {
        return panic("attempt to divide by zero");
    }
    match x.checked_div_euclid(y).and_then(|v| fits(t, v)) {
        Some(v) => Ok(int(v)),
        None => panic("attempt to divide with overflow"),
    }
}

fn abs_diff(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], _) = operands(vm, a, span)?;
    Ok(int(x.abs_diff(y) as i128))
}

fn is_power_of_two(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(Value::Bool(bits_of(t, x).is_power_of_two()))
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Vec(Rc::new(v.into_iter().map(|b| Value::Int(b as i64)).collect()))
}

fn to_le_bytes(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    Ok(bytes(le_bytes(t, x)))
}

fn to_be_bytes(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], t) = operands(vm, a, span)?;
    let mut b = le_bytes(t, x);
    b.reverse();
    Ok(bytes(b))
}

fn unsigned_abs(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], _) = operands(vm, a, span)?;
    Ok(int(x.unsigned_abs() as i128))
}

/// `x.div_ceil(y)`: the quotient rounded up (std's, for unsigned types).
fn div_ceil(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, y], _) = operands(vm, a, span)?;
    if y == 0 {
        return panic("attempt to divide by zero");
    }
    let (q, r) = (x / y, x % y);
    Ok(int(if (r > 0 && y > 0) || (r < 0 && y < 0) { q + 1 } else { q }))
}

/// The integer logarithm of `x` in `base`, `None` for `x <= 0`.
fn log_of(x: i128, base: i128) -> Option<u32> {
    if x <= 0 {
        return None;
    }
    let (mut n, mut p) = (0u32, base);
    while p <= x {
        n += 1;
        match p.checked_mul(base) {
            Some(next) => p = next,
            None => break,
        }
    }
    Some(n)
}

fn ilog_panic(x: Option<u32>) -> R<Value> {
    match x {
        Some(n) => Ok(Value::Int(i64::from(n))),
        None => panic("argument of integer logarithm must be positive"),
    }
}

fn ilog(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x, b], _) = operands(vm, a, span)?;
    if b < 2 {
        return panic("base of integer logarithm must be at least 2");
    }
    ilog_panic(log_of(x, b))
}

fn ilog2(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], _) = operands(vm, a, span)?;
    ilog_panic(log_of(x, 2))
}

fn ilog10(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], _) = operands(vm, a, span)?;
    ilog_panic(log_of(x, 10))
}

fn checked_ilog2(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], _) = operands(vm, a, span)?;
    Ok(Value::opt(log_of(x, 2).map(|n| Value::Int(i64::from(n)))))
}

fn checked_ilog10(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], _) = operands(vm, a, span)?;
    Ok(Value::opt(log_of(x, 10).map(|n| Value::Int(i64::from(n)))))
}

/// `x.isqrt()`: the largest `r` with `r * r <= x`.
fn isqrt(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], _) = operands(vm, a, span)?;
    if x < 0 {
        return panic("argument of integer square root cannot be negative");
    }
    Ok(int(x.isqrt()))
}
