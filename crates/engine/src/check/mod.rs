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
    /// Macros of their own syntax the checker cannot expand
    /// (`pin_project! { .. }`): what follows may name what they declare,
    /// so with one of these nothing else is reported.
    pub unexpanded: Vec<Diagnostic>,
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
    /// A non-`Copy` field moved out of an owned local (`let n = job.name;`,
    /// `pair.1`): the compiler leaves a hole, so the rest drops at the
    /// local's end and the field with its new owner.
    pub partial_moves: crate::map::SortedSet<(u32, u32)>,
    /// `let` patterns that move parts out of an owned local and leave the
    /// rest (`let (a, _) = pair;`), and their bindings (name spans) of a
    /// non-`Copy` type, which leave a hole.
    pub partial_lets: crate::map::SortedSet<(u32, u32)>,
    pub partial_binds: crate::map::SortedSet<(u32, u32)>,
    /// Expressions of type `f64`.
    pub f64s: crate::map::SortedSet<(u32, u32)>,
    /// Expressions whose type holds floats, all of them `f32` (`Some(x)`,
    /// `(a, b)`, a struct of `f32`s): `true`; or both `f32` and `f64`:
    /// `false` (their `{:?}` cannot tell the VM's floats apart).
    pub f32_inside: crate::map::SortedMap<(u32, u32), bool>,
    /// `match` and `if let` scrutinees (locals) a pattern moves a
    /// non-`Copy` value out of, when it matches; and the patterns of the
    /// `match` arms that do.
    pub moving_matches: crate::map::SortedSet<(u32, u32)>,
    /// `if let` scrutinees (locals of an enum type) whose pattern binds only
    /// `Copy` values or references: the local stays whole.
    pub copying_lets: crate::map::SortedSet<(u32, u32)>,
    /// `let this = self.get_mut();` (or `Pin::into_inner(self)`,
    /// `Pin::get_mut(self)`, `&mut *r` of a `&mut` parameter): the
    /// initializers, by span; the compiler makes `this` name the
    /// parameter's place.
    pub param_reborrows: crate::map::SortedSet<(u32, u32)>,
    /// `&mut place` (by span) of a future the program's own `impl Future`
    /// may be (a user type, or a generic future): the compiler moves the
    /// value into a future's cell in its place first, so polls through the
    /// reference change the place's value (`Builtin::Pin`).
    pub pin_borrows: crate::map::SortedSet<(u32, u32)>,
    /// The closures `f` of `m.get_mut(&k).map(f)` (an `Option` of a `&mut`
    /// element, `RefForm::Elem`/`Ret`): their parameter names the element.
    pub ref_map_closures: crate::map::SortedSet<(u32, u32)>,
    /// Calls of generic user functions (by the call's span): each generic
    /// argument, when it is a user type or a generic parameter of the
    /// caller (for `T::f()` in a callee with no value of type `T`).
    pub call_generics: crate::map::SortedMap<(u32, u32), Vec<Option<GenericArg>>>,
    /// Pattern bindings (by the name's span) that bind by `&mut`: `ref
    /// mut x`, or `x` matched through a `&mut` (match ergonomics).
    pub ref_mut_binds: crate::map::SortedSet<(u32, u32)>,
    /// Paths to locals, and fields, of type `&mut T` (passed on to a `&mut`
    /// parameter, they are reborrowed, not moved).
    pub mut_refs: crate::map::SortedSet<(u32, u32)>,
    /// Method calls (by the method name's span) that resolved to a std or
    /// Tokio method: never a user method of the same name.
    pub std_methods: crate::map::SortedSet<(u32, u32)>,
    /// `write!`s whose target (by its span) is a `std::fmt::Formatter`:
    /// the text goes to the VM's formatter (`exec/prim/fmt.rs`).
    pub fmt_writes: crate::map::SortedSet<(u32, u32)>,
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
    /// Closures and `async move` blocks (by span) that take only some
    /// fields of a variable by value (Rust 2021's disjoint captures:
    /// `move || cfg.port` copies `cfg.port`, `async move { cfg.name }`
    /// moves `cfg.name` and leaves `cfg.tags` where it is): each such
    /// variable and its captured field paths, each marked when it is moved
    /// (not `Copy`). `None` for a mix the compiler cannot make (a field
    /// moved, another borrowed).
    pub partial_captures: crate::map::SortedMap<(u32, u32), Vec<(String, Option<Vec<(Vec<String>, bool)>>)>>,
    /// Calls of a local closure that consume it (`FnOnce`), by the
    /// callee path's span.
    pub once_calls: crate::map::SortedSet<(u32, u32)>,
    /// `x.into()` into a user type, and `?` whose error goes into a user
    /// type: that type's name (its `From` impl converts), and the start of
    /// the `From` impl picked by the value's type when it has several.
    pub user_from: crate::map::SortedMap<(u32, u32), (String, Option<u32>)>,
    /// `x.try_into()` into a user type: the type, whose one `TryFrom`
    /// impl's `try_from` converts.
    pub user_try_from: crate::map::SortedMap<(u32, u32), String>,
    /// `s.parse()` into a user type: the type, whose `FromStr` impl's
    /// `from_str` parses.
    /// `sum()`/`product()` into a user type (by the method's span): the
    /// type and the method, whose `Sum`/`Product` impl the compiler calls.
    pub user_sums: crate::map::SortedMap<(u32, u32), (String, String)>,
    pub user_parse: crate::map::SortedMap<(u32, u32), String>,
    /// A method's receiver (by span) reached through user `impl Deref`s:
    /// how many `deref` calls the compiler makes on it.
    pub user_deref_recvs: crate::map::SortedMap<(u32, u32), u8>,
    /// A reference coerced through user `impl Deref`s (`&guard` passed
    /// as `&Target`), by the expression's span: how many `deref` calls.
    pub user_deref_coercions: crate::map::SortedMap<(u32, u32), u8>,
    /// `Type::from(x)` of a type with several `From` impls, by the callee
    /// path's span: the start of the impl `x`'s type picks (`None`: `x`
    /// already is a `Type`).
    pub from_calls: crate::map::SortedMap<(u32, u32), Option<u32>>,
    /// `Trait::method(&x, ..)` of a user trait, by the callee path's span:
    /// the compiler's key of the impl `x`'s type picks (`Type::<Trait>::method`).
    pub trait_calls: crate::map::SortedMap<(u32, u32), String>,
    /// Structs with `#[derive(Default)]`: each field's default, in order
    /// (absent when a field's type has no default the engine knows).
    pub derived_defaults: crate::map::SortedMap<String, Vec<FieldDefault>>,
    /// `Default::default()` calls, by span: the default of the type they
    /// were inferred to make.
    pub default_calls: crate::map::SortedMap<(u32, u32), FieldDefault>,
    /// Closures whose `&mut` parameters are handed back (`send_modify`'s):
    /// which parameters.
    pub closure_mut_params: crate::map::SortedMap<(u32, u32), Vec<bool>>,
    /// Closures (by span): the captures they own (`move`, or moved in) and
    /// write, which keep their value from one call to the next.
    pub owned_writes: crate::map::SortedMap<(u32, u32), Vec<String>>,
    /// `for` loops (by the iterated expression's span) over the `&mut`
    /// elements of a variable or field path (`v.iter_mut()`, `&mut v`,
    /// `m.values_mut()`): the compiler makes the loop variable name each
    /// element's place.
    pub iter_mut_loops: crate::map::SortedMap<(u32, u32), IterMut>,
    /// `for` loops (by the iterable's span) over a `std::sync::mpsc`
    /// receiver: the compiler calls `recv` until it fails.
    pub std_recv_loops: crate::map::SortedSet<(u32, u32)>,
    /// Ranges of `char`s with both bounds (by span): each runs as an
    /// iterator of its chars (`Op::CharRange`).
    pub char_ranges: crate::map::SortedSet<(u32, u32)>,
    /// Tuple patterns with a `..` (by span): the tuple's arity, so that
    /// the compiler matches the patterns after it from the end.
    pub tuple_rests: crate::map::SortedMap<(u32, u32), u32>,
    /// `size_of::<T>()` / `align_of::<T>()` calls (by span): the value,
    /// from the layout rustc gives `T` on a 64-bit target.
    pub layouts: crate::map::SortedMap<(u32, u32), u64>,
    /// `x.into()` into an `Option` of `x`'s type (by span): `Some(x)`
    /// (std's `impl<T> From<T> for Option<T>`).
    pub into_some: crate::map::SortedSet<(u32, u32)>,
    /// `stream.collect().await` of a tokio-stream stream (by the span of
    /// the `.await` expression): what it collects into, from the type
    /// expected there (streams are not typed).
    pub stream_collects: crate::map::SortedMap<(u32, u32), crate::vm::Collect>,
    /// Closures (by span) handed to a lock guard's `map` and its kin: the
    /// compiler reads their body as a `value::Lens`.
    pub lens_closures: Vec<(u32, u32)>,
    /// Paths used as function values (`.map(double)`, `.map(Some)`,
    /// `.map(ToString::to_string)`), by span: what they call.
    pub fn_values: crate::map::SortedMap<(u32, u32), FnValue>,
    /// Names only `use`s inside function bodies bring in, with the
    /// top-level items those `use`s are in (`Items::body_uses`).
    pub body_uses: crate::map::SortedMap<String, Vec<crate::span::Span>>,
    /// Operators on user types (`a + b`, `-a`, `a += b`), by the
    /// expression's span: the operator trait's method to call (`add`).
    pub user_ops: crate::map::SortedMap<(u32, u32), String>,
    /// Calls (by span) of a user function whose returned `&mut` is a place
    /// of one of its `&mut` arguments (`check::returned_place`), with that
    /// argument's index (the receiver is 0): the compiler names the place.
    pub ret_place_calls: crate::map::SortedMap<(u32, u32), usize>,
}

