//! The static checker: name resolution, type inference and the checks
//! rustc makes, run between parsing and compiling.
//!
//! ```text
//! AST ─items─▶ Items (user items + the std/Tokio stubs) ─infer─▶ types per body
//!     ─checks─▶ diagnostics with rustc's codes, in rustc's order
//! ```
//!
//! - `items.rs` lowers user items and the stubs (`stubs.rs`, Rust source
//!   parsed once per process) into one table of structs, enums, functions
//!   and impls, and resolves paths (`use`, the prelude, associated items).
//! - `infer.rs` types each function body: unification with integer and
//!   float literal variables, expected types flowing down, method calls
//!   resolved on the receiver's type through auto-ref and `Deref`. While it
//!   walks a body it also makes the checks that need types: mutability
//!   (E0596, E0594, E0384), `tokio::spawn`'s `'static` (E0373, E0597) and
//!   `Send` bounds.
//!
//! **Architecture Invariant:** the checker never rejects a valid program.
//! What it does not model has type [`ty::Ty::Unknown`], which is compatible
//! with everything; an error is reported only when every type involved is
//! known. Checks it cannot make yet are listed in ARCHITECTURE.md.
//!
//! Errors come out as rustc's do: name resolution errors first, then type
//! errors, then (only for bodies without type errors) borrow-check errors.

mod borrows;
mod infer;
mod items;
mod moves;
mod stubs;
pub mod ty;

use crate::ast::{File, ItemKind};
use crate::diag::Diagnostic;

/// What the checker found, by the rustc phase that reports it.
#[derive(Default, Debug)]
pub struct Report {
    /// Macro expansion errors (format strings): reported first.
    pub expand: Vec<Diagnostic>,
    /// E0425, E0433: reported before anything else.
    pub resolve: Vec<Diagnostic>,
    /// Type errors (E0308, E0061, E0599, E0277, ...).
    pub types: Vec<Diagnostic>,
    /// Borrow-check-phase errors of bodies that had no type errors
    /// (E0596, E0594, E0384, E0373, E0597, `Send`).
    pub borrows: Vec<Diagnostic>,
    /// Warnings; they do not stop the run.
    pub warnings: Vec<Diagnostic>,
    /// Valid code the engine cannot run yet (reported only when there is
    /// no error rustc would report).
    pub unsupported: Vec<Diagnostic>,
    /// What the compiler uses of the types.
    pub facts: TypeFacts,
}

