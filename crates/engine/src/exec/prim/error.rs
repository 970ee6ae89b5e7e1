//! std's error types and the `Error` trait's provided method: a type
//! with an `impl Error` that does not override `source` has none, and
//! `ParseIntError::kind` gives the `IntErrorKind` the parse stored
//! (`conformance/error_trait_impls.rs`).

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    natives: &[Native { path: "std::num::ParseIntError::kind", f: int_error_kind }, Native { path: SOURCE, f: no_source }],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// `Error::source` as the trait provides it, for a type whose impl does
/// not override it (the checker resolves such calls to this path), and
/// through a `Box<dyn Error>` (the type's own `source` if it has one).
pub const SOURCE: &str = "std::error::Error::source";

fn no_source(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    // Through a `Box<dyn Error>` the type is known only now: its own
    // `source`, if its impl has one.
    let v = vm.auto_deref(arg(a));
    if let Value::Struct(e) | Value::Enum(e) = &v
        && let Some(f) = vm.method_named(e.def, "source")
    {
        return vm.call_sync(f, vec![v]);
    }
    Ok(Value::none())
}

/// `e.kind()`: the `IntErrorKind` field of a `ParseIntError`.
fn int_error_kind(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match vm.auto_deref(arg(a)) {
        Value::Struct(e) if e.def == builtin::PARSE_INT_ERROR => Ok(e.fields.first().cloned().unwrap_or(Value::Unit)),
        other => panic(format!("internal error: `ParseIntError::kind` on {}", super::super::ops::short_kind(&other))),
    }
}