/// A function, constructor or method named by a path and used as a value:
/// the compiler makes it a closure that calls it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FnValue {
    /// Its arguments, the receiver of a method included.
    pub arity: u32,
    /// A std method (it has a receiver): its path as `method_paths` gives
    /// it (`str::len`, `std::string::String::as_str`), and whether it takes
    /// `self` by value.
    pub method: Option<(String, bool)>,
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
    /// A user enum's `#[default]` unit variant: the enum, the variant's index.
    Variant(String, u32),
    /// A wrapper of its content's default: `Arc`, `Rc`, `Box`, a mutex, a
    /// lock, a cell (its `new`, by path, of the inner default).
    New(String, Box<FieldDefault>),
    /// A user type with a hand-written `impl Default`: its `default()`.
    User(String),
}

/// A generic argument at a call, as the compiler finds its type at run
/// time.
#[derive(Clone, Debug, PartialEq)]
pub enum GenericArg {
    /// A user struct or enum, by name.
    Type(String),
    /// A generic parameter of the calling function.
    Param(String),
}

/// Whether the user type `id` has a hand-written impl of the std trait
/// `tr` (not a `#[derive]`).
pub(crate) fn written_impl(items: &items::Items, id: ty::AdtId, tr: &str) -> bool {
    items.adt_impls.get(&id).is_some_and(|ix| ix.iter().any(|&i| items.impls.get(i).is_some_and(|d| d.trait_.as_deref() == Some(tr))))
}

/// How a closure captures a variable of the enclosing function, as Rust
/// 2021+ decides it from the body's uses (for a variable captured by its
/// fields, see [`TypeFacts::partial_captures`]).
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
    /// `iter.collect()` into anything but a `Vec`: a `String`, a map, a
    /// set, a `Result` or `Option` of one.
    Collect(crate::vm::Collect),
    /// `opt.unwrap_or_default()`: `T`'s default.
    Default(DefaultOf),
    /// `n.try_into()` of an integer into this integer type: `T::try_from(n)`.
    TryIntoInt(ty::Int),
    /// `it.try_fold(..)` / `it.try_for_each(..)`: its closure gives an
    /// `Option` (true) or a `Result` (false), as the whole call does.
    TryWith(bool),
    /// `x.into()` between primitives of different kinds (`u8` into
    /// `char`, `char` or `bool` into an integer, an integer into a float):
    /// the cast `From` is, into a float, a `char` or this integer type.
    IntoFloat,
    IntoChar,
    IntoInt(ty::Int),
    /// `s.into()` of text as a `Vec<u8>`: its bytes (`Vec::from`).
    IntoBytes,
}

pub use crate::vm::DefaultOf;
pub(crate) use items::{OPERATOR_TRAITS, is_pin_mut_self};

impl TypeFacts {
    /// Whether a name in scope is visible at `at`: not when only another
    /// function's `use` brings it in.
    pub fn use_visible_at(&self, name: &str, at: crate::span::Span) -> bool {
        items::use_visible_at(&self.body_uses, name, at)
    }

    pub fn int(&self, span: crate::span::Span) -> Option<ty::Int> {
        self.ints.get(&(span.start, span.end)).copied()
    }

    /// See [`TypeFacts::tuple_rests`].
    pub fn tuple_rest(&self, span: crate::span::Span) -> Option<u32> {
        self.tuple_rests.get(&(span.start, span.end)).copied()
    }

    pub fn is_f32(&self, span: crate::span::Span) -> bool {
        self.f32s.contains(&(span.start, span.end))
    }

    pub fn is_f64(&self, span: crate::span::Span) -> bool {
        self.f64s.contains(&(span.start, span.end))
    }

    /// See [`TypeFacts::f32_inside`].
    pub fn f32_inside(&self, span: crate::span::Span) -> Option<bool> {
        self.f32_inside.get(&(span.start, span.end)).copied()
    }
}

/// One step from a pattern's scrutinee to a binding inside it: a named
/// field (of a struct or a struct-like variant) or a positional one (of a
/// tuple, a tuple struct or a tuple variant).
#[derive(Clone, Debug, PartialEq)]
pub enum PatStep {
    Field(String),
    Pos(u32),
}

