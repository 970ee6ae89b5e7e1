//! `std::fmt::Formatter` inside a hand-written `impl Display` / `impl Debug`,
//! and std's debug builders (`debug_struct`, `debug_tuple`, `debug_list`,
//! `debug_set`, `debug_map`). The formatter is the VM's: `call_fmt` pushes
//! a frame with the caller's spec (`{:>8}`, `{:#?}`) and an empty buffer,
//! every write into a `Formatter` (`write!`, `write_str`, `pad`, a
//! builder's `finish`) appends to the top frame, and what the frame holds
//! when `fmt` returns is the text. `write!` alone ignores the caller's
//! width, `pad` and forwarding (`fmt::Display::fmt(&self.0, f)`) honour it,
//! as std does. A builder is the VM's too (its value is an index into
//! `Vm::fmt_builders`): each field is formatted when it is given, with the
//! formatter's spec, and `finish` lays the fields out as std's builders do
//! (`conformance/fmt_builders.rs`, `conformance/fmt_pad_and_flags.rs`,
//! `conformance/fmt_nested_impls_indent.rs`).

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$FMT",
    decl: DECL,
    natives: &[
        Native { path: "std::fmt::Formatter::write_str", f: write_str },
        Native { path: "std::fmt::Formatter::write_char", f: write_char },
        Native { path: "std::fmt::Formatter::write_fmt", f: write_str },
        Native { path: "std::fmt::Formatter::pad", f: pad },
        Native { path: "std::fmt::Formatter::alternate", f: alternate },
        Native { path: "std::fmt::Formatter::width", f: width },
        Native { path: "std::fmt::Formatter::precision", f: precision },
        Native { path: "std::fmt::Formatter::fill", f: fill },
        Native { path: "std::fmt::Formatter::align", f: align },
        Native { path: "std::fmt::Formatter::sign_plus", f: sign_plus },
        Native { path: "std::fmt::Formatter::sign_minus", f: sign_minus },
        Native { path: "std::fmt::Formatter::sign_aware_zero_pad", f: zero_pad },
        Native { path: "std::fmt::Formatter::debug_struct", f: debug_struct },
        Native { path: "std::fmt::Formatter::debug_tuple", f: debug_tuple },
        Native { path: "std::fmt::Formatter::debug_list", f: debug_list },
        Native { path: "std::fmt::Formatter::debug_set", f: debug_set },
        Native { path: "std::fmt::Formatter::debug_map", f: debug_map },
        Native { path: "std::fmt::DebugStruct::field", f: named_field },
        Native { path: "std::fmt::DebugStruct::finish", f: finish },
        Native { path: "std::fmt::DebugStruct::finish_non_exhaustive", f: finish_non_exhaustive },
        Native { path: "std::fmt::DebugTuple::field", f: entry },
        Native { path: "std::fmt::DebugTuple::finish", f: finish },
        Native { path: "std::fmt::DebugTuple::finish_non_exhaustive", f: finish_non_exhaustive },
        Native { path: "std::fmt::DebugList::entry", f: entry },
        Native { path: "std::fmt::DebugList::entries", f: entries },
        Native { path: "std::fmt::DebugList::finish", f: finish },
        Native { path: "std::fmt::DebugList::finish_non_exhaustive", f: finish_non_exhaustive },
        Native { path: "std::fmt::DebugSet::entry", f: entry },
        Native { path: "std::fmt::DebugSet::entries", f: entries },
        Native { path: "std::fmt::DebugSet::finish", f: finish },
        Native { path: "std::fmt::DebugSet::finish_non_exhaustive", f: finish_non_exhaustive },
        Native { path: "std::fmt::DebugMap::entry", f: map_entry },
        Native { path: "std::fmt::DebugMap::key", f: map_key },
        Native { path: "std::fmt::DebugMap::value", f: map_value },
        Native { path: "std::fmt::DebugMap::entries", f: map_entries },
        Native { path: "std::fmt::DebugMap::finish", f: finish },
        Native { path: "std::fmt::DebugMap::finish_non_exhaustive", f: finish_non_exhaustive },
        Native { path: "std::fmt::Display::fmt", f: forward_display },
        Native { path: "std::fmt::Debug::fmt", f: forward_debug },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// Declared as the checker reads it (see `check/stubs.rs`). `Formatter`
/// lists every method std's has (an unknown one is E0599); the builders'
/// `&mut Self` results chain as std's do.
const DECL: &str = r#"
    pub mod fmt {
        #[derive(Clone, Copy, Debug, Display, PartialEq, Default)]
        pub struct Error;
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Alignment { Left, Right, Center }
        #[complete]
        pub struct Formatter;
        impl Formatter {
            pub fn write_str(&mut self, data: &str) -> Result<(), Error>;
            pub fn write_char(&mut self, c: char) -> Result<(), Error>;
            pub fn write_fmt(&mut self, args: _) -> Result<(), Error>;
            pub fn pad(&mut self, s: &str) -> Result<(), Error>;
            pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result<(), Error>;
            pub fn alternate(&self) -> bool;
            pub fn width(&self) -> Option<usize>;
            pub fn precision(&self) -> Option<usize>;
            pub fn fill(&self) -> char;
            pub fn align(&self) -> Option<Alignment>;
            pub fn sign_plus(&self) -> bool;
            pub fn sign_minus(&self) -> bool;
            pub fn sign_aware_zero_pad(&self) -> bool;
            pub fn flags(&self) -> u32;
            pub fn debug_struct(&mut self, name: &str) -> DebugStruct;
            pub fn debug_tuple(&mut self, name: &str) -> DebugTuple;
            pub fn debug_list(&mut self) -> DebugList;
            pub fn debug_set(&mut self) -> DebugSet;
            pub fn debug_map(&mut self) -> DebugMap;
        }
        #[complete]
        pub struct DebugStruct;
        impl DebugStruct {
            pub fn field(&mut self, name: &str, value: &_) -> &mut DebugStruct;
            pub fn field_with(&mut self, name: &str, value_fmt: _) -> &mut DebugStruct;
            pub fn finish(&mut self) -> Result<(), Error>;
            pub fn finish_non_exhaustive(&mut self) -> Result<(), Error>;
        }
        #[complete]
        pub struct DebugTuple;
        impl DebugTuple {
            pub fn field(&mut self, value: &_) -> &mut DebugTuple;
            pub fn field_with(&mut self, value_fmt: _) -> &mut DebugTuple;
            pub fn finish(&mut self) -> Result<(), Error>;
            pub fn finish_non_exhaustive(&mut self) -> Result<(), Error>;
        }
        #[complete]
        pub struct DebugList;
        impl DebugList {
            pub fn entry(&mut self, entry: &_) -> &mut DebugList;
            pub fn entry_with(&mut self, entry_fmt: _) -> &mut DebugList;
            pub fn entries(&mut self, entries: _) -> &mut DebugList;
            pub fn finish(&mut self) -> Result<(), Error>;
            pub fn finish_non_exhaustive(&mut self) -> Result<(), Error>;
        }
        #[complete]
        pub struct DebugSet;
        impl DebugSet {
            pub fn entry(&mut self, entry: &_) -> &mut DebugSet;
            pub fn entry_with(&mut self, entry_fmt: _) -> &mut DebugSet;
            pub fn entries(&mut self, entries: _) -> &mut DebugSet;
            pub fn finish(&mut self) -> Result<(), Error>;
            pub fn finish_non_exhaustive(&mut self) -> Result<(), Error>;
        }
        #[complete]
        pub struct DebugMap;
        impl DebugMap {
            pub fn entry(&mut self, key: &_, value: &_) -> &mut DebugMap;
            pub fn key(&mut self, key: &_) -> &mut DebugMap;
            pub fn key_with(&mut self, key_fmt: _) -> &mut DebugMap;
            pub fn value(&mut self, value: &_) -> &mut DebugMap;
            pub fn value_with(&mut self, value_fmt: _) -> &mut DebugMap;
            pub fn entries(&mut self, entries: _) -> &mut DebugMap;
            pub fn finish(&mut self) -> Result<(), Error>;
            pub fn finish_non_exhaustive(&mut self) -> Result<(), Error>;
        }
        /// `fmt::Display::fmt(&x, f)`: the traits' function, called by path.
        pub mod Display {
            pub fn fmt<T>(this: &T, f: &mut Formatter) -> Result<(), Error>;
        }
        pub mod Debug {
            pub fn fmt<T>(this: &T, f: &mut Formatter) -> Result<(), Error>;
        }
    }
"#;

/// A `Formatter` the VM lends a hand-written `fmt`.
pub(in crate::exec) struct FmtFrame {
    pub spec: vfmt::Spec,
    pub buf: String,
}

#[derive(Clone, Copy, PartialEq)]
pub(in crate::exec) enum BuilderKind {
    Struct,
    Tuple,
    List,
    Set,
    Map,
}

/// A debug builder: its name, the formatter's spec, and each field's name
/// (or map key) and text.
pub(in crate::exec) struct Builder {
    kind: BuilderKind,
    name: String,
    spec: vfmt::Spec,
    fields: Vec<(String, Option<String>)>,
    /// A map's `key` waiting for its `value`.
    key: Option<String>,
}

fn top<'v>(vm: &'v mut Vm) -> R<&'v mut FmtFrame> {
    match vm.fmt_frames.last_mut() {
        Some(f) => Ok(f),
        None => panic("internal error: a `Formatter` outside of `fmt`"),
    }
}

