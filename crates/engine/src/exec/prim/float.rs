//! Float methods beyond the VM's builtin ones (`sqrt`, `floor`, `min`...).
//! The compiler passes whether the receiver is an `f32` as a last argument,
//! so each is computed at its own width, as std does.
//!
//! Two kinds:
//! - **exact** ones (`powi`, `trunc`, `mul_add`, `rem_euclid`, `to_bits`...)
//!   have one right answer; `powi` repeats std's multiplications
//!   (compiler-builtins' `__powidf2`) in their order.
//! - **transcendental** ones (`sin`, `exp`, `ln`, `powf`...): Rust documents
//!   their precision as unspecified (they call the platform's libm). These
//!   are correctly rounded here (the `pxfm` crate), the same in the CLI and
//!   in the browser; glibc's agree with them on all but about one argument
//!   in a thousand, where the last digit can differ. Functions where glibc
//!   is further from correct rounding (`tan`, `log10`, `sinh`, `hypot`...),
//!   and `f32`'s `sin`/`cos`, are not supported yet rather than differ
//!   more often; so are `asin`, `acos`, `exp2` and `log2`, whose tables
//!   would add about 30 KB (gzipped) to the download for little use
//!   (`pow`'s are 28 KB, `ln`'s 13, `sin`/`cos` 7, `atan2` 7, `exp` 4).

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    natives: &[
        Native { path: "float::powi", f: powi },
        Native { path: "float::powf", f: powf },
        Native { path: "float::trunc", f: trunc },
        Native { path: "float::fract", f: fract },
        Native { path: "float::clamp", f: clamp },
        Native { path: "float::is_nan", f: is_nan },
        Native { path: "float::is_finite", f: is_finite },
        Native { path: "float::is_infinite", f: is_infinite },
        Native { path: "float::is_sign_positive", f: is_sign_positive },
        Native { path: "float::is_sign_negative", f: is_sign_negative },
        Native { path: "float::recip", f: recip },
        Native { path: "float::to_degrees", f: to_degrees },
        Native { path: "float::to_radians", f: to_radians },
        Native { path: "float::to_bits", f: to_bits },
        Native { path: "float::copysign", f: copysign },
        Native { path: "float::mul_add", f: mul_add },
        Native { path: "float::div_euclid", f: div_euclid },
        Native { path: "float::rem_euclid", f: rem_euclid },
        Native { path: "float::cbrt", f: cbrt },
        Native { path: "float::exp", f: exp },
        Native { path: "float::ln", f: ln },
        Native { path: "float::log", f: log },
        Native { path: "float::sin", f: sin },
        Native { path: "float::cos", f: cos },
        Native { path: "float::sin_cos", f: sin_cos },
        Native { path: "float::atan", f: atan },
        Native { path: "float::atan2", f: atan2 },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// The operands (receiver first, then the method's arguments, integers
/// as `f64` too) and whether the receiver is an `f32`, which comes last.
fn operands<const N: usize>(a: &mut Args) -> R<([f64; N], bool)> {
    let vals: Vec<Value> = a.collect();
    let Some((Value::Bool(is_f32), ops)) = vals.split_last() else { return panic("internal error: a float method without its width") };
    let is_f32 = *is_f32 || matches!(ops.first(), Some(Value::F32(_)));
    let mut out = [0f64; N];
    for (slot, v) in out.iter_mut().zip(ops) {
        *slot = match v {
            Value::Int(i) => *i as f64,
            v => v.as_float().ok_or_else(|| Fail::Panic("internal error: a float method on a value that is not a float".into()))?,
        };
    }
    Ok((out, is_f32))
}

/// The result at the receiver's width.
fn float(x: f64, is_f32: bool) -> Value {
    if is_f32 { Value::F32(x as f32) } else { Value::Float(x) }
}

/// A method with one operand, computed at each width by its own function.
fn unary(a: &mut Args, f64_op: fn(f64) -> f64, f32_op: fn(f32) -> f32) -> R<Value> {
    let ([x], is_f32) = operands(a)?;
    Ok(if is_f32 { Value::F32(f32_op(x as f32)) } else { Value::Float(f64_op(x)) })
}

fn binary(a: &mut Args, f64_op: fn(f64, f64) -> f64, f32_op: fn(f32, f32) -> f32) -> R<Value> {
    let ([x, y], is_f32) = operands(a)?;
    Ok(if is_f32 { Value::F32(f32_op(x as f32, y as f32)) } else { Value::Float(f64_op(x, y)) })
}

/// A transcendental `f32` function this module does not offer: stops.
fn f32_unsupported(vm: &mut Vm, span: Span, name: &str) -> R<Value> {
    vm.unsupported_stop(span, format!("`f32::{name}` is not supported yet (its last digit depends on the platform's math library); an `f64` works"))?;
    Err(Fail::Stop)
}

/// An `f64`-only function of one operand.
fn no_f32(vm: &mut Vm, a: &mut Args, span: Span, name: &str, f: fn(f64) -> f64) -> R<Value> {
    let ([x], is_f32) = operands(a)?;
    if is_f32 {
        return f32_unsupported(vm, span, name);
    }
    Ok(Value::Float(f(x)))
}

fn test(a: &mut Args, f: fn(f64) -> bool) -> R<Value> {
    let ([x], _) = operands(a)?;
    Ok(Value::Bool(f(x)))
}

/// The natives that are one call at each width (or, `f64_only`, at
/// `f64` alone), and the tests.
macro_rules! natives {
    (unary { $($u:ident: $u64:expr, $u32:expr;)* } binary { $($b:ident: $b64:expr, $b32:expr;)* } tests { $($t:ident)* } f64_only { $($o:ident: $o64:expr;)* }) => {
        $(fn $u(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
            unary(a, $u64, $u32)
        })*
        $(fn $b(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
            binary(a, $b64, $b32)
        })*
        $(fn $t(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
            test(a, f64::$t)
        })*
        $(fn $o(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
            no_f32(vm, a, span, stringify!($o), $o64)
        })*
    };
}

natives! {
    unary {
        trunc: f64::trunc, f32::trunc;
        fract: f64::fract, f32::fract;
        recip: f64::recip, f32::recip;
        to_degrees: f64::to_degrees, f32::to_degrees;
        to_radians: f64::to_radians, f32::to_radians;
        // An `f32`'s through the `f64` function, rounded once: the
        // correctly rounded `f32` but with odds of about 2^-29 (no tables
        // of `f32`'s own in the download).
        cbrt: pxfm::f_cbrt, |x| pxfm::f_cbrt(f64::from(x)) as f32;
        exp: pxfm::f_exp, |x| pxfm::f_exp(f64::from(x)) as f32;
        ln: pxfm::f_log, |x| pxfm::f_log(f64::from(x)) as f32;
    }
    binary {
        powf: pxfm::f_pow, |x, y| pxfm::f_pow(f64::from(x), f64::from(y)) as f32;
        copysign: f64::copysign, f32::copysign;
        div_euclid: f64::div_euclid, f32::div_euclid;
        rem_euclid: f64::rem_euclid, f32::rem_euclid;
        // `x.log(base)`: std's `self.ln() / base.ln()`.
        log: |x, b| pxfm::f_log(x) / pxfm::f_log(b), |x, b| (pxfm::f_log(f64::from(x)) as f32) / (pxfm::f_log(f64::from(b)) as f32);
    }
    tests { is_nan is_finite is_infinite is_sign_positive is_sign_negative }
    f64_only {
        sin: pxfm::f_sin;
        cos: pxfm::f_cos;
        atan: pxfm::f_atan;
    }
}

/// `b.powi(e)` as compiler-builtins' `__powidf2`/`__powisf2` compute it:
/// square-and-multiply at the type's width, the reciprocal for `e < 0`.
fn powi_at<T: Copy + std::ops::Mul<Output = T> + std::ops::Div<Output = T>>(mut b: T, n: i32, one: T) -> T {
    let (mut e, mut acc) = (n.unsigned_abs(), one);
    loop {
        if e & 1 == 1 {
            acc = acc * b;
        }
        e >>= 1;
        if e == 0 {
            break;
        }
        b = b * b;
    }
    if n < 0 { one / acc } else { acc }
}

fn powi(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let ([x, n], is_f32) = operands(a)?;
    let n = n as i32;
    Ok(if is_f32 { Value::F32(powi_at(x as f32, n, 1.0)) } else { Value::Float(powi_at(x, n, 1.0)) })
}

fn clamp(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let ([x, lo, hi], is_f32) = operands(a)?;
    if lo > hi || lo.is_nan() || hi.is_nan() {
        // std's assertion, in core's source.
        let at = if is_f32 { "f32.rs:1504:9" } else { "f64.rs:1502:9" };
        vm.panic_location = Some(format!("{}/num/{at}", crate::exec::CORE_SRC));
        return panic(format!("min > max, or either was NaN. min = {}, max = {}", debug(lo, is_f32), debug(hi, is_f32)));
    }
    Ok(float(x.clamp(lo, hi), is_f32))
}

/// `{:?}` of a float at its width.
fn debug(x: f64, is_f32: bool) -> String {
    if !is_f32 {
        return crate::float::debug(x);
    }
    let sign = if x.is_sign_negative() && !x.is_nan() { "-" } else { "" };
    sign.to_string() + &crate::float::body32(x, '?', None).unwrap_or_default()
}

fn to_bits(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let ([x], is_f32) = operands(a)?;
    Ok(if is_f32 { Value::Int(i64::from((x as f32).to_bits())) } else { Value::from_i128(i128::from(x.to_bits())) })
}

fn mul_add(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let ([x, m, b], is_f32) = operands(a)?;
    Ok(if is_f32 { Value::F32((x as f32).mul_add(m as f32, b as f32)) } else { Value::Float(x.mul_add(m, b)) })
}

fn sin_cos(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], is_f32) = operands(a)?;
    if is_f32 {
        return f32_unsupported(vm, span, "sin_cos");
    }
    Ok(Value::Tuple(Rc::new(vec![Value::Float(pxfm::f_sin(x)), Value::Float(pxfm::f_cos(x))])))
}

fn atan2(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([y, x], is_f32) = operands(a)?;
    if is_f32 {
        return f32_unsupported(vm, span, "atan2");
    }
    Ok(Value::Float(pxfm::f_atan2(y, x)))
}