/// The checker's types, as the compiler uses them, by expression span
/// (start, end).
#[derive(Default, Debug)]
pub struct TypeFacts {
    /// Paths naming a local whose type is certainly `Copy`: copied, never
    /// moved.
    pub copies: crate::map::SortedSet<(u32, u32)>,
    /// Expressions of an integer type.
    pub ints: crate::map::SortedMap<(u32, u32), ty::Int>,
    /// Expressions of type `f32` (the VM computes in `f64`).
    pub f32s: crate::map::SortedSet<(u32, u32)>,
    /// `match` scrutinees (locals) an arm moves a non-`Copy` value out of.
    pub moving_matches: crate::map::SortedSet<(u32, u32)>,
    /// Paths to locals of type `&mut T` (passed on to a `&mut` parameter,
    /// they are reborrowed, not moved).
    pub mut_refs: crate::map::SortedSet<(u32, u32)>,
    /// Method calls (by the method name's span) that resolved to a std or
    /// Tokio method: never a user method of the same name.
    pub std_methods: crate::map::SortedSet<(u32, u32)>,
    /// Method calls (by the method name's span) resolved to a method of a
    /// struct or enum, or of a builtin type: its path
    /// (`tokio::sync::mpsc::Sender::send`, `Point::area`, `int::pow`,
    /// `str::len`, `slice::first`) and whether it takes `self` by value. The compiler
    /// binds each to its function: a primitive's native, or the user's.
    pub method_paths: crate::map::SortedMap<(u32, u32), (String, bool)>,
    /// Expressions of type `f32`, `Result<f64|f32, _>`, `String`, ...
    /// that the compiler treats specially: see [`Special`].
    pub special: crate::map::SortedMap<(u32, u32), Special>,
    /// Closures (by span): how each captured variable is captured.
    pub captures: crate::map::SortedMap<(u32, u32), Vec<(String, Capture)>>,
    /// Calls of a local closure that consume it (`FnOnce`), by the
    /// callee path's span.
    pub once_calls: crate::map::SortedSet<(u32, u32)>,
    /// `x.into()` into a user type, and `?` whose error goes into a user
    /// type: that type's name (its `From` impl converts), and the start of
    /// the `From` impl picked by the value's type when it has several.
    pub user_from: crate::map::SortedMap<(u32, u32), (String, Option<u32>)>,
    /// `Type::from(x)` of a type with several `From` impls, by the callee
    /// path's span: the start of the impl `x`'s type picks (`None`: `x`
    /// already is a `Type`).
    pub from_calls: crate::map::SortedMap<(u32, u32), Option<u32>>,
    /// Structs with `#[derive(Default)]`: each field's default, in order
    /// (absent when a field's type has no default the engine knows).
    pub derived_defaults: crate::map::SortedMap<String, Vec<FieldDefault>>,
    /// Closures whose `&mut` parameters are handed back (`send_modify`'s):
    /// which parameters.
    pub closure_mut_params: crate::map::SortedMap<(u32, u32), Vec<bool>>,
    /// Closures (by span) handed to a lock guard's `map` and its kin: the
    /// compiler reads their body as a `value::Lens`.
    pub lens_closures: Vec<(u32, u32)>,
}

/// The `Default::default()` of a field's type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldDefault {
    /// `0`, `0.0`, `false`, `'\0'`, `()`, `String::new()`, `Vec::new()`,
    /// `HashMap::new()`, `HashSet::new()`, `None`.
    Int,
    Float,
    Bool,
    Char,
    Unit,
    String,
    Vec,
    Map,
    Set,
    None,
    /// A tuple of defaults.
    Tuple(Vec<FieldDefault>),
    /// Another struct's derived default.
    Struct(String),
}

/// How a closure captures a variable of the enclosing function, as Rust
/// 2021+ decides it from the body's uses (whole variables only here).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capture {
    /// `&x`: read only.
    Ref,
    /// `&mut x`: written or mutably borrowed.
    Mut,
    /// By value: a `move` closure, or a body that moves it.
    Value,
}

/// Facts about a call's result the untyped runtime cannot know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    /// `s.parse::<f64>()` (or `f32`): parse a float.
    ParseFloat,
    /// `s.parse::<u8>()` and friends: the integer type to check the range of.
    ParseInt(ty::Int),
    /// `iter.collect::<String>()`.
    CollectString,
    /// `opt.unwrap_or_default()`: `T`'s default.
    Default(DefaultOf),
}

pub use crate::vm::DefaultOf;
pub(crate) use items::is_pin_mut_self;

impl TypeFacts {
    pub fn int(&self, span: crate::span::Span) -> Option<ty::Int> {
        self.ints.get(&(span.start, span.end)).copied()
    }

    pub fn is_f32(&self, span: crate::span::Span) -> bool {
        self.f32s.contains(&(span.start, span.end))
    }
}

/// Whether `<ty>::<name>` is a method with a receiver in the stubs, so a call
/// `i32::pow(3, 4)` is the method call `3.pow(4)`.
pub fn is_prim_method(ty_name: &str, name: &str) -> bool {
    let items = items::std_items();
    let Some(t) = items::prim_ty(ty_name) else { return false };
    matches!(items::assoc_item(items, &t, name), Some((_, items::AssocItem::Fn(f))) if items.fns.get(f.0 as usize).is_some_and(|s| matches!(s.self_kind, Some(items::SelfKind::Value | items::SelfKind::Ref))))
}