/// Appends to the formatter's text; the text counts toward the memory
/// budget (the live-value walk does not see it).
fn push_text(vm: &mut Vm, s: &str) -> R<()> {
    let len = top(vm)?.buf.len();
    if len.saturating_add(s.len()) > vm.config.max_memory_bytes {
        return Err(vm.budget_stop(Budget::Memory));
    }
    vm.charge(s.len())?;
    top(vm)?.buf.push_str(s);
    Ok(())
}

fn spec(vm: &Vm) -> vfmt::Spec {
    vm.fmt_frames.last().map(|f| f.spec).unwrap_or_default()
}

fn text(v: &Value) -> String {
    match v {
        Value::Char(c) => c.to_string(),
        v => v.as_str().unwrap_or("").to_string(),
    }
}

fn write_str(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let _f = arg(a);
    let s = text(&arg(a));
    push_text(vm, &s)?;
    Ok(vm.ok_unit.clone())
}

fn write_char(vm: &mut Vm, a: &mut Args, s: Span) -> R<Value> {
    write_str(vm, a, s)
}

fn pad(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let _f = arg(a);
    let s = text(&arg(a));
    let mut out = String::new();
    vfmt::pad_str(&mut out, &s, &spec(vm));
    push_text(vm, &out)?;
    Ok(vm.ok_unit.clone())
}