/// The explicit `ref mut` bindings of a pattern that the compiler makes
/// aliases of a place inside the scrutinee (`match *self { State1(ref mut
/// f) => .. }`: `f` is the place `(*self).0`), with the steps to each. Only
/// bindings reached through fields are listed: none inside an or-pattern,
/// a reference pattern, a slice or after a `..`. The checker and the
/// compiler both read this list, so a write the checker lets through is
/// one the compiler carries out on the scrutinee.
/// `ref_mut` says which bindings bind by `&mut` (`TypeFacts::ref_mut_binds`).
pub(crate) fn ref_mut_aliases<'p>(p: &'p crate::ast::Pat, ref_mut: &dyn Fn(&crate::ast::Ident) -> bool) -> Vec<(&'p crate::ast::Ident, Vec<PatStep>)> {
    fn walk<'p>(
        p: &'p crate::ast::Pat,
        ref_mut: &dyn Fn(&crate::ast::Ident) -> bool,
        path: &mut Vec<PatStep>,
        out: &mut Vec<(&'p crate::ast::Ident, Vec<PatStep>)>,
        depth: u32,
    ) {
        use crate::ast::PatKind;
        if depth > 64 {
            return;
        }
        match &p.kind {
            PatKind::Ident { name, sub: None, .. } if ref_mut(name) => out.push((name, path.clone())),
            PatKind::Tuple(ps) | PatKind::TupleStruct(_, ps) => {
                for (k, sp) in ps.iter().enumerate() {
                    if matches!(sp.kind, PatKind::Rest) {
                        break;
                    }
                    path.push(PatStep::Pos(k as u32));
                    walk(sp, ref_mut, path, out, depth + 1);
                    path.pop();
                }
            }
            PatKind::Struct(_, fields, _) => {
                for f in fields {
                    path.push(PatStep::Field(f.name.name.clone()));
                    walk(&f.pat, ref_mut, path, out, depth + 1);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(p, ref_mut, &mut Vec::new(), &mut out, 0);
    out
}

/// A scrutinee the compiler can alias a `ref mut` binding into: a local,
/// its fields, and dereferences of them (`*self`, `self.state`, `s.0`),
/// or `&mut` of one (`match &mut self.state`).
pub(crate) fn alias_scrutinee(e: &crate::ast::Expr) -> bool {
    use crate::ast::ExprKind;
    if let ExprKind::Ref { is_mut: true, expr } = &e.kind {
        return alias_place(expr);
    }
    alias_place(e)
}

fn alias_place(e: &crate::ast::Expr) -> bool {
    use crate::ast::{ExprKind, UnOp};
    match &e.kind {
        ExprKind::Path(p) => p.segments.len() == 1 && p.segments[0].generics.is_empty(),
        ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) | ExprKind::Unary(UnOp::Deref, x) => alias_place(x),
        _ => false,
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
    // A free function (`tokio::spawn`).
    if let Some(items::ValueDef::Fn(f)) = items.values.get(path) {
        return items.fns.get(f.0 as usize).map(|sig| sig.params.len());
    }
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
    report.facts.body_uses = items.body_uses.clone();
    copy_with_drop(file, src, &mut report);
    copy_fields(file, src, &mut report);
    recursive_types(file, &mut report);
    default_enums(file, src, &mut report);
    infer::check_bodies(&items, &user, src, &mut report);
    derived_defaults(&items, &mut report);
    error_impl_bounds(file, &items, &mut report);
    dyn_compatibility(file, src, &mut report);
    report.resolve.extend(missing_lifetimes(file, src));
    // `#![allow(unused_variables)]`, `#![allow(unused_mut)]`, `#![allow(unused)]`.
    let allowed =
        |lint: &str| file.attrs.iter().any(|a| a.inner && a.path.is_single("allow") && a.args.iter().any(|x| x.trim() == lint || x.trim() == "unused"));
    let (no_vars, no_mut) = (allowed("unused_variables"), allowed("unused_mut"));
    report.warnings.retain(|d| !(no_vars && d.message.starts_with("unused variable")) && !(no_mut && d.message.starts_with("variable does not need")));
    report.warnings.extend(multi_thread_main(file));
    report.types.extend(tokio_main_boxed_return(file, src));
    report
}

/// E0271: `#[tokio::main]` turns main's body into an `async` block, whose
/// output rustc infers from the body alone: a `return Err(Box::new(e))` or
/// a tail `Err(Box::new(e))` makes it `Box<E>`, not the `Box<dyn Error>`
/// main declares (no coercion happens at the block's end). rustc reports it
/// at the attribute.
fn tokio_main_boxed_return(file: &File, src: &str) -> Option<Diagnostic> {
    use crate::ast::{Block, Child, Expr, ExprKind, StmtKind, Type, TypeKind};
    let (attr, f) = file.items.iter().find_map(|item| match &item.kind {
        ItemKind::Fn(f) if f.name.name == "main" && f.is_async => item.attrs.iter().find(|a| a.path.last() == "main").map(|a| (a, f)),
        _ => None,
    })?;
    let ret = f.ret.as_ref()?;
    // Whether `e`, returned where `t` is declared, is a `Box::new(..)` (or
    // an `Arc`'s, an `Rc`'s) where `t` has a `dyn`.
    fn boxed_for_dyn(t: &Type, e: &Expr, depth: u32) -> bool {
        let TypeKind::Path(p) = &t.kind else { return false };
        let Some(seg) = p.segments.last() else { return false };
        let ExprKind::Call { func, args } = &e.unparen().kind else { return false };
        let ExprKind::Path(fp) = &func.kind else { return false };
        let names = fp.names();
        match (seg.ident.name.as_str(), names.as_slice(), args.as_slice()) {
            ("Result", [.., v @ ("Ok" | "Err")], [x]) if depth < 4 => {
                let i = usize::from(*v == "Err");
                seg.generics.get(i).is_some_and(|g| boxed_for_dyn(g, x, depth + 1))
            }
            ("Box" | "Arc" | "Rc", [.., ty, "new"], [_]) if *ty == seg.ident.name => matches!(seg.generics.first().map(|g| &g.kind), Some(TypeKind::Impl(_))),
            _ => false,
        }
    }
    // The body's `return` values (not a closure's or a nested `async`
    // block's) and its tail.
    fn returns<'a>(b: &'a Block, out: &mut Vec<&'a Expr>) {
        fn walk<'a>(c: Child<'a>, out: &mut Vec<&'a Expr>) {
            match c {
                Child::Expr(e) => {
                    match &e.kind {
                        ExprKind::Closure { .. } | ExprKind::Async { .. } => return,
                        ExprKind::Return(Some(v)) => out.push(v),
                        _ => {}
                    }
                    e.for_each_child(&mut |c| walk(c, out));
                }
                Child::Block(b) => {
                    for st in &b.stmts {
                        match &st.kind {
                            StmtKind::Let { init, else_block, .. } => {
                                if let Some(e) = init {
                                    walk(Child::Expr(e), out);
                                }
                                if let Some(b) = else_block {
                                    walk(Child::Block(b), out);
                                }
                            }
                            StmtKind::Expr { expr, .. } => walk(Child::Expr(expr), out),
                            _ => {}
                        }
                    }
                }
            }
        }
        walk(Child::Block(b), out);
        if let Some(crate::ast::Stmt { kind: StmtKind::Expr { expr, semi: false }, .. }) = b.stmts.last() {
            out.push(expr);
        }
    }
    let mut outs = Vec::new();
    returns(&f.body, &mut outs);
    let bad = outs.into_iter().find(|e| boxed_for_dyn(ret, e, 0))?;
    let declared = src.get(ret.span.start as usize..ret.span.end as usize).unwrap_or("");
    Some(
        Diagnostic::error(attr.span, format!("expected the `async` block of `#[tokio::main]` to be a future that resolves to `{declared}`, but it resolves to a concrete box"))
            .with_code("E0271")
            .with_label(attr.span, format!("expected `{declared}`"))
            .with_label(bad.span, "this `Box::new(..)` makes the block's output a `Box` of its value's type, not of a `dyn` trait")
            .with_note("note: `#[tokio::main]` runs main's body as an `async` block, whose output type comes from its own `return`s and tail: no coercion to `dyn` happens there")
            .with_note("help: convert where it is made: `Err(e.into())`, or `Err(Box::new(e) as Box<dyn Error>)`"),
    )
}

/// The items of a file, those of its `mod` blocks included.
fn items_in_mods(items: &[crate::ast::Item]) -> Vec<&crate::ast::Item> {
    let mut out = Vec::new();
    for item in items {
        if let ItemKind::Mod { items, .. } = &item.kind {
            out.extend(items_in_mods(items));
        }
        out.push(item);
    }
    out
}

/// E0184: a type with an `impl Drop` cannot derive `Copy` (a copy would be
/// dropped twice). Reported at `Copy` in the `derive`.
fn copy_with_drop(file: &File, src: &str, report: &mut Report) {
    let all = items_in_mods(&file.items);
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

/// E0204: `#[derive(Copy)]` on a struct with a field that is not `Copy`
/// (a `String`, a `Vec`, a `Box`, a `&mut`, a user type that does not
/// derive `Copy`). Read from the written field types.
fn copy_fields(file: &File, src: &str, report: &mut Report) {
    use crate::ast::{Fields, Item, Type, TypeKind};
    let all = items_in_mods(&file.items);
    let derives_copy = |item: &Item| item.attrs.iter().any(|a| a.path.is_single("derive") && a.args.iter().any(|x| x.trim() == "Copy"));
    // User types and whether they derive `Copy`.
    let user: Vec<(&str, bool)> = all
        .iter()
        .filter_map(|item| match &item.kind {
            ItemKind::Struct(s) => Some((s.name.name.as_str(), derives_copy(item))),
            ItemKind::Enum(e) => Some((e.name.name.as_str(), derives_copy(item))),
            _ => None,
        })
        .collect();
    let not_copy = |t: &Type| -> bool {
        match &t.kind {
            TypeKind::Ref { is_mut, .. } => *is_mut,
            TypeKind::Path(p) if p.segments.len() == 1 => {
                let name = p.last();
                matches!(name, "String" | "Vec" | "Box" | "HashMap" | "HashSet" | "BTreeMap" | "BTreeSet" | "VecDeque" | "Rc" | "Arc")
                    || user.iter().any(|(n, copy)| *n == name && !copy)
            }
            _ => false,
        }
    };
    for item in &all {
        let ItemKind::Struct(s) = &item.kind else { continue };
        if !derives_copy(item) {
            continue;
        }
        let fields: Vec<(crate::span::Span, &Type)> = match &s.fields {
            Fields::Named(fs) => fs.iter().map(|(n, t)| (crate::span::Span::new(n.span.start as usize, t.span.end as usize), t)).collect(),
            Fields::Tuple(ts) => ts.iter().map(|t| (t.span, t)).collect(),
            Fields::Unit => Vec::new(),
        };
        let Some((field, _)) = fields.into_iter().find(|(_, t)| not_copy(t)) else { continue };
        let mut d = Diagnostic::error(s.name.span, "the trait `Copy` cannot be implemented for this type")
            .with_code("E0204")
            .with_label(s.name.span, "")
            .with_label(field, "this field does not implement `Copy`");
        if let Some(a) = item.attrs.iter().find(|a| a.path.is_single("derive") && a.args.iter().any(|x| x.trim() == "Copy")) {
            let text = src.get(a.span.start as usize..a.span.end as usize).unwrap_or("");
            if let Some(at) = copy_word(text) {
                let start = a.span.start + at as u32;
                d = d.with_label(crate::span::Span { start, end: start + 4 }, "in this derive macro expansion");
            }
        }
        report.resolve.push(d.with_note(
            "help: a `Copy` value is duplicated bit for bit; a field that owns heap data (`String`, `Vec`) can only be cloned: derive `Clone` alone",
        ));
    }
}

/// E0072: a struct or enum that holds itself by value (`enum List {
/// Cons(i32, List), Nil }`), directly or inside an `Option`, a tuple or
/// an array, which store their contents inline: its size would be
/// infinite. Read from the written field types; a `Box`, `Vec`, `Rc` or
/// reference in between is the indirection that breaks the cycle.
fn recursive_types(file: &File, report: &mut Report) {
    use crate::ast::{Fields, Type, TypeKind};
    /// Where `t` holds `name` by value.
    fn holds(t: &Type, name: &str) -> Option<crate::span::Span> {
        match &t.kind {
            TypeKind::Path(p) => {
                let last = p.last();
                if p.segments.len() == 1 && (last == name || last == "Self") {
                    return Some(t.span);
                }
                // Stored inline: `Option<List>`, `Result<List, E>`.
                if matches!(last, "Option" | "Result" | "Cell" | "RefCell" | "Mutex" | "RwLock") {
                    return p.segments.last()?.generics.iter().find_map(|g| holds(g, name));
                }
                None
            }
            TypeKind::Tuple(ts) => ts.iter().find_map(|t| holds(t, name)),
            TypeKind::Array { elem, len: Some(_) } => holds(elem, name),
            _ => None,
        }
    }
    for item in items_in_mods(&file.items) {
        let (name, fields): (&crate::ast::Ident, Vec<&Fields>) = match &item.kind {
            ItemKind::Struct(s) => (&s.name, vec![&s.fields]),
            ItemKind::Enum(e) => (&e.name, e.variants.iter().map(|v| &v.fields).collect()),
            _ => continue,
        };
        let types = fields.into_iter().flat_map(|f| match f {
            Fields::Named(fs) => fs.iter().map(|(_, t)| t).collect::<Vec<_>>(),
            Fields::Tuple(ts) => ts.iter().collect(),
            Fields::Unit => Vec::new(),
        });
        let recursive: Vec<crate::span::Span> = types.filter_map(|t| holds(t, &name.name)).collect();
        if recursive.is_empty() {
            continue;
        }
        // `pub enum List`: from the visibility or keyword to the name.
        let kind = if matches!(item.kind, ItemKind::Struct(_)) { "struct" } else { "enum" };
        let back = kind.len() as u32 + 1 + if item.is_pub { 4 } else { 0 };
        let head = crate::span::Span { start: name.span.start.saturating_sub(back).max(item.span.start), end: name.span.end };
        let mut d = Diagnostic::error(head, format!("recursive type `{}` has infinite size", name.name)).with_code("E0072").with_label(head, "");
        for at in recursive {
            d = d.with_label(at, "recursive without indirection");
        }
        report.resolve.push(d.with_note("help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle"));
    }
}

/// E0665: an enum that derives `Default` must mark a variant `#[default]`.
/// Reported at `Default` in the `derive`.
fn default_enums(file: &File, src: &str, report: &mut Report) {
    fn walk(items: &[crate::ast::Item], src: &str, report: &mut Report) {
        for item in items {
            match &item.kind {
                ItemKind::Mod { items, .. } => walk(items, src, report),
                ItemKind::Enum(e) if !e.variants.iter().any(|v| v.is_default) => {
                    for a in item.attrs.iter().filter(|a| a.path.is_single("derive") && a.args.iter().any(|x| x.trim() == "Default")) {
                        let text = src.get(a.span.start as usize..a.span.end as usize).unwrap_or("");
                        let at = derive_word(text, "Default").map_or(a.span, |i| {
                            let start = a.span.start + i as u32;
                            crate::span::Span { start, end: start + 7 }
                        });
                        report.types.push(
                            Diagnostic::error(at, "`#[derive(Default)]` on enum with no `#[default]`")
                                .with_code("E0665")
                                .with_label(at, "in this derive macro expansion")
                                .with_note(format!(
                                    "help: make a unit variant default by placing `#[default]` above it: `#[default] {}`",
                                    e.variants.first().map_or("", |v| v.name.name.as_str())
                                )),
                        );
                    }
                }
                _ => {}
            }
        }
    }
    walk(&file.items, src, report);
}

/// Where the word `Copy` is in a `#[derive(..)]`'s text.
fn copy_word(text: &str) -> Option<usize> {
    derive_word(text, "Copy")
}

/// Where the word `word` is in a `#[derive(..)]`'s text.
fn derive_word(text: &str, word: &str) -> Option<usize> {
    let b = text.as_bytes();
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    (0..text.len()).find(|&i| text[i..].starts_with(word) && (i == 0 || !is_ident(b[i - 1])) && b.get(i + word.len()).is_none_or(|&c| !is_ident(c)))
}

/// The fields' defaults of each user struct that derives `Default`.
/// The `Default::default()` of a value of type `t`, when the engine can
/// make it.
/// The std wrappers whose `default()` is their `new` of their content's
/// default (`Arc::default()`, `Mutex::default()`).
pub(crate) const DEFAULT_WRAPPERS: &[&str] = &["Arc", "Rc", "Box", "Mutex", "RwLock", "RefCell", "Cell"];

/// Whether a type holds `f32`s and whether it holds `f64`s, through
/// tuples, references, std containers and user types' fields.
pub(crate) fn float_widths(items: &items::Items, t: &ty::Ty, depth: u32) -> (bool, bool) {
    use ty::Ty;
    if depth > 8 {
        return (false, false);
    }
    let mut acc = (false, false);
    let mut add = |t: &Ty| {
        let (a, b) = float_widths(items, t, depth + 1);
        acc = (acc.0 || a, acc.1 || b);
    };
    match t {
        Ty::Float(ty::Float::F32) => return (true, false),
        Ty::Float(_) => return (false, true),
        Ty::Tuple(v) => v.iter().for_each(&mut add),
        Ty::Ref { inner: x, .. } | Ty::Array(x) | Ty::Slice(x) => add(x),
        Ty::Adt(id, args) => match items.adts.get(id.0 as usize) {
            Some(adt) if !adt.is_stub => {
                let fields: Vec<&items::FieldsDef> = match &adt.kind {
                    items::AdtKind::Struct(f) => vec![f],
                    items::AdtKind::Enum(vs) => vs.iter().map(|v| &v.fields).collect(),
                };
                for f in fields {
                    for ft in f.types() {
                        add(&ft.subst(args));
                    }
                }
            }
            _ => args.iter().for_each(&mut add),
        },
        _ => {}
    }
    acc
}

pub(crate) fn field_default(items: &items::Items, t: &ty::Ty, depth: u32) -> Option<FieldDefault> {
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
        Ty::Tuple(v) => FieldDefault::Tuple(v.iter().map(|x| field_default(items, x, depth + 1)).collect::<Option<Vec<_>>>()?),
        Ty::Adt(id, args) => {
            let adt = items.adts.get(id.0 as usize)?;
            if !adt.is_stub {
                if !adt.derives("Default") {
                    return None;
                }
                if written_impl(items, *id, "Default") {
                    return Some(FieldDefault::User(adt.name.clone()));
                }
                return match &adt.kind {
                    items::AdtKind::Struct(_) => Some(FieldDefault::Struct(adt.name.clone())),
                    items::AdtKind::Enum(vs) => {
                        let i = vs.iter().position(|v| v.is_default && matches!(v.fields, items::FieldsDef::Unit))?;
                        Some(FieldDefault::Variant(adt.name.clone(), i as u32))
                    }
                };
            }
            match adt.name.as_str() {
                "String" => FieldDefault::String,
                "Vec" | "VecDeque" => FieldDefault::Vec,
                "HashMap" | "BTreeMap" => FieldDefault::Map,
                "HashSet" | "BTreeSet" => FieldDefault::Set,
                "Option" => FieldDefault::None,
                n if DEFAULT_WRAPPERS.contains(&n) => {
                    let inner = field_default(items, args.first()?, depth + 1)?;
                    let new = match adt.name.as_str() {
                        "Arc" | "Rc" => "Arc::new".to_string(),
                        "Box" => "Box::new".to_string(),
                        _ => format!("{}::new", adt.path),
                    };
                    FieldDefault::New(new, Box::new(inner))
                }
                n if n.starts_with("Atomic") => {
                    let inner = if n == "AtomicBool" { FieldDefault::Bool } else { FieldDefault::Int };
                    FieldDefault::New(format!("{}::new", adt.path), Box::new(inner))
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// E0277: `impl Error for T` needs `T: Debug + Display`, as the trait's
/// supertraits; reported at the impl's type.
fn error_impl_bounds(file: &File, items: &items::Items, report: &mut Report) {
    for item in &file.items {
        let ItemKind::Impl(imp) = &item.kind else { continue };
        if !imp.trait_.as_ref().is_some_and(|t| t.last() == "Error") {
            continue;
        }
        let crate::ast::TypeKind::Path(p) = &imp.self_ty.kind else { continue };
        let Some(items::TypeDef::Adt(id)) = items.types.get(p.last()) else { continue };
        let Some(adt) = items.adts.get(id.0 as usize).filter(|a| !a.is_stub) else { continue };
        let at = imp.self_ty.span;
        if !adt.derives("Display") {
            report.types.push(
                Diagnostic::error(at, format!("`{}` doesn't implement `std::fmt::Display`", adt.name))
                    .with_code("E0277")
                    .with_label(at, "unsatisfied trait bound")
                    .with_note("note: required by a bound in `std::error::Error`: an error type is printed with `{}`; write `impl fmt::Display` for it"),
            );
        }
        if !adt.derives("Debug") {
            report.types.push(
                Diagnostic::error(at, format!("`{}` doesn't implement `Debug`", adt.name))
                    .with_code("E0277")
                    .with_label(at, format!("the trait `Debug` is not implemented for `{}`", adt.name))
                    .with_note(format!("note: add `#[derive(Debug)]` to `{}` or manually `impl Debug for {}`", adt.name, adt.name)),
            );
        }
    }
}

/// E0038: `dyn Trait` of a user trait that cannot be a trait object (an
/// associated const, an `async fn`, a function without `self`, a generic
/// method, `Self` in a signature, an `impl Trait` return), reported at each
/// `dyn Trait` as rustc does, with each reason at its item.
/// E0106, "missing lifetime specifier": a reference without a lifetime in
/// a struct's or enum's field, or in a function's return type when elision
/// has no single input lifetime to give it (`fn pick(a: &str, b: &str) ->
/// &str`, `fn make() -> &str`) and no `&self`. Read from the written types;
/// signatures with `Fn(..)` sugar, `fn(..)` pointers or `impl Trait` are
/// left alone (their own elision rules).
fn missing_lifetimes(file: &File, src: &str) -> Vec<Diagnostic> {
    use crate::ast::{Fields, Item, Type};
    use crate::span::Span;
    let text = |t: &Type| src.get(t.span.start as usize..t.span.end as usize).unwrap_or("");
    let skip = |s: &str| s.contains("Fn(") || s.contains("fn(") || s.contains("FnMut(") || s.contains("FnOnce(") || s.contains("impl ") || s.contains("'_");
    // The first `&` not followed by a lifetime.
    let elided = |t: &Type| -> Option<Span> {
        let s = text(t);
        let b = s.as_bytes();
        (0..b.len())
            .find(|&i| b[i] == b'&' && s[i + 1..].trim_start().as_bytes().first() != Some(&b'\''))
            .map(|i| Span::new(t.span.start as usize + i, t.span.start as usize + i + 1))
    };
    let error = |at: Span| {
        Diagnostic::error(at, "missing lifetime specifier")
            .with_code("E0106")
            .with_label(at, "expected named lifetime parameter")
            .with_note("help: a reference kept in a struct, or returned from a function with no single reference parameter, needs a named lifetime (`<'a>` ... `&'a str`); or own the value (`String`)")
    };
    // User types declared with a lifetime parameter (`struct Parser<'a>`).
    fn walk<'f>(items: &'f [Item], out: &mut Vec<&'f Item>) {
        for item in items {
            out.push(item);
            match &item.kind {
                ItemKind::Mod { items, .. } | ItemKind::Trait { items, .. } => walk(items, out),
                ItemKind::Impl(imp) => walk(&imp.items, out),
                _ => {}
            }
        }
    }
    let mut all = Vec::new();
    walk(&file.items, &mut all);
    let with_lifetime: Vec<&str> = all
        .iter()
        .filter_map(|it| match &it.kind {
            ItemKind::Struct(s) => Some(&s.name),
            ItemKind::Enum(e) => Some(&e.name),
            _ => None,
        })
        .filter(|name| {
            let rest = src.get(name.span.end as usize..).unwrap_or("");
            let head = &rest[..rest.find(['{', '(', ';']).unwrap_or(rest.len())];
            head.contains('\'')
        })
        .map(|name| name.name.as_str())
        .collect();
    let mut out = Vec::new();
    for item in all {
        match &item.kind {
            ItemKind::Struct(crate::ast::StructDecl { fields, .. }) => {
                let tys: Vec<&Type> = match fields {
                    Fields::Named(fs) => fs.iter().map(|(_, t)| t).collect(),
                    Fields::Tuple(ts) => ts.iter().collect(),
                    Fields::Unit => Vec::new(),
                };
                if let Some(at) = tys.into_iter().filter(|t| !skip(text(t))).find_map(elided) {
                    out.push(error(at));
                }
            }
            ItemKind::Enum(e) => {
                for v in &e.variants {
                    let tys: Vec<&Type> = match &v.fields {
                        Fields::Named(fs) => fs.iter().map(|(_, t)| t).collect(),
                        Fields::Tuple(ts) => ts.iter().collect(),
                        Fields::Unit => Vec::new(),
                    };
                    if let Some(at) = tys.into_iter().filter(|t| !skip(text(t))).find_map(elided) {
                        out.push(error(at));
                        break;
                    }
                }
            }
            ItemKind::Fn(f) => {
                let Some(ret) = &f.ret else { continue };
                if skip(text(ret)) || f.self_param.as_ref().is_some_and(|s| s.is_ref || s.ty.is_some()) {
                    continue;
                }
                let Some(at) = elided(ret) else { continue };
                let params: Vec<&str> = f.params.iter().map(|p| text(&p.ty)).collect();
                if params.iter().any(|p| skip(p)) {
                    continue;
                }
                // Input lifetime positions: each reference, each other
                // written lifetime, each type with a hidden one.
                let mut inputs = 0;
                for p in &params {
                    inputs += p.matches('&').count();
                    let b = p.as_bytes();
                    inputs += (0..b.len()).filter(|&i| b[i] == b'\'' && !p[..i].trim_end().ends_with('&')).count();
                    inputs += p.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| with_lifetime.contains(w)).count();
                }
                if inputs != 1 {
                    out.push(error(at));
                }
            }
            _ => {}
        }
    }
    out
}

fn dyn_compatibility(file: &File, src: &str, report: &mut Report) {
    use crate::ast::{Item, Type, TypeKind};
    use crate::lexer::TokenKind;
    use crate::span::Span;
    /// The user's traits, and the spans of function bodies.
    fn walk<'f>(items: &'f [Item], out: &mut Vec<(&'f crate::ast::Ident, &'f [Item])>, bodies: &mut Vec<Span>) {
        for item in items {
            match &item.kind {
                ItemKind::Mod { items, .. } => walk(items, out, bodies),
                ItemKind::Trait { name, items, .. } => {
                    out.push((name, items));
                    walk(items, &mut Vec::new(), bodies);
                }
                ItemKind::Impl(imp) => walk(&imp.items, &mut Vec::new(), bodies),
                ItemKind::Fn(f) if f.has_body => bodies.push(f.body.span),
                _ => {}
            }
        }
    }
    /// Where a written type names `Self` itself (not `Self::Item`).
    fn bare_self(t: &Type) -> bool {
        match &t.kind {
            TypeKind::Path(p) => p.is_single("Self") || p.segments.iter().any(|s| s.generics.iter().any(bare_self)),
            TypeKind::Ref { inner, .. } => bare_self(inner),
            TypeKind::Tuple(ts) => ts.iter().any(bare_self),
            TypeKind::Array { elem, .. } => bare_self(elem),
            _ => false,
        }
    }
    let (mut all, mut bodies) = (Vec::new(), Vec::new());
    walk(&file.items, &mut all, &mut bodies);
    if all.is_empty() || !src.contains("dyn") {
        return;
    }
    let text = |s: Span| src.get(s.start as usize..s.end as usize).unwrap_or("");
    // Each trait's reasons, once.
    let reasons = |items: &[Item]| -> Vec<(Span, String)> {
        let mut out = Vec::new();
        for it in items {
            match &it.kind {
                ItemKind::Const { name, .. } => out.push((name.span, format!("...because it contains associated const `{}`", name.name))),
                ItemKind::Fn(f) => {
                    let sized = f.bounds.iter().any(|(g, ps)| g.name == "Self" && ps.iter().any(|p| p.last() == "Sized"));
                    if sized {
                        continue;
                    }
                    let name = &f.name.name;
                    if f.self_param.is_none() {
                        out.push((f.name.span, format!("...because associated function `{name}` has no `self` parameter")));
                        continue;
                    }
                    if f.is_async {
                        out.push((f.name.span, format!("...because method `{name}` is `async`")));
                    }
                    if let Some(g) = f.generics.first() {
                        out.push((g.span, format!("...because method `{name}` has generic type parameters")));
                    }
                    for p in &f.params {
                        if bare_self(&p.ty) {
                            out.push((p.ty.span, format!("...because method `{name}` references the `Self` type in this parameter")));
                        }
                    }
                    if let Some(r) = &f.ret {
                        if bare_self(r) {
                            out.push((r.span, format!("...because method `{name}` references the `Self` type in its return type")));
                        } else if matches!(r.kind, TypeKind::Impl(_)) && text(r.span).starts_with("impl") {
                            out.push((r.span, format!("...because method `{name}` references an `impl Trait` type in its return type")));
                        }
                    }
                }
                _ => {}
            }
        }
        out
    };
    let toks = crate::lexer::tokenize(src).tokens;
    let ident = |i: usize| toks.get(i).filter(|t| matches!(t.kind, TokenKind::Ident { .. })).map(|t| (text(t.span), t.span));
    for i in 0..toks.len() {
        if ident(i).is_none_or(|(w, _)| w != "dyn") {
            continue;
        }
        // `dyn a::b::Trait`: the path's last name, and the span `dyn ..Trait`.
        let mut j = i + 1;
        let Some((mut name, mut end)) = ident(j) else { continue };
        while matches!(toks.get(j + 1).map(|t| &t.kind), Some(TokenKind::Punct(crate::lexer::Punct::PathSep)))
            && let Some((n, e)) = ident(j + 2)
        {
            (name, end, j) = (n, e, j + 2);
        }
        // `dyn std::error::Error` is std's, whatever the user's traits are called.
        let first = ident(i + 1).map_or("", |(w, _)| w);
        if j > i + 1 && matches!(first, "std" | "core" | "alloc" | "tokio" | "futures") {
            continue;
        }
        let Some((tname, titems)) = all.iter().find(|(n, _)| n.name == name) else { continue };
        let why = reasons(titems);
        if why.is_empty() {
            continue;
        }
        // In a signature or a field rustc points at `dyn Trait`, in a body
        // at the trait's name.
        let start = toks[i].span.start;
        let in_body = bodies.iter().any(|b| b.start < start && start < b.end);
        let at = Span::new(if in_body { toks[i + 1].span.start as usize } else { start as usize }, end.end as usize);
        let mut d = Diagnostic::error(at, format!("the trait `{name}` is not dyn compatible"))
            .with_code("E0038")
            .with_label(at, format!("`{name}` is not dyn compatible"))
            .with_label(tname.span, "this trait is not dyn compatible...");
        for (s, w) in why {
            d = d.with_label(s, w);
        }
        report.types.push(d.with_note("note: for a trait to be dyn compatible it needs to allow building a vtable"));
    }
}

fn derived_defaults(items: &items::Items, report: &mut Report) {
    for (i, adt) in items.adts.iter().enumerate() {
        if adt.is_stub || !adt.derives("Default") || written_impl(items, ty::AdtId(i as u32), "Default") {
            continue;
        }
        match &adt.kind {
            items::AdtKind::Struct(fields) => {
                if let Some(d) = fields.types().into_iter().map(|t| field_default(items, t, 0)).collect::<Option<Vec<_>>>() {
                    report.facts.derived_defaults.insert(adt.name.clone(), d);
                }
            }
            // An enum's default is its `#[default]` variant (no fields).
            items::AdtKind::Enum(vs) => {
                if let Some(i) = vs.iter().position(|v| v.is_default && matches!(v.fields, items::FieldsDef::Unit)) {
                    report.facts.derived_defaults.insert(adt.name.clone(), vec![FieldDefault::Variant(adt.name.clone(), i as u32)]);
                }
            }
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
    // `flavor = "local"` is a `LocalRuntime`: current_thread, simulated.
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

/// A `&mut` a std or Tokio method hands out into a place of its receiver,
/// which the compiler names as a place (the VM has no references): the
/// element a map's or vector's `get_mut` finds, what an entry's
/// `or_insert` leaves in the map, a lock's value through `get_mut`. The
/// receiver is a variable or a field path of one, so the place it names
/// stays put while the `&mut` lives (the borrow checker keeps the rest).
#[derive(Clone, Copy, Debug)]
pub enum RefForm<'e> {
    /// `Option<&mut _>` of an element: `recv.get_mut(key)`, `first_mut()`
    /// / `front_mut()`, `last_mut()` / `back_mut()`.
    Elem { recv: &'e crate::ast::Expr, at: ElemAt<'e>, map: bool },
    /// `&mut V` of `recv.entry(key)[.and_modify(f)].or_insert(v)` (and
    /// `or_insert_with(f)`, `or_default()`).
    Entry { recv: &'e crate::ast::Expr, key: &'e crate::ast::Expr, modify: Option<&'e crate::ast::Expr>, fill: EntryFill<'e>, span: crate::span::Span },
    /// `recv.get_mut()` of a Tokio `Mutex` or `RwLock` (`&mut T`), or of
    /// std's `Mutex` (`LockResult<&mut T>`, `std` true).
    Lock { recv: &'e crate::ast::Expr, std: bool, span: crate::span::Span },
    /// `&mut T` of an `Option<T>`'s value, filled first when it is `None`:
    /// `recv.get_or_insert(v)`, `get_or_insert_with(f)`,
    /// `get_or_insert_default()`; or always (`replace` true): `recv.insert(v)`.
    Fill { recv: &'e crate::ast::Expr, fill: EntryFill<'e>, replace: bool, span: crate::span::Span },
    /// `&mut [T]` of all of `recv`: a `VecDeque`'s `make_contiguous()`
    /// (a `VecDeque` runs as a `Vec`, always contiguous).
    Whole { recv: &'e crate::ast::Expr },
    /// `Option<&mut T>` (`Result<&mut T, E>` when `result`) of an element
    /// of the receiver's collection, from a user method
    /// ([`returned_elem`]): `bank.account(1)`.
    Ret { call: &'e crate::ast::Expr, recv: &'e crate::ast::Expr },
}

#[derive(Clone, Copy, Debug)]
pub enum ElemAt<'e> {
    Key(&'e crate::ast::Expr),
    First,
    Last,
    /// The element an iterator over `&mut` elements picks with a closure:
    /// `iter_mut().find(f)` (from the back after `.rev()`),
    /// `iter_mut().min_by_key(f)` / `max_by_key(f)`.
    Pick(Pick, &'e crate::ast::Expr),
    /// The value of an `Option` (`opt.as_mut()`): its `Some`'s field.
    OptValue,
}

/// How [`ElemAt::Pick`] picks its element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Find,
    RevFind,
    MinByKey,
    MaxByKey,
}

impl Pick {
    /// The pick of `iter_mut()[.rev()].name(f)`.
    pub fn of(name: &str, rev: bool) -> Option<Pick> {
        Some(match (name, rev) {
            ("find", false) => Pick::Find,
            ("find", true) => Pick::RevFind,
            ("min_by_key", false) => Pick::MinByKey,
            ("max_by_key", false) => Pick::MaxByKey,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug)]
pub enum EntryFill<'e> {
    Value(&'e crate::ast::Expr),
    With(&'e crate::ast::Expr),
    Default,
}

type MethodPaths = crate::map::SortedMap<(u32, u32), (String, bool)>;

/// What a `for` loop over `&mut` elements binds (see
/// [`TypeFacts::iter_mut_loops`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterMut {
    /// A vector's, slice's or `VecDeque`'s elements (`for x in v.iter_mut()`).
    Elems,
    /// A map's `(key, value)` pairs (`for (k, v) in m.iter_mut()`).
    Pairs,
    /// A map's values (`for v in m.values_mut()`).
    Values,
    /// A vector's elements with their indices (`for (i, x) in
    /// v.iter_mut().enumerate()`).
    Enumerated,
}

/// The variable or field path a `for` loop iterates mutably, if `iter` is
/// `p.iter_mut()` / `p.values_mut()` / `&mut p` (the kind from the types).
pub fn iter_mut_recv(iter: &crate::ast::Expr) -> Option<&crate::ast::Expr> {
    use crate::ast::ExprKind;
    match &iter.kind {
        ExprKind::MethodCall { receiver, method, args, .. } if args.is_empty() && matches!(method.name.as_str(), "iter_mut" | "values_mut") => {
            is_field_path(receiver).then_some(&**receiver)
        }
        ExprKind::Ref { is_mut: true, expr } => is_field_path(expr).then_some(&**expr),
        ExprKind::MethodCall { receiver, method, args, .. } if args.is_empty() && method.name == "enumerate" => match &receiver.kind {
            ExprKind::MethodCall { receiver: r, method: m, args: a, .. } if a.is_empty() && m.name == "iter_mut" => is_field_path(r).then_some(&**r),
            _ => None,
        },
        _ => None,
    }
}

/// A variable, or a field path of one (`self.counts`, `st.0.map`).
pub fn is_field_path(e: &crate::ast::Expr) -> bool {
    use crate::ast::ExprKind;
    match &e.kind {
        ExprKind::Path(p) => p.segments.len() == 1,
        ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) => is_field_path(x),
        _ => false,
    }
}

/// `e` as a [`RefForm`], by the methods the checker resolved.
pub fn ref_form<'e>(e: &'e crate::ast::Expr, paths: &MethodPaths) -> Option<RefForm<'e>> {
    use crate::ast::ExprKind;
    let ExprKind::MethodCall { receiver, method, args, .. } = &e.kind else { return None };
    if paths.get(&(e.span.start, e.span.end)).is_some_and(|(p, _)| p == RET_ELEM) {
        return Some(RefForm::Ret { call: e, recv: receiver });
    }
    let (path, _) = paths.get(&(method.span.start, method.span.end))?;
    let (owner, name) = path.rsplit_once("::")?;
    if owner == "std::iter::Iter"
        && let Some(form) = picked_elem(receiver, name, args, paths)
    {
        return Some(form);
    }
    match (owner, name, args.as_slice()) {
        ("std::collections::HashMap" | "std::collections::BTreeMap", "get_mut", [k]) if is_field_path(receiver) => {
            Some(RefForm::Elem { recv: receiver, at: ElemAt::Key(k), map: true })
        }
        ("slice" | "std::vec::Vec" | "std::collections::VecDeque", "get_mut", [k]) if is_field_path(receiver) && is_index_arg(k) => {
            Some(RefForm::Elem { recv: receiver, at: ElemAt::Key(k), map: false })
        }
        ("slice" | "std::vec::Vec" | "std::collections::VecDeque", "first_mut" | "front_mut", []) if is_field_path(receiver) => {
            Some(RefForm::Elem { recv: receiver, at: ElemAt::First, map: false })
        }
        ("slice" | "std::vec::Vec" | "std::collections::VecDeque", "last_mut" | "back_mut", []) if is_field_path(receiver) => {
            Some(RefForm::Elem { recv: receiver, at: ElemAt::Last, map: false })
        }
        ("tokio::sync::Mutex" | "tokio::sync::RwLock", "get_mut", []) if is_field_path(receiver) => {
            Some(RefForm::Lock { recv: receiver, std: false, span: method.span })
        }
        ("std::sync::Mutex", "get_mut", []) if is_field_path(receiver) => Some(RefForm::Lock { recv: receiver, std: true, span: method.span }),
        ("std::collections::VecDeque", "make_contiguous", []) if is_field_path(receiver) => Some(RefForm::Whole { recv: receiver }),
        ("std::option::Option", "as_mut", []) if is_field_path(receiver) => Some(RefForm::Elem { recv: receiver, at: ElemAt::OptValue, map: false }),
        ("std::option::Option", "get_or_insert" | "get_or_insert_with" | "get_or_insert_default" | "insert", _) if is_field_path(receiver) => {
            let fill = match (name, args.as_slice()) {
                ("get_or_insert" | "insert", [v]) => EntryFill::Value(v),
                ("get_or_insert_with", [f]) => EntryFill::With(f),
                ("get_or_insert_default", []) => EntryFill::Default,
                _ => return None,
            };
            Some(RefForm::Fill { recv: receiver, fill, replace: name == "insert", span: method.span })
        }
        ("std::collections::hash_map::Entry" | "std::collections::btree_map::Entry", "or_insert" | "or_insert_with" | "or_default", _) => {
            let fill = match (name, args.as_slice()) {
                ("or_insert", [v]) => EntryFill::Value(v),
                ("or_insert_with", [f]) => EntryFill::With(f),
                ("or_default", []) => EntryFill::Default,
                _ => return None,
            };
            let (mut inner, mut modify) = (&**receiver, None);
            if let ExprKind::MethodCall { receiver: r, method: m, args: a, .. } = &inner.kind
                && m.name == "and_modify"
                && let [f] = a.as_slice()
            {
                modify = Some(f);
                inner = r;
            }
            let (map, key) = entry_call(inner, paths)?;
            Some(RefForm::Entry { recv: map, key, modify, fill, span: method.span })
        }
        _ => None,
    }
}

/// `v.iter_mut()[.rev()].find(f)`, `v.iter_mut().min_by_key(f)` and
/// `max_by_key(f)` of a vector, slice or `VecDeque` at a field path: the
/// element picked, as a [`RefForm::Elem`]. (`iter` is the receiver of the
/// picking call `name`, which `paths` resolved on `std::iter::Iter`.)
fn picked_elem<'e>(iter: &'e crate::ast::Expr, name: &str, args: &'e [crate::ast::Expr], paths: &MethodPaths) -> Option<RefForm<'e>> {
    use crate::ast::ExprKind;
    fn call<'e, 'p>(e: &'e crate::ast::Expr, paths: &'p MethodPaths) -> Option<(&'e crate::ast::Expr, &'p str)> {
        let ExprKind::MethodCall { receiver, method, args, .. } = &e.kind else { return None };
        let (path, _) = paths.get(&(method.span.start, method.span.end))?;
        args.is_empty().then_some((&**receiver, path.as_str()))
    }
    let [f] = args else { return None };
    let (mut inner, mut rev) = (iter, false);
    if let Some((r, "std::iter::Iter::rev")) = call(inner, paths) {
        (inner, rev) = (r, true);
    }
    let (recv, "slice::iter_mut" | "std::vec::Vec::iter_mut" | "std::collections::VecDeque::iter_mut") = call(inner, paths)? else { return None };
    let pick = Pick::of(name, rev)?;
    is_field_path(recv).then_some(RefForm::Elem { recv, at: ElemAt::Pick(pick, f), map: false })
}

/// `map.entry(key)` of a `HashMap` or `BTreeMap` that is a variable's (or
/// its field's), or a temporary's (`m.lock().await.entry(k)`, through the
/// guard): the map and the key.
pub fn entry_call<'e>(e: &'e crate::ast::Expr, paths: &MethodPaths) -> Option<(&'e crate::ast::Expr, &'e crate::ast::Expr)> {
    use crate::ast::ExprKind;
    let ExprKind::MethodCall { receiver: map, method, args, .. } = &e.kind else { return None };
    let (p, _) = paths.get(&(method.span.start, method.span.end))?;
    if !matches!(p.as_str(), "std::collections::HashMap::entry" | "std::collections::BTreeMap::entry")
        || !(is_field_path(map) || !matches!(map.kind, ExprKind::Path(_)))
    {
        return None;
    }
    let [key] = args.as_slice() else { return None };
    Some((map, key))
}

/// An index argument of a vector's `get_mut`, not a range.
fn is_index_arg(e: &crate::ast::Expr) -> bool {
    !matches!(e.kind, crate::ast::ExprKind::Range { .. })
}

/// A `&mut` place expression: a [`RefForm`] that is a `&mut` itself
/// (`entry`'s, a Tokio lock's `get_mut`), or one unwrapped from its
/// `Option`/`Result` by `.unwrap()` or `.expect(..)`: the form and the
/// unwrapping call (method name span and `expect`'s message).
/// The local path `e` reborrows whole, and whether that needs it to be a
/// pinned `self`: `&mut *r` (no), `self.get_mut()`, `Pin::get_mut(self)`,
/// `Pin::into_inner(self)` (yes). The checker decides which of these are
/// reborrows of a `&mut` parameter (`TypeFacts::param_reborrows`).
pub fn reborrow_root(e: &crate::ast::Expr) -> Option<(&crate::ast::Expr, bool)> {
    use crate::ast::{ExprKind, UnOp};
    let path = |x: &'_ crate::ast::Expr| matches!(x.unparen().kind, ExprKind::Path(ref p) if p.segments.len() == 1);
    match &e.unparen().kind {
        ExprKind::Ref { is_mut: true, expr } => match &expr.unparen().kind {
            ExprKind::Unary(UnOp::Deref, x) if path(x) => Some((x.unparen(), false)),
            _ => None,
        },
        ExprKind::MethodCall { receiver, method, args, .. } if method.name == "get_mut" && args.is_empty() && path(receiver) => {
            Some((receiver.unparen(), true))
        }
        ExprKind::Call { func, args } => match (&func.kind, args.as_slice()) {
            (ExprKind::Path(p), [x]) if path(x) && matches!(p.names()[..], [.., "Pin", "get_mut" | "into_inner"]) => Some((x.unparen(), true)),
            _ => None,
        },
        _ => None,
    }
}

pub fn ref_place_form<'e>(
    e: &'e crate::ast::Expr,
    paths: &MethodPaths,
) -> Option<(RefForm<'e>, Option<(&'e crate::ast::Ident, Option<&'e crate::ast::Expr>)>)> {
    use crate::ast::ExprKind;
    match &e.kind {
        ExprKind::Paren(x) => ref_place_form(x, paths),
        // `m.get_mut(&k).ok_or(e)?` (or `ok_or_else(|| e)?`), and so of a
        // user method returning `Option<&mut T>`: the element, or the
        // error returned.
        ExprKind::Try(x)
            if let ExprKind::MethodCall { receiver, method, args, .. } = &x.unparen().kind
                && matches!(method.name.as_str(), "ok_or" | "ok_or_else")
                && let [arg] = args.as_slice() =>
        {
            match ref_form(receiver, paths)? {
                f @ (RefForm::Elem { .. } | RefForm::Ret { .. }) => Some((f, Some((method, Some(arg))))),
                _ => None,
            }
        }
        // `bank.account(id)?` of a method returning `Result<&mut T, E>`.
        ExprKind::Try(x) => match ref_form(x, paths)? {
            f @ RefForm::Ret { .. } => Some((f, None)),
            _ => None,
        },
        ExprKind::MethodCall { receiver, method, args, .. } if matches!(method.name.as_str(), "unwrap" | "expect") => {
            let form = ref_form(receiver, paths)?;
            if !matches!(form, RefForm::Elem { .. } | RefForm::Lock { std: true, .. } | RefForm::Ret { .. }) {
                return None;
            }
            let msg = match (method.name.as_str(), args.as_slice()) {
                ("unwrap", []) => None,
                ("expect", [m]) => Some(m),
                _ => return None,
            };
            Some((form, Some((method, msg))))
        }
        _ => match ref_form(e, paths)? {
            f @ (RefForm::Entry { .. } | RefForm::Lock { std: false, .. } | RefForm::Fill { .. } | RefForm::Whole { .. }) => Some((f, None)),
            _ => None,
        },
    }
}

/// `match m.get_mut(&k) { Some(x) => .., None => .. }` (or `_`, either
/// order, no guards), on an element [`RefForm`]: the form and which arm is
/// `Some(x)`. The compiler makes `x` name the element's place.
pub fn match_ref_arms<'e>(scrutinee: &'e crate::ast::Expr, arms: &'e [crate::ast::Arm], paths: &MethodPaths) -> Option<(RefForm<'e>, usize)> {
    use crate::ast::PatKind;
    let form = ref_form(scrutinee, paths)?;
    if !matches!(form, RefForm::Elem { .. } | RefForm::Ret { .. }) {
        return None;
    }
    let [a, b] = arms else { return None };
    if a.guard.is_some() || b.guard.is_some() {
        return None;
    }
    // A method's `Result<&mut T, E>`: `Ok(x)`, and `Err(e)` (any pattern).
    let result = matches!(form, RefForm::Ret { .. });
    let some = |p: &crate::ast::Pat| {
        matches!(&p.kind, PatKind::TupleStruct(path, subs) if (path.names().last() == Some(&"Some") || (result && path.names().last() == Some(&"Ok")))
            && matches!(subs.as_slice(), [x] if ref_bindings(x).is_some()))
    };
    let none = |p: &crate::ast::Pat| match &p.kind {
        PatKind::Wild => true,
        PatKind::Path(path) => path.is_single("None"),
        PatKind::Ident { name, sub: None, .. } => name.name == "None",
        PatKind::TupleStruct(path, subs) => result && path.names().last() == Some(&"Err") && subs.len() == 1,
        _ => false,
    };
    if some(&a.pat) && none(&b.pat) {
        Some((form, 0))
    } else if some(&b.pat) && none(&a.pat) {
        Some((form, 1))
    } else {
        None
    }
}

/// What a pattern on a `&mut` element binds, when each binding can name a
/// place in it: `x` (the element), or a tuple of names and `_` (`(_, c)`:
/// `c` is the element's field 1), none by `ref` or `mut`.
pub fn ref_bindings(p: &crate::ast::Pat) -> Option<Vec<(Option<u32>, &crate::ast::Ident)>> {
    use crate::ast::PatKind;
    match &p.kind {
        PatKind::Ident { name, is_mut: false, by_ref: false, sub: None } => Some(vec![(None, name)]),
        PatKind::Tuple(ps) => {
            let mut out = Vec::new();
            for (i, q) in ps.iter().enumerate() {
                match &q.kind {
                    PatKind::Wild => {}
                    PatKind::Ident { name, is_mut: false, by_ref: false, sub: None } => out.push((Some(i as u32), name)),
                    _ => return None,
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// The marker a call of a [`returned_elem`] method is recorded under in
/// the method paths, keyed by the whole call's span.
pub const RET_ELEM: &str = "#returned-elem";

/// A `&mut self` method that returns `Option<&mut T>` (or `Result<&mut T,
/// E>`) of an element of its own collection, plainly:
/// `self.accounts.get_mut(&id)`, `self.items.iter_mut().find(..)`,
/// `first_mut()`, `last_mut()`, optionally `.ok_or(..)`/`.ok_or_else(..)`,
/// with no `return`. The tail's element call (`get_mut(..)`), its
/// collection (`self.accounts`), and the `ok_or` wrapper. The caller
/// names the element in its own receiver (`TypeFacts`'s
/// [`RET_ELEM`] calls); the method hands the key over (`Op::SetRetKey`).
/// Syntactic: the compiler confirms the element call with the resolved
/// method paths ([`ref_form`]).
pub fn returned_elem<'e>(f: &'e crate::ast::FnDecl, src: &str) -> Option<(&'e crate::ast::Expr, Option<&'e crate::ast::Expr>)> {
    use crate::ast::{ExprKind, StmtKind, TypeKind};
    let TypeKind::Path(rp) = &f.ret.as_ref()?.kind else { return None };
    if !matches!(rp.last(), "Option" | "Result") || !matches!(rp.segments.last()?.generics.first().map(|g| &g.kind), Some(TypeKind::Ref { is_mut: true, .. })) {
        return None;
    }
    if f.is_async || !f.has_body || !f.self_param.as_ref().is_some_and(|s| s.is_ref && s.is_mut && s.ty.is_none()) {
        return None;
    }
    let text = src.get(f.body.span.start as usize..f.body.span.end as usize)?;
    if text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w == "return") {
        return None;
    }
    let StmtKind::Expr { expr: tail, semi: false } = &f.body.stmts.last()?.kind else { return None };
    let mut elem = tail.unparen();
    let mut wrap = None;
    if let ExprKind::MethodCall { receiver, method, args, .. } = &elem.kind
        && matches!(method.name.as_str(), "ok_or" | "ok_or_else")
        && args.len() == 1
        && rp.last() == "Result"
    {
        wrap = Some(elem);
        elem = receiver;
    }
    let ExprKind::MethodCall { receiver, method, .. } = &elem.kind else { return None };
    let recv = match method.name.as_str() {
        "get_mut" | "first_mut" | "last_mut" | "front_mut" | "back_mut" => &**receiver,
        "find" | "min_by_key" | "max_by_key" => {
            let mut r = &**receiver;
            if let ExprKind::MethodCall { receiver: inner, method: m, .. } = &r.kind
                && m.name == "rev"
            {
                r = inner;
            }
            let ExprKind::MethodCall { receiver: inner, method: m, .. } = &r.kind else { return None };
            if m.name != "iter_mut" {
                return None;
            }
            inner
        }
        _ => return None,
    };
    // A field path of `self`.
    let mut root = recv;
    while let ExprKind::Field(b, _) | ExprKind::TupleField(b, _, _) | ExprKind::Paren(b) = &root.kind {
        root = b;
    }
    let self_rooted = matches!(&root.kind, ExprKind::Path(p) if p.is_single("self")) && !std::ptr::eq(root, recv);
    (self_rooted && (rp.last() == "Option") == wrap.is_none()).then_some((elem, wrap))
}

/// A step from a `&mut` parameter to the place a function returns a
/// `&mut` to (see [`returned_place`]).
#[derive(Clone, Copy, Debug)]
pub enum RetStep<'e> {
    Field(&'e str),
    Pos(u32),
    /// An index that is an integer literal (`&mut v[0]`).
    Index(&'e crate::ast::Expr),
    /// Any other index (`&mut self.data[r * self.cols + c]`): the function
    /// computes it and hands it to its caller.
    Computed(&'e crate::ast::Expr),
}

/// Where the `&mut` a user function returns points, when its body says
/// so plainly: its tail is a `&mut` parameter (`self` in a builder's
/// `fn push(&mut self, ..) -> &mut Self { ..; self }`), or `&mut` of a
/// field path of one, with literal indices (`&mut self.v`, `&mut v[0]`).
/// The parameter (0 is `self` for a method) and the steps. The VM has no
/// references: the caller names that place inside its own argument.
/// Nothing for a body with a `return` or any other tail (a branch between
/// fields, a call): the caller then says "not supported yet".
/// The parameters (counting `self` first) whose borrows a function's
/// returned reference may carry: those whose reference has the returned
/// reference's lifetime (`fn longest<'a>(x: &'a str, y: &'a str) -> &'a
/// str`: both), else by elision `&self`, else the one reference parameter.
/// `None` when the function returns no reference or `&'static`.
pub fn returned_ref_params(f: &crate::ast::FnDecl, src: &str) -> Option<Vec<usize>> {
    use crate::ast::TypeKind;
    let ret = f.ret.as_ref()?;
    if !matches!(ret.kind, TypeKind::Ref { .. }) {
        return None;
    }
    // The lifetime written after `&`: "" when elided.
    let lifetime = |t: &crate::ast::Type| -> Option<String> {
        if !matches!(t.kind, TypeKind::Ref { .. }) {
            return None;
        }
        let text = src.get(t.span.start as usize..t.span.end as usize)?.trim_start_matches('&').trim_start();
        Some(match text.strip_prefix('\'') {
            Some(rest) => rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("").to_string(),
            None => String::new(),
        })
    };
    let want = lifetime(ret)?;
    if want == "static" {
        return None;
    }
    let off = usize::from(f.self_param.is_some());
    let refs: Vec<(usize, String)> = f.params.iter().enumerate().filter_map(|(i, p)| lifetime(&p.ty).map(|l| (i + off, l))).collect();
    if !want.is_empty() {
        let ps: Vec<usize> = refs.iter().filter(|(_, l)| *l == want).map(|(i, _)| *i).collect();
        return (!ps.is_empty()).then_some(ps);
    }
    if f.self_param.as_ref().is_some_and(|s| s.is_ref) {
        return Some(vec![0]);
    }
    match &refs[..] {
        [(i, _)] => Some(vec![*i]),
        _ => None,
    }
}

pub fn returned_place<'e>(f: &'e crate::ast::FnDecl, src: &str) -> Option<(usize, Vec<RetStep<'e>>)> {
    use crate::ast::{ExprKind, Lit, PatKind, StmtKind, TypeKind, UnOp};
    if !matches!(f.ret.as_ref()?.kind, TypeKind::Ref { is_mut: true, .. }) || !f.has_body || f.is_async {
        return None;
    }
    let text = src.get(f.body.span.start as usize..f.body.span.end as usize)?;
    if text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w == "return") {
        return None;
    }
    let StmtKind::Expr { expr: tail, semi: false } = &f.body.stmts.last()?.kind else { return None };
    let param = |name: &str| -> Option<usize> {
        let off = usize::from(f.self_param.is_some());
        if name == "self" {
            return f.self_param.as_ref().filter(|s| s.is_ref && s.is_mut && s.ty.is_none()).map(|_| 0);
        }
        f.params
            .iter()
            .position(|p| {
                matches!(&p.pat.kind, PatKind::Ident { name: n, is_mut: false, by_ref: false, sub: None } if n.name == name)
                    && matches!(p.ty.kind, TypeKind::Ref { is_mut: true, .. })
            })
            .map(|i| i + off)
    };
    fn path_name(e: &crate::ast::Expr) -> Option<&str> {
        match &e.kind {
            ExprKind::Path(p) if p.segments.len() == 1 => Some(p.last()),
            ExprKind::Paren(x) => path_name(x),
            _ => None,
        }
    }
    let e = tail.unparen();
    if let Some(name) = path_name(e) {
        return Some((param(name)?, Vec::new()));
    }
    let ExprKind::Ref { is_mut: true, expr } = &e.kind else { return None };
    let mut steps = Vec::new();
    let mut cur: &crate::ast::Expr = expr;
    loop {
        match &cur.kind {
            ExprKind::Paren(x) => cur = x,
            ExprKind::Field(b, name) => {
                steps.push(RetStep::Field(name.name.as_str()));
                cur = b;
            }
            ExprKind::TupleField(b, i, _) => {
                steps.push(RetStep::Pos(*i));
                cur = b;
            }
            ExprKind::Index(b, i) if matches!(i.kind, ExprKind::Lit(Lit::Int { .. })) => {
                steps.push(RetStep::Index(i));
                cur = b;
            }
            ExprKind::Index(b, i) => {
                steps.push(RetStep::Computed(i));
                cur = b;
            }
            // `&mut *self`: the parameter's own place.
            ExprKind::Unary(UnOp::Deref, x) if path_name(x).is_some() => cur = x,
            ExprKind::Path(_) => break,
            _ => return None,
        }
    }
    steps.reverse();
    Some((param(path_name(cur)?)?, steps))
}