/// How many arguments (the receiver included) the std or Tokio associated
/// function at `path` (`std::cell::RefCell::into_inner`) takes.
pub fn std_fn_arity(path: &str) -> Option<usize> {
    let items = items::std_items();
    let (ty_path, name) = path.rsplit_once("::")?;
    let items::TypeDef::Adt(id) = items.types.get(ty_path)? else { return None };
    let Some((_, items::AssocItem::Fn(f))) = items::assoc_item(items, &ty::Ty::Adt(*id, Vec::new()), name) else { return None };
    let sig = items.fns.get(f.0 as usize)?;
    Some(sig.params.len() + usize::from(sig.self_kind.is_some()))
}

/// Checks a parsed file.
pub fn check(file: &File, src: &str) -> Report {
    let mut items = items::std_items().clone();
    let mut report = Report::default();
    let user = items.add_user_file(file);
    copy_with_drop(file, src, &mut report);
    infer::check_bodies(&items, &user, src, &mut report);
    derived_defaults(&items, &mut report);
    // `#![allow(unused_variables)]`, `#![allow(unused_mut)]`, `#![allow(unused)]`.
    let allowed =
        |lint: &str| file.attrs.iter().any(|a| a.inner && a.path.is_single("allow") && a.args.iter().any(|x| x.trim() == lint || x.trim() == "unused"));
    let (no_vars, no_mut) = (allowed("unused_variables"), allowed("unused_mut"));
    report.warnings.retain(|d| !(no_vars && d.message.starts_with("unused variable")) && !(no_mut && d.message.starts_with("variable does not need")));
    report.warnings.extend(multi_thread_main(file));
    report
}

