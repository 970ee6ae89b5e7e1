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
//!   more often.

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
        Native { path: "float::exp2", f: exp2 },
        Native { path: "float::ln", f: ln },
        Native { path: "float::log2", f: log2 },
        Native { path: "float::log", f: log },
        Native { path: "float::sin", f: sin },
        Native { path: "float::cos", f: cos },
        Native { path: "float::sin_cos", f: sin_cos },
        Native { path: "float::asin", f: asin },
        Native { path: "float::acos", f: acos },
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

/// A transcendental `f32` function this module does not offer.
fn no_f32(vm: &mut Vm, a: &mut Args, span: Span, name: &str, f: fn(f64) -> f64) -> R<Value> {
    let ([x], is_f32) = operands(a)?;
    if is_f32 {
        vm.unsupported_stop(span, format!("`f32::{name}` is not supported yet (its last digit depends on the platform's math library); an `f64` works"))?;
        return Err(Fail::Stop);
    }
    Ok(Value::Float(f(x)))
}

fn test(a: &mut Args, f: fn(f64) -> bool) -> R<Value> {
    let ([x], _) = operands(a)?;
    Ok(Value::Bool(f(x)))
}

/// `x.powi(n)`: std's repeated squaring, at the receiver's width.
fn powi(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let ([x, n], is_f32) = operands(a)?;
    let n = n as i32;
    let mut e = n.unsigned_abs();
    Ok(if is_f32 {
        let (mut b, mut acc) = (x as f32, 1f32);
        loop {
            if e & 1 == 1 {
                acc *= b;
            }
            e >>= 1;
            if e == 0 {
                break;
            }
            b *= b;
        }
        Value::F32(if n < 0 { 1.0 / acc } else { acc })
    } else {
        let (mut b, mut acc) = (x, 1f64);
        loop {
            if e & 1 == 1 {
                acc *= b;
            }
            e >>= 1;
            if e == 0 {
                break;
            }
            b *= b;
        }
        Value::Float(if n < 0 { 1.0 / acc } else { acc })
    })
}

fn powf(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    binary(a, pxfm::f_pow, pxfm::f_powf)
}

fn trunc(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    unary(a, f64::trunc, f32::trunc)
}

fn fract(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    unary(a, f64::fract, f32::fract)
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

fn is_nan(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    test(a, f64::is_nan)
}

fn is_finite(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    test(a, f64::is_finite)
}

fn is_infinite(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    test(a, f64::is_infinite)
}

fn is_sign_positive(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    test(a, f64::is_sign_positive)
}

fn is_sign_negative(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    test(a, f64::is_sign_negative)
}

fn recip(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    unary(a, f64::recip, f32::recip)
}

fn to_degrees(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    unary(a, f64::to_degrees, f32::to_degrees)
}

fn to_radians(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    unary(a, f64::to_radians, f32::to_radians)
}

fn to_bits(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let ([x], is_f32) = operands(a)?;
    Ok(if is_f32 { Value::Int(i64::from((x as f32).to_bits())) } else { Value::from_i128(i128::from(x.to_bits())) })
}

fn copysign(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    binary(a, f64::copysign, f32::copysign)
}

fn mul_add(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let ([x, m, b], is_f32) = operands(a)?;
    Ok(if is_f32 { Value::F32((x as f32).mul_add(m as f32, b as f32)) } else { Value::Float(x.mul_add(m, b)) })
}

fn div_euclid(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    binary(a, f64::div_euclid, f32::div_euclid)
}

fn rem_euclid(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    binary(a, f64::rem_euclid, f32::rem_euclid)
}

fn cbrt(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    unary(a, pxfm::f_cbrt, pxfm::f_cbrtf)
}

fn exp(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    unary(a, pxfm::f_exp, pxfm::f_expf)
}

fn ln(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    unary(a, pxfm::f_log, pxfm::f_logf)
}

fn exp2(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    no_f32(vm, a, span, "exp2", pxfm::f_exp2)
}

fn log2(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    no_f32(vm, a, span, "log2", pxfm::f_log2)
}

/// `x.log(base)`: std's `self.ln() / base.ln()`.
fn log(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    binary(a, |x, b| pxfm::f_log(x) / pxfm::f_log(b), |x, b| pxfm::f_logf(x) / pxfm::f_logf(b))
}

fn sin(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    no_f32(vm, a, span, "sin", pxfm::f_sin)
}

fn cos(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    no_f32(vm, a, span, "cos", pxfm::f_cos)
}

fn sin_cos(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([x], is_f32) = operands(a)?;
    if is_f32 {
        vm.unsupported_stop(span, "`f32::sin_cos` is not supported yet (its last digit depends on the platform's math library); an `f64` works".into())?;
        return Err(Fail::Stop);
    }
    Ok(Value::Tuple(Rc::new(vec![Value::Float(pxfm::f_sin(x)), Value::Float(pxfm::f_cos(x))])))
}

fn asin(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    no_f32(vm, a, span, "asin", pxfm::f_asin)
}

fn acos(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    no_f32(vm, a, span, "acos", pxfm::f_acos)
}

fn atan(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    no_f32(vm, a, span, "atan", pxfm::f_atan)
}

fn atan2(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let ([y, x], is_f32) = operands(a)?;
    if is_f32 {
        vm.unsupported_stop(span, "`f32::atan2` is not supported yet (its last digit depends on the platform's math library); an `f64` works".into())?;
        return Err(Fail::Stop);
    }
    Ok(Value::Float(pxfm::f_atan2(y, x)))
}