fn alternate(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(spec(vm).alternate))
}

fn width(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::opt(spec(vm).width.map(|n| Value::Int(n as i64))))
}

fn precision(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::opt(spec(vm).precision.map(|n| Value::Int(n as i64))))
}

fn fill(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Char(spec(vm).fill))
}

fn align(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    let variant = |a| match a {
        vfmt::Align::Left => 0,
        vfmt::Align::Right => 1,
        vfmt::Align::Center => 2,
    };
    Ok(Value::opt(spec(vm).align.map(|a| Value::adt_enum(crate::value::builtin::ALIGNMENT, variant(a), Vec::new()))))
}

fn sign_plus(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(spec(vm).sign_plus))
}

fn sign_minus(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(spec(vm).sign_minus))
}

fn zero_pad(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(spec(vm).zero))
}

fn new_builder(vm: &mut Vm, kind: BuilderKind, name: String) -> R<Value> {
    if vm.fmt_builders.len() >= vm.config.max_collection_len {
        return Err(vm.budget_stop(Budget::CollectionLen));
    }
    let spec = spec(vm);
    vm.fmt_builders.push(Builder { kind, name, spec, fields: Vec::new(), key: None });
    Ok(Value::Int(vm.fmt_builders.len() as i64 - 1))
}

fn debug_struct(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let _f = arg(a);
    let name = text(&arg(a));
    new_builder(vm, BuilderKind::Struct, name)
}