/// E0184: a type with an `impl Drop` cannot derive `Copy` (a copy would be
/// dropped twice). Reported at `Copy` in the `derive`.
fn copy_with_drop(file: &File, src: &str, report: &mut Report) {
    fn walk<'f>(items: &'f [crate::ast::Item], out: &mut Vec<&'f crate::ast::Item>) {
        for item in items {
            if let ItemKind::Mod { items, .. } = &item.kind {
                walk(items, out);
            }
            out.push(item);
        }
    }
    let mut all = Vec::new();
    walk(&file.items, &mut all);
    let dropped: Vec<&str> = all
        .iter()
        .filter_map(|item| match &item.kind {
            ItemKind::Impl(imp) if imp.trait_.as_ref().is_some_and(|t| t.last() == "Drop") => match &imp.self_ty.kind {
                crate::ast::TypeKind::Path(p) => Some(p.last()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    if dropped.is_empty() {
        return;
    }
    for item in all {
        let name = match &item.kind {
            ItemKind::Struct(s) => &s.name,
            ItemKind::Enum(e) => &e.name,
            _ => continue,
        };
        if !dropped.contains(&name.name.as_str()) {
            continue;
        }
        for a in item.attrs.iter().filter(|a| a.path.is_single("derive") && a.args.iter().any(|x| x.trim() == "Copy")) {
            let text = src.get(a.span.start as usize..a.span.end as usize).unwrap_or("");
            let mut d = Diagnostic::error(name.span, "the trait `Copy` cannot be implemented for this type; the type has a destructor")
                .with_code("E0184")
                .with_label(name.span, "`Copy` not allowed on types with destructors");
            if let Some(at) = copy_word(text) {
                let start = a.span.start + at as u32;
                d = d.with_label(crate::span::Span { start, end: start + 4 }, "in this derive macro expansion");
            }
            report.types.push(d.with_note("note: a `Copy` value is duplicated bit for bit, so its `drop` would run once per copy"));
        }
    }
}

/// Where the word `Copy` is in a `#[derive(..)]`'s text.
fn copy_word(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    (0..text.len()).find(|&i| text[i..].starts_with("Copy") && (i == 0 || !is_ident(b[i - 1])) && b.get(i + 4).is_none_or(|&c| !is_ident(c)))
}

/// The fields' defaults of each user struct that derives `Default`.
fn derived_defaults(items: &items::Items, report: &mut Report) {
    fn of(items: &items::Items, t: &ty::Ty, depth: u32) -> Option<FieldDefault> {
        use ty::Ty;
        if depth > 8 {
            return None;
        }
        Some(match t {
            Ty::Int(_) => FieldDefault::Int,
            Ty::Float(_) => FieldDefault::Float,
            Ty::Bool => FieldDefault::Bool,
            Ty::Char => FieldDefault::Char,
            Ty::Tuple(v) if v.is_empty() => FieldDefault::Unit,
            Ty::Tuple(v) => FieldDefault::Tuple(v.iter().map(|x| of(items, x, depth + 1)).collect::<Option<Vec<_>>>()?),
            Ty::Adt(id, _) => {
                let adt = items.adts.get(id.0 as usize)?;
                if !adt.is_stub {
                    return (adt.derives("Default") && matches!(adt.kind, items::AdtKind::Struct(_))).then(|| FieldDefault::Struct(adt.name.clone()));
                }
                match adt.name.as_str() {
                    "String" => FieldDefault::String,
                    "Vec" | "VecDeque" => FieldDefault::Vec,
                    "HashMap" | "BTreeMap" => FieldDefault::Map,
                    "HashSet" | "BTreeSet" => FieldDefault::Set,
                    "Option" => FieldDefault::None,
                    _ => return None,
                }
            }
            _ => return None,
        })
    }
    for adt in items.adts.iter().filter(|a| !a.is_stub && a.derives("Default")) {
        let items::AdtKind::Struct(fields) = &adt.kind else { continue };
        if let Some(d) = fields.types().into_iter().map(|t| of(items, t, 0)).collect::<Option<Vec<_>>>() {
            report.facts.derived_defaults.insert(adt.name.clone(), d);
        }
    }
}

/// `#[tokio::main]` without `flavor = "current_thread"` starts Tokio's
/// multi-thread runtime, which Taskscope does not simulate: the program
/// runs on the current_thread one, and the page and the CLI say so. Not a
/// rustc warning, so it has no code.
fn multi_thread_main(file: &File) -> Option<Diagnostic> {
    let attr = file.items.iter().find_map(|item| match &item.kind {
        ItemKind::Fn(f) if f.name.name == "main" && f.is_async => item.attrs.iter().find(|a| a.path.last() == "main"),
        _ => None,
    })?;
    let flavor_is = |f: &str| attr.args.iter().any(|a| a.split_whitespace().collect::<String>() == format!("flavor=\"{f}\""));
    // `flavor = "local"` is a `LocalRuntime`, reported as not supported.
    if flavor_is("current_thread") || flavor_is("local") {
        return None;
    }
    let flavor = if attr.args.iter().any(|a| a.contains("multi_thread")) { "`flavor = \"multi_thread\"`" } else { "no flavor" };
    Some(one_thread_warning(
        attr.span,
        &format!("`#[tokio::main]` with {flavor} runs on Tokio's multi-thread runtime"),
        "help: `#[tokio::main(flavor = \"current_thread\")]` runs the runtime Taskscope simulates",
    ))
}

/// The warning for a multi-thread runtime (`what` starts it) that runs on
/// the simulated current_thread one; `help` says what builds that one.
pub(super) fn one_thread_warning(at: crate::span::Span, what: &str, help: &str) -> Diagnostic {
    Diagnostic::warning(at, format!("{what}; Taskscope runs it on a simulated current_thread runtime"))
        .with_label(at, "simulated on one thread")
        .with_note("note: on one thread, tasks never run in parallel, and the order of their output may differ from a real multi-threaded run")
        .with_note(help)
}

#[cfg(test)]
mod tests;