fn debug_tuple(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let _f = arg(a);
    let name = text(&arg(a));
    new_builder(vm, BuilderKind::Tuple, name)
}

fn debug_list(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    new_builder(vm, BuilderKind::List, String::new())
}

fn debug_set(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    new_builder(vm, BuilderKind::Set, String::new())
}

fn debug_map(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    new_builder(vm, BuilderKind::Map, String::new())
}

fn builder_id(vm: &Vm, v: &Value) -> R<usize> {
    match vm.auto_deref(v.clone()) {
        Value::Int(i) if (i as usize) < vm.fmt_builders.len() && i >= 0 => Ok(i as usize),
        _ => panic("internal error: not a debug builder"),
    }
}

/// `v`'s `Debug` text with the builder's spec.
fn debug_text(vm: &mut Vm, id: usize, v: &Value, span: Span) -> R<String> {
    let spec = vm.fmt_builders.get(id).map(|b| b.spec).unwrap_or_default();
    let spec = vfmt::Spec { ty: if spec.ty.is_debug() { spec.ty } else { vfmt::FmtType::Debug }, ..spec };
    vm.format_one(v, spec, span)
}

fn push_field(vm: &mut Vm, id: usize, field: (String, Option<String>)) -> R<()> {
    if let Some(b) = vm.fmt_builders.get_mut(id) {
        if b.fields.len() >= vm.config.max_collection_len {
            return Err(vm.budget_stop(Budget::CollectionLen));
        }
        b.fields.push(field);
    }
    Ok(())
}

fn named_field(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let b = arg(a);
    let id = builder_id(vm, &b)?;
    let name = text(&arg(a));
    let v = arg(a);
    let t = debug_text(vm, id, &v, span)?;
    push_field(vm, id, (name, Some(t)))?;
    Ok(b)
}

fn entry(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let b = arg(a);
    let id = builder_id(vm, &b)?;
    let v = arg(a);
    let t = debug_text(vm, id, &v, span)?;
    push_field(vm, id, (t, None))?;
    Ok(b)
}

fn entries(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let b = arg(a);
    let id = builder_id(vm, &b)?;
    let items = vm.drain_all(arg(a), span)?;
    for v in items {
        let t = debug_text(vm, id, &v, span)?;
        push_field(vm, id, (t, None))?;
    }
    Ok(b)
}

fn map_key(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let b = arg(a);
    let id = builder_id(vm, &b)?;
    if vm.fmt_builders[id].key.is_some() {
        return panic("attempted to begin a new map entry without completing the previous one");
    }
    let k = arg(a);
    let t = debug_text(vm, id, &k, span)?;
    vm.fmt_builders[id].key = Some(t);
    Ok(b)
}

fn map_value(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let b = arg(a);
    let id = builder_id(vm, &b)?;
    let Some(k) = vm.fmt_builders[id].key.take() else { return panic("attempted to format a map value before its key") };
    let v = arg(a);
    let t = debug_text(vm, id, &v, span)?;
    push_field(vm, id, (k, Some(t)))?;
    Ok(b)
}

fn map_entry(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let b = arg(a);
    let id = builder_id(vm, &b)?;
    if vm.fmt_builders[id].key.is_some() {
        return panic("attempted to begin a new map entry without completing the previous one");
    }
    let (k, v) = (arg(a), arg(a));
    let kt = debug_text(vm, id, &k, span)?;
    let vt = debug_text(vm, id, &v, span)?;
    push_field(vm, id, (kt, Some(vt)))?;
    Ok(b)
}

fn map_entries(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let b = arg(a);
    let id = builder_id(vm, &b)?;
    let items = vm.drain_all(arg(a), span)?;
    for kv in items {
        let (k, v) = match vm.auto_deref(kv) {
            Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            _ => return panic("internal error: a map entry that is not a pair"),
        };
        let kt = debug_text(vm, id, &k, span)?;
        let vt = debug_text(vm, id, &v, span)?;
        push_field(vm, id, (kt, Some(vt)))?;
    }
    Ok(b)
}

fn finish(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    finish_with(vm, a, false)
}

fn finish_non_exhaustive(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    finish_with(vm, a, true)
}

fn finish_with(vm: &mut Vm, a: &mut Args, non_exhaustive: bool) -> R<Value> {
    let b = arg(a);
    let id = builder_id(vm, &b)?;
    let b = &vm.fmt_builders[id];
    if b.kind == BuilderKind::Map && b.key.is_some() {
        return panic("attempted to finish a map with a partial entry");
    }
    let mut out = String::new();
    let pushes: Vec<_> = b
        .fields
        .iter()
        .map(|(n, t)| {
            let n = n.clone();
            let t = t.clone();
            (
                move |o: &mut String| {
                    o.push_str(&n);
                    Ok(())
                },
                move |o: &mut String| {
                    o.push_str(t.as_deref().unwrap_or(""));
                    Ok(())
                },
            )
        })
        .collect();
    let r = match b.kind {
        BuilderKind::Struct => {
            let fields: Vec<(&str, vfmt::FieldFn<'_>)> = b.fields.iter().zip(&pushes).map(|((n, _), (_, t))| (n.as_str(), t as vfmt::FieldFn<'_>)).collect();
            vfmt::debug_struct(&mut out, &b.name, &b.spec, &fields, non_exhaustive)
        }
        BuilderKind::Tuple => {
            let fields: Vec<vfmt::FieldFn<'_>> = pushes.iter().map(|(n, _)| n as vfmt::FieldFn<'_>).collect();
            vfmt::debug_tuple(&mut out, &b.name, &b.spec, &fields)
        }
        BuilderKind::List | BuilderKind::Set | BuilderKind::Map => {
            let (open, close) = if b.kind == BuilderKind::List { ('[', ']') } else { ('{', '}') };
            let entries: Vec<(vfmt::FieldFn<'_>, Option<vfmt::FieldFn<'_>>)> =
                b.fields.iter().zip(&pushes).map(|((_, t), (n, v))| (n as vfmt::FieldFn<'_>, t.as_ref().map(|_| v as vfmt::FieldFn<'_>))).collect();
            vfmt::debug_entries(&mut out, open, close, &b.spec, &entries)
        }
    };
    if let Err(m) = r {
        return panic(m);
    }
    // `finish_non_exhaustive` of a tuple, list, set or map: `..` as the
    // last entry (`(..)` alone when there is none).
    if non_exhaustive && b.kind != BuilderKind::Struct {
        let (open, close) = match b.kind {
            BuilderKind::Tuple => ('(', ')'),
            BuilderKind::List => ('[', ']'),
            _ => ('{', '}'),
        };
        if b.fields.is_empty() {
            out = format!("{}{open}..{close}", if b.kind == BuilderKind::Tuple { b.name.as_str() } else { "" });
        } else {
            out.pop();
            if b.spec.alternate {
                out.push_str("    ..\n");
            } else {
                // `("a",)`'s comma is not there before `..`.
                if b.kind == BuilderKind::Tuple && b.name.is_empty() && b.fields.len() == 1 {
                    out.pop();
                }
                out.push_str(", ..");
            }
            out.push(close);
        }
    }
    push_text(vm, &out)?;
    Ok(vm.ok_unit.clone())
}

/// `fmt::Display::fmt(&x, f)` / `fmt::Debug::fmt(&x, f)`: `x` formatted
/// with the formatter's spec (its width, fill, precision and flags).
fn forward(vm: &mut Vm, a: &mut Args, span: Span, debug: bool) -> R<Value> {
    let v = arg(a);
    let s = spec(vm);
    let ty = match (debug, s.ty.is_debug()) {
        (true, true) => s.ty,
        (true, false) => vfmt::FmtType::Debug,
        (false, _) => vfmt::FmtType::Display,
    };
    let t = vm.format_one(&v, vfmt::Spec { ty, ..s }, span)?;
    push_text(vm, &t)?;
    Ok(vm.ok_unit.clone())
}

fn forward_display(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    forward(vm, a, span, false)
}

fn forward_debug(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    forward(vm, a, span, true)
}
