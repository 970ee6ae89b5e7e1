//! Types each function body and makes the checks that need types.
//!
//! One walk per body: expressions get types by unification, with the
//! expected type flowing down where Rust has one (`let x: T = ..`,
//! arguments, returns). Methods are resolved on the receiver's type,
//! trying it and then what it derefs to (`MutexGuard<Vec<T>>` → `Vec<T>` →
//! `[T]`). The same walk checks places for mutability, records what async
//! blocks capture and which non-`Send` locals live across each `.await`.

use crate::map::SortedMap;
use std::sync::Arc as Rc;

use super::Report;
use super::borrows::{self, AccessKind, Facts, Holder, Kind, Loan, Place};
use super::items::{self, AdtKind, AssocItem, FieldsDef, FnId, FnSig, Items, SelfKind, TypeDef, UserItems, ValueDef};
use super::moves::{MovePass, Uses};
use super::ty::{self, AdtId, Float, Int, Table, Ty, VarKind};
use crate::ast::{self, BinOp, Block, Expr, ExprKind, Lit, MacroArgs, Pat, PatKind, Path, StmtKind, UnOp};
use crate::diag::Diagnostic;
use crate::span::Span;

pub fn check_bodies(items: &Items, user: &UserItems<'_>, src: &str, report: &mut Report) {
    report.resolve.extend(user.errors.iter().cloned());
    let mut witnesses: SortedMap<FnId, Witness> = SortedMap::new();
    // (index of the spawning body in `body_errors`, spawned fn, argument)
    let mut spawns: Vec<(usize, FnId, Span)> = Vec::new();
    let mut body_errors: Vec<(Vec<Diagnostic>, Vec<Diagnostic>)> = Vec::new();
    let mut ret_place_fns = crate::map::SortedMap::new();
    let mut ret_elem_fns = crate::map::SortedSet::new();
    let mut ret_ref_fns = crate::map::SortedMap::new();
    for &(id, decl) in &user.bodies {
        if let Some(params) = super::returned_ref_params(decl, src) {
            ret_ref_fns.insert(id, params);
        }
        if let Some((param, _)) = super::returned_place(decl, src) {
            ret_place_fns.insert(id, param);
        }
        if super::returned_elem(decl, src).is_some() {
            ret_elem_fns.insert(id);
        }
    }
    for &(id, decl) in &user.bodies {
        let Some(sig) = items.fns.get(id.0 as usize).cloned() else { continue };
        let mut cx = Body::new(items, src, &sig);
        cx.ret_place_fns = ret_place_fns.clone();
        cx.ret_elem_fns = ret_elem_fns.clone();
        cx.ret_ref_fns = ret_ref_fns.clone();
        cx.check_fn(decl, &sig);
        cx.judge_arith_calls();
        cx.judge_lazy_uses();
        if let Some(w) = cx.fn_witness.take() {
            witnesses.insert(id, w);
        }
        let body = body_errors.len();
        spawns.extend(cx.spawned_fns.drain(..).map(|(fid, arg)| (body, fid, arg)));
        report.expand.append(&mut cx.expand_errors);
        report.unexpanded.append(&mut cx.unexpanded);
        report.unsupported.append(&mut cx.unsupported);
        report.resolve.append(&mut cx.resolve_errors);
        report.warnings.append(&mut cx.warnings);
        report.facts.copies.extend(cx.copies.drain());
        report.facts.ints.extend(cx.int_facts.drain());
        report.facts.f32s.extend(cx.f32_facts.drain());
        report.facts.f32_inside.extend(cx.f32_inside.drain());
        report.facts.f64s.extend(cx.f64_facts.drain());
        report.facts.partial_moves.extend(cx.partial_moves.drain());
        report.facts.partial_lets.extend(cx.partial_lets.drain());
        report.facts.partial_binds.extend(cx.partial_binds.drain());
        report.facts.moving_matches.extend(cx.moving_matches.drain());
        report.facts.copying_lets.extend(cx.copying_lets.drain());
        report.facts.param_reborrows.extend(cx.param_reborrows.drain());
        for (span, t) in std::mem::take(&mut cx.future_borrows) {
            if !cx.polled_through.contains(&span) {
                continue;
            }
            let user = match cx.table.resolve(&t) {
                Ty::Adt(id, _) => cx.adt(id).is_some_and(|a| !a.is_stub && a.future_output.is_some()),
                // A generic `F` may be one (the value is left as it is
                // when it is not).
                Ty::Future(_) | Ty::Param(..) => true,
                _ => false,
            };
            if user {
                report.facts.pin_borrows.insert(span);
            }
        }
        report.facts.ref_map_closures.extend(cx.ref_map_closures.drain());
        for (k, v) in std::mem::take(&mut cx.call_generic_facts).iter() {
            report.facts.call_generics.insert(*k, v.clone());
        }
        for (k, v) in std::mem::take(&mut cx.user_ops).iter() {
            report.facts.user_ops.insert(*k, v.clone());
        }
        report.facts.ref_mut_binds.extend(cx.ref_mut_binds.drain());
        report.facts.std_methods.extend(cx.std_methods.drain());
        report.facts.fmt_writes.extend(cx.fmt_writes.drain());
        report.facts.method_paths.extend(cx.method_paths.drain());
        report.facts.mut_refs.extend(cx.mut_ref_paths.drain());
        report.facts.special.extend(cx.special.drain());
        report.facts.captures.extend(cx.closure_captures.drain());
        report.facts.partial_captures.extend(cx.partial_captures.drain());
        report.facts.once_calls.extend(cx.once_calls.drain());
        report.facts.user_from.extend(cx.user_from.drain());
        report.facts.user_try_from.extend(cx.user_try_from.drain());
        report.facts.user_parse.extend(cx.user_parse.drain());
        report.facts.user_sums.extend(cx.user_sums.drain());
        report.facts.user_deref_recvs.extend(cx.user_deref_recvs.drain());
        report.facts.user_deref_coercions.extend(cx.user_deref_coercions.drain());
        let mut_params: Vec<_> = cx.closure_mut_params.drain().collect();
        // Resolved at the end of the body: `let f = |s| *s += 1; f(&mut n);`
        // knows `s` is a `&mut` only from the call.
        for (span, params) in mut_params {
            let flags = params.iter().map(|(t, ident)| *ident && matches!(cx.table.resolve(t), Ty::Ref { is_mut: true, .. })).collect();
            report.facts.closure_mut_params.insert(span, flags);
        }
        report.facts.owned_writes.extend(cx.owned_writes.drain());
        report.facts.from_calls.extend(cx.from_calls.drain());
        report.facts.trait_calls.extend(cx.trait_calls.drain());
        report.facts.lens_closures.append(&mut cx.lens_closures);
        report.facts.fn_values.extend(cx.fn_values.drain());
        report.facts.ret_place_calls.extend(cx.ret_place_calls.drain());
        report.facts.default_calls.extend(cx.default_facts.drain());
        report.facts.iter_mut_loops.extend(cx.iter_mut_loops.drain());
        report.facts.std_recv_loops.extend(cx.std_recv_loops.drain());
        report.facts.char_ranges.extend(cx.char_ranges.drain());
        report.facts.tuple_rests.extend(cx.tuple_rests.drain());
        report.facts.layouts.extend(cx.layouts.drain());
        report.facts.into_some.extend(cx.into_some.drain());
        for (span, t) in std::mem::take(&mut cx.stream_collects) {
            if let Some(c) = cx.collect_kind(&t) {
                report.facts.stream_collects.insert(span, c);
            }
        }
        let borrows = group_mut_borrows(cx.borrow_errors, &cx.mut_borrow_decls);
        body_errors.push((cx.type_errors, borrows));
    }
    // `tokio::spawn(f(..))` of an async fn: its future must be `Send`.
    for (body, fid, arg_span) in spawns {
        if let Some(w) = witnesses.get(&fid) {
            let name = items.fns.get(fid.0 as usize).map_or(String::new(), |f| f.name.clone());
            let d = not_send_error(src, arg_span, w, None)
                .with_note(format!("note: the future returned by `{name}` (at {}) is what `tokio::spawn` needs to be `Send`", line_of(src, arg_span)));
            body_errors[body].1.push(d);
        }
    }
    for (types, borrows) in body_errors {
        if types.is_empty() {
            report.borrows.extend(borrows);
        } else {
            report.types.extend(types);
        }
    }
    crate::sort::sort_by_key(&mut report.borrows, |d| d.span.start as u64);
}

/// rustc's grouping of E0596 for a local not declared `mut`: from the
/// second mutable borrow of the same local on, the likely mistake is the
/// declaration, so the first error moves there (labelled "not mutable"),
/// each borrow becomes a label of it (ten at most, then a count), and the
/// later errors go.
fn group_mut_borrows(errors: Vec<Diagnostic>, decls: &[(Span, Span)]) -> Vec<Diagnostic> {
    const LABELLED: usize = 10;
    let mut out: Vec<Diagnostic> = Vec::with_capacity(errors.len());
    // Per declaration: the first error's index in `out`, and the borrows.
    let mut first: Vec<(Span, usize, usize)> = Vec::new();
    for d in errors {
        let decl = (d.code == Some("E0596")).then(|| decls.iter().find(|(at, _)| *at == d.span).map(|&(_, decl)| decl)).flatten();
        let Some(decl) = decl else {
            out.push(d);
            continue;
        };
        match first.iter_mut().find(|(s, ..)| *s == decl) {
            None => {
                first.push((decl, out.len(), 1));
                out.push(d);
            }
            Some((_, i, count)) => {
                *count += 1;
                let Some(g) = out.get_mut(*i) else { continue };
                if *count == 2 {
                    g.span = decl;
                    g.labels.push((decl, "not mutable".to_string()));
                }
                if *count <= LABELLED {
                    g.labels.push((d.span, "cannot borrow as mutable".to_string()));
                } else {
                    let more = format!("...and {} other attempted mutable borrows", *count - LABELLED);
                    match g.notes.iter_mut().find(|n| n.starts_with("...and ")) {
                        Some(n) => *n = more,
                        None => g.notes.push(more),
                    }
                }
            }
        }
    }
    out
}

fn line_of(src: &str, span: Span) -> String {
    let lc = crate::span::LineIndex::new(src).line_col(src, span.start);
    format!("{}:{}", lc.line, lc.col)
}

/// A non-`Send` value held across an `.await`.
#[derive(Clone, Debug)]
struct Witness {
    name: String,
    ty: String,
    decl: Span,
    await_span: Span,
    captured: bool,
}

/// rustc's "future cannot be sent"; its help names `inner` when the value
/// is a channel end whose message type is what is not `Send`.
fn not_send_error(src: &str, span: Span, w: &Witness, inner: Option<&str>) -> Diagnostic {
    let _ = src;
    let mut d = Diagnostic::error(span, "future cannot be sent between threads safely")
        .with_note(format!("help: the trait `Send` is not implemented for `{}`", inner.unwrap_or(&w.ty)));
    if w.captured {
        d = d.with_label(w.decl, format!("has type `{}` which is not `Send`, captured by the async block", w.ty));
    } else {
        d = d
            .with_label(w.decl, format!("has type `{}` which is not `Send`", w.ty))
            .with_label(w.await_span, format!("await occurs here, with `{}` maybe used later", w.name));
    }
    d.with_note("note: required by a bound in `tokio::spawn`: a spawned task may move to another thread at any `.await`; drop the value before the `.await` (end its scope), or use `Arc` / `tokio::sync::Mutex`, whose guard is `Send`")
}

/// Two futures of different types (`other_future`): whether both are
/// `async` blocks, and the keyword of each block that came through a
/// local, which rustc labels "the expected/found `async` block".
#[derive(Clone, Copy, Debug)]
struct Blocks {
    both: bool,
    expected: Option<Span>,
    found: Option<Span>,
    /// The first block's keyword, through a local or not.
    first: Option<Span>,
}

#[derive(Clone, Debug)]
struct Local {
    name: String,
    ty: Ty,
    is_mut: bool,
    span: Span,
    /// Declared with a value (or a parameter): a second assignment is E0384.
    initialized: bool,
    is_param: bool,
    /// `let r = &v;`: the local `v` it borrows, and the `&v`.
    borrows: Option<(usize, Span)>,
    /// `let r = &mut x.f;` (a field path): the compiler makes `r` an alias
    /// of `x.f`, so writes through it reach `x.f`.
    aliased: bool,
    /// `self: Pin<&mut Self>` (typed `&mut Self`): writing through it
    /// takes `DerefMut` of the `Pin`, which needs `mut self`.
    pinned: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Use {
    /// By value (moved unless `Copy`).
    Move,
    /// Through a reference (method receivers, `&x`, format arguments).
    Borrow,
}

/// An async block (or async fn body) being checked.
#[derive(Debug, Default)]
struct AsyncCx {
    /// Locals declared before it started are captures.
    first_local: usize,
    is_move: bool,
    /// Captured locals: (local, first use span, used by value).
    captures: Vec<(usize, Span, bool)>,
    /// Each use of a captured local: its field path, and whether it is
    /// moved (see [`CapUse`]).
    paths: Vec<CapUse>,
    witness: Option<Witness>,
    /// Writes to a captured local, not supported unless the block turns out
    /// to capture it by value (it moves it too).
    deferred_writes: Vec<(usize, Diagnostic)>,
    /// Captured locals it writes (by `&mut`, unless it moves them too).
    written: Vec<usize>,
}

/// The places a destructuring assignment's left side assigns (`_` none);
/// the expression itself when it is no tuple.
fn tuple_leaves<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &e.unparen().kind {
        ExprKind::Tuple(xs) => xs.iter().for_each(|x| tuple_leaves(x, out)),
        ExprKind::Path(p) if p.is_single("_") => {}
        _ => out.push(e),
    }
}

/// Each captured path's first field, moved when any path through it is.
fn first_fields(paths: &[(Vec<String>, bool)]) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for (p, moved) in paths {
        let Some(f) = p.first() else { continue };
        match out.iter_mut().find(|(g, _)| g == f) {
            Some(o) => o.1 |= *moved,
            None => out.push((f.clone(), *moved)),
        }
    }
    out
}

/// One use of a captured local by a closure or async block: the field
/// path used (empty for the whole variable), moved (by value, not
/// `Copy`), written.
#[derive(Clone, Debug, Default)]
struct CapUse {
    id: usize,
    proj: Vec<String>,
    moved: bool,
    written: bool,
    /// Where the body uses it (`Span::DUMMY` for an inner closure's).
    span: Span,
}

/// What a closure is, from its captures: `FnOnce` (it moves one out),
/// `FnMut` (it writes one), not `Copy`.
#[derive(Clone, Copy, Debug, Default)]
struct ClosureKind {
    once: bool,
    writes: bool,
    noncopy: bool,
}

/// A closure being checked: which outer locals it uses, and how.
#[derive(Debug, Default)]
struct ClosureCx {
    /// Locals declared before it started are captures.
    first_local: usize,
    /// Where the closure starts and ends.
    start: u32,
    end: u32,
    /// (local, used by value, written)
    captures: Vec<(usize, bool, bool)>,
    /// Each use of a captured local, with its field path.
    paths: Vec<CapUse>,
}

struct LoopCx {
    label: Option<String>,
    ty: Option<Ty>,
    /// A labelled block (`'a: { .. }`): only `break 'a` leaves it.
    is_block: bool,
}

struct Body<'i> {
    items: &'i Items,
    src: &'i str,
    table: Table,
    locals: Vec<Local>,
    scopes: Vec<Vec<(String, usize)>>,
    generics: Vec<String>,
    /// The function's bounds the checker decides (`FnSig::bounds`).
    bounds: Vec<(usize, Vec<String>)>,
    /// How many of `generics` are the impl's (their bounds are not in
    /// `bounds`).
    impl_generics: usize,
    /// The signature of the (non-`async`) function being checked, for
    /// E0277 on a `?` in it.
    fn_sig_span: Option<Span>,
    /// The function being checked is `async` (`#[tokio::main]`'s `main`
    /// too, whose body becomes an `async` block).
    fn_async: bool,
    /// This function's `FnSig::param_traits`.
    param_traits: Vec<Option<Vec<String>>>,
    /// Whether the write `check_write_supported` sees is an assignment
    /// (else a `&mut` borrow).
    write_assigns: bool,
    /// Closures (by span) whose body writes a capture: the local, the
    /// write, whether it assigns (E0594) or borrows mutably (E0596).
    closure_writes: SortedMap<(u32, u32), (usize, Span, bool)>,
    self_ty: Option<Ty>,
    /// Checking a trait's provided method: its trait (`Self` is the first
    /// implementing type, whose other traits it does not see).
    provided_of: Option<String>,
    /// The user's module the body is in (`""` at the root): paths resolve
    /// from there.
    module: String,
    ret: Vec<Ty>,
    loops: Vec<LoopCx>,
    asyncs: Vec<AsyncCx>,
    closures: Vec<ClosureCx>,
    /// The closure being checked may write through its `&mut` parameters
    /// (only where the engine hands them back: `send_modify`).
    mut_param_closure: bool,
    /// The closure about to be checked is `f` of `ref_form.map(f)`.
    ref_map_closure: bool,
    /// The local an iterator chain's elements borrow (`names` in
    /// `names.iter().map(|n| ..)`), for the closure argument of the call
    /// being typed: its reference parameters borrow it too.
    adapter_borrows: Option<(usize, Span)>,
    /// Calls of generic user functions and their generic arguments.
    call_generics: Vec<(Span, Vec<Ty>)>,
    call_generic_facts: SortedMap<(u32, u32), Vec<Option<super::GenericArg>>>,
    /// `s.then(f)` calls on a stream, by span: the future type `f` makes,
    /// as rustc names it. Such a stream is not `Unpin`.
    then_streams: SortedMap<(u32, u32), String>,
    /// Locals bound to a stream that is not `Unpin` (a `then`'s), and
    /// what makes it so.
    not_unpin: SortedMap<usize, String>,
    /// Locals bound to a future whose type is sure (`let a = async { .. };`,
    /// `let b = fetch();` of an `async fn`), by where each is declared:
    /// the future's origin (see `future_origin`) and the `async` block's
    /// keyword (`async` or `async move`), which rustc labels.
    future_locals: SortedMap<u32, ((u32, bool), Option<Span>)>,
    /// The closures (by span) handed to a lock guard's `map`: what one
    /// returns of its `&mut` parameter is the mapped guard's target
    /// (`exec/prim/mapped.rs`), not a write the VM would lose.
    lens_closures: Vec<(u32, u32)>,
    fn_values: crate::map::SortedMap<(u32, u32), super::FnValue>,
    /// The user functions whose returned `&mut` points at a place the
    /// compiler can name (`check::returned_place`), and the calls to them.
    ret_place_fns: crate::map::SortedMap<FnId, usize>,
    /// User functions returning a reference, and the parameters whose
    /// borrows it may carry (see `returned_ref_params`).
    ret_ref_fns: crate::map::SortedMap<FnId, Vec<usize>>,
    /// Calls of those functions (by span): the arguments.
    ret_ref_calls: SortedMap<(u32, u32), Vec<usize>>,
    ret_place_calls: crate::map::SortedMap<(u32, u32), usize>,
    /// `&mut self` methods that return an element of their collection
    /// (`check::returned_elem`).
    ret_elem_fns: crate::map::SortedSet<FnId>,
    /// `Default::default()` calls and the type each makes (resolved at the
    /// end of the body), then the defaults found.
    default_calls: Vec<((u32, u32), Ty)>,
    default_facts: crate::map::SortedMap<(u32, u32), super::FieldDefault>,
    owned_writes: SortedMap<(u32, u32), Vec<String>>,
    /// Closures whose `&mut` parameters are handed back: each parameter's
    /// type, and whether its pattern is a plain binding.
    closure_mut_params: SortedMap<(u32, u32), Vec<(Ty, bool)>>,
    iter_mut_loops: SortedMap<(u32, u32), super::IterMut>,
    std_recv_loops: crate::map::SortedSet<(u32, u32)>,
    /// Ranges of `char`s: the compiler makes each an iterator of its chars.
    char_ranges: crate::map::SortedSet<(u32, u32)>,
    tuple_rests: SortedMap<(u32, u32), u32>,
    layouts: SortedMap<(u32, u32), u64>,
    into_some: crate::map::SortedSet<(u32, u32)>,
    /// `stream.collect().await` (the `.await`'s span) and the type
    /// expected there (see `TypeFacts::stream_collects`).
    stream_collects: Vec<((u32, u32), Ty)>,
    /// The range written as a `BTreeMap`'s or `BTreeSet`'s `range`
    /// argument, whose bounds the compiler passes as written.
    btree_range_args: crate::map::SortedSet<(u32, u32)>,
    /// The call being checked is not of a user function or method, whose
    /// `&mut` parameters the compiler copies in and out.
    not_user_call: bool,
    /// Closures (by span): the locals they borrow, and how.
    closure_loans: SortedMap<(u32, u32), Vec<(Place, Kind)>>,
    /// A non-`move` async block's captures by reference (by its span):
    /// the future borrows them while it lives. Shared only: a capture it
    /// writes is a `&mut` in rustc, which this can only under-report.
    async_loans: SortedMap<(u32, u32), Vec<(usize, Kind)>>,
    /// The field path a local's path expression starts (by the path's
    /// span): `cfg` in `cfg.net.port` starts `net.port`.
    field_chains: SortedMap<(u32, u32), Vec<String>>,
    /// Closures (by span) whose body moves out of a capture: the captured
    /// local and the use that moves.
    closure_moves: SortedMap<(u32, u32), (usize, Span)>,
    /// Method calls on a receiver whose type was not known yet: (method
    /// span, name, receiver type).
    late_methods: Vec<((u32, u32), String, Ty)>,
    partial_captures: SortedMap<(u32, u32), Vec<(String, Option<Vec<(Vec<String>, bool)>>)>>,
    /// `into()` calls and `?`s: (span, the value's type, the target type).
    conversions: Vec<((u32, u32), Ty, Ty, bool)>,
    user_from: SortedMap<(u32, u32), (String, Option<u32>)>,
    /// `x.try_into()`s into a user type with one `TryFrom` impl (its name).
    user_try_from: SortedMap<(u32, u32), String>,
    user_parse: SortedMap<(u32, u32), String>,
    user_sums: SortedMap<(u32, u32), (String, String)>,
    user_deref_recvs: SortedMap<(u32, u32), u8>,
    user_deref_coercions: SortedMap<(u32, u32), u8>,
    /// A `parse` call's method name, by the call's span (E0277 there).
    parse_method_spans: SortedMap<(u32, u32), Span>,
    /// Each `x.try_into()`'s receiver type and method name's span, and the
    /// pattern of the `let` without a type it is in.
    try_into_receivers: SortedMap<(u32, u32), (Ty, Span, Option<Span>)>,
    /// Each `x.into()` call's method name, where rustc reports a missing
    /// `From` impl.
    into_methods: SortedMap<(u32, u32), (Span, Ty)>,
    /// The pattern of the `let` without a type whose value is being typed.
    untyped_let: Option<Span>,
    /// `let x = s.parse()...;` with no type: the pattern's span by the
    /// `parse` call's span (E0284 when nothing fixes the type).
    parse_lets: SortedMap<(u32, u32), Span>,
    from_calls: SortedMap<(u32, u32), Option<u32>>,
    trait_calls: SortedMap<(u32, u32), String>,
    /// `Type::from(x)` calls to pick a `From` impl for: the callee's span,
    /// the type, `x`'s type and the call's span.
    from_call_args: Vec<((u32, u32), AdtId, Ty, Span)>,
    /// `parse` calls: the type parsed and the variable of its error type.
    parse_errs: Vec<(Ty, Ty)>,
    /// `-x` (the expression's span and `x`'s type): an unsigned `x` is
    /// E0600, known once literals have their types.
    negations: Vec<(Span, Ty)>,
    /// Negated literals that are a binary operator's operands.
    neg_operands: crate::map::SortedSet<(u32, u32)>,
    /// `if`s without `else` in statement position (by span).
    stmt_ifs: crate::map::SortedSet<(u32, u32)>,
    /// `collect`/`sum`/`product` results and their items (see `link_collects`).
    collects: Vec<(Ty, Ty, bool, Span)>,
    /// `let w = it.collect();` (or `sum()`, `product()`) with nothing
    /// written: the result's type, the items', the method and the binding,
    /// for E0283 if nothing fixes the type.
    unannotated_collects: Vec<(Ty, Ty, Span, Span)>,
    /// Where the init of the `untyped_let` ends.
    untyped_let_end: u32,
    /// What the closure just checked is, for the `let` that binds it.
    last_closure: ClosureKind,
    /// Locals bound to a closure, and what it is.
    closure_locals: SortedMap<usize, ClosureKind>,
    closure_captures: SortedMap<(u32, u32), Vec<(String, super::Capture)>>,
    once_calls: crate::map::SortedSet<(u32, u32)>,
    /// Macro expansion errors (format strings): before everything else.
    expand_errors: Vec<Diagnostic>,
    /// See `Report::unexpanded`.
    unexpanded: Vec<Diagnostic>,
    /// Valid code the engine cannot run yet.
    unsupported: Vec<Diagnostic>,
    /// Paths to `LazyLock` statics, and those used through their value
    /// (a method's receiver, a field's or index's base, `*X`,
    /// `LazyLock::force(&X)`): only those are supported.
    lazy_uses: Vec<Span>,
    lazy_ok: crate::map::SortedSet<(u32, u32)>,
    resolve_errors: Vec<Diagnostic>,
    type_errors: Vec<Diagnostic>,
    borrow_errors: Vec<Diagnostic>,
    /// E0596 at a mutable borrow of a local not declared `mut`: the
    /// borrow's span, and the local's declaration (`group_mut_borrows`).
    mut_borrow_decls: Vec<(Span, Span)>,
    warnings: Vec<Diagnostic>,
    fn_witness: Option<Witness>,
    spawned_fns: Vec<(FnId, Span)>,
    /// The impl generics of the last instantiated function.
    last_impl_args: Vec<Ty>,
    /// The last `instantiate_fn`'s generic arguments (for its bounds).
    last_fn_args: Vec<Ty>,
    /// Calls that instantiate a generic parameter doing integer arithmetic
    /// (`FnSig::arith_params`): its type, the parameter's name and the
    /// call, judged once the body's types are known.
    arith_calls: Vec<(Ty, String, Span)>,
    /// Inside an `unsafe` block or an `unsafe fn`: calls to `unsafe fn`s
    /// are allowed (E0133 otherwise).
    unsafe_depth: u32,
    /// Locals written `Box<dyn Future<..>>` (not pinned): awaiting one is
    /// rustc's E0277. The local and the written `dyn Future<..>`.
    unpinned_dyn_futures: Vec<(usize, String)>,
    /// Locals written `Vec<Box<dyn T>>` (or an array of them) of a plain
    /// user trait `T`: the local and `T`. A loop over one binds trait
    /// objects, which offer only `T`'s methods.
    dyn_vec_locals: Vec<(usize, String)>,
    /// The types of the last `check_args`'s arguments.
    last_arg_types: Vec<Ty>,
    /// Where rustc reports a method call's wrong arguments (E0061, E0593):
    /// the method's name, set for the next `check_args`.
    method_site: Option<Span>,
    /// Parameters whose methods are only their plain user traits' (local,
    /// how rustc names its type, the methods).
    trait_locals: Vec<(usize, String, Vec<String>)>,
    /// Non-async closures being walked (`.await` is E0728 inside).
    sync_closures: usize,
    /// What the move pass needs.
    uses: Uses,
    /// Paths to locals that move them if they are `&mut` (`maybe_ref_move`).
    ref_move_paths: Vec<(Span, usize)>,
    /// Paths to locals of a certainly `Copy` type, for the compiler.
    copies: crate::map::SortedSet<(u32, u32)>,
    /// Loans and accesses, for the borrow pass.
    facts: Facts,
    /// The async block or closure being walked (its start), 0 for the
    /// function's own body.
    body_ctx: u32,
    /// Ends of the blocks being walked.
    block_ends: Vec<u32>,
    /// Method calls that borrow their receiver into their result, by span:
    /// the receiver's place (or the temporary's span) and the kind; `None`
    /// for a method that consumes its receiver (loans flow through).
    method_loans: SortedMap<(u32, u32), MethodLoan>,
    /// Types of calls, method calls, awaits and macros, by span.
    expr_types: SortedMap<(u32, u32), Ty>,
    /// Every expression's type, resolved into the facts at the end.
    all_types: Vec<((u32, u32), Ty)>,
    int_facts: SortedMap<(u32, u32), Int>,
    f32_facts: crate::map::SortedSet<(u32, u32)>,
    f32_inside: crate::map::SortedMap<(u32, u32), bool>,
    f64_facts: crate::map::SortedSet<(u32, u32)>,
    partial_moves: crate::map::SortedSet<(u32, u32)>,
    partial_lets: crate::map::SortedSet<(u32, u32)>,
    partial_binds: crate::map::SortedSet<(u32, u32)>,
    moving_matches: crate::map::SortedSet<(u32, u32)>,
    copying_lets: crate::map::SortedSet<(u32, u32)>,
    param_reborrows: crate::map::SortedSet<(u32, u32)>,
    /// Bindings inside a pattern matched against a value of a type not
    /// modelled: by value or by reference, not known (`*m` is not E0614).
    unknown_mode_binds: crate::map::SortedSet<usize>,
    /// How many such patterns the one being typed is inside.
    unknown_mode_depth: u32,
    /// `&mut place` expressions and the place's type (`TypeFacts::pin_borrows`).
    future_borrows: Vec<((u32, u32), Ty)>,
    /// Expressions awaited or polled (`.await`, `join!`, `select!`,
    /// `Pin::new(..)`), by span: the `future_borrows` that count.
    polled_through: crate::map::SortedSet<(u32, u32)>,
    ref_map_closures: crate::map::SortedSet<(u32, u32)>,
    /// Operators on user types (by the expression's span): the operator
    /// trait's method the compiler calls.
    user_ops: SortedMap<(u32, u32), String>,
    /// Bindings that bind by `&mut` (`TypeFacts::ref_mut_binds`).
    ref_mut_binds: crate::map::SortedSet<(u32, u32)>,
    std_methods: crate::map::SortedSet<(u32, u32)>,
    /// `TypeFacts::fmt_writes`.
    fmt_writes: crate::map::SortedSet<(u32, u32)>,
    method_paths: SortedMap<(u32, u32), (String, bool)>,
    mut_ref_paths: crate::map::SortedSet<(u32, u32)>,
    special: SortedMap<(u32, u32), super::Special>,
    /// Method calls whose result the compiler must treat specially, with
    /// the method's name.
    special_calls: Vec<((u32, u32), String, Ty)>,
    /// Inside a `match` scrutinee or a destructuring `let`: moving out of
    /// a place may copy parts only, so E0507 is not judged there.
    no_move_out_check: u32,
    /// Integer literals: span, value, negated (`-128i8`), type.
    int_lits: Vec<(Span, u128, bool, Ty)>,
    /// The literal a `-` applies to, while it is typed.
    negated_lit: Option<u32>,
    /// `mut` bindings some write needs.
    needs_mut: crate::map::SortedSet<usize>,
    /// Locals no unused-variable warning is given for.
    no_warn: crate::map::SortedSet<usize>,
    /// A macro the checker cannot see into: no unused warnings then.
    opaque_macro: bool,
    depth: u32,
}

const MAX_DEPTH: u32 = 200;

/// A struct or tuple pattern whose parts the compiler can leave holes in
/// by field or position (`compile::pattern_holes`): no array, no `..`
/// before the last part.
fn holes_by_field(pat: &Pat) -> bool {
    match &pat.kind {
        PatKind::Struct(..) => true,
        PatKind::Tuple(ps) | PatKind::TupleStruct(_, ps) => ps.iter().rev().skip(1).all(|p| !matches!(p.kind, PatKind::Rest)),
        _ => false,
    }
}

impl<'i> Body<'i> {
    fn new(items: &'i Items, src: &'i str, sig: &FnSig) -> Body<'i> {
        Body {
            items,
            src,
            table: Table::default(),
            locals: Vec::new(),
            scopes: vec![Vec::new()],
            generics: sig.generics.clone(),
            bounds: sig.bounds.clone(),
            param_traits: sig.param_traits.clone(),
            impl_generics: sig.impl_generics,
            fn_sig_span: None,
            fn_async: false,
            write_assigns: false,
            closure_writes: SortedMap::new(),
            self_ty: sig.self_ty.clone(),
            provided_of: sig.provided_of.clone(),
            module: sig.module.clone(),
            ret: Vec::new(),
            loops: Vec::new(),
            asyncs: Vec::new(),
            closures: Vec::new(),
            collects: Vec::new(),
            unannotated_collects: Vec::new(),
            untyped_let_end: 0,
            closure_loans: SortedMap::new(),
            async_loans: SortedMap::new(),
            field_chains: SortedMap::new(),
            closure_moves: SortedMap::new(),
            late_methods: Vec::new(),
            partial_captures: SortedMap::new(),
            mut_param_closure: false,
            ref_map_closure: false,
            adapter_borrows: None,
            call_generics: Vec::new(),
            call_generic_facts: SortedMap::new(),
            then_streams: SortedMap::new(),
            not_unpin: SortedMap::new(),
            future_locals: SortedMap::new(),
            lens_closures: Vec::new(),
            fn_values: Default::default(),
            ret_place_fns: Default::default(),
            ret_ref_fns: Default::default(),
            ret_ref_calls: SortedMap::new(),
            ret_place_calls: Default::default(),
            ret_elem_fns: Default::default(),
            default_calls: Vec::new(),
            default_facts: Default::default(),
            closure_mut_params: SortedMap::new(),
            owned_writes: SortedMap::new(),
            iter_mut_loops: SortedMap::new(),
            std_recv_loops: Default::default(),
            char_ranges: Default::default(),
            tuple_rests: SortedMap::new(),
            layouts: SortedMap::new(),
            into_some: Default::default(),
            stream_collects: Vec::new(),
            btree_range_args: Default::default(),
            not_user_call: false,
            conversions: Vec::new(),
            user_from: SortedMap::new(),
            user_try_from: SortedMap::new(),
            user_parse: SortedMap::new(),
            user_sums: SortedMap::new(),
            user_deref_recvs: SortedMap::new(),
            user_deref_coercions: SortedMap::new(),
            parse_method_spans: SortedMap::new(),
            try_into_receivers: SortedMap::new(),
            into_methods: SortedMap::new(),
            untyped_let: None,
            parse_lets: SortedMap::new(),
            from_calls: SortedMap::new(),
            trait_calls: SortedMap::new(),
            parse_errs: Vec::new(),
            negations: Vec::new(),
            neg_operands: Default::default(),
            stmt_ifs: Default::default(),
            from_call_args: Vec::new(),
            last_closure: ClosureKind::default(),
            closure_locals: SortedMap::new(),
            closure_captures: SortedMap::new(),
            once_calls: Default::default(),
            expand_errors: Vec::new(),
            unexpanded: Vec::new(),
            unsupported: Vec::new(),
            lazy_uses: Vec::new(),
            lazy_ok: Default::default(),
            resolve_errors: Vec::new(),
            type_errors: Vec::new(),
            borrow_errors: Vec::new(),
            mut_borrow_decls: Vec::new(),
            warnings: Vec::new(),
            fn_witness: None,
            spawned_fns: Vec::new(),
            last_impl_args: Vec::new(),
            last_fn_args: Vec::new(),
            arith_calls: Vec::new(),
            unsafe_depth: u32::from(sig.is_unsafe),
            unpinned_dyn_futures: Vec::new(),
            dyn_vec_locals: Vec::new(),
            last_arg_types: Vec::new(),
            method_site: None,
            trait_locals: Vec::new(),
            sync_closures: 0,
            uses: Uses::default(),
            ref_move_paths: Vec::new(),
            copies: Default::default(),
            facts: Facts::default(),
            body_ctx: 0,
            block_ends: Vec::new(),
            method_loans: SortedMap::new(),
            expr_types: SortedMap::new(),
            all_types: Vec::new(),
            int_facts: SortedMap::new(),
            f32_facts: Default::default(),
            f32_inside: Default::default(),
            f64_facts: Default::default(),
            partial_moves: Default::default(),
            partial_lets: Default::default(),
            partial_binds: Default::default(),
            moving_matches: Default::default(),
            copying_lets: Default::default(),
            param_reborrows: Default::default(),
            unknown_mode_binds: Default::default(),
            unknown_mode_depth: 0,
            future_borrows: Vec::new(),
            polled_through: Default::default(),
            ref_map_closures: Default::default(),
            user_ops: SortedMap::new(),
            ref_mut_binds: Default::default(),
            std_methods: Default::default(),
            fmt_writes: Default::default(),
            method_paths: SortedMap::new(),
            mut_ref_paths: Default::default(),
            special: SortedMap::new(),
            special_calls: Vec::new(),
            no_move_out_check: 0,
            int_lits: Vec::new(),
            negated_lit: None,
            needs_mut: Default::default(),
            no_warn: Default::default(),
            opaque_macro: false,
            depth: 0,
        }
    }

    // ---- diagnostics -------------------------------------------------

    fn show(&self, t: &Ty) -> String {
        let names = |id: AdtId| self.items.adts.get(id.0 as usize).map_or_else(|| "_".to_string(), |a| a.name.clone());
        ty::Display { ty: &self.table.resolve(t), table: &self.table, names: &names }.to_string()
    }

    fn text(&self, span: Span) -> &str {
        self.src.get(span.start as usize..span.end as usize).unwrap_or("")
    }

    fn type_error(&mut self, d: Diagnostic) {
        // A method a blanket impl (not supported yet, reported as such)
        // may give every type: not an error here.
        if d.code == Some("E0599")
            && let Some(name) = d.message.strip_prefix("no method named `").and_then(|m| m.split('`').next())
            && self.items.blanket_traits.iter().any(|t| self.items.user_traits.get(t).is_some_and(|ns| ns.iter().any(|n| n == name)))
        {
            return;
        }
        if self.type_errors.len() < 50 {
            self.type_errors.push(d);
        }
    }

    fn borrow_error(&mut self, d: Diagnostic) {
        if self.borrow_errors.len() < 50 && !self.borrow_errors.iter().any(|x| x.span == d.span && x.code == d.code) {
            self.borrow_errors.push(d);
        }
    }

    /// E0170 (rustc's deny-by-default `bindings_with_variant_name`): a
    /// plain binding named like a unit variant of the enum it binds, which
    /// matches anything where the variant was meant.
    fn binding_named_like_variant(&mut self, name: &ast::Ident, t: &Ty) {
        let mut t = self.table.shallow(t);
        while let Ty::Ref { inner, .. } = t {
            t = self.table.shallow(&inner);
        }
        let Ty::Adt(id, _) = t else { return };
        let Some(adt) = self.adt(id).cloned() else { return };
        let AdtKind::Enum(vs) = &adt.kind else { return };
        if !vs.iter().any(|v| v.name == name.name && matches!(v.fields, FieldsDef::Unit)) {
            return;
        }
        let d = Diagnostic::error(name.span, format!("pattern binding `{}` is named the same as one of the variants of the type `{}`", name.name, adt.name))
            .with_code("E0170")
            .with_label(name.span, format!("help: to match on the variant, qualify the path: `{}::{}`", adt.name, name.name));
        self.type_error(d);
    }

    fn mismatch(&mut self, span: Span, expected: &Ty, found: &Ty) {
        let (e, f) = (self.show(expected), self.show(found));
        let d = Diagnostic::error(span, "mismatched types").with_code("E0308").with_label(span, format!("expected `{e}`, found `{f}`"));
        self.type_error(d);
    }

    /// `found` must fit `expected` at a coercion site (`let x: T = e`,
    /// arguments, returns): deref coercion of references (`&String` →
    /// `&str`, `&Vec<T>` → `&[T]`, `&mut T` → `&T`) and `!` to anything.
    fn coerce(&mut self, found: &Ty, expected: &Ty, span: Span) {
        let (f, e) = (self.table.shallow(found), self.table.shallow(expected));
        if let (Ty::Ref { is_mut: fm, inner: fi }, Ty::Ref { is_mut: em, inner: ei }) = (&f, &e)
            && (*fm || !*em)
        {
            // Deref coercion (through a user `impl Deref`, the compiler
            // calls it).
            if self.try_coerce_ref(&f, &e, span, true) {
                return;
            }
            if self.table.unify(fi, ei).is_err() {
                self.mismatch(span, expected, found);
            }
            return;
        }
        // `&mut f` or `&f` where a closure is expected: a reference to a
        // closure is one too (`twice(&mut bump)` with `F: FnMut()`).
        if let (Ty::Ref { inner, .. }, Ty::Fn(..)) = (&f, &e)
            && let inner @ Ty::Fn(..) = self.table.shallow(inner)
        {
            if self.table.unify(&inner, &e).is_err() {
                self.mismatch(span, expected, found);
            }
            return;
        }
        // `pin!(fut)`'s `Pin<&mut F>` (modelled as `Pin<F>`) where a
        // written `Pin<&mut T>` is expected, `T` often `dyn Future<..>`
        // (an unsizing coercion): the pinned value must fit `T`.
        if let (Ty::Adt(fid, fa), Ty::Adt(eid, ea)) = (&f, &e)
            && fid == eid
            && self.std_name(*fid) == "Pin"
            && let ([fi], [ei]) = (fa.as_slice(), ea.as_slice())
            && !matches!(self.table.shallow(fi), Ty::Ref { .. })
            && let Ty::Ref { is_mut: true, inner } = self.table.shallow(ei)
        {
            if self.table.unify(fi, &inner).is_err() {
                self.mismatch(span, expected, found);
            }
            return;
        }
        // A user iterator where std's `Iter<J>` is expected (`zip`'s argument).
        if let (Ty::Adt(eid, eargs), Some(Ty::Adt(_, item))) = (&e, self.user_iter_as_std(&f))
            && self.std_name(*eid) == "Iter"
        {
            if let (Some(j), Some(item)) = (eargs.first(), item.first()) {
                let _ = self.table.unify(j, item);
            }
            return;
        }
        if self.table.unify(&f, &e).is_err() {
            self.mismatch(span, expected, found);
        }
    }

    /// A closure or a non-`move` async block made at `span` borrows
    /// `place`, which it uses by reference (mutably when it writes it):
    /// an access there, and the loan its value holds while it lives.
    fn borrow_made_here(&mut self, place: Place, written: bool, span: Span) -> (Place, Kind) {
        let access = if written { AccessKind::BorrowMut } else { AccessKind::Borrow };
        self.facts.accesses.push(borrows::Access { place: place.clone(), kind: access, span, body: self.body_ctx });
        (place, if written { Kind::Mut } else { Kind::Shared })
    }

    /// A value of type `found` where `expected` is wanted (an argument, a
    /// `match` arm's value where the others gave `expected`: `n` of
    /// `&String` where `"idle"` gave `&str`): true, and unified, when it
    /// unifies or a reference to it derefs to the other's (deref coercion,
    /// `&[T; N]` to `&[T]`). Nothing changes when false. `user` allows
    /// steps through a user `impl Deref` (only where the compiler applies
    /// them: at `span`).
    fn try_coerce_ref(&mut self, found: &Ty, expected: &Ty, span: Span, user: bool) -> bool {
        let mut probe = self.table.clone();
        if probe.unify(found, expected).is_ok() {
            self.table = probe;
            return true;
        }
        let (Ty::Ref { is_mut: fm, inner: fi }, Ty::Ref { is_mut: em, inner: ei }) = (self.table.shallow(found), self.table.shallow(expected)) else {
            return false;
        };
        if em && !fm {
            return false;
        }
        let target = self.table.shallow(&ei);
        let mut cur = self.table.shallow(&fi);
        let mut user_steps = 0u8;
        for _ in 0..8 {
            let mut probe = self.table.clone();
            if probe.unify(&cur, &target).is_ok() {
                self.table = probe;
                if user_steps > 0 {
                    self.user_deref_coercions.insert((span.start, span.end), user_steps);
                }
                return true;
            }
            if self.user_deref_step(&cur) {
                if !user {
                    return false;
                }
                user_steps += 1;
            }
            match self.deref_ty(&cur) {
                Some((next, _)) => cur = next,
                None => return false,
            }
        }
        false
    }

    /// A loop's body gives `()`: a tail value of another type is E0308 at
    /// that tail (`for x in v { *x }`).
    fn unit_body(&mut self, body: &Block, t: &Ty) {
        if let Some(ast::Stmt { kind: StmtKind::Expr { expr, semi: false }, .. }) = body.stmts.last()
            && !matches!(self.table.shallow(t), Ty::Never)
        {
            self.coerce(t, &Ty::unit(), expr.span);
        }
    }

    // ---- scopes and locals --------------------------------------------

    fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    fn pop_scope(&mut self) {
        self.scopes.pop();
        if self.scopes.is_empty() {
            self.scopes.push(Vec::new());
        }
    }

    fn declare(&mut self, name: &str, ty: Ty, is_mut: bool, span: Span, initialized: bool) -> usize {
        let id = self.locals.len();
        self.locals.push(Local { name: name.to_string(), ty, is_mut, span, initialized, is_param: false, borrows: None, aliased: false, pinned: false });
        self.uses.bindings.insert((span.start, span.end), id);
        self.facts.scope_end.push(self.block_ends.last().copied().unwrap_or(u32::MAX));
        self.facts.decl.push((span, name.to_string()));
        if let Some(s) = self.scopes.last_mut() {
            s.push((name.to_string(), id));
        }
        id
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        for scope in self.scopes.iter().rev() {
            if let Some((_, id)) = scope.iter().rev().find(|(n, _)| n == name) {
                return Some(*id);
            }
        }
        None
    }

    /// Records a use of a local (for the captures of async blocks).
    fn use_local(&mut self, id: usize, span: Span, how: Use) {
        let by_value = how == Use::Move && !self.is_copy(&self.locals[id].ty.clone());
        let proj = self.field_chains.get(&(span.start, span.end)).cloned().unwrap_or_default();
        self.record_cap_use(CapUse { id, proj, moved: by_value, written: false, span });
        for cx in &mut self.asyncs {
            if id < cx.first_local {
                match cx.captures.iter_mut().find(|c| c.0 == id) {
                    Some(c) => c.2 |= by_value,
                    None => cx.captures.push((id, span, by_value)),
                }
            }
        }
        self.closure_use(id, by_value, false);
    }

    /// A use of an outer local, with its field path, by the closures and
    /// async blocks being walked.
    fn record_cap_use(&mut self, u: CapUse) {
        for cx in &mut self.closures {
            if u.id < cx.first_local {
                cx.paths.push(u.clone());
            }
        }
        for cx in &mut self.asyncs {
            if u.id < cx.first_local {
                cx.paths.push(u.clone());
            }
        }
    }

    /// The local and field path (fields only) of a place expression.
    fn field_path(&self, e: &Expr) -> Option<(usize, Vec<String>)> {
        let p = self.place_of_syntax(e)?;
        let n = p.proj.iter().position(|x| x == "[]" || x == "*").unwrap_or(p.proj.len());
        Some((p.root, p.proj[..n].to_vec()))
    }

    /// The field paths a closure or async block captures of local `id`
    /// (Rust 2021's disjoint captures), from its uses; `None` when it
    /// captures the whole variable. A path stops at what is not a struct
    /// or tuple field (an index, a deref, a reference, a `Box`) and, when
    /// moved, at a type with a `Drop` impl (which cannot be moved out of).
    /// Each path: (fields, moved, written).
    fn capture_paths(&self, id: usize, uses: &[CapUse], all_by_value: bool) -> Option<Vec<(Vec<String>, bool, bool)>> {
        let root = self.table.resolve(&self.locals[id].ty);
        let mut paths: Vec<(Vec<String>, bool, bool)> = Vec::new();
        for u in uses.iter().filter(|u| u.id == id) {
            // The type at each prefix of the path.
            let mut tys = vec![root.clone()];
            for name in &u.proj {
                let cur = tys.last().cloned().unwrap_or(Ty::Unknown);
                match self.field_step(&cur, name) {
                    Some(t) => tys.push(t),
                    None => break,
                }
            }
            let mut len = tys.len() - 1;
            let last = &tys[len];
            if last.has_unknown() || has_var_or_param(last) {
                return None;
            }
            let moved = (u.moved || all_by_value) && !self.is_copy(last);
            if moved && let Some(k) = tys[..len].iter().position(|t| self.has_drop_impl(t)) {
                len = k;
            }
            if len == 0 {
                return None;
            }
            paths.push((u.proj[..len].to_vec(), u.moved, u.written));
        }
        if paths.is_empty() {
            return None;
        }
        // An ancestor takes its descendants' uses.
        paths.sort_by_key(|p| p.0.len());
        let mut out: Vec<(Vec<String>, bool, bool)> = Vec::new();
        for (proj, moved, written) in paths {
            match out.iter_mut().find(|o| proj.starts_with(&o.0)) {
                Some(o) => {
                    o.1 |= moved;
                    o.2 |= written;
                }
                None => out.push((proj, moved, written)),
            }
        }
        // Moved: by value and not `Copy`.
        for o in &mut out {
            let t = self.path_ty(&root, &o.0);
            o.1 = (o.1 || all_by_value) && !t.as_ref().is_some_and(|t| self.is_copy(t));
        }
        Some(out)
    }

    /// A method called on what turned out to be a number, a `char`, a
    /// `bool` or a `str` is std's (`v[0].cmp(&v[1])` on a `Vec<u32>`),
    /// never a user type's method of the same name, unless a user trait
    /// implemented for that type has it.
    fn late_std_methods(&mut self) {
        for (key, name, rt) in std::mem::take(&mut self.late_methods) {
            let t = self.strip_all_refs(&self.table.resolve(&rt));
            let primitive = matches!(t, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str);
            if primitive && !self.items.foreign_impls.iter().any(|(_, _, ms)| ms.contains(&name)) {
                self.std_methods.insert(key);
            }
        }
    }

    /// E0507: a closure passed where `Fn`/`FnMut` is wanted moves out of
    /// what it captures.
    fn fn_kind_checks(&mut self, sig: &FnSig, args: &[Expr]) {
        // A closure that captures cannot be a function pointer: E0308.
        for &(k, written) in &sig.fn_ptrs {
            let Some(arg) = args.get(k) else { continue };
            let ExprKind::Closure { params, body, .. } = &arg.unparen().kind else { continue };
            let Some((name, _)) = self.closure_captures.get(&(arg.span.start, arg.span.end)).and_then(|m| m.first()).cloned() else { continue };
            let bars = params.last().map_or(arg.span.start as usize + 2, |p| {
                let from = p.pat.span.end as usize;
                self.src.get(from..).and_then(|rest| rest.find('|')).map_or(from, |i| from + i + 1)
            });
            let mut d = Diagnostic::error(arg.span, "mismatched types")
                .with_code("E0308")
                .with_label(arg.span, "expected fn pointer, found closure")
                .with_note({
                    let idx = crate::span::LineIndex::new(self.src);
                    let (a, b) = (idx.line_col(self.src, arg.span.start), idx.line_col(self.src, bars as u32));
                    format!(
                        "note: expected fn pointer `{}`, found closure `{{closure@src/main.rs:{}:{}: {}:{}}}`",
                        self.text(written),
                        a.line,
                        a.col,
                        b.line,
                        b.col
                    )
                })
                .with_note("note: closures can only be coerced to `fn` types if they do not capture any variables");
            // Where the body first names it.
            let first_use = self.src.get(body.span.start as usize..body.span.end as usize).and_then(|t| {
                let word = |c: char| c.is_alphanumeric() || c == '_';
                t.match_indices(name.as_str()).find_map(|(i, _)| {
                    let before = t[..i].chars().next_back().is_some_and(word);
                    let after = t[i + name.len()..].chars().next().is_some_and(word);
                    (!before && !after).then(|| Span::new(body.span.start as usize + i, body.span.start as usize + i + name.len()))
                })
            });
            if let Some(at) = first_use {
                d = d.with_label(at, format!("`{name}` captured here"));
            }
            self.type_error(d);
            return;
        }
        for &(k, is_fn) in &sig.fn_kinds {
            let Some(arg) = args.get(k) else { continue };
            let ExprKind::Closure { params, .. } = &arg.kind else { continue };
            // Written where `Fn` is wanted: E0594 (assigned), E0596 (`&mut`).
            if is_fn && let Some(&(id, at, assigns)) = self.closure_writes.get(&(arg.span.start, arg.span.end)) {
                let name = self.locals[id].name.clone();
                let d = if assigns {
                    Diagnostic::error(at, format!("cannot assign to `{name}`, as it is a captured variable in a `Fn` closure"))
                        .with_code("E0594")
                        .with_label(at, "cannot assign")
                } else {
                    Diagnostic::error(at, format!("cannot borrow `{name}` as mutable, as it is a captured variable in a `Fn` closure"))
                        .with_code("E0596")
                        .with_label(at, "cannot borrow as mutable")
                };
                let d = d
                    .with_label(self.locals[id].span, format!("`{name}` declared here, outside the closure"))
                    .with_note("help: a `Fn` closure may be called while it is shared, so it cannot change what it captures: take `FnMut` instead of `Fn`");
                self.borrow_error(d);
                return;
            }
            let Some(&(id, at)) = self.closure_moves.get(&(arg.span.start, arg.span.end)) else { continue };
            let kind = if is_fn { "Fn" } else { "FnMut" };
            let what = self.text(at).to_string();
            let name = self.locals[id].name.clone();
            let t = self.expr_type_quiet_at(at);
            let message = if what == name {
                format!("cannot move out of `{name}`, a captured variable in an `{kind}` closure")
            } else {
                format!("cannot move out of `{what}`, a captured variable in an `{kind}` closure")
            };
            // The closure's `|..|`.
            let bars = params.last().map_or(Span::new(arg.span.start as usize, arg.span.start as usize + 2), |p| {
                let from = p.pat.span.end as usize;
                let end = self.src.get(from..).and_then(|rest| rest.find('|')).map_or(from, |i| from + i + 1);
                Span::new(arg.span.start as usize, end)
            });
            let mut d = Diagnostic::error(at, message)
                .with_code("E0507")
                .with_label(self.locals[id].span, "captured outer variable")
                .with_label(bars, format!("captured by this `{kind}` closure"));
            d = match t {
                Some(t) => d.with_label(at, format!("move occurs because `{what}` has type `{t}`, which does not implement the `Copy` trait")),
                None => d.with_label(at, "move occurs here"),
            };
            self.borrow_error(d.with_note(format!(
                "help: an `{kind}` closure may be called again, so it cannot give away what it captures: borrow it (`&{what}`) or clone it"
            )));
            return;
        }
    }

    /// The type last recorded for the expression at `at` (in
    /// `all_types`), resolved so far.
    fn recorded_ty(&self, at: Span) -> Option<Ty> {
        self.all_types.iter().rev().find(|(k, _)| *k == (at.start, at.end)).map(|(_, t)| self.table.resolve(t))
    }

    /// The type (as text) of the expression at `at`, if it was typed.
    fn expr_type_quiet_at(&self, at: Span) -> Option<String> {
        let t = match self.expr_types.get(&(at.start, at.end)) {
            Some(t) => self.table.resolve(t),
            None => self.recorded_ty(at)?,
        };
        (!t.has_unknown() && !matches!(t, Ty::Var(_))).then(|| self.show(&t))
    }

    /// The types of the first fields of captured paths, for E0382's note.
    fn note_field_tys(&mut self, id: usize, paths: &[(Vec<String>, bool)]) {
        let root = self.locals[id].ty.clone();
        for (p, _) in paths {
            if let Some(f) = p.first()
                && let Some(t) = self.path_ty(&root, std::slice::from_ref(f))
            {
                let shown = self.show(&t);
                self.uses.field_tys.insert((id, f.clone()), shown);
            }
        }
    }

    /// The type of a field path of a value of type `t`.
    fn path_ty(&self, t: &Ty, proj: &[String]) -> Option<Ty> {
        proj.iter().try_fold(self.table.resolve(t), |cur, name| self.field_step(&cur, name))
    }

    /// The type of field `name` (`"0"` for a tuple's) of a tuple or a user
    /// struct of type `t`, resolved; `None` for anything else.
    fn field_step(&self, t: &Ty, name: &str) -> Option<Ty> {
        let next = match t {
            Ty::Tuple(ts) => name.parse::<usize>().ok().and_then(|i| ts.get(i).cloned()),
            Ty::Adt(aid, args) => match self.adt(*aid).map(|a| (a.is_stub, &a.kind)) {
                Some((false, AdtKind::Struct(FieldsDef::Named(fs)))) => fs.iter().find(|(n, _)| n == name).map(|(_, t)| t.subst(args)),
                Some((false, AdtKind::Struct(FieldsDef::Tuple(ts)))) => name.parse::<usize>().ok().and_then(|i| ts.get(i)).map(|t| t.subst(args)),
                _ => None,
            },
            _ => None,
        }?;
        Some(self.table.resolve(&next))
    }

    /// What the closure in local `id` is (nothing for other locals).
    fn closure_kind(&self, id: usize) -> ClosureKind {
        self.closure_locals.get(&id).copied().unwrap_or_default()
    }

    /// A use of an outer local inside the closures being walked.
    fn closure_use(&mut self, id: usize, by_value: bool, written: bool) {
        for cx in &mut self.closures {
            if id < cx.first_local {
                match cx.captures.iter_mut().find(|c| c.0 == id) {
                    Some(c) => {
                        c.1 |= by_value;
                        c.2 |= written;
                    }
                    None => cx.captures.push((id, by_value, written)),
                }
            }
        }
    }

    /// A pattern that binds by value out of the scrutinee `e`: for a
    /// local, the move happens where the pattern matched (the move pass
    /// applies `Uses::pattern_moves` there), not where `e` is read.
    fn moved_out_by_pattern(&mut self, e: &Expr, pat: &Pat, access: bool) {
        if !matches!(e.unparen().kind, ExprKind::Path(_)) {
            return self.moved_out(e);
        }
        // The local the scrutinee named when it was read (the pattern may
        // shadow it since: `if let Some(w) = w`).
        let recorded = path_span(e).and_then(|p| self.uses.paths.get(&(p.start, p.end)).map(|&(id, _)| id));
        let Some(id) = recorded else { return self.moved_out(e) };
        self.check_move_out(e);
        // (An `if let`'s move is not an access for the borrow pass, which
        // does not tell its branches apart: `else if let Err(e) = &r`.)
        if access {
            let kind = if self.is_copy(&self.locals[id].ty.clone()) { AccessKind::Use } else { AccessKind::Move };
            self.access(e, kind, e.span);
        }
        self.use_local(id, e.span, Use::Move);
        let how = self.pattern_move_kind(pat, id);
        self.record_pattern_move(e, pat, id, how);
    }

    /// Records how `pat` moves out of local `id` (named by `e`); moved
    /// fields leave the rest usable, so `e` is then no use of the whole.
    fn record_pattern_move(&mut self, e: &Expr, pat: &Pat, id: usize, how: super::moves::PatMove) {
        if let (super::moves::PatMove::Fields(_), Some(p)) = (&how, path_span(e)) {
            self.uses.destructured.insert((p.start, p.end));
        }
        if let super::moves::PatMove::Fields(fields) = &how {
            for (f, _) in fields {
                let shown = self.field_type_shown(id, f);
                self.uses.field_tys.insert((id, f.clone()), shown);
            }
        }
        self.uses.pattern_moves.insert((pat.span.start, pat.span.end), (id, e.span, how));
    }

    /// `let P { name, .. } = p;` (or a tuple's) of a local: the fields its
    /// bindings take move out, the rest of `p` stays usable, and `p` is
    /// not read as a whole.
    fn destructure_local(&mut self, e: &Expr, pat: &Pat) {
        if !matches!(pat.kind, PatKind::Struct(..) | PatKind::TupleStruct(..) | PatKind::Tuple(_)) || !matches!(e.unparen().kind, ExprKind::Path(_)) {
            return;
        }
        let Some(p) = path_span(e) else { return };
        let Some(&(id, _)) = self.uses.paths.get(&(p.start, p.end)) else { return };
        let how = self.pattern_move_kind(pat, id);
        if !matches!(how, super::moves::PatMove::Fields(_)) {
            return;
        }
        self.record_pattern_move(e, pat, id, how);
    }

    /// The type, as text, at a field path (`name`, `1.0`) of local `id`.
    fn field_type_shown(&self, id: usize, path: &str) -> String {
        let mut t = self.table.resolve(&self.locals[id].ty);
        for f in path.split('.') {
            t = self.field_step(&t, f).map(|x| self.table.resolve(&x)).unwrap_or(Ty::Unknown);
        }
        self.show(&t)
    }

    /// How a pattern moves out of local `id`: all of it (a plain
    /// binding); the fields its bindings take, for a struct or tuple
    /// (`P { name, .. }` leaves `p.age` usable); else, through an enum's
    /// variant (`Some(s)`), a partial move of the whole at its first
    /// binding, as rustc reports it.
    fn pattern_move_kind(&self, pat: &Pat, id: usize) -> super::moves::PatMove {
        use super::moves::PatMove;
        if matches!(pat.kind, PatKind::Ident { sub: None, .. }) {
            return PatMove::Whole;
        }
        let mut fields = Vec::new();
        if self.pattern_field_moves(pat, &self.locals[id].ty.clone(), "", &mut fields) {
            return PatMove::Fields(fields);
        }
        match (0..self.locals.len())
            .filter(|&l| self.locals[l].span.start >= pat.span.start && self.locals[l].span.end <= pat.span.end)
            .find(|&l| self.binds_owned(&self.locals[l]))
        {
            Some(l) => PatMove::Partial(self.locals[l].span),
            None => PatMove::Whole,
        }
    }

    /// The field paths (`name`, `1.0`) a struct or tuple pattern's owned
    /// bindings move out of a value of type `ty`, each with its binding;
    /// false when a binding takes it whole or the pattern goes through an
    /// enum's variant, a std type or a `..` in a tuple.
    fn pattern_field_moves(&self, pat: &Pat, ty: &Ty, prefix: &str, out: &mut Vec<(String, Span)>) -> bool {
        let ty = self.table.resolve(ty);
        let join = |f: &str| if prefix.is_empty() { f.to_string() } else { format!("{prefix}.{f}") };
        let user_struct = |t: &Ty| matches!(t, Ty::Adt(aid, _) if self.adt(*aid).is_some_and(|a| !a.is_stub && matches!(a.kind, AdtKind::Struct(_))));
        match &pat.kind {
            PatKind::Wild | PatKind::Lit(..) | PatKind::Range { .. } | PatKind::Path(_) | PatKind::Ref(..) => true,
            PatKind::Ident { name, by_ref, sub, .. } => {
                if sub.is_some() {
                    return false;
                }
                let owned = !*by_ref && self.locals.iter().rev().find(|l| l.span == name.span).is_some_and(|l| self.binds_owned(l));
                if !owned {
                    return true;
                }
                if prefix.is_empty() {
                    return false;
                }
                out.push((prefix.to_string(), name.span));
                true
            }
            PatKind::Tuple(ps) | PatKind::TupleStruct(_, ps) if matches!(ty, Ty::Tuple(_)) || user_struct(&ty) => {
                // (A `..` may end it: the positions before it stay.)
                ps.iter().rev().skip(1).all(|p| !matches!(p.kind, PatKind::Rest))
                    && ps.iter().enumerate().filter(|(_, p)| !matches!(p.kind, PatKind::Rest)).all(|(i, p)| {
                        let t = self.field_step(&ty, &i.to_string()).unwrap_or(Ty::Unknown);
                        self.pattern_field_moves(p, &t, &join(&i.to_string()), out)
                    })
            }
            PatKind::Struct(_, fields, _) if user_struct(&ty) => fields.iter().all(|f| {
                let t = self.field_step(&ty, &f.name.name).unwrap_or(Ty::Unknown);
                self.pattern_field_moves(&f.pat, &t, &join(&f.name.name), out)
            }),
            _ => false,
        }
    }

    /// A use of `e` by value, after it was typed as a place.
    fn moved_out(&mut self, e: &Expr) {
        self.check_move_out(e);
        if self.local_of(e).is_none()
            && let Some((id, proj)) = self.field_path(e)
            && !proj.is_empty()
            && (!self.closures.is_empty() || !self.asyncs.is_empty())
        {
            let t = self.expr_type_quiet(e);
            if !self.is_copy(&t) && !matches!(t, Ty::Ref { .. }) {
                self.record_cap_use(CapUse { id, proj, moved: true, written: false, span: e.span });
            }
        }
        if let Some(id) = self.local_of(e) {
            let kind = if self.is_copy(&self.locals[id].ty.clone()) { AccessKind::Use } else { AccessKind::Move };
            self.access(e, kind, e.span);
            self.use_local(id, e.span, Use::Move);
            if let Some(p) = path_span(e)
                && let Some(entry) = self.uses.paths.get_mut(&(p.start, p.end))
            {
                entry.1 = true;
            }
            return;
        }
        // `job.name`, `pair.1` by value: a partial move out of an owned
        // local (the compiler leaves the rest there, to drop at its end).
        let field = match &e.kind {
            ExprKind::Field(base, fname) => Some((base, fname.name.clone())),
            ExprKind::TupleField(base, i, _) => Some((base, i.to_string())),
            _ => None,
        };
        if let Some((base, fname)) = field
            && let ExprKind::Path(_) = &base.kind
            && let Some(id) = self.local_of(base)
            && match self.table.resolve(&self.locals[id].ty) {
                Ty::Adt(aid, _) => self.adt(aid).is_some_and(|a| !a.is_stub),
                Ty::Tuple(_) => true,
                _ => false,
            }
        {
            let t = self.expr_type_quiet(e);
            if !self.is_copy(&t) && !matches!(t, Ty::Ref { .. }) {
                self.uses.partial.insert((e.span.start, e.span.end), (id, fname.clone()));
                let shown = self.show(&t);
                self.uses.field_tys.insert((id, fname.clone()), shown);
                self.partial_moves.insert((e.span.start, e.span.end));
            }
        }
    }

    /// `let (a, _) = pair;`, `let [first, _] = arr;`, `let S { x, .. } = s;`
    /// of an owned local: only the names move out; what `_` and `..` skip
    /// stays in the local and drops at its end. Records the pattern
    /// (`TypeFacts::partial_lets`) and its non-`Copy` bindings, which the
    /// compiler moves out leaving a hole.
    /// True when it recorded the pattern (the compiler moves out the
    /// fields, not the local).
    fn partial_let(&mut self, pat: &ast::Pat, init: &Expr, first_local: usize) -> bool {
        let subs: Vec<&ast::Pat> = match &pat.kind {
            PatKind::Tuple(ps) | PatKind::Slice(ps) | PatKind::TupleStruct(_, ps) => ps.iter().collect(),
            PatKind::Struct(_, fs, _) => fs.iter().map(|f| &f.pat).collect(),
            _ => return false,
        };
        let skips = subs.iter().any(|p| matches!(p.kind, PatKind::Wild | PatKind::Rest)) || matches!(pat.kind, PatKind::Struct(_, _, true));
        // (A literal part is a `match` arm's test: it binds nothing.)
        let plain = subs.iter().all(|p| {
            matches!(p.kind, PatKind::Wild | PatKind::Rest | PatKind::Lit(..) | PatKind::Range { .. } | PatKind::Ident { by_ref: false, sub: None, .. })
        });
        // A `..` inside an array pattern shifts the indices after it.
        let rest_last = !matches!(pat.kind, PatKind::Slice(_)) || subs.iter().position(|p| matches!(p.kind, PatKind::Rest)).is_none_or(|i| i + 1 == subs.len());
        let Some(id) = self.local_of(init) else { return false };
        let owned = match self.table.resolve(&self.locals[id].ty) {
            Ty::Adt(aid, _) => self.adt(aid).is_some_and(|a| !a.is_stub && matches!(a.kind, AdtKind::Struct(_))),
            Ty::Tuple(_) | Ty::Array(_) => true,
            _ => false,
        };
        if !(skips && plain && rest_last && owned && matches!(init.kind, ExprKind::Path(_))) {
            return false;
        }
        self.partial_lets.insert((pat.span.start, pat.span.end));
        for l in first_local..self.locals.len() {
            let t = self.locals[l].ty.clone();
            if !self.is_copy(&t) {
                let sp = self.locals[l].span;
                self.partial_binds.insert((sp.start, sp.end));
            }
        }
        true
    }

    fn local_of(&self, e: &Expr) -> Option<usize> {
        match &e.kind {
            ExprKind::Path(p) if p.segments.len() == 1 && p.segments[0].generics.is_empty() => self.lookup(p.last()),
            ExprKind::Paren(inner) => self.local_of(inner),
            _ => None,
        }
    }

    // ---- type facts ----------------------------------------------------

    fn adt(&self, id: AdtId) -> Option<&Rc<items::AdtDef>> {
        self.items.adts.get(id.0 as usize)
    }

    /// The name of a std type (declared in the stubs); `""` for a user type,
    /// which may share a std type's name.
    fn std_name(&self, id: AdtId) -> &'i str {
        std_name(self.items, id)
    }

    /// A std type known to the last detail that matters for impls: a
    /// primitive, `str`, a slice or array, a std struct or enum.
    fn is_std_concrete(&self, t: &Ty) -> bool {
        match t {
            Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::Slice(_) | Ty::Array(_) => true,
            Ty::Adt(id, _) => self.adt(*id).is_some_and(|a| a.is_stub),
            _ => false,
        }
    }

    /// Whether this function's generic parameter `i` is surely not
    /// `Copy`: all of its bounds are known traits and none implies `Copy`
    /// (`FnSig::param_traits`). Moving a value of one moves it.
    fn surely_not_copy(&self, i: u32) -> bool {
        self.param_traits.get(i as usize).and_then(|t| t.as_ref()).is_some_and(|ts| !ts.iter().any(|t| t == "Copy"))
    }

    fn is_copy(&self, t: &Ty) -> bool {
        self.implements(t, "Copy", 0)
    }

    /// Whether `t` implements a derivable trait (or `Display`), by the
    /// derive rule: the type says so and its arguments do too. Unknown
    /// types implement everything.
    fn implements(&self, t: &Ty, tr: &str, depth: u32) -> bool {
        if depth > 20 {
            return true;
        }
        let d = depth + 1;
        match self.table.shallow(t) {
            Ty::Param(i, _) => tr != "Copy" || !self.surely_not_copy(i),
            Ty::Unknown | Ty::Var(_) | Ty::Never => true,
            Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char => true,
            Ty::Str => tr != "Copy" && tr != "Clone",
            Ty::Ref { is_mut, inner } => match tr {
                "Copy" | "Clone" => !is_mut,
                _ => self.implements(&inner, tr, d),
            },
            Ty::Tuple(v) => tr != "Display" && v.iter().all(|x| self.implements(x, tr, d)),
            Ty::Array(x) => tr != "Display" && self.implements(&x, tr, d),
            Ty::Slice(x) => !matches!(tr, "Display" | "Copy" | "Clone") && self.implements(&x, tr, d),
            Ty::Future(_) => false,
            // Whether a closure is `Copy` depends on its captures: not judged.
            Ty::Fn(..) => matches!(tr, "Copy" | "Clone"),
            Ty::Adt(id, args) => {
                let Some(adt) = self.adt(id) else { return true };
                if adt.impls.iter().any(|i| i == tr) {
                    return true;
                }
                if adt.has_trait_impls && !adt.is_stub && adt.derives(tr) {
                    return true;
                }
                if adt.has_trait_impls && tr != "Copy" {
                    return true;
                }
                adt.derives(tr) && args.iter().all(|x| self.implements(x, tr, d))
            }
        }
    }

    fn is_send(&self, t: &Ty, depth: u32) -> bool {
        if depth > 20 {
            return true;
        }
        let d = depth + 1;
        match self.table.shallow(t) {
            Ty::Ref { is_mut: false, inner } => self.is_sync(&inner, d),
            Ty::Ref { is_mut: true, inner } => self.is_send(&inner, d),
            Ty::Tuple(v) => v.iter().all(|x| self.is_send(x, d)),
            Ty::Array(x) | Ty::Slice(x) => self.is_send(&x, d),
            Ty::Adt(id, args) => {
                let Some(adt) = self.adt(id) else { return true };
                if adt.not_send {
                    return false;
                }
                if adt.send_needs_sync {
                    return args.iter().all(|x| self.is_send(x, d) && self.is_sync(x, d));
                }
                if adt.is_stub {
                    return args.iter().all(|x| self.is_send(x, d));
                }
                let fields = adt_field_types(adt);
                fields.iter().all(|f| self.is_send(&f.subst(&args), d))
            }
            _ => true,
        }
    }

    fn is_sync(&self, t: &Ty, depth: u32) -> bool {
        if depth > 20 {
            return true;
        }
        let d = depth + 1;
        match self.table.shallow(t) {
            Ty::Ref { inner, .. } => self.is_sync(&inner, d),
            Ty::Tuple(v) => v.iter().all(|x| self.is_sync(x, d)),
            Ty::Array(x) | Ty::Slice(x) => self.is_sync(&x, d),
            Ty::Adt(id, args) => {
                let Some(adt) = self.adt(id) else { return true };
                if adt.not_sync {
                    return false;
                }
                if adt.is_stub && matches!(adt.name.as_str(), "Mutex" | "RwLock") {
                    return args.iter().all(|x| self.is_send(x, d));
                }
                if adt.not_send && adt.name == "Rc" {
                    return false;
                }
                if adt.is_stub {
                    return args.iter().all(|x| self.is_sync(x, d));
                }
                let fields = adt_field_types(adt);
                fields.iter().all(|f| self.is_sync(&f.subst(&args), d))
            }
            _ => true,
        }
    }

    /// Whether `*t` is a user `impl Deref`'s (the compiler calls its
    /// `deref`: `Op::UserDeref`).
    fn user_deref_step(&self, t: &Ty) -> bool {
        matches!(self.table.shallow(t), Ty::Adt(id, _) if self.adt(id).is_some_and(|a| !a.is_stub && a.deref.is_some()))
    }

    /// One step of `*t`: the target and whether it can be written through
    /// (`DerefMut`).
    fn deref_ty(&self, t: &Ty) -> Option<(Ty, DerefKind)> {
        match self.table.shallow(t) {
            Ty::Ref { is_mut, inner } => Some((*inner, if is_mut { DerefKind::RefMut } else { DerefKind::Ref })),
            Ty::Adt(id, args) => {
                let adt = self.adt(id)?;
                let target = adt.deref.as_ref()?.subst(&args);
                let kind = if adt.deref_mut { if adt.name == "Box" { DerefKind::Box } else { DerefKind::Guard } } else { DerefKind::Shared(adt.name.clone()) };
                Some((target, kind))
            }
            Ty::Array(x) => Some((Ty::Slice(x), DerefKind::Box)),
            _ => None,
        }
    }

    fn fresh(&mut self) -> Ty {
        self.table.fresh(VarKind::General)
    }

    /// Fresh variables for an ADT's generics.
    fn instantiate_adt(&mut self, id: AdtId) -> Vec<Ty> {
        let n = self.adt(id).map_or(0, |a| a.generics.len());
        (0..n).map(|_| self.fresh()).collect()
    }

    // ---- written types ---------------------------------------------------

    /// `<X as Trait>::Assoc` in a body: for a user trait, an item it
    /// declares (E0576), and for a user type with a plain impl of it, that
    /// impl's `type Assoc`; otherwise not typed.
    fn qualified_assoc_ty(&mut self, p: &Path) -> Ty {
        let Some(q) = &p.qself else { return Ty::Unknown };
        let Some(tr) = &q.trait_ else { return Ty::Unknown };
        let tname = tr.last().to_string();
        let Some(item) = p.segments.get(q.position).map(|s| s.ident.clone()) else { return Ty::Unknown };
        let Some(declared) = self.items.user_traits.get(&tname) else { return Ty::Unknown };
        if !declared.contains(&item.name) {
            let d = Diagnostic::error(item.span, format!("cannot find associated type `{}` in trait `{tname}`", item.name))
                .with_code("E0576")
                .with_label(item.span, format!("not found in `{tname}`"));
            self.resolve_errors.push(d);
            return Ty::Unknown;
        }
        if p.segments.len() != q.position + 1 {
            return Ty::Unknown;
        }
        let st = self.lower_ty(&q.ty);
        let st = self.table.resolve(&st);
        if !matches!(st, Ty::Adt(..)) {
            return Ty::Unknown;
        }
        for &i in items::impls_of(self.items, &st) {
            let imp = &self.items.impls[i];
            if imp.trait_.as_deref() == Some(tname.as_str())
                && imp.generics.is_empty()
                && let Some((_, t)) = imp.types.iter().find(|(n, _)| *n == item.name)
            {
                return t.clone();
            }
        }
        Ty::Unknown
    }

    fn lower_ty(&mut self, t: &ast::Type) -> Ty {
        use ast::TypeKind;
        match &t.kind {
            TypeKind::Infer => self.fresh(),
            TypeKind::Ref { is_mut, inner } => Ty::Ref { is_mut: *is_mut, inner: Box::new(self.lower_ty(inner)) },
            TypeKind::Tuple(v) => Ty::Tuple(v.iter().map(|t| self.lower_ty(t)).collect()),
            TypeKind::Array { elem, len } => {
                let e = self.lower_ty(elem);
                if len.is_some() { Ty::Array(Box::new(e)) } else { Ty::Slice(Box::new(e)) }
            }
            TypeKind::Never => Ty::Never,
            TypeKind::Path(p) if p.qself.as_ref().is_some_and(|q| q.trait_.is_some()) => self.qualified_assoc_ty(p),
            TypeKind::Path(p) => {
                let names = p.names();
                if names.len() == 1 {
                    if let Some(i) = self.generics.iter().rposition(|g| g == names[0]) {
                        return Ty::Param(i as u32, names[0].to_string());
                    }
                    if names[0] == "Self" {
                        return self.self_ty.clone().unwrap_or(Ty::Unknown);
                    }
                }
                let args: Vec<Ty> = p.segments.last().map(|s| s.generics.iter().map(|t| self.lower_ty(t)).collect()).unwrap_or_default();
                match items::resolve_type_path(self.items, &names, &self.module) {
                    Some(TypeDef::Adt(id)) => {
                        let n = self.adt(id).map_or(0, |a| a.generics.len());
                        let args = if args.len() == n { args } else { (0..n).map(|_| self.fresh()).collect() };
                        Ty::Adt(id, args)
                    }
                    // A generic alias's parameters take the arguments.
                    Some(TypeDef::Alias(t)) if !args.is_empty() => t.subst(&args),
                    Some(TypeDef::Alias(t)) | Some(TypeDef::Prim(t)) => t,
                    None => {
                        if let Some(d) = items::unknown_type(self.items, p) {
                            self.resolve_errors.push(d);
                        } else if let Some(full) = items::expand_in(self.items, &names, &self.module)
                            && ["std::", "core::", "alloc::"].iter().any(|c| full.starts_with(c))
                        {
                            // A std type the stubs do not declare (`IpAddr`):
                            // never guessed at, e.g. parsed as an integer.
                            self.unsupported.push(Diagnostic::error(p.span, format!("the type `{full}` is not supported yet")));
                        }
                        Ty::Unknown
                    }
                }
            }
            TypeKind::Impl(p) => match items::fn_trait_args(p) {
                Some((params, ret, is_async)) => {
                    let params = params.iter().map(|t| self.lower_ty(t)).collect();
                    let ret = ret.map_or(Ty::unit(), |r| self.lower_ty(r));
                    let ret = if is_async { Ty::Future(Box::new(ret)) } else { ret };
                    Ty::Fn(params, Box::new(ret))
                }
                None => Ty::Unknown,
            },
            _ => Ty::Unknown,
        }
    }

    // ---- functions --------------------------------------------------------

    fn check_fn(&mut self, decl: &ast::FnDecl, sig: &FnSig) {
        self.fn_sig_span = Some(decl.sig_span);
        self.fn_async = decl.is_async;
        if let Some(kind) = sig.self_kind {
            let st = self.self_ty.clone().unwrap_or(Ty::Unknown);
            let ty = match kind {
                SelfKind::Value => st,
                SelfKind::Ref => Ty::shared_ref(st),
                SelfKind::RefMut => Ty::Ref { is_mut: true, inner: Box::new(st) },
                // `self: Arc<Self>` / `self: &Arc<Self>`.
                SelfKind::Arc | SelfKind::RefArc => match self.items.types.get("std::sync::Arc") {
                    Some(TypeDef::Adt(arc)) => {
                        let arc = Ty::Adt(*arc, vec![st]);
                        if kind == SelfKind::RefArc { Ty::shared_ref(arc) } else { arc }
                    }
                    _ => Ty::Unknown,
                },
                SelfKind::Other => Ty::Unknown,
            };
            let is_mut = decl.self_param.as_ref().is_some_and(|s| !s.is_ref && s.is_mut);
            let span = decl.self_param.as_ref().map_or(decl.sig_span, |s| s.span);
            let id = self.declare("self", ty, is_mut, span, true);
            self.locals[id].is_param = true;
            self.locals[id].pinned = sig.pin_self;
        }
        for (k, (p, t)) in decl.params.iter().zip(sig.params.clone()).enumerate() {
            let before = self.locals.len();
            self.pat(&p.pat, &t, true);
            for l in &mut self.locals[before..] {
                l.is_param = true;
            }
            if self.locals.len() == before + 1
                && let Some(shown) = self.box_dyn_future(&p.ty)
            {
                self.unpinned_dyn_futures.push((before, shown));
            }
            if let Some((_, shown, methods)) = sig.trait_methods.iter().find(|(i, ..)| *i == k)
                && self.locals.len() == before + 1
            {
                self.trait_locals.push((before, shown.clone(), methods.clone()));
            }
        }
        let ret = match &sig.ret {
            Ty::Future(out) if sig.is_async => (**out).clone(),
            other => other.clone(),
        };
        self.ret.push(ret.clone());
        if sig.is_async {
            self.asyncs.push(AsyncCx { first_local: self.locals.len(), is_move: true, ..AsyncCx::default() });
        }
        let body_ty = self.block(&decl.body, Some(&ret));
        let tail_span = decl.body.stmts.last().map_or(decl.body.span, |s| s.span);
        if let (Ty::Ref { .. }, Some(ast::Stmt { kind: StmtKind::Expr { expr, semi: false }, .. })) = (self.table.resolve(&ret), decl.body.stmts.last()) {
            self.returns_local_ref(expr);
        }
        if let Some(ast::Stmt { kind: StmtKind::Expr { expr, semi: false }, .. }) = decl.body.stmts.last() {
            self.returned_closure_borrows(expr);
            self.returns_aggregate_borrow(expr);
        }
        if let Some(d) = self.no_tail_mismatch(decl, &body_ty, &ret) {
            self.type_error(d);
        } else {
            self.coerce(&body_ty, &ret, tail_span);
        }
        if sig.is_async
            && let Some(cx) = self.asyncs.pop()
        {
            self.fn_witness = cx.witness;
        }
        self.ret.pop();
        self.run_move_pass(&decl.body);
    }

    /// `fn plus_one(x: i32) -> i32 { x + 1; }`: a body with no tail where a
    /// value is expected. rustc points at the return type, says the body
    /// returns `()`, and offers to remove a last semicolon whose
    /// expression has the return type.
    fn no_tail_mismatch(&mut self, decl: &ast::FnDecl, body: &Ty, ret: &Ty) -> Option<Diagnostic> {
        let rt = decl.ret.as_ref()?;
        let unit = |t: &Ty| matches!(t, Ty::Tuple(v) if v.is_empty());
        let ret = self.table.resolve(ret);
        if decl.is_async || !unit(&self.table.resolve(body)) || unit(&ret) || !concrete(&ret) || matches!(ret, Ty::Never) {
            return None;
        }
        let last = decl.body.stmts.last();
        if matches!(last, Some(ast::Stmt { kind: StmtKind::Expr { semi: false, .. }, .. })) {
            return None;
        }
        let shown = self.show(&ret);
        let mut d = Diagnostic::error(rt.span, "mismatched types")
            .with_code("E0308")
            .with_label(rt.span, format!("expected `{shown}`, found `()`"))
            .with_label(decl.name.span, "implicitly returns `()` as its body has no tail or `return` expression");
        if let Some(ast::Stmt { kind: StmtKind::Expr { expr, semi: true }, span }) = last
            && span.end > 0
            && self.src.get(span.end as usize - 1..span.end as usize) == Some(";")
            && let Some((_, t)) = self.all_types.iter().rev().find(|(k, _)| *k == (expr.span.start, expr.span.end))
        {
            let t = self.table.resolve(t);
            if self.table.clone().unify(&t, &ret).is_ok() && concrete(&t) {
                d = d.with_label(Span::new(span.end as usize - 1, span.end as usize), "help: remove this semicolon to return this value");
            }
        }
        Some(d)
    }

    /// rustc's `overflowing_literals` (deny by default): an integer literal
    /// outside its type's range, once the type is known.
    fn literal_ranges(&mut self) {
        for (span, value, negated, t) in std::mem::take(&mut self.int_lits) {
            let Ty::Int(i) = self.table.resolve(&t) else { continue };
            let (lo, hi): (i128, u128) = match i {
                Int::I8 => (i8::MIN.into(), i8::MAX as u128),
                Int::I16 => (i16::MIN.into(), i16::MAX as u128),
                Int::I32 => (i32::MIN.into(), i32::MAX as u128),
                Int::I64 | Int::Isize => (i64::MIN.into(), i64::MAX as u128),
                Int::I128 => (i128::MIN, i128::MAX as u128),
                Int::U8 => (0, u8::MAX.into()),
                Int::U16 => (0, u16::MAX.into()),
                Int::U32 => (0, u32::MAX.into()),
                Int::U64 | Int::Usize => (0, u64::MAX.into()),
                Int::U128 => (0, u128::MAX),
            };
            let out = if negated {
                // `-x` fits when x <= -lo (unsigned: only `-0`... rustc's E0600 covers
                // negating an unsigned type; not judged here).
                lo < 0 && value > lo.unsigned_abs()
            } else {
                value > hi
            };
            if out {
                let name = i.name();
                let text = self.text(span).to_string();
                let d = Diagnostic::error(span, format!("literal out of range for `{name}`"))
                    .with_code("overflowing_literals")
                    .with_note(format!(
                        "note: the literal `{text}` does not fit into the type `{name}` whose range is `{}..={hi}`",
                        if lo < 0 { lo.to_string() } else { "0".to_string() }
                    ))
                    .with_note("note: `#[deny(overflowing_literals)]` on by default");
                self.type_error(d);
            }
        }
    }

    /// E0515: `&local` returned from the function that owns `local`.
    fn returns_local_ref(&mut self, e: &Expr) {
        // `o.as_str()`, `v.first()`: a std method whose result borrows its
        // receiver, an owned local. (A user method may return a reference
        // of another lifetime: `fn word(&self) -> &'a str`.)
        if let ExprKind::MethodCall { receiver, method, .. } = &e.kind
            && self.std_methods.contains(&(method.span.start, method.span.end))
            && let ExprKind::Path(_) = &receiver.kind
            && let Some(MethodLoan::Borrows(place, _)) = self.method_loans.get(&(e.span.start, e.span.end))
            && place.proj.is_empty()
            && let Some(&(id, _)) = self.uses.paths.get(&(receiver.span.start, receiver.span.end))
            && id == place.root
        {
            let Some(name) = self.owned_local_name(id) else { return };
            let d = Diagnostic::error(e.span, format!("cannot return value referencing local variable `{name}`"))
                .with_code("E0515")
                .with_label(e.span, "returns a value referencing data owned by the current function")
                .with_label(receiver.span, format!("`{name}` is borrowed here"))
                .with_note(format!(
                    "help: `{name}` is dropped when the function returns; return an owned value (`{name}` itself, or `.to_string()`), and make the return type owned (`String`, not `&str`)"
                ));
            self.borrow_error(d);
            return;
        }
        // `upper.split(' ').next().unwrap()`: a chain whose value still
        // borrows an owned local.
        if let ExprKind::MethodCall { .. } = &e.kind
            && let Some((name, at)) = self
                .loans_of(e)
                .into_iter()
                .filter(|(p, ..)| p.proj.first().map(String::as_str) != Some("*"))
                .find_map(|(p, _, at)| self.owned_local_name(p.root).map(|n| (n, at)))
        {
            let d = Diagnostic::error(e.span, format!("cannot return value referencing local variable `{name}`"))
                .with_code("E0515")
                .with_label(e.span, "returns a value referencing data owned by the current function")
                .with_label(at, format!("`{name}` is borrowed here"))
                .with_note(format!(
                    "help: `{name}` is dropped when the function returns; return an owned value (`.to_string()`), and make the return type owned"
                ));
            self.borrow_error(d);
            return;
        }
        // `let r = &o; r`: a reference local holding a borrow of an owned one.
        if let ExprKind::Path(_) = &e.kind
            && let Some(&(r, _)) = self.uses.paths.get(&(e.span.start, e.span.end))
            && !self.locals[r].is_param
            && let Some((name, at)) = self
                .facts
                .loans
                .iter()
                .filter(|l| matches!(l.holder, Holder::Local(h) if h == r) && l.place.proj.first().map(String::as_str) != Some("*"))
                .find_map(|l| self.owned_local_name(l.place.root).map(|n| (n, l.span)))
        {
            let d = Diagnostic::error(e.span, format!("cannot return value referencing local variable `{name}`"))
                .with_code("E0515")
                .with_label(at, format!("`{name}` is borrowed here"))
                .with_label(e.span, "returns a value referencing data owned by the current function")
                .with_note(format!("help: `{name}` is dropped when the function returns; return an owned value, and make the return type owned"));
            self.borrow_error(d);
            return;
        }
        let ExprKind::Ref { expr, .. } = &e.kind else { return };
        // The body's scopes are closed: find the local through its use.
        let mut root = &**expr;
        let mut indexed = false;
        while let ExprKind::Field(b, _) | ExprKind::TupleField(b, _, _) | ExprKind::Index(b, _) | ExprKind::Paren(b) = &root.kind {
            indexed |= matches!(root.kind, ExprKind::Index(..));
            root = b;
        }
        let Some(&(id, _)) = self.uses.paths.get(&(root.span.start, root.span.end)) else { return };
        let Some(name) = self.owned_local_name(id) else { return };
        let help = format!(
            "help: `{name}` is dropped when the function returns; return the value itself (`{name}`), and make the return type owned (`String`, not `&str`)"
        );
        let d = if indexed {
            // `&v[0]` borrows `v` through `Index::index`.
            Diagnostic::error(e.span, format!("cannot return value referencing local variable `{name}`"))
                .with_code("E0515")
                .with_label(e.span, "returns a value referencing data owned by the current function")
                .with_label(root.span, format!("`{name}` is borrowed here"))
        } else if root.span != expr.span {
            let text = self.text(expr.span).to_string();
            Diagnostic::error(e.span, format!("cannot return reference to local data `{text}`"))
                .with_code("E0515")
                .with_label(e.span, "returns a reference to data owned by the current function")
        } else {
            Diagnostic::error(e.span, format!("cannot return reference to local variable `{name}`"))
                .with_code("E0515")
                .with_label(e.span, "returns a reference to data owned by the current function")
        };
        self.borrow_error(d.with_note(help));
    }

    /// E0515 for a returned struct literal, tuple or constructor call
    /// (`S { s: &owned }`, `Some(&v[0])`) holding a borrow of a local the
    /// function owns.
    fn returns_aggregate_borrow(&mut self, e: &Expr) {
        let parts: Vec<&Expr> = match &e.kind {
            ExprKind::StructLit { fields, .. } => fields.iter().map(|f| &f.value).collect(),
            ExprKind::Tuple(xs) => xs.iter().collect(),
            ExprKind::Call { func, args } if matches!(&func.kind, ExprKind::Path(p) if p.last().starts_with(|c: char| c.is_ascii_uppercase())) => {
                args.iter().collect()
            }
            _ => return,
        };
        for part in parts {
            let ExprKind::Ref { expr, .. } = &part.kind else { continue };
            let mut root = &**expr;
            while let ExprKind::Field(b, _) | ExprKind::TupleField(b, _, _) | ExprKind::Index(b, _) | ExprKind::Paren(b) = &root.kind {
                root = b;
            }
            let Some(&(id, _)) = self.uses.paths.get(&(root.span.start, root.span.end)) else { continue };
            let Some(name) = self.owned_local_name(id) else { continue };
            let d = Diagnostic::error(e.span, format!("cannot return value referencing local variable `{name}`"))
                .with_code("E0515")
                .with_label(root.span, format!("`{name}` is borrowed here"))
                .with_label(e.span, "returns a value referencing data owned by the current function")
                .with_note(format!("help: `{name}` is dropped when the function returns; keep an owned value in the returned one (a `String`, not a `&str`)"));
            self.borrow_error(d);
            return;
        }
    }

    /// The name of a local the function owns (not a parameter, not a
    /// reference): what a returned borrow of it outlives.
    fn owned_local_name(&self, id: usize) -> Option<String> {
        let local = &self.locals[id];
        (!local.is_param && !matches!(self.table.resolve(&local.ty), Ty::Ref { .. } | Ty::Unknown)).then(|| local.name.clone())
    }

    fn run_move_pass(&mut self, body: &Block) {
        self.link_collects();
        self.user_sums();
        self.unknown_collects();
        self.generic_call_types();
        self.check_collects();
        self.settle_literal_conversions();
        self.table.default_literals();
        self.late_std_methods();
        self.parse_errors();
        self.unsigned_negations();
        self.pick_from_calls();
        self.user_conversions();
        self.literal_ranges();
        let locals: Vec<(String, bool, String)> = self
            .locals
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let t = self.table.resolve(&l.ty);
                // `&mut` is reborrowed, not moved, where a reference is
                // expected: never reported.
                let copy = (self.is_copy(&t) && !self.closure_kind(i).noncopy) || matches!(t, Ty::Ref { .. });
                (l.name.clone(), copy, self.show(&t))
            })
            .collect();
        for (span, t) in std::mem::take(&mut self.all_types) {
            match self.table.resolve(&t) {
                Ty::Int(i) => {
                    self.int_facts.insert(span, i);
                }
                Ty::Float(Float::F32) => {
                    self.f32_facts.insert(span);
                }
                Ty::Float(_) => {
                    self.f64_facts.insert(span);
                }
                t => {
                    // `x.checked_add(1)` with `x: &u8` (a closure's item):
                    // the integer's type, through the references.
                    if let Ty::Int(i) = self.strip_all_refs(&t) {
                        self.int_facts.insert(span, i);
                        continue;
                    }
                    let (f32s, f64s) = super::float_widths(self.items, &t, 0);
                    if f32s {
                        self.f32_inside.insert(span, !f64s);
                    }
                }
            }
        }
        for (span, t) in std::mem::take(&mut self.default_calls) {
            let t = self.table.resolve(&t);
            if let Some(d) = super::field_default(self.items, &t, 0) {
                self.default_facts.insert(span, d);
            }
        }
        for (span, name, t) in std::mem::take(&mut self.special_calls) {
            let t = self.table.resolve(&t);
            // An entry's `or_default()` is `&mut V`: the default of `V`.
            let (name, t) = match (name.as_str(), t) {
                ("or_default" | "get_or_insert_default", Ty::Ref { inner, .. }) => ("unwrap_or_default".to_string(), self.table.resolve(&inner)),
                (_, t) => (name, t),
            };
            let arg0 = match &t {
                Ty::Adt(_, args) => args.first().cloned(),
                _ => None,
            };
            // A `try_into()`'s receiver is an integer.
            let from_int = name == "try_into"
                && self.try_into_receivers.get(&span).is_some_and(|(r, _, _)| match self.table.resolve(r).peel_refs() {
                    Ty::Int(_) => true,
                    Ty::Var(v) => self.table.kind(*v) == VarKind::Int,
                    _ => false,
                });
            let fact = match (name.as_str(), &t, arg0) {
                ("parse", _, Some(Ty::Float(_))) => Some(super::Special::ParseFloat),
                ("parse", _, Some(Ty::Int(i))) => Some(super::Special::ParseInt(i)),
                ("try_into", Ty::Int(i), _) if from_int => Some(super::Special::TryIntoInt(*i)),
                ("into", to, _) if let Some(cast) = self.conversion_cast(span, to) => Some(cast),
                // Into a type nothing fixed (`let g = s.parse().expect(..)`):
                // rustc's E0284; into a std type other than a number: not
                // run rather than parsed as an integer.
                ("parse", _, Some(target))
                    if match &target {
                        Ty::Var(v) => self.table.kind(*v) == VarKind::General,
                        Ty::Int(_) | Ty::Float(_) | Ty::Unknown => false,
                        Ty::Adt(id, _) => self.adt(*id).is_some_and(|a| a.is_stub),
                        _ => true,
                    } =>
                {
                    let at = self.parse_method_spans.get(&span).copied().unwrap_or(Span::new(span.0 as usize, span.1 as usize));
                    match (&target, self.parse_lets.get(&span).copied()) {
                        (Ty::Var(_), Some(pat)) => {
                            let d = Diagnostic::error(pat, "type annotations needed")
                                .with_code("E0284")
                                .with_label(pat, "")
                                .with_label(at, "type must be known at this point")
                                .with_note("note: cannot satisfy `<_ as FromStr>::Err == _`")
                                .with_note(format!(
                                    "help: consider giving `{}` an explicit type",
                                    self.src.get(pat.start as usize..pat.end as usize).unwrap_or("it")
                                ));
                            self.type_error(d);
                        }
                        // Not inferred here, though rustc may have (a
                        // closure's return type): run as before, into an
                        // integer, which the compiler's checks then hold.
                        (Ty::Var(_) | Ty::Unknown, ..) => {}
                        _ => {
                            let shown = self.show(&target);
                            self.unsupported.push(Diagnostic::error(at, format!("`parse` into `{shown}` is not supported yet")));
                        }
                    }
                    None
                }
                // Into a user type: its `FromStr` impl's `from_str`.
                ("parse", _, Some(Ty::Adt(id, _))) if self.adt(id).is_some_and(|a| !a.is_stub) => {
                    let (name, has) = self.adt(id).map(|a| (a.name.clone(), a.from_str_err.is_some())).unwrap_or_default();
                    if has {
                        self.user_parse.insert(span, name);
                    } else {
                        let at = self.parse_method_spans.get(&span).copied().unwrap_or(Span::new(span.0 as usize, span.1 as usize));
                        let d = Diagnostic::error(at, format!("the trait bound `{name}: FromStr` is not satisfied"))
                            .with_code("E0277")
                            .with_label(at, "unsatisfied trait bound")
                            .with_note(format!("help: the trait `FromStr` is not implemented for `{name}`"));
                        self.type_error(d);
                    }
                    None
                }
                // Into a user type: its one `TryFrom` impl, if it converts
                // from the receiver's type (E0277 if none does).
                ("try_into", Ty::Adt(id, targs), _) if targs.is_empty() && self.adt(*id).is_some_and(|a| !a.is_stub) => {
                    let name = self.adt(*id).map(|a| a.name.clone()).unwrap_or_default();
                    let sources = self.items.try_from_sources.get(id).cloned().unwrap_or_default();
                    let (recv, at, _) = self.try_into_receivers.get(&span).cloned().unwrap_or((Ty::Unknown, Span::new(span.0 as usize, span.1 as usize), None));
                    let recv = self.table.resolve(&recv);
                    let fits = sources.iter().filter(|src| self.source_fits(src, &recv)).count();
                    if fits == 0 && concrete(&recv) {
                        let shown = self.show(&recv);
                        let d = Diagnostic::error(at, format!("the trait bound `{name}: TryFrom<{shown}>` is not satisfied"))
                            .with_code("E0277")
                            .with_label(at, "unsatisfied trait bound")
                            .with_note(format!("help: the trait `From<{shown}>` is not implemented for `{name}`"))
                            .with_note(format!("note: required for `{shown}` to implement `Into<{name}>`"))
                            .with_note(format!("note: required for `{name}` to implement `TryFrom<{shown}>`"))
                            .with_note(format!("note: required for `{shown}` to implement `TryInto<{name}>`"));
                        self.type_error(d);
                    } else if sources.len() == 1 {
                        self.user_try_from.insert(span, name);
                    } else {
                        let at = Span::new(span.0 as usize, span.1 as usize);
                        self.unsupported
                            .push(Diagnostic::error(at, format!("`try_into()` into `{name}`, which has several `TryFrom` impls, is not supported yet")));
                    }
                    None
                }
                // Nothing says what into: rustc cannot pick the impl.
                ("try_into", Ty::Var(_), _) if self.try_into_receivers.get(&span).is_some_and(|(r, _, _)| concrete(&self.table.resolve(r))) => {
                    let (recv, at, binding) = self.try_into_receivers.get(&span).cloned().unwrap_or((Ty::Unknown, Span::DUMMY, None));
                    let shown = self.show(&self.table.resolve(&recv));
                    // rustc points at the binding whose type is unknown.
                    let mut d = Diagnostic::error(binding.unwrap_or(at), "type annotations needed").with_code("E0283");
                    if let Some(b) = binding {
                        d = d.with_label(b, "");
                    }
                    let d = d
                        .with_label(at, "type must be known at this point")
                        .with_note(format!("note: cannot satisfy `_: TryFrom<{shown}>`"))
                        .with_note(format!("note: required for `{shown}` to implement `TryInto<_>`"));
                    let d = match binding {
                        Some(b) => d.with_note(format!("help: consider giving `{}` an explicit type", self.text(b))),
                        None => d,
                    };
                    self.type_error(d);
                    None
                }
                ("try_into", t, _) => {
                    let at = Span::new(span.0 as usize, span.1 as usize);
                    let into =
                        if matches!(t, Ty::Var(_) | Ty::Unknown) { "a type the checker could not infer".to_string() } else { format!("`{}`", self.show(t)) };
                    self.unsupported.push(Diagnostic::error(at, format!("`try_into()` into {into} is not supported yet")));
                    None
                }
                ("collect", _, _) => self.collect_kind(&t).map(super::Special::Collect),
                // Whether the closure's `?`-able value is an `Option` or a
                // `Result` decides what an empty iterator gives.
                ("try_fold" | "try_for_each", Ty::Adt(id, _), _) if matches!(self.std_name(*id), "Option" | "Result") => {
                    Some(super::Special::TryWith(self.std_name(*id) == "Option"))
                }
                ("try_fold" | "try_for_each", _, _) => {
                    let at = Span::new(span.0 as usize, span.1 as usize);
                    self.unsupported
                        .push(Diagnostic::error(at, format!("`{name}` whose closure gives neither an `Option` nor a `Result` is not supported yet")));
                    None
                }
                // A heap into a `Vec`: its elements, in the heap's order.
                ("into from a heap", Ty::Adt(id, _), _) if self.std_name(*id) == "Vec" => {
                    Some(super::Special::Collect(crate::vm::Collect { into: crate::vm::CollectInto::Vec, wrap: crate::vm::CollectWrap::Plain }))
                }
                // `unzip()` makes two `Vec`s at run time: into anything else
                // (a map, a set) it says so rather than guess.
                ("unzip", Ty::Tuple(parts), _) => {
                    let other = parts.iter().find_map(|p| match self.table.resolve(p) {
                        Ty::Adt(id, _) if !matches!(self.std_name(id), "Vec" | "VecDeque") => Some(self.show(p)),
                        _ => None,
                    });
                    if let Some(shown) = other {
                        let at = Span::new(span.0 as usize, span.1 as usize);
                        self.unsupported.push(Diagnostic::error(at, format!("`unzip()` into a `{shown}` is not supported yet")));
                    }
                    None
                }
                ("into", Ty::Adt(id, _), _)
                    if self.adt(*id).is_some_and(|a| {
                        a.is_stub
                            && matches!(
                                a.path.as_str(),
                                "std::collections::HashMap"
                                    | "std::collections::BTreeMap"
                                    | "std::collections::HashSet"
                                    | "std::collections::BTreeSet"
                                    | "std::collections::BinaryHeap"
                            )
                    }) =>
                {
                    self.collect_kind(&t).map(super::Special::Collect)
                }
                ("unwrap_or_default", Ty::Adt(id, _), _) if self.adt(*id).is_some_and(|a| a.is_stub && a.name == "String") => {
                    Some(super::Special::Default(super::DefaultOf::String))
                }
                ("unwrap_or_default", Ty::Adt(id, _), _) if self.adt(*id).is_some_and(|a| a.is_stub && a.name == "Vec") => {
                    Some(super::Special::Default(super::DefaultOf::Vec))
                }
                ("unwrap_or_default", Ty::Bool, _) => Some(super::Special::Default(super::DefaultOf::Bool)),
                ("unwrap_or_default", Ty::Float(_), _) => Some(super::Special::Default(super::DefaultOf::Float)),
                ("unwrap_or_default", Ty::Int(_), _) => Some(super::Special::Default(super::DefaultOf::Int)),
                _ => None,
            };
            match fact {
                Some(f) => {
                    self.special.insert(span, f);
                }
                // `unwrap_or_default()` of a user type, an `Option`, a tuple.
                None if name == "unwrap_or_default" => {
                    if let Some(d) = super::field_default(self.items, &t, 0) {
                        self.default_facts.insert(span, d);
                    }
                }
                None => {}
            }
        }
        for (&span, &(local, _)) in &self.uses.paths {
            if let Some(l) = self.locals.get(local) {
                let t = self.table.resolve(&l.ty);
                if matches!(t, Ty::Ref { is_mut: true, .. }) {
                    self.mut_ref_paths.insert(span);
                }
                if !t.has_unknown()
                    && !has_var_or_param(&t)
                    && self.is_copy(&t)
                    && !matches!(t, Ty::Ref { is_mut: true, .. })
                    && !self.closure_kind(local).noncopy
                {
                    self.copies.insert(span);
                }
            }
        }
        self.uses.locals = locals;
        self.uses.decls = self.locals.iter().map(|l| l.span).collect();
        for (span, local) in std::mem::take(&mut self.ref_move_paths) {
            if let Some(l) = self.locals.get(local)
                && matches!(self.table.resolve(&l.ty), Ty::Ref { is_mut: true, .. })
            {
                self.uses.ref_moves.insert((span.start, span.end));
            }
        }
        let mut pass = MovePass::new(&self.uses);
        pass.body(body);
        let errors = pass.errors;
        for d in errors {
            self.borrow_error(d);
        }
        let mut uses: SortedMap<usize, Vec<u32>> = SortedMap::new();
        for (&(start, _), &(local, _)) in &self.uses.paths {
            uses.get_or_default(local).push(start);
        }
        for caps in self.uses.inline.values() {
            for &(span, local) in caps {
                uses.get_or_default(local).push(span.start);
            }
        }
        self.unused_warnings();
        self.facts.uses = uses;
        for id in 0..self.locals.len() {
            if matches!(self.table.resolve(&self.locals[id].ty), Ty::Ref { .. }) {
                self.facts.ref_roots.insert(id);
            }
        }
        for d in borrows::check(&self.facts, body) {
            self.borrow_error(d);
        }
    }

    /// rustc's `unused_variables` and `unused_mut` lints.
    fn unused_warnings(&mut self) {
        if self.opaque_macro {
            return;
        }
        let mut used: crate::map::SortedSet<usize> = self.uses.paths.values().map(|&(l, _)| l).collect();
        used.extend(self.uses.inline.values().flatten().map(|&(_, l)| l));
        for (id, local) in self.locals.iter().enumerate() {
            if local.name.starts_with('_') || local.name == "self" || self.no_warn.contains(&id) {
                continue;
            }
            if !used.contains(&id) {
                self.warnings.push(
                    Diagnostic::warning(local.span, format!("unused variable: `{}`", local.name))
                        .with_label(local.span, format!("help: if this is intentional, prefix it with an underscore: `_{}`", local.name)),
                );
            } else if local.is_mut && !self.needs_mut.contains(&id) {
                let at = self.mut_keyword_span(local.span);
                self.warnings.push(
                    Diagnostic::warning(at, "variable does not need to be mutable")
                        .with_label(at, "help: remove this `mut`")
                        .with_note(format!("note: nothing writes to `{}` or borrows it mutably", local.name)),
                );
            }
        }
    }

    /// `mut x`: the span of `mut x` (the binding's span is `x`).
    fn mut_keyword_span(&self, name: Span) -> Span {
        let start = name.start as usize;
        let before = self.src.get(..start).unwrap_or("");
        let trimmed = before.trim_end();
        if trimmed.ends_with("mut") { Span::new(trimmed.len() - 3, name.end as usize) } else { name }
    }

    // ---- loans -------------------------------------------------------------

    /// The place an expression names (`v`, `p.x`, `v[..]`, `*g`).
    fn place_of(&self, e: &Expr) -> Option<Place> {
        let mut p = self.place_of_syntax(e)?;
        // Through a reference local: the place is what it points at.
        if !p.proj.is_empty() && p.proj[0] != "*" && matches!(self.table.resolve(&self.locals[p.root].ty), Ty::Ref { .. }) {
            p.proj.insert(0, "*".to_string());
        }
        Some(p)
    }

    fn place_of_syntax(&self, e: &Expr) -> Option<Place> {
        match &e.kind {
            ExprKind::Path(_) => self.local_of(e).map(|root| Place { root, proj: vec![] }),
            ExprKind::Paren(x) => self.place_of_syntax(x),
            ExprKind::Field(b, name) => self.place_of_syntax(b).map(|mut p| {
                p.proj.push(name.name.clone());
                p
            }),
            ExprKind::TupleField(b, i, _) => self.place_of_syntax(b).map(|mut p| {
                p.proj.push(i.to_string());
                p
            }),
            ExprKind::Index(b, _) => self.place_of_syntax(b).map(|mut p| {
                p.proj.push("[]".to_string());
                p
            }),
            ExprKind::Unary(UnOp::Deref, b) => self.place_of_syntax(b).map(|mut p| {
                p.proj.push("*".to_string());
                p
            }),
            _ => None,
        }
    }

    /// Notes the field path a field expression reads from its root local
    /// (the longest, seen first), for closures' disjoint captures.
    fn note_field_chain(&mut self, e: &Expr) {
        if self.closures.is_empty() && self.asyncs.is_empty() {
            return;
        }
        let mut root = e;
        while let ExprKind::Field(b, _) | ExprKind::TupleField(b, _, _) | ExprKind::Index(b, _) | ExprKind::Paren(b) | ExprKind::Unary(UnOp::Deref, b) =
            &root.kind
        {
            root = b;
        }
        if let Some((_, proj)) = self.field_path(e) {
            self.field_chains.get_or_insert((root.span.start, root.span.end), proj);
        }
    }

    fn access(&mut self, e: &Expr, kind: AccessKind, span: Span) {
        if let Some(place) = self.place_of(e) {
            self.facts.accesses.push(borrows::Access { place, kind, span, body: self.body_ctx });
        }
    }

    /// `x = ..` writes the place; `v[i] = ..` and `*g = ..` borrow `v` and
    /// `g` mutably first.
    fn assign_access(&mut self, l: &Expr, span: Span, compound: bool) {
        let Some(place) = self.place_of(l) else { return };
        let kind = if place.proj.iter().any(|p| p == "[]" || p == "*") {
            AccessKind::BorrowMut
        } else if compound {
            AccessKind::AssignOp
        } else {
            AccessKind::Assign
        };
        self.facts.accesses.push(borrows::Access { place, kind, span, body: self.body_ctx });
    }

    fn async_kw_span(&self, block: &Block) -> Span {
        // `async move {`: the span before the block's brace.
        let src = self.src.as_bytes();
        let mut start = block.span.start as usize;
        let mut n = 0;
        while start > 0 && n < 12 {
            start -= 1;
            n += 1;
            if self.src.get(start..start + 5) == Some("async") {
                return Span::new(start, block.span.start as usize);
            }
        }
        let _ = src;
        block.span
    }

    fn record_method_loan(&mut self, receiver: &Expr, sig: &FnSig, pick: &Pick, span: Span) {
        let key = (span.start, span.end);
        match sig.self_kind {
            Some(SelfKind::Ref | SelfKind::RefMut | SelfKind::RefArc) => {
                let kind = if sig.self_kind == Some(SelfKind::RefMut) { Kind::Mut } else { Kind::Shared };
                let access = if kind == Kind::Mut { AccessKind::BorrowMut } else { AccessKind::Borrow };
                // Methods through a shared reference or an `Arc` borrow what
                // the reference points at, not the local.
                let through_shared = pick.chain.iter().any(|k| matches!(k, DerefKind::Ref | DerefKind::RefMut));
                // Through a `&mut` local (`map: &mut HashMap<..>`), the
                // place is what it points at, `*map`: unique, like a local.
                let through_unique = matches!(pick.chain.as_slice(), [DerefKind::RefMut]) && matches!(receiver.unparen().kind, ExprKind::Path(_));
                let place = if through_unique {
                    self.place_of(receiver).map(|mut p| {
                        p.proj.push("*".to_string());
                        p
                    })
                } else if through_shared {
                    None
                } else {
                    self.place_of(receiver)
                };
                if let Some(p) = &place {
                    let access_span = Span::new(receiver.span.start as usize, span.end as usize);
                    self.facts.accesses.push(borrows::Access { place: p.clone(), kind: access, span: access_span, body: self.body_ctx });
                }
                // A return type whose references are all `&'static`
                // (`Poll<&'static str>`) borrows nothing from the receiver.
                if !sig.is_async
                    && let Some(rs) = sig.ret_span
                    && all_refs_static(self.text(rs))
                {
                    return;
                }
                // A user `async fn`'s future keeps its `&self`/`&mut self`.
                if !declared_borrow(&sig.ret, self.items) && !(sig.is_async && !sig.is_stub) {
                    // `it.next()`, `v.iter_mut().find(f)`: a reference in
                    // the result came through the receiver's type
                    // parameters, so it borrows what the receiver borrows.
                    self.method_loans.insert(key, MethodLoan::Consumes);
                    return;
                }
                if returns_own_borrowing_type(sig, self.items) {
                    // `permit.split(n)`: a `SemaphorePermit<'a>` from
                    // `&mut SemaphorePermit<'a>` borrows what the receiver
                    // borrows (the semaphore), not the receiver.
                    self.method_loans.insert(key, MethodLoan::Consumes);
                    return;
                }
                match place {
                    Some(p) => {
                        self.method_loans.insert(key, MethodLoan::Borrows(p, kind));
                    }
                    None if !through_shared && pick.derefs == 0
                        || matches!(pick.chain.first(), Some(DerefKind::Guard | DerefKind::Box | DerefKind::Shared(_))) =>
                    {
                        // A temporary receiver (`format!(..).trim()`,
                        // `m.lock().await.first()`): an owned value.
                        let rt = self.expr_types.get(&(receiver.span.start, receiver.span.end)).cloned().unwrap_or(Ty::Unknown);
                        let rt = self.table.resolve(&rt);
                        let owned = matches!(rt, Ty::Adt(..)) && !self.is_copy(&rt) && !is_place_like(receiver);
                        if owned {
                            self.method_loans.insert(key, MethodLoan::Temporary(receiver.span));
                        }
                    }
                    None => {}
                }
            }
            Some(SelfKind::Value) => {
                self.method_loans.insert(key, MethodLoan::Consumes);
            }
            _ => {}
        }
    }

    /// The loans an expression's value carries.
    fn loans_of(&self, e: &Expr) -> Vec<(Place, Kind, Span)> {
        match &e.kind {
            ExprKind::Paren(x) | ExprKind::Try(x) => self.loans_of(x),
            // A future keeps what it borrows until it is done; its output
            // only if that is a reference (or holds one).
            ExprKind::Await { expr: x, .. } => {
                let t = self.expr_types.get(&(e.span.start, e.span.end)).map(|t| self.table.resolve(t)).unwrap_or(Ty::Unknown);
                if matches!(t, Ty::Unknown | Ty::Var(_)) || carries_borrow(&t, self.items, 0) { self.loans_of(x) } else { Vec::new() }
            }
            // `&*g` of a guard (or a `Box`, a `String`): `Deref::deref(&g)`
            // borrows `g` itself, shown at `g`.
            ExprKind::Ref { is_mut, expr }
                if let ExprKind::Unary(UnOp::Deref, inner) = &expr.unparen().kind
                    && let Some(p) = path_span(inner)
                    && let Some(&(id, _)) = self.uses.paths.get(&(p.start, p.end))
                    && matches!(self.table.resolve(&self.locals[id].ty), Ty::Adt(..)) =>
            {
                vec![(Place { root: id, proj: vec![] }, if *is_mut { Kind::Mut } else { Kind::Shared }, inner.span)]
            }
            // An `if`'s or a `match`'s value borrows what each branch's
            // does; a reference an arm's pattern binds borrows the
            // scrutinee (`match &st { Busy(n) => n, Idle => "idle" }`).
            ExprKind::If { then, else_, .. } => then.tail().into_iter().chain(else_.as_deref()).flat_map(|x| self.loans_of(x)).collect(),
            ExprKind::Match { scrutinee, arms } => arms
                .iter()
                .flat_map(|arm| {
                    let tail = tail_expr(&arm.body);
                    let bound = path_span(tail)
                        .and_then(|p| self.uses.paths.get(&(p.start, p.end)))
                        .map(|&(id, _)| id)
                        .filter(|&id| self.locals[id].span.start >= arm.pat.span.start && self.locals[id].span.end <= arm.pat.span.end);
                    match bound {
                        Some(id) if matches!(self.table.resolve(&self.locals[id].ty), Ty::Ref { .. }) => self.loans_of(scrutinee),
                        Some(_) => Vec::new(),
                        None => self.loans_of(tail),
                    }
                })
                .collect(),
            // A block's value borrows what its tail borrows (`{ let g =
            // m.lock().await; &*g }`).
            ExprKind::Block { block, .. } => block.tail().map(|x| self.loans_of(x)).unwrap_or_default(),
            ExprKind::Ref { is_mut, expr } => match self.borrowed_place(expr) {
                Some(p) => vec![(p, if *is_mut { Kind::Mut } else { Kind::Shared }, self.index_borrow_span(expr).unwrap_or(e.span))],
                None => Vec::new(),
            },
            ExprKind::MethodCall { receiver, .. } => match self.method_loans.get(&(e.span.start, e.span.end)) {
                // rustc shows the borrow at the receiver (`v` in `v.first()`).
                Some(MethodLoan::Borrows(p, k)) => vec![(p.clone(), *k, if is_place_like(receiver) { receiver.span } else { e.span })],
                // `m.get(&k).copied()`: the reference the receiver held (into
                // `m`) is gone; a reference left in the copy was stored in
                // `m`, and outlives that borrow (a `&'static str` value).
                Some(MethodLoan::Consumes) if matches!(&e.kind, ExprKind::MethodCall { method, args, .. } if args.is_empty() && matches!(method.name.as_str(), "copied" | "cloned")) => {
                    Vec::new()
                }
                Some(MethodLoan::Consumes) => {
                    let t = self.expr_types.get(&(e.span.start, e.span.end)).map(|t| self.table.resolve(t)).unwrap_or(Ty::Unknown);
                    if carries_borrow(&t, self.items, 0) { self.loans_of(receiver) } else { Vec::new() }
                }
                _ => Vec::new(),
            },
            // `first(&mut v)`: the `&mut` it returns borrows its argument.
            ExprKind::Call { args, .. } if let Some(&i) = self.ret_place_calls.get(&(e.span.start, e.span.end)) => {
                args.get(i).map(|a| self.loans_of(a)).unwrap_or_default()
            }
            // `longest(a.as_str(), b.as_str())`: the reference it returns
            // borrows what the arguments of its lifetime borrow.
            ExprKind::Call { args, .. } if let Some(ps) = self.ret_ref_calls.get(&(e.span.start, e.span.end)) => {
                ps.iter().filter_map(|&i| args.get(i)).flat_map(|a| self.loans_of(a)).collect()
            }
            // An `async fn`'s future keeps what its arguments borrow.
            ExprKind::Call { args, .. } if matches!(self.expr_types.get(&(e.span.start, e.span.end)).map(|t| self.table.resolve(t)), Some(Ty::Future(_))) => {
                args.iter().flat_map(|a| self.loans_of(a)).collect()
            }
            ExprKind::Path(_) => match self.local_of(e) {
                Some(r) => {
                    self.facts.loans.iter().filter(|l| matches!(l.holder, Holder::Local(h) if h == r)).map(|l| (l.place.clone(), l.kind, l.span)).collect()
                }
                None => Vec::new(),
            },
            // A struct or variant keeps what its fields borrow
            // (`Wrap(&mut v)`, `Counter { hits: &mut n }`).
            ExprKind::StructLit { fields, base, .. } => {
                fields.iter().flat_map(|f| self.loans_of(&f.value)).chain(base.iter().flat_map(|b| self.loans_of(b))).collect()
            }
            ExprKind::Call { func, args } if matches!(&func.kind, ExprKind::Path(p) if p.last().starts_with(|c: char| c.is_ascii_uppercase())) => {
                args.iter().flat_map(|a| self.loans_of(a)).collect()
            }
            // A non-`move` async block's future borrows what it uses by
            // reference, for as long as it lives.
            ExprKind::Async { .. } => self
                .async_loans
                .get(&(e.span.start, e.span.end))
                .map(|v| v.iter().map(|&(id, kind)| (Place { root: id, proj: vec![] }, kind, e.span)).collect())
                .unwrap_or_default(),
            // A closure borrows what it captures by reference, for as long
            // as it is used.
            ExprKind::Closure { .. } => self
                .closure_loans
                .get(&(e.span.start, e.span.end))
                .map(|v| v.iter().map(|(place, kind)| (place.clone(), *kind, e.span)).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The place `&e` borrows: `v` itself for `&v[0]` and `&data[..]`
    /// through `Index::index` (see [`Self::index_borrow_span`]), as rustc
    /// names and tracks it.
    fn borrowed_place(&self, e: &Expr) -> Option<Place> {
        let mut place = self.place_of(e)?;
        if self.index_borrow_span(e).is_some()
            && let Some(i) = place.proj.iter().rposition(|p| p == "[]")
        {
            place.proj.truncate(i);
        }
        Some(place)
    }

    /// `&v[0]`, `&data[..]` borrow `v` through `Index::index`: rustc
    /// shows the borrow at `v` (not at a built-in index of an array).
    fn index_borrow_span(&self, e: &Expr) -> Option<Span> {
        let mut cur = e;
        loop {
            match &cur.kind {
                ExprKind::Field(b, _) | ExprKind::TupleField(b, _, _) | ExprKind::Paren(b) => cur = b,
                ExprKind::Index(base, idx) => {
                    let bt = self
                        .expr_types
                        .get(&(base.span.start, base.span.end))
                        .cloned()
                        .or_else(|| self.recorded_ty(base.span))
                        .or_else(|| self.local_of(base).map(|id| self.locals[id].ty.clone()))
                        .map(|t| self.strip_all_refs(&self.table.resolve(&t)));
                    let range = matches!(idx.kind, ExprKind::Range { .. });
                    return (range || matches!(bt, Some(Ty::Adt(..)))).then_some(base.span);
                }
                _ => return None,
            }
        }
    }

    /// The binding `holder` now holds what `e` borrows.
    /// A `for` loop over the `&mut` elements of a variable or field path,
    /// with a pattern the compiler can make name each element's place.
    fn iter_mut_loop(&self, iter: &Expr, pat: &ast::Pat) -> Option<super::IterMut> {
        use super::IterMut;
        let recv = super::iter_mut_recv(iter)?;
        let kind_of = |this: &Self, t: &Ty| match this.table.resolve(t) {
            Ty::Adt(id, _) => match std_name(this.items, id) {
                "Vec" | "VecDeque" => Some(IterMut::Elems),
                "HashMap" | "BTreeMap" => Some(IterMut::Pairs),
                _ => None,
            },
            Ty::Array(..) | Ty::Slice(..) => Some(IterMut::Elems),
            _ => None,
        };
        let kind = match &iter.kind {
            ExprKind::MethodCall { receiver, method, .. } if method.name == "enumerate" => {
                let ExprKind::MethodCall { method: inner, .. } = &receiver.kind else { return None };
                let (path, _) = self.method_paths.get(&(inner.span.start, inner.span.end))?;
                if !matches!(path.as_str(), "slice::iter_mut" | "std::vec::Vec::iter_mut" | "std::collections::VecDeque::iter_mut") {
                    return None;
                }
                IterMut::Enumerated
            }
            ExprKind::MethodCall { method, .. } => {
                let (path, _) = self.method_paths.get(&(method.span.start, method.span.end))?;
                match path.as_str() {
                    "slice::iter_mut" | "std::vec::Vec::iter_mut" | "std::collections::VecDeque::iter_mut" => IterMut::Elems,
                    "std::collections::HashMap::iter_mut" | "std::collections::BTreeMap::iter_mut" => IterMut::Pairs,
                    "std::collections::HashMap::values_mut" | "std::collections::BTreeMap::values_mut" => IterMut::Values,
                    _ => return None,
                }
            }
            _ => {
                let t = self.all_types.iter().rev().find(|(s, _)| *s == (recv.span.start, recv.span.end)).map(|(_, t)| t.clone())?;
                kind_of(self, &t)?
            }
        };
        let plain = |p: &ast::Pat| matches!(p.kind, PatKind::Ident { is_mut: false, by_ref: false, sub: None, .. });
        // `(name, qty)` of a tuple element: each binding a `&mut` of its field.
        let elem = |p: &ast::Pat| {
            plain(p)
                || matches!(&p.kind, PatKind::Tuple(ps) if !ps.is_empty() && ps.iter().all(|x| plain(x) || matches!(x.kind, PatKind::Wild)) && ps.iter().any(plain))
        };
        let ok = match kind {
            IterMut::Elems => elem(pat),
            IterMut::Values => plain(pat),
            IterMut::Pairs => {
                matches!(&pat.kind, PatKind::Tuple(ps) if ps.len() == 2 && (plain(&ps[0]) || matches!(ps[0].kind, PatKind::Wild)) && plain(&ps[1]))
            }
            IterMut::Enumerated => {
                matches!(&pat.kind, PatKind::Tuple(ps) if ps.len() == 2 && (plain(&ps[0]) || matches!(ps[0].kind, PatKind::Wild)) && elem(&ps[1]))
            }
        };
        ok.then_some(kind)
    }

    fn hold_loans(&mut self, holder: usize, e: &Expr) {
        for (place, kind, span) in self.loans_of(e) {
            self.facts.loans.push(Loan { holder: Holder::Local(holder), place, kind, span, held: e.span.end, body: self.body_ctx });
        }
        if let Some(temp) = self.temporary_of(e) {
            self.facts.temp_borrows.push((temp, holder, self.body_ctx));
        }
    }

    fn temporary_of(&self, e: &Expr) -> Option<Span> {
        match &e.kind {
            ExprKind::Paren(x) | ExprKind::Await { expr: x, .. } | ExprKind::Try(x) => self.temporary_of(x),
            ExprKind::MethodCall { receiver, .. } => match self.method_loans.get(&(e.span.start, e.span.end)) {
                Some(MethodLoan::Temporary(t)) => Some(*t),
                Some(MethodLoan::Consumes) => {
                    let t = self.expr_types.get(&(e.span.start, e.span.end)).map(|t| self.table.resolve(t)).unwrap_or(Ty::Unknown);
                    if carries_borrow(&t, self.items, 0) { self.temporary_of(receiver) } else { None }
                }
                _ => None,
            },
            _ => None,
        }
    }

    // ---- blocks and statements ----------------------------------------------

    fn block(&mut self, b: &Block, expected: Option<&Ty>) -> Ty {
        self.block_ends.push(b.span.end);
        let t = self.block_scoped(b, expected);
        self.block_ends.pop();
        t
    }

    fn block_scoped(&mut self, b: &Block, expected: Option<&Ty>) -> Ty {
        self.push_scope();
        let mut diverges = false;
        let mut value = Ty::unit();
        let n = b.stmts.len();
        for (i, st) in b.stmts.iter().enumerate() {
            let last = i + 1 == n;
            match &st.kind {
                StmtKind::Let { pat, ty, init, else_block } => {
                    if let Some(written) = ty {
                        self.unsized_dyn(written);
                    }
                    let declared = ty.as_ref().map(|t| self.lower_ty(t));
                    let t = match (init, &declared) {
                        (Some(e), Some(d)) => {
                            let outer = self.untyped_let.take();
                            let found = self.expr(e, Some(d), Use::Move);
                            self.untyped_let = outer;
                            self.coerce(&found, d, e.span);
                            if let Some(written) = ty {
                                self.array_len_mismatch(written, e);
                            }
                            d.clone()
                        }
                        (Some(e), None) => {
                            // `let f = |s: &mut State| s.n += 1;`: its `&mut`
                            // parameters are handed back at each call `f(..)`.
                            self.mut_param_closure = matches!(e.kind, ExprKind::Closure { is_async: false, .. }) && matches!(pat.kind, PatKind::Ident { .. });
                            let outer = self.untyped_let.replace(pat.span);
                            let outer_end = std::mem::replace(&mut self.untyped_let_end, e.span.end);
                            let t = self.expr(e, None, Use::Move);
                            self.untyped_let = outer;
                            self.untyped_let_end = outer_end;
                            self.mut_param_closure = false;
                            // `let r2 = r;`: a `&mut` moves (no expected type).
                            if !matches!(pat.kind, PatKind::Wild) {
                                self.maybe_ref_move(e);
                            }
                            t
                        }
                        (None, Some(d)) => d.clone(),
                        (None, None) => self.fresh(),
                    };
                    if let Some(e) = init {
                        self.moved_out_unless_wild(e, pat);
                    }
                    if let Some(eb) = else_block {
                        self.block(eb, None);
                    }
                    let let_else_enum = else_block.is_some() && self.is_enum_ty(&t);
                    // A closure literal, or a block that ends in one
                    // (`let f = { let x = ..; move || .. };`).
                    let is_closure = init.as_ref().is_some_and(is_closure_value);
                    let kind = std::mem::take(&mut self.last_closure);
                    let before = self.locals.len();
                    self.pat(pat, &t, init.is_some());
                    if let Some(e) = init
                        && else_block.is_none()
                    {
                        self.partial_let(pat, e, before);
                        self.destructure_local(e, pat);
                    }
                    // `let Some(s) = opt else { .. };` moves a `String` out
                    // of `opt`, as `if let` does.
                    if let Some(e) = init
                        && let_else_enum
                        && self.binds_by_value(pat)
                        && self.locals[before..].iter().any(|l| self.binds_owned(l))
                        && super::ref_form(e, &self.method_paths).is_none()
                    {
                        self.no_move_out_check += 1;
                        self.moved_out(e);
                        self.no_move_out_check -= 1;
                    }
                    if else_block.is_none() {
                        self.check_irrefutable(&t, pat);
                    }
                    if let (Some(written), Some(e)) = (ty, init) {
                        self.dyn_box_impls(written, e);
                    }
                    if let (Some(written), true, PatKind::Ident { by_ref: false, .. }) = (ty, self.locals.len() == before + 1, &pat.kind)
                        && let Some(shown) = self.box_dyn_future(written)
                    {
                        self.unpinned_dyn_futures.push((before, shown));
                    }
                    if let (Some(written), true, PatKind::Ident { by_ref: false, .. }) = (ty, self.locals.len() == before + 1, &pat.kind)
                        && let Some((tr, true)) = items::dyn_box_target(written)
                        && self.items.plain_trait_methods.contains_key(&tr)
                    {
                        self.dyn_vec_locals.push((before, tr));
                    }
                    // `let d: Box<dyn Draw> = ..`: only the trait's methods.
                    if let (Some(written), true, PatKind::Ident { by_ref: false, .. }) = (ty, self.locals.len() == before + 1, &pat.kind)
                        && let Some((shown, methods)) = self.dyn_trait_methods(written)
                    {
                        self.trait_locals.push((before, shown, methods));
                    }
                    if let (Some(e), true, PatKind::Ident { by_ref: false, .. }) = (init, self.locals.len() == before + 1, &pat.kind) {
                        if is_closure {
                            self.closure_locals.insert(before, kind);
                        }
                        self.hold_loans(before, e);
                        if let (PatKind::Ident { is_mut: false, .. }, ExprKind::Ref { is_mut: true, expr: target }) = (&pat.kind, &e.kind)
                            && field_path(target)
                        {
                            self.locals[before].aliased = true;
                        }
                        if matches!(pat.kind, PatKind::Ident { is_mut: false, by_ref: false, sub: None, .. })
                            && else_block.is_none()
                            && self.reborrowed_param(e).is_some()
                        {
                            self.locals[before].aliased = true;
                            self.param_reborrows.insert((e.span.start, e.span.end));
                        }
                        // `let x = m.get_mut(&k).unwrap();`, `let r =
                        // b.push(1);`: the compiler makes `x` name the
                        // element's place.
                        if matches!(pat.kind, PatKind::Ident { is_mut: false, sub: None, .. })
                            && else_block.is_none()
                            && (super::ref_place_form(e, &self.method_paths).is_some() || self.ret_place_calls.contains_key(&(e.span.start, e.span.end)))
                        {
                            self.locals[before].aliased = true;
                        }
                    }
                    // `let Some(x) = m.get_mut(&k) else { .. };`: as for
                    // `if let`, the compiler makes `x` name the element's
                    // place, and `x` holds the borrow of the map.
                    if let (Some(e), Some(_), PatKind::TupleStruct(..)) = (init, else_block, &pat.kind)
                        && super::ref_form(e, &self.method_paths).is_some()
                        && self.locals.len() == before + 1
                    {
                        self.locals[before].aliased = true;
                        self.hold_loans(before, e);
                    }
                    // `let a = async { .. };`: `a`'s type is that block's.
                    if let (Some(e), true, PatKind::Ident { by_ref: false, .. }) = (init, self.locals.len() == before + 1, &pat.kind)
                        && let Some((o, kw)) = self.future_origin(e)
                    {
                        let kw = kw.or_else(|| matches!(e.kind, ExprKind::Async { .. }).then(|| self.async_keyword(e)));
                        self.future_locals.insert(self.locals[before].span.start, (o, kw));
                    }
                    // `let s = stream.then(f);` (or a chain over it, or a
                    // move of such a local): `s` is not `Unpin`.
                    if let (Some(e), true, PatKind::Ident { by_ref: false, .. }) = (init, self.locals.len() == before + 1, &pat.kind)
                        && let Some(what) = self.then_in_chain(e)
                    {
                        self.not_unpin.insert(before, what);
                    }
                    // `let r = &v;`: remember what `r` borrows.
                    if let (Some(e), true) = (init, self.locals.len() == before + 1)
                        && let ExprKind::Ref { expr, .. } = &e.kind
                        && let Some(root) = self.place_root(expr)
                    {
                        self.locals[before].borrows = Some((root, e.span));
                    }
                }
                StmtKind::Expr { expr, semi } => {
                    let exp = if last && !*semi { expected } else { None };
                    // An `if` as a statement, not as the block's value.
                    if !(last && !*semi)
                        && let ExprKind::If { else_: None, .. } = &expr.kind
                    {
                        self.stmt_ifs.insert((expr.span.start, expr.span.end));
                    }
                    let t = self.expr(expr, exp, Use::Move);
                    if matches!(self.table.shallow(&t), Ty::Never) {
                        diverges = true;
                    }
                    if last && !*semi {
                        self.moved_out(expr);
                        value = t;
                    } else if *semi
                        || !matches!(
                            expr.kind,
                            ExprKind::If { .. }
                                | ExprKind::Match { .. }
                                | ExprKind::Block { .. }
                                | ExprKind::While { .. }
                                | ExprKind::Loop { .. }
                                | ExprKind::For { .. }
                                | ExprKind::Unsafe(_)
                        )
                    {
                        self.unused_value(&t, expr);
                    }
                }
                StmtKind::Item(_) | StmtKind::Empty => {}
            }
        }
        self.pop_scope();
        if diverges && value.is_unit() && !matches!(b.stmts.last().map(|s| &s.kind), Some(StmtKind::Expr { semi: false, .. })) {
            return Ty::Never;
        }
        value
    }

    fn moved_out_unless_wild(&mut self, e: &Expr, pat: &Pat) {
        // `let _ = x;` does not move `x`; `let Point { x, y } = *p;` may
        // copy fields only (no E0507 unless a plain binding takes it all).
        match &pat.kind {
            PatKind::Wild => {}
            PatKind::Ident { by_ref: false, sub: None, .. } => self.moved_out(e),
            // `let Job { name, .. } = job;` moves only the fields it binds:
            // not modelled, so not a move of the whole (but E0509 when
            // `Job` has a `Drop` impl).
            PatKind::Struct(..) | PatKind::TupleStruct(..) => self.check_drop_destructure(e, pat),
            PatKind::Tuple(_) | PatKind::Slice(_) => {}
            _ => {
                self.no_move_out_check += 1;
                self.moved_out(e);
                self.no_move_out_check -= 1;
            }
        }
    }

    /// E0509: a pattern that binds a non-`Copy` field of a value whose
    /// type has a `Drop` impl by value (the `drop` needs every field).
    /// Only plain bindings of the pattern's own fields are judged.
    fn check_drop_destructure(&mut self, e: &Expr, pat: &Pat) {
        let t = self.expr_type_quiet(e);
        if !self.has_drop_impl(&t) || !matches!(t, Ty::Adt(..)) {
            return;
        }
        let Ty::Adt(id, _) = &t else { return };
        let Some(adt) = self.adt(*id).cloned() else { return };
        let fields: &FieldsDef = match (&adt.kind, &pat.kind) {
            (AdtKind::Struct(f), _) => f,
            (AdtKind::Enum(vs), PatKind::Struct(p, ..) | PatKind::TupleStruct(p, _)) => match vs.iter().find(|v| v.name == p.last()) {
                Some(v) => &v.fields,
                None => return,
            },
            _ => return,
        };
        // (the binding's pattern, the field's type)
        let bound: Vec<(&Pat, Option<&Ty>)> = match (&pat.kind, fields) {
            (PatKind::Struct(_, fps, _), FieldsDef::Named(fs)) => {
                fps.iter().map(|fp| (&fp.pat, fs.iter().find(|(n, _)| *n == fp.name.name).map(|(_, t)| t))).collect()
            }
            (PatKind::TupleStruct(_, ps), FieldsDef::Tuple(ts)) if !ps.iter().any(|p| matches!(p.kind, PatKind::Rest)) => {
                ps.iter().zip(ts.iter()).map(|(p, t)| (p, Some(t))).collect()
            }
            _ => return,
        };
        for (p, ft) in bound {
            let (PatKind::Ident { by_ref: false, sub: None, name, .. }, Some(ft)) = (&p.kind, ft) else { continue };
            if ft.has_unknown() || has_var_or_param(ft) || self.is_copy(ft) {
                continue;
            }
            let d = Diagnostic::error(e.span, format!("cannot move out of type `{}`, which implements the `Drop` trait", self.show(&t)))
                .with_code("E0509")
                .with_label(e.span, "cannot move out of here")
                .with_label(p.span, format!("data moved here: `{}` has type `{}`, which does not implement the `Copy` trait", name.name, self.show(ft)))
                .with_note("help: bind it by reference (`ref name`), or take it out and leave something in its place (`std::mem::take`, `Option::take`)");
            self.borrow_error(d);
            return;
        }
    }

    /// E0507: moving a non-`Copy` value out of a place behind a reference,
    /// an `Arc`/`Rc`, a guard or an index.
    fn check_move_out(&mut self, e: &Expr) {
        if self.no_move_out_check > 0 || !is_place_like(e) {
            return;
        }
        let t = self.expr_type_quiet(e);
        // A generic `T` is judged only when it is surely not `Copy`.
        let sure_param = matches!(t, Ty::Param(i, _) if self.surely_not_copy(i));
        if self.is_copy(&t) || matches!(t, Ty::Ref { .. }) || t.has_unknown() || (has_var_or_param(&t) && !sure_param) {
            return;
        }
        let text = self.text(e.span).to_string();
        let message = match &e.kind {
            ExprKind::Paren(x) => return self.check_move_out(x),
            ExprKind::Unary(UnOp::Deref, b) => {
                let bt = self.expr_type_quiet(b);
                match self.deref_ty(&bt) {
                    Some((_, DerefKind::Ref)) => format!("cannot move out of `{text}` which is behind a shared reference"),
                    Some((_, DerefKind::RefMut)) => format!("cannot move out of `{text}` which is behind a mutable reference"),
                    Some((_, DerefKind::Shared(owner))) => format!("cannot move out of an `{owner}`"),
                    Some((_, DerefKind::Guard)) => format!("cannot move out of dereference of `{}`", self.show(&bt)),
                    _ => return,
                }
            }
            ExprKind::Field(b, _) | ExprKind::TupleField(b, _, _) => {
                let bt = self.expr_type_quiet(b);
                let direct = match (&e.kind, &bt) {
                    (ExprKind::Field(_, name), Ty::Adt(id, _)) => {
                        matches!(self.adt(*id).map(|a| &a.kind), Some(AdtKind::Struct(FieldsDef::Named(fs))) if fs.iter().any(|(n, _)| n == &name.name))
                    }
                    (ExprKind::TupleField(..), Ty::Tuple(_)) => true,
                    (ExprKind::TupleField(..), Ty::Adt(id, _)) => matches!(self.adt(*id).map(|a| &a.kind), Some(AdtKind::Struct(FieldsDef::Tuple(_)))),
                    _ => false,
                };
                if direct && self.has_drop_impl(&bt) {
                    // Its `drop` needs every field.
                    let d = Diagnostic::error(e.span, format!("cannot move out of type `{}`, which implements the `Drop` trait", self.show(&bt)))
                        .with_code("E0509")
                        .with_label(e.span, format!("move occurs because `{text}` has type `{}`, which does not implement the `Copy` trait", self.show(&t)))
                        .with_note("help: borrow it (`&...`), clone it (`.clone()`), or take it out and leave something in its place (`std::mem::take`, `Option::take`)");
                    self.borrow_error(d);
                    return;
                }
                if direct {
                    // A field of an owned struct: fine unless the struct
                    // itself is behind something.
                    return self.check_move_out_base(b, e);
                }
                match self.deref_ty(&bt) {
                    Some((_, DerefKind::Ref)) => format!("cannot move out of `{text}` which is behind a shared reference"),
                    Some((_, DerefKind::RefMut)) => format!("cannot move out of `{text}` which is behind a mutable reference"),
                    Some((_, DerefKind::Shared(owner))) => format!("cannot move out of an `{owner}`"),
                    Some((_, DerefKind::Guard)) => format!("cannot move out of dereference of `{}`", self.show(&bt)),
                    _ => return,
                }
            }
            ExprKind::Index(b, _) => {
                let bt = self.expr_type_quiet(b);
                format!("cannot move out of index of `{}`", self.show(&self.strip_all_refs(&bt)))
            }
            _ => return,
        };
        let d = Diagnostic::error(e.span, message)
            .with_code("E0507")
            .with_label(e.span, format!("move occurs because value has type `{}`, which does not implement the `Copy` trait", self.show(&t)))
            .with_note("help: borrow it (`&...`), clone it (`.clone()`), or take it out and leave something in its place (`std::mem::take`, `Option::take`)");
        self.borrow_error(d);
    }

    /// A field moved out of `base`: an error when `base` is itself behind
    /// a reference or a smart pointer.
    fn check_move_out_base(&mut self, base: &Expr, whole: &Expr) {
        match &base.kind {
            ExprKind::Field(..) | ExprKind::TupleField(..) | ExprKind::Unary(UnOp::Deref, _) | ExprKind::Index(..) | ExprKind::Paren(_) => {
                // Judge the field as if it were the base, with the field's
                // text and type.
                let bt = self.expr_type_quiet(base);
                let _ = bt;
                if let ExprKind::Field(inner, _) | ExprKind::TupleField(inner, _, _) = &base.kind {
                    let it = self.expr_type_quiet(inner);
                    if let Some((_, k)) = self.deref_ty(&it)
                        && !matches!(it, Ty::Adt(id, _) if self.adt(id).is_some_and(|a| !a.is_stub))
                    {
                        let text = self.text(whole.span).to_string();
                        let message = match k {
                            DerefKind::Ref => format!("cannot move out of `{text}` which is behind a shared reference"),
                            DerefKind::RefMut => format!("cannot move out of `{text}` which is behind a mutable reference"),
                            DerefKind::Shared(owner) => format!("cannot move out of an `{owner}`"),
                            DerefKind::Guard => format!("cannot move out of dereference of `{}`", self.show(&it)),
                            DerefKind::Box => return,
                        };
                        let d = Diagnostic::error(whole.span, message).with_code("E0507");
                        self.borrow_error(d);
                    }
                }
            }
            _ => {}
        }
    }

    /// Warnings for a value thrown away by `expr;`.
    fn unused_value(&mut self, t: &Ty, e: &Expr) {
        let t = self.table.resolve(t);
        let is_future = match &t {
            Ty::Future(_) => true,
            Ty::Adt(id, _) => self.std_name(*id) == "Sleep",
            _ => false,
        };
        if is_future {
            self.warnings.push(
                Diagnostic::warning(e.span, "unused implementer of `Future` that must be used")
                    .with_note("note: futures do nothing unless you `.await` or poll them: nothing happens here (nothing is sent, nobody sleeps)"),
            );
            return;
        }
        if let Ty::Adt(id, _) = &t
            && self.adt(*id).is_some_and(|a| a.is_stub && a.name == "Result")
        {
            self.warnings.push(
                Diagnostic::warning(e.span, format!("unused `{}` that must be used", self.show(&t)))
                    .with_note("note: this `Result` may be an `Err` variant, which should be handled: `.unwrap()` it, match on it, or write `let _ = ...;` to ignore it on purpose"),
            );
        }
    }

    // ---- patterns ---------------------------------------------------------

    /// Binds a pattern's variables against a value of type `t`.
    fn pat(&mut self, p: &Pat, t: &Ty, initialized: bool) {
        self.pat_mode(p, t, initialized, None);
    }

    fn pat_mode(&mut self, p: &Pat, t: &Ty, initialized: bool, by_ref: Option<bool>) {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return;
        }
        // Match ergonomics: a non-reference pattern against `&T` looks
        // through the reference and binds by reference.
        let mut t = self.table.shallow(t);
        let mut mode = by_ref;
        // Against a value of a type not modelled (a stream's item, say),
        // whether the bindings inside bind by reference is not known.
        let unknown_mode = matches!(t, Ty::Unknown) && mode.is_none() && matches!(p.kind, PatKind::TupleStruct(..) | PatKind::Struct(..) | PatKind::Tuple(_));
        self.unknown_mode_depth += u32::from(unknown_mode);
        // A string literal's type is a reference already: it is matched
        // as it is (rustc's `AdjustMode::Pass`).
        if !matches!(
            p.kind,
            PatKind::Ident { .. } | PatKind::Wild | PatKind::Ref(..) | PatKind::Rest | PatKind::Or(_) | PatKind::Lit(Lit::Str(_) | Lit::ByteStr(_), _)
        ) {
            while let Ty::Ref { is_mut, inner } = t.clone() {
                mode = Some(mode.map_or(is_mut, |m| m && is_mut));
                t = self.table.shallow(&inner);
            }
        }
        match &p.kind {
            PatKind::Wild | PatKind::Rest => {}
            PatKind::Ident { name, is_mut, by_ref: explicit_ref, sub } => {
                // A unit variant or constant named by a single identifier.
                if sub.is_none() && !*is_mut && !*explicit_ref && name.name.chars().next().is_some_and(|c| c.is_uppercase()) {
                    let path = Path { segments: vec![ast::PathSegment { ident: name.clone(), generics: vec![] }], span: name.span, qself: None };
                    if let Some(vt) = self.value_path_type(&path, false) {
                        // `None` against `&Option<T>`: through the reference.
                        let mut target = t.clone();
                        while let Ty::Ref { inner, .. } = self.table.shallow(&target) {
                            if matches!(self.table.shallow(&vt), Ty::Ref { .. }) {
                                break;
                            }
                            target = *inner;
                        }
                        if self.table.unify(&vt, &target).is_err() {
                            self.mismatch(p.span, &target, &vt);
                        }
                        self.depth -= 1;
                        return;
                    }
                    self.binding_named_like_variant(name, &t);
                }
                let bt = match (explicit_ref, mode) {
                    (true, _) => Ty::Ref { is_mut: *is_mut, inner: Box::new(t.clone()) },
                    (false, Some(m)) => Ty::Ref { is_mut: m, inner: Box::new(t.clone()) },
                    (false, None) => t.clone(),
                };
                let binding_mut = *is_mut && !*explicit_ref;
                if (*explicit_ref && *is_mut) || (!*explicit_ref && !*is_mut && mode == Some(true)) {
                    self.ref_mut_binds.insert((name.span.start, name.span.end));
                }
                let id = self.declare(&name.name, bt, binding_mut, name.span, initialized);
                if self.unknown_mode_depth > 0 {
                    self.unknown_mode_binds.insert(id);
                }
                if let Some(s) = sub {
                    self.pat_mode(s, &t, initialized, mode);
                }
            }
            PatKind::Lit(lit, neg) => {
                let lt = self.lit(lit);
                let _ = neg;
                // A byte string pattern matches a `&[u8]` too.
                let byte_slice = Ty::shared_ref(Ty::Slice(Box::new(Ty::Int(Int::U8))));
                if matches!(lit, Lit::ByteStr(_)) && self.table.clone().unify(&byte_slice, &t).is_ok() {
                    let _ = self.table.unify(&byte_slice, &t);
                } else if self.table.unify(&lt, &t).is_err() {
                    self.mismatch(p.span, &t, &lt);
                }
            }
            PatKind::Range { start, end, .. } => {
                for b in [start, end].into_iter().flatten() {
                    self.pat_mode(b, &t, initialized, mode);
                }
            }
            PatKind::Tuple(ps) => {
                let has_rest = ps.iter().any(|x| matches!(x.kind, PatKind::Rest));
                match self.table.shallow(&t) {
                    Ty::Tuple(ts) if !has_rest && ts.len() == ps.len() => {
                        for (sp, st) in ps.iter().zip(ts) {
                            self.pat_mode(sp, &st, initialized, mode);
                        }
                    }
                    Ty::Var(_) if !has_rest => {
                        let ts: Vec<Ty> = ps.iter().map(|_| self.fresh()).collect();
                        let _ = self.table.unify(&t, &Ty::Tuple(ts.clone()));
                        for (sp, st) in ps.iter().zip(ts) {
                            self.pat_mode(sp, &st, initialized, mode);
                        }
                    }
                    Ty::Tuple(ts) if !has_rest => {
                        let found = Ty::Tuple((0..ps.len()).map(|_| self.fresh()).collect());
                        self.mismatch(p.span, &Ty::Tuple(ts), &found);
                        // Its bindings exist all the same (no E0425 later).
                        for sp in ps {
                            self.pat_mode(sp, &Ty::Unknown, initialized, mode);
                        }
                    }
                    // `(first, .., last)`: the patterns after `..` take the
                    // last elements.
                    Ty::Tuple(ts) if ps.iter().filter(|x| matches!(x.kind, PatKind::Rest)).count() == 1 && ts.len() + 1 >= ps.len() => {
                        let split = ps.iter().position(|x| matches!(x.kind, PatKind::Rest)).unwrap_or(0);
                        let after = ps.len() - split - 1;
                        for (sp, st) in ps[..split].iter().zip(&ts) {
                            self.pat_mode(sp, st, initialized, mode);
                        }
                        for (sp, st) in ps[split + 1..].iter().zip(&ts[ts.len() - after..]) {
                            self.pat_mode(sp, st, initialized, mode);
                        }
                        self.tuple_rests.insert((p.span.start, p.span.end), ts.len() as u32);
                    }
                    other => {
                        // `for (i, c) in s.chars()`: a tuple pattern on a
                        // `char` (a number, a struct...) is E0308.
                        if matches!(other, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::Adt(..)) {
                            let found = Ty::Tuple((0..ps.len()).map(|_| self.fresh()).collect());
                            self.mismatch(p.span, &other, &found);
                        }
                        for sp in ps {
                            self.pat_mode(sp, &Ty::Unknown, initialized, mode);
                        }
                    }
                }
            }
            PatKind::Slice(ps) => {
                let elem = match self.table.shallow(&t) {
                    Ty::Array(e) | Ty::Slice(e) => *e,
                    _ => Ty::Unknown,
                };
                for sp in ps {
                    match &sp.kind {
                        PatKind::Ident { sub: Some(s), .. } if matches!(s.kind, PatKind::Rest) => {
                            self.pat_mode(sp, &Ty::Slice(Box::new(elem.clone())), initialized, mode);
                        }
                        _ => self.pat_mode(sp, &elem, initialized, mode),
                    }
                }
            }
            PatKind::Path(path) => {
                if let Some(vt) = self.value_path_type(path, true)
                    && self.table.unify(&vt, &t).is_err()
                {
                    self.mismatch(p.span, &t, &vt);
                }
            }
            PatKind::TupleStruct(path, ps) => {
                let fields = self.ctor_fields(path, &t, p.span);
                let has_rest = ps.iter().any(|x| matches!(x.kind, PatKind::Rest));
                match fields {
                    Some(fs) if !has_rest && fs.len() == ps.len() => {
                        for (sp, ft) in ps.iter().zip(fs) {
                            self.pat_mode(sp, &ft, initialized, mode);
                        }
                    }
                    _ => {
                        for sp in ps {
                            self.pat_mode(sp, &Ty::Unknown, initialized, mode);
                        }
                    }
                }
            }
            PatKind::Struct(path, fps, _) => {
                let named = self.struct_fields(path, &t);
                for fp in fps {
                    let ft = named.as_ref().and_then(|fs| fs.iter().find(|(n, _)| *n == fp.name.name).map(|(_, t)| t.clone())).unwrap_or(Ty::Unknown);
                    self.pat_mode(&fp.pat, &ft, initialized, mode);
                }
            }
            PatKind::Or(alts) => {
                let before = self.locals.len();
                for a in alts {
                    self.pat_mode(a, &t, initialized, mode);
                }
                // Each alternative binds the same names: no unused warnings.
                self.no_warn.extend(before..self.locals.len());
            }
            PatKind::Ref(inner, pat_mut) => match self.table.shallow(&t) {
                Ty::Ref { is_mut, inner: it } => {
                    if is_mut != *pat_mut {
                        // rustc's E0308 for `&mut p` against `&T` and `&p` against `&mut T`.
                        let (expected, found) = if is_mut { ("mutable reference", "reference `&_`") } else { ("reference", "mutable reference `&mut _`") };
                        let d = Diagnostic::error(p.span, "mismatched types")
                            .with_code("E0308")
                            .with_label(p.span, "types differ in mutability")
                            .with_note(format!("note: expected {expected} `{}`, found {found}", self.show(&t)));
                        self.type_error(d);
                    }
                    self.pat_mode(inner, &it, initialized, None);
                }
                _ => self.pat_mode(inner, &Ty::Unknown, initialized, None),
            },
        }
        self.unknown_mode_depth -= u32::from(unknown_mode);
        self.depth -= 1;
    }

    /// The field types of a tuple struct or tuple variant pattern, after
    /// unifying the scrutinee with the enum or struct type.
    fn ctor_fields(&mut self, path: &Path, scrutinee: &Ty, span: Span) -> Option<Vec<Ty>> {
        let def = match self.resolve_value_full(path) {
            items::Resolved::Value(v) => v,
            items::Resolved::Error(d) => {
                if !self.resolve_errors.iter().any(|x| x.span == d.span) {
                    self.resolve_errors.push(d);
                }
                return None;
            }
            items::Resolved::Unmodelled => return None,
        };
        let (id, variant) = match def {
            ValueDef::Variant(id, v) => (id, Some(v)),
            ValueDef::TupleCtor(id) => (id, None),
            _ => return None,
        };
        let args = self.instantiate_adt(id);
        let adt_ty = Ty::Adt(id, args.clone());
        if self.table.unify(&adt_ty, scrutinee).is_err() {
            self.mismatch(span, scrutinee, &adt_ty);
            return None;
        }
        let adt = self.adt(id)?.clone();
        let fields = match (&adt.kind, variant) {
            (AdtKind::Enum(vs), Some(v)) => vs.get(v)?.fields.clone(),
            (AdtKind::Struct(f), None) => f.clone(),
            _ => return None,
        };
        match fields {
            FieldsDef::Tuple(ts) => Some(ts.iter().map(|t| t.subst(&args)).collect()),
            _ => None,
        }
    }

    fn struct_fields(&mut self, path: &Path, scrutinee: &Ty) -> Option<Vec<(String, Ty)>> {
        let (id, variant) = self.resolve_struct_path(path)?;
        let args = self.instantiate_adt(id);
        let adt_ty = Ty::Adt(id, args.clone());
        if self.table.unify(&adt_ty, scrutinee).is_err() {
            return None;
        }
        let adt = self.adt(id)?.clone();
        let fields = match (&adt.kind, variant) {
            (AdtKind::Enum(vs), Some(v)) => vs.get(v)?.fields.clone(),
            (AdtKind::Struct(f), None) => f.clone(),
            _ => return None,
        };
        match fields {
            FieldsDef::Named(fs) => Some(fs.iter().map(|(n, t)| (n.clone(), t.subst(&args))).collect()),
            _ => None,
        }
    }

    /// `Point { .. }` or `Msg::Get { .. }`: the ADT and the variant.
    fn resolve_struct_path(&mut self, path: &Path) -> Option<(AdtId, Option<usize>)> {
        let names = path.names();
        self.type_privacy(&names, path);
        if names.len() == 1
            && names[0] == "Self"
            && let Some(Ty::Adt(id, _)) = &self.self_ty
        {
            return Some((*id, None));
        }
        if let Some(TypeDef::Adt(id)) = items::resolve_type_path(self.items, &names, &self.module) {
            return Some((id, None));
        }
        if names.len() >= 2 {
            let enum_names = &names[..names.len() - 1];
            let enum_id = if enum_names == ["Self"] {
                match &self.self_ty {
                    Some(Ty::Adt(id, _)) => Some(*id),
                    _ => None,
                }
            } else {
                match items::resolve_type_path(self.items, enum_names, &self.module) {
                    Some(TypeDef::Adt(id)) => Some(id),
                    _ => None,
                }
            };
            if let Some(id) = enum_id
                && let Some(AdtKind::Enum(vs)) = self.adt(id).map(|a| a.kind.clone())
            {
                let name = names[names.len() - 1];
                if let Some(v) = vs.iter().position(|v| v.name == name) {
                    return Some((id, Some(v)));
                }
                // `Op::Sub { n }` of a user enum without that variant.
                if (id.0 as usize) >= self.items.std_adts
                    && let Some(adt) = self.adt(id)
                {
                    let (tname, span) = (adt.name.clone(), path.segments.last().map_or(path.span, |s| s.ident.span));
                    if !self.resolve_errors.iter().any(|x| x.span == span) {
                        self.resolve_errors.push(
                            Diagnostic::error(span, format!("no variant named `{name}` found for enum `{tname}`"))
                                .with_code("E0599")
                                .with_label(span, format!("variant not found in `{tname}`")),
                        );
                    }
                }
            }
        }
        None
    }

    // ---- paths ------------------------------------------------------------

    /// What a value path names (not locals).
    /// E0603 for a path of two or more segments through a private item.
    fn privacy(&self, full: &str, path: &Path) -> Option<Diagnostic> {
        let segments: Vec<(&str, Span)> = path.segments.iter().map(|s| (s.ident.name.as_str(), s.ident.span)).collect();
        items::privacy_error(self.items, full, &self.module, &segments, path.span)
    }

    /// E0603 for a type path (struct literal, pattern, written type).
    fn type_privacy(&mut self, names: &[&str], path: &Path) {
        if names.len() >= 2
            && let Some(full) = items::expand_in(self.items, names, &self.module)
            && let Some(d) = self.privacy(&full, path)
        {
            self.resolve_errors.push(d);
        }
    }

    fn resolve_value(&mut self, path: &Path) -> Option<ValueDef> {
        match self.resolve_value_full(path) {
            items::Resolved::Value(v) => Some(v),
            _ => None,
        }
    }

    fn resolve_value_full(&mut self, path: &Path) -> items::Resolved {
        match self.check_qself(path) {
            Err(d) => return items::Resolved::Error(d),
            Ok(false) => return items::Resolved::Unmodelled,
            Ok(true) => {}
        }
        let names = path.names();
        if names.len() >= 2
            && names[0] == "Self"
            && let Some(st) = self.self_ty.clone()
        {
            return self.assoc_value_at(&st, names[1], path);
        }
        // `T::NAME` for a generic `T: Trait`: the trait's constant.
        if let [g, item] = names[..]
            && let Some(i) = self.generics.iter().rposition(|n| n == g)
            && !self.items.types.contains_key(g)
        {
            let traits: Vec<String> = self.bounds.iter().filter(|(j, _)| *j == i).flat_map(|(_, t)| t.clone()).collect();
            for t in &traits {
                if let Some((_, ty)) = self.items.trait_consts.get(t).and_then(|cs| cs.iter().find(|(n, _)| n == item)) {
                    return items::Resolved::Value(ValueDef::Const(ty.clone()));
                }
            }
            if !traits.is_empty() && const_like(item) && traits.iter().all(|t| self.items.trait_consts.contains_key(t)) {
                let span = path.segments.last().map_or(path.span, |s| s.ident.span);
                return items::Resolved::Error(
                    Diagnostic::error(span, format!("no associated item named `{item}` found for type parameter `{g}` in the current scope"))
                        .with_code("E0599")
                        .with_label(span, format!("associated item not found in `{g}`")),
                );
            }
            return items::Resolved::Unmodelled;
        }
        // A name only another function's `use` brings in is not in scope.
        if let [name] = names[..]
            && !self.items.use_visible_at(name, path.span)
        {
            return items::Resolved::Unmodelled;
        }
        // `Trait::method` of a user trait: the impl is its receiver's.
        if let [tr, _] = names[..]
            && self.items.user_traits.contains_key(tr)
            && !self.items.types.contains_key(tr)
        {
            return items::Resolved::Unmodelled;
        }
        let Some(full) = items::expand_in(self.items, &names, &self.module) else { return items::Resolved::Unmodelled };
        if names.len() >= 2
            && let Some(d) = self.privacy(&full, path)
        {
            return items::Resolved::Error(d);
        }
        if let Some(v) = self.items.values.get(&full) {
            return items::Resolved::Value(v.clone());
        }
        // `Type::item` and `Enum::Variant`.
        if let Some((ty_path, item)) = full.rsplit_once("::") {
            if let Some(t) = self.items.types.get(ty_path).cloned() {
                let st = match t {
                    TypeDef::Adt(id) => {
                        let args = self.instantiate_adt(id);
                        // `Vec::<i32>::new`: the type's arguments.
                        if let Some(seg) = path.segments.get(path.segments.len().wrapping_sub(2))
                            && seg.generics.len() == args.len()
                        {
                            for (a, g) in args.iter().zip(&seg.generics) {
                                let gt = self.lower_ty(g);
                                let _ = self.table.unify(a, &gt);
                            }
                        }
                        Ty::Adt(id, args)
                    }
                    TypeDef::Alias(t) | TypeDef::Prim(t) => t,
                };
                return self.assoc_value_at(&st, item, path);
            }
            if names.len() == 2
                && let Some(prim) = items::prim_ty(names[0])
            {
                return self.assoc_value(&prim, item);
            }
        }
        if full.starts_with("std::")
            || full.starts_with("tokio::")
            || full.starts_with("tokio_util::")
            || full.starts_with("tokio_stream::")
            || full.starts_with("futures::")
            || full == "std"
            || full == "tokio"
            || full == "tokio_util"
            || full == "tokio_stream"
            || full == "futures"
        {
            return items::Resolved::Unmodelled;
        }
        let first = names.first().copied().unwrap_or("");
        // A const generic parameter (`<const N: usize>`) used as a value:
        // the checker keeps no array lengths or const arguments in its
        // types, so it cannot know the value.
        if names.len() == 1 && self.generics.iter().any(|g| g == first) && self.src.contains(&format!("const {first}:")) {
            if self.unsupported.len() < 20 {
                self.unsupported.push(
                    Diagnostic::error(path.span, format!("a const generic parameter used as a value (`{first}`) is not supported yet"))
                        .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
                );
            }
            return items::Resolved::Unmodelled;
        }
        if names.len() == 1 {
            return items::Resolved::Error(
                Diagnostic::error(path.span, format!("cannot find value `{first}` in this scope"))
                    .with_code("E0425")
                    .with_label(path.span, "not found in this scope"),
            );
        }
        let known_first = self.items.scope.contains_key(first)
            || self.items.mod_scope.contains_key(&format!("{}::{first}", self.module))
            || self.items.types.contains_key(first)
            || self.items.modules.contains_key(first)
            || items::prim_ty(first).is_some()
            || items::PRELUDE_TRAITS.contains(&first)
            || matches!(first, "crate" | "self" | "super" | "Self");
        if known_first {
            // `Point::nope`, `m::nope`: the type or module exists.
            return items::Resolved::Unmodelled;
        }
        let span = path.segments.first().map_or(path.span, |s| s.ident.span);
        let what = if first.chars().next().is_some_and(char::is_uppercase) {
            format!("use of undeclared type `{first}`")
        } else {
            format!("use of unresolved module or unlinked crate `{first}`")
        };
        items::Resolved::Error(Diagnostic::error(span, format!("failed to resolve: {what}")).with_code("E0433").with_label(span, what))
    }

    /// `<T as Trait>::item`: a trait the program names (E0405), with that
    /// item (E0576), implemented by the type when it is the user's struct
    /// or enum (E0277, reported once, as a type error).
    /// `Ok(false)`: the type is not one (E0425 reported), nothing to resolve.
    fn check_qself(&mut self, path: &Path) -> Result<bool, Diagnostic> {
        let Some(q) = &path.qself else { return Ok(true) };
        // The type first (its E0425 comes before the trait's errors), once.
        let before = self.resolve_errors.len();
        let st = self.lower_ty(&q.ty);
        if self.resolve_errors.len() > before && self.resolve_errors[..before].iter().any(|d| d.span == q.ty.span) {
            self.resolve_errors.truncate(before);
        }
        if self.resolve_errors.iter().any(|d| d.span == q.ty.span) {
            return Ok(false);
        }
        let Some(tr) = &q.trait_ else { return Ok(true) };
        let Some(item) = path.segments.get(q.position) else { return Ok(true) };
        let tname = tr.last().to_string();
        let tspan = tr.segments.last().map_or(tr.span, |s| s.ident.span);
        let user = self.items.user_traits.get(&tname).cloned();
        match &user {
            Some(names) if !names.contains(&item.ident.name) => {
                let what = if path.segments.len() > q.position + 1 { "associated type" } else { "method or associated constant" };
                return Err(Diagnostic::error(item.ident.span, format!("cannot find {what} `{}` in trait `{tname}`", item.ident.name))
                    .with_code("E0576")
                    .with_label(item.ident.span, format!("not found in `{tname}`")));
            }
            Some(_) => {}
            None => {
                let known = tr.segments.len() > 1
                    || items::PRELUDE_TRAITS.contains(&tname.as_str())
                    || tname == "Default"
                    || self.items.scope.contains_key(&tname)
                    || self.items.mod_scope.contains_key(&format!("{}::{tname}", self.module));
                if !known {
                    return Err(Diagnostic::error(tspan, format!("cannot find trait `{tname}` in this scope"))
                        .with_code("E0405")
                        .with_label(tspan, "not found in this scope"));
                }
            }
        }
        let checked =
            user.is_some() || matches!(tname.as_str(), "Default" | "Clone" | "Debug" | "Display" | "PartialEq" | "Eq" | "Hash" | "PartialOrd" | "Ord");
        if checked
            && let Ty::Adt(id, _) = self.table.resolve(&st)
            && let Some(adt) = self.adt(id).cloned()
            && !adt.is_stub
            && !adt.derives(&tname)
            && !self.type_errors.iter().any(|d| d.span == q.ty.span && d.code == Some("E0277"))
        {
            let shown = self.show(&st);
            let d = Diagnostic::error(q.ty.span, format!("the trait bound `{shown}: {tname}` is not satisfied"))
                .with_code("E0277")
                .with_label(q.ty.span, format!("the trait `{tname}` is not implemented for `{shown}`"));
            self.type_error(d);
        }
        Ok(true)
    }

    /// [`Self::assoc_value`], and E0599 for a constant-like name (no
    /// lowercase letter) that a user struct or enum does not have: its
    /// impls are all known, and no std trait it may implement has one.
    fn assoc_value_at(&mut self, st: &Ty, name: &str, path: &Path) -> items::Resolved {
        // `<X as Tr>::f` is `Tr`'s; `X::f` of two traits' impls is E0034.
        let of = path.qself.as_ref().and_then(|q| q.trait_.as_ref()).map(|t| t.last().to_string());
        if of.is_none() && self.provided_of.is_none() {
            let traits = items::ambiguous_traits(self.items, st, name, false);
            if !traits.is_empty() {
                let span = path.segments.last().map_or(path.span, |s| s.ident.span);
                if !self.type_errors.iter().any(|d| d.span == span) {
                    let d = self.e0034(span, st, name, &traits);
                    self.type_error(d);
                }
            }
        }
        let r = self.assoc_value_of(st, name, of.as_deref());
        if let (items::Resolved::Unmodelled, Ty::Adt(id, _)) = (&r, st)
            && (id.0 as usize) >= self.items.std_adts
            && let Some(adt) = self.adt(*id)
        {
            let is_enum = matches!(adt.kind, AdtKind::Enum(_));
            let (kind, tname) = (if is_enum { "enum" } else { "struct" }, adt.name.clone());
            let span = path.segments.last().map_or(path.span, |s| s.ident.span);
            // `Op::Mul` of an enum without that variant (a variant-like
            // name), or a constant-like name neither declares.
            if is_enum && !const_like(name) && name.starts_with(|c: char| c.is_ascii_uppercase()) {
                return items::Resolved::Error(
                    Diagnostic::error(span, format!("no variant or associated item named `{name}` found for enum `{tname}` in the current scope"))
                        .with_code("E0599")
                        .with_label(span, format!("variant or associated item not found in `{tname}`")),
                );
            }
            if const_like(name) {
                return items::Resolved::Error(
                    Diagnostic::error(span, format!("no associated item named `{name}` found for {kind} `{tname}` in the current scope"))
                        .with_code("E0599")
                        .with_label(span, format!("associated item not found in `{tname}`")),
                );
            }
        }
        r
    }

    /// rustc's E0034: `name` is an item of two traits the type implements.
    fn e0034(&self, span: Span, st: &Ty, name: &str, traits: &[String]) -> Diagnostic {
        let mut d = Diagnostic::error(span, "multiple applicable items in scope").with_code("E0034").with_label(span, format!("multiple `{name}` found"));
        for t in traits {
            d = d.with_note(format!("note: candidate is defined in an impl of the trait `{t}`"));
        }
        d.with_note(format!("help: disambiguate the item for the trait: `<{} as {}>::{name}`", self.show(st), traits[0]))
    }

    fn assoc_value(&mut self, st: &Ty, name: &str) -> items::Resolved {
        self.assoc_value_of(st, name, None)
    }

    fn assoc_value_of(&mut self, st: &Ty, name: &str, of: Option<&str>) -> items::Resolved {
        // Enum variants first.
        if let Ty::Adt(id, _) = st
            && let Some(AdtKind::Enum(vs)) = self.adt(*id).map(|a| a.kind.clone())
            && let Some(v) = vs.iter().position(|v| v.name == name)
        {
            return items::Resolved::Value(ValueDef::Variant(*id, v));
        }
        let found = items::assoc_item_of(self.items, st, name, of).or_else(|| of.and_then(|_| items::assoc_item(self.items, st, name)));
        match found {
            Some((_, AssocItem::Fn(f))) => items::Resolved::Value(ValueDef::Fn(f)),
            Some((imp, AssocItem::Const(t))) => {
                let args = self.impl_args_for(imp, st);
                items::Resolved::Value(ValueDef::Const(t.subst(&args)))
            }
            None => items::Resolved::Unmodelled,
        }
    }

    /// Fresh arguments for an impl's generics, unified with `self_ty`.
    fn impl_args_for(&mut self, imp: usize, self_ty: &Ty) -> Vec<Ty> {
        let Some(def) = self.items.impls.get(imp).cloned() else { return Vec::new() };
        let args: Vec<Ty> = def.generics.iter().map(|_| self.fresh()).collect();
        let _ = self.table.unify(&def.self_ty.subst(&args), self_ty);
        args
    }

    /// The type of a path used as a value (a unit variant, constant, unit
    /// struct); `None` when it is not one of those.
    fn value_path_type(&mut self, path: &Path, report: bool) -> Option<Ty> {
        match self.resolve_value_full(path) {
            items::Resolved::Value(ValueDef::Variant(id, v)) => {
                let args = self.instantiate_adt(id);
                let adt = self.adt(id)?.clone();
                match &adt.kind {
                    AdtKind::Enum(vs) if matches!(vs.get(v)?.fields, FieldsDef::Unit) => Some(Ty::Adt(id, args)),
                    _ => Some(Ty::Unknown),
                }
            }
            items::Resolved::Value(ValueDef::UnitStruct(id)) => {
                let args = self.instantiate_adt(id);
                Some(Ty::Adt(id, args))
            }
            items::Resolved::Value(ValueDef::Const(t)) => Some(t),
            items::Resolved::Error(d) if report => {
                self.resolve_errors.push(d);
                Some(Ty::Unknown)
            }
            _ => None,
        }
    }

    // ---- expressions --------------------------------------------------------

    fn lit(&mut self, lit: &Lit) -> Ty {
        match lit {
            Lit::Int { suffix: Some(s), .. } => items::prim_ty(s).unwrap_or(Ty::Unknown),
            Lit::Int { .. } => self.table.fresh(VarKind::Int),
            Lit::Float { suffix: Some(s), .. } => items::prim_ty(s).unwrap_or(Ty::Unknown),
            Lit::Float { .. } => self.table.fresh(VarKind::Float),
            Lit::Bool(_) => Ty::Bool,
            Lit::Char(_) => Ty::Char,
            Lit::Str(_) => Ty::shared_ref(Ty::Str),
            Lit::Byte(_) => Ty::Int(Int::U8),
            Lit::ByteStr(_) => Ty::shared_ref(Ty::Array(Box::new(Ty::Int(Int::U8)))),
        }
    }

    fn expr(&mut self, e: &Expr, expected: Option<&Ty>, how: Use) -> Ty {
        self.lazy_positions(e);
        self.depth += 1;
        let t = if self.depth > MAX_DEPTH { Ty::Unknown } else { self.expr_inner(e, expected, how) };
        self.depth -= 1;
        // `s.parse()`'s error is `F::Err`: a variable, fixed once `F` is
        // known (`parse_errors`), so that `?` picks the `From` impl of
        // `ParseIntError`.
        let t = match (&e.kind, self.table.resolve(&t)) {
            (ExprKind::MethodCall { method, .. }, Ty::Adt(rid, rargs))
                if method.name == "parse" && self.std_name(rid) == "Result" && rargs.len() == 2 && rargs[1] == Ty::Unknown =>
            {
                let v = self.fresh();
                self.parse_errs.push((rargs[0].clone(), v.clone()));
                Ty::Adt(rid, vec![rargs[0].clone(), v])
            }
            _ => t,
        };
        if matches!(
            e.kind,
            ExprKind::MethodCall { .. } | ExprKind::Await { .. } | ExprKind::Macro(_) | ExprKind::Call { .. } | ExprKind::Try(_) | ExprKind::Range { .. }
        ) {
            self.expr_types.insert((e.span.start, e.span.end), t.clone());
        }
        if let ExprKind::MethodCall { method, .. } = &e.kind
            && matches!(method.name.as_str(), "parse" | "collect" | "unwrap_or_default" | "or_default" | "get_or_insert_default" | "unzip")
        {
            // `let s: JoinSet<_> = untyped.collect()`: the type it is
            // expected to have.
            let target = match (method.name.as_str(), self.table.resolve(&t), expected) {
                ("collect" | "unzip", Ty::Unknown, Some(exp)) => exp.clone(),
                _ => t.clone(),
            };
            if method.name == "parse" {
                self.parse_method_spans.insert((e.span.start, e.span.end), method.span);
            }
            self.special_calls.push(((e.span.start, e.span.end), method.name.clone(), target));
        }
        self.all_types.push(((e.span.start, e.span.end), t.clone()));
        t
    }

    fn expr_inner(&mut self, e: &Expr, expected: Option<&Ty>, how: Use) -> Ty {
        match &e.kind {
            ExprKind::Lit(l) => {
                let t = self.lit(l);
                if let (Some(exp), Ty::Var(_)) = (expected, &t) {
                    let _ = self.table.unify(&t, exp);
                }
                if let Lit::Int { value, .. } = l {
                    let negated = self.negated_lit == Some(e.span.start);
                    self.int_lits.push((e.span, *value, negated, t.clone()));
                }
                t
            }
            ExprKind::Path(p) => self.path_expr(p, e.span, how),
            ExprKind::Paren(x) => self.expr(x, expected, how),
            ExprKind::Tuple(xs) => {
                let exp: Vec<Option<Ty>> = match expected.map(|t| self.table.shallow(t)) {
                    Some(Ty::Tuple(ts)) if ts.len() == xs.len() => ts.into_iter().map(Some).collect(),
                    _ => vec![None; xs.len()],
                };
                let ts = xs
                    .iter()
                    .zip(exp)
                    .map(|(x, et)| {
                        let t = self.expr(x, et.as_ref(), Use::Move);
                        self.moved_out(x);
                        t
                    })
                    .collect();
                self.hold_element_loans(xs, e.span);
                Ty::Tuple(ts)
            }
            ExprKind::Array(xs) => {
                // The expected element type, when known, is what each
                // element coerces to (`[&[u8]; 2] = [b"ab", b"c"]`).
                // Behind a `&` where a slice is expected (`&[&dyn Shape]`),
                // the slice's elements.
                let elem = match expected.map(|t| self.table.shallow(t)) {
                    Some(Ty::Array(e) | Ty::Slice(e)) => *e,
                    _ => self.fresh(),
                };
                for x in xs {
                    let t = self.expr(x, Some(&elem), Use::Move);
                    self.moved_out(x);
                    self.coerce(&t, &elem, x.span);
                }
                self.distinct_futures(xs.iter());
                self.hold_element_loans(xs, e.span);
                Ty::Array(Box::new(elem))
            }
            ExprKind::ArrayRepeat { value, count } => {
                let t = self.expr(value, None, Use::Move);
                let c = self.expr(count, Some(&Ty::Int(Int::Usize)), Use::Move);
                self.coerce(&c, &Ty::Int(Int::Usize), count.span);
                Ty::Array(Box::new(t))
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, e.span),
            ExprKind::Ref { is_mut, expr } => {
                let inner_exp = match expected.map(|t| self.table.shallow(t)) {
                    Some(Ty::Ref { inner, .. }) => Some(*inner),
                    _ => None,
                };
                let t = self.expr(expr, inner_exp.as_ref(), Use::Borrow);
                if *is_mut {
                    self.check_mutable(expr, Access::BorrowMut, e.span);
                    self.future_borrows.push(((e.span.start, e.span.end), t.clone()));
                }
                let kind = if *is_mut { AccessKind::BorrowMut } else { AccessKind::Borrow };
                match (self.index_borrow_span(expr), self.borrowed_place(expr)) {
                    (Some(at), Some(place)) => self.facts.accesses.push(borrows::Access { place, kind, span: at, body: self.body_ctx }),
                    _ => self.access(expr, kind, e.span),
                }
                Ty::Ref { is_mut: *is_mut, inner: Box::new(t) }
            }
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, e.span),
            ExprKind::Assign(l, r) => {
                let lt = self.place_expr(l);
                let rt = self.expr(r, Some(&lt), Use::Move);
                self.moved_out(r);
                self.coerce(&rt, &lt, r.span);
                // `(a, b) = (b, a)`: each place is assigned.
                let mut leaves = Vec::new();
                tuple_leaves(l, &mut leaves);
                if leaves.len() == 1 {
                    self.check_mutable(l, Access::Assign, e.span);
                    self.assign_access(l, e.span, false);
                } else {
                    for el in leaves {
                        self.check_mutable(el, Access::Assign, el.span);
                        self.assign_access(el, el.span, false);
                        if let Some(h) = self.local_of(el) {
                            self.facts.assigns.get_or_default(h).push(e.span.start);
                        }
                    }
                }
                if let Some(h) = self.local_of(l) {
                    self.facts.assigns.get_or_default(h).push(e.span.start);
                    self.hold_loans(h, r);
                    // `r = &String::from(..);`: no `let` extends the
                    // temporary's life, so it dies with the statement
                    // (E0716 if `r` is used after).
                    if let ExprKind::Ref { expr: inner, .. } = &r.unparen().kind
                        && makes_temporary(inner.unparen())
                    {
                        self.facts.temp_borrows.push((inner.unparen().span, h, self.body_ctx));
                    }
                }
                Ty::unit()
            }
            ExprKind::AssignOp(op, l, r) => {
                let lt = self.place_expr(l);
                self.assign_op(*op, &lt, r, e.span);
                // `total += x` with `x: &i32`, `s += "x"` on a `String`: an
                // `AddAssign` call, which borrows the place mutably (E0596);
                // a number's own `+=` assigns it (E0384).
                let rt = self.recorded_ty(r.span);
                let builtin = matches!(self.table.resolve(&lt), Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Var(_)) && !matches!(rt, Some(Ty::Ref { .. }));
                if builtin {
                    self.check_mutable(l, Access::Assign, e.span);
                } else {
                    self.check_mutable(l, Access::BorrowMut, l.span);
                }
                // A number's `+=` reads it first; a `String`'s (`AddAssign`)
                // borrows it mutably.
                let compound = self.is_copy(&self.table.resolve(&lt));
                self.assign_access(l, e.span, compound);
                Ty::unit()
            }
            ExprKind::Call { func, args } => self.call(func, args, e.span, expected),
            ExprKind::MethodCall { receiver, method, generics, args } if method.name == "into" && args.is_empty() && generics.is_empty() => {
                // `x.into()`: its type is what it is used as; a user type
                // converts with its `From` impl.
                let r = self.method_call(receiver, method, generics, args, e.span);
                let key = (receiver.span.start, receiver.span.end);
                let rt = self.all_types.iter().rev().find(|(k, _)| *k == key).map_or(Ty::Unknown, |(_, t)| t.clone());
                let r = if matches!(self.table.resolve(&r), Ty::Unknown) { self.fresh() } else { r };
                let from_heap = self.is_stub_adt(&self.strip_all_refs(&self.table.resolve(&rt)), "std::collections::BinaryHeap");
                self.into_methods.insert((e.span.start, e.span.end), (method.span, rt.clone()));
                self.conversions.push(((e.span.start, e.span.end), rt, r.clone(), false));
                // Into a std collection (`[(k, v)].into()` as a `HashMap`):
                // collected into it, as its `From` does.
                let name = if from_heap { "into from a heap" } else { "into" };
                self.special_calls.push(((e.span.start, e.span.end), name.to_string(), r.clone()));
                r
            }
            ExprKind::MethodCall { receiver, method, generics, args } if method.name == "try_into" && args.is_empty() && generics.is_empty() => {
                // `x.try_into()`: `Result<T, _>`, `T` the type it is used as:
                // an integer from an integer (`TryFromIntError`), or a user
                // type with a `TryFrom` impl (its `Error`).
                let r = self.method_call(receiver, method, generics, args, e.span);
                let key = (receiver.span.start, receiver.span.end);
                let rt = self.all_types.iter().rev().find(|(k, _)| *k == key).map_or(Ty::Unknown, |(_, t)| t.clone());
                match self.items.types.get("std::result::Result").cloned() {
                    Some(TypeDef::Adt(result)) if matches!(self.table.resolve(&r), Ty::Unknown) => {
                        let target = self.fresh();
                        self.special_calls.push(((e.span.start, e.span.end), "try_into".to_string(), target.clone()));
                        self.try_into_receivers.insert((e.span.start, e.span.end), (rt, method.span, self.untyped_let));
                        Ty::Adt(result, vec![target, Ty::Unknown])
                    }
                    _ => r,
                }
            }
            ExprKind::MethodCall { receiver, method, generics, args } => {
                let chain = if args.iter().any(|a| matches!(a.unparen().kind, ExprKind::Closure { .. })) { self.iter_chain_root(receiver) } else { None };
                let outer = std::mem::replace(&mut self.adapter_borrows, chain);
                let t = self.method_call(receiver, method, generics, args, e.span);
                self.adapter_borrows = outer;
                // A temporary receiver that borrows (`v.iter()` in
                // `v.iter().for_each(|x| v.push(*x))`) holds its loans
                // while the arguments are evaluated.
                if !args.is_empty() && !is_place_like(receiver) {
                    self.hold_until(receiver, e.span);
                }
                self.slice_get_by_index(receiver, method, args, t)
            }
            ExprKind::Field(base, name) => {
                self.note_field_chain(e);
                let bt = self.expr(base, None, Use::Borrow);
                let t = self.field(&bt, &name.name, name.span);
                // A field that holds a `&mut` (passed on to a `&mut`
                // parameter, it is reborrowed).
                if matches!(self.table.resolve(&t), Ty::Ref { is_mut: true, .. }) {
                    self.mut_ref_paths.insert((e.span.start, e.span.end));
                }
                t
            }
            ExprKind::TupleField(base, idx, span) => {
                self.note_field_chain(e);
                let bt = self.expr(base, None, Use::Borrow);
                self.tuple_field(&bt, *idx, *span)
            }
            ExprKind::Index(base, idx) => {
                let bt = self.expr(base, None, Use::Borrow);
                let it = self.expr(idx, None, Use::Move);
                // A user `impl Index<Idx>`: `p[i]` is `*p.index(i)`.
                if let Ty::Adt(id, args) = self.strip_all_refs(&self.table.resolve(&bt))
                    && let Some(adt) = self.adt(id).filter(|a| !a.is_stub).cloned()
                    && let Some((_, idx_ty, out)) = adt.ops.iter().find(|(tr, _, _)| tr == "Index")
                {
                    self.coerce(&it, &idx_ty.subst(&args), idx.span);
                    self.user_ops.insert((e.span.start, e.span.end), "index".to_string());
                    // The type whose `index` (or, written to, `index_mut`)
                    // the compiler calls, by the operator's empty span.
                    if let Some(owner) = self.method_owner(&Ty::Adt(id, args.clone())) {
                        self.method_paths.insert((e.span.end, e.span.end), (format!("{owner}::index"), false));
                    }
                    return out.as_ref().map_or(Ty::Unknown, |o| o.subst(&args));
                }
                self.index(&bt, &it, idx.span)
            }
            ExprKind::Await { expr, await_span } => {
                self.polled_through.insert((expr.unparen().span.start, expr.unparen().span.end));
                // rustc points at `await`, not at the dot.
                let at = if self.text(*await_span).starts_with('.') { Span::new(await_span.start as usize + 1, await_span.end as usize) } else { *await_span };
                if self.asyncs.is_empty() || self.sync_closures > 0 {
                    let d = Diagnostic::error(at, "`await` is only allowed inside `async` functions and blocks")
                        .with_code("E0728")
                        .with_label(at, "only allowed inside `async` functions and blocks")
                        .with_note("help: make the function `async fn`, and `.await` its call");
                    self.expand_errors.push(d);
                }
                if let Some(id) = self.local_of(expr)
                    && let Some((_, shown)) = self.unpinned_dyn_futures.iter().find(|(l, _)| *l == id)
                {
                    let d = Diagnostic::error(at, format!("`{shown}` cannot be unpinned"))
                        .with_code("E0277")
                        .with_label(at, format!("the trait `Unpin` is not implemented for `{shown}`"))
                        .with_note("note: consider using the `pin!` macro, or `Box::pin` if you need to access the pinned value outside of the current scope")
                        .with_note(format!("note: required for `Box<{shown}>` to implement `Future`"));
                    self.type_error(d);
                }
                let t = self.expr(expr, None, Use::Move);
                self.moved_out(expr);
                self.note_await(*await_span);
                // `stream.collect().await` of an untyped tokio-stream
                // stream: what the context expects.
                if let ExprKind::MethodCall { method, args, generics, .. } = &expr.kind
                    && method.name == "collect"
                    && args.is_empty()
                    && matches!(self.table.resolve(&t), Ty::Unknown)
                {
                    // `collect::<Vec<_>>()`, or `let v: Vec<_> = ..`.
                    let target = match generics.as_slice() {
                        [g] => Some(self.lower_ty(g)),
                        _ => expected.cloned(),
                    };
                    if let Some(target) = target {
                        self.stream_collects.push(((e.span.start, e.span.end), target.clone()));
                        return target;
                    }
                }
                self.await_output(&t, at)
            }
            ExprKind::Try(x) => {
                let t = self.expr(x, None, Use::Move);
                self.moved_out(x);
                // `fetch(1)?` without `.await`: a future is no `Result`.
                if let Ty::Future(out) = self.table.resolve(&t) {
                    let shown = self.show(&out);
                    let d = Diagnostic::error(e.span, "the `?` operator can only be applied to values that implement `Try`")
                        .with_code("E0277")
                        .with_label(e.span, format!("the `?` operator cannot be applied to type `impl Future<Output = {shown}>`"))
                        .with_note(format!("help: `.await` the future first: `{}.await?`", self.text(x.span)));
                    self.type_error(d);
                    return Ty::Unknown;
                }
                self.try_in_plain_fn(e.span);
                if let Some(r) = self.ret.last().cloned() {
                    self.conversions.push(((e.span.start, e.span.end), t.clone(), r, true));
                }
                match self.table.resolve(&t) {
                    Ty::Adt(id, args) if self.adt(id).is_some_and(|a| a.is_stub && matches!(a.name.as_str(), "Result" | "Option")) => {
                        args.first().cloned().unwrap_or(Ty::Unknown)
                    }
                    _ => Ty::Unknown,
                }
            }
            ExprKind::Cast(x, t) => {
                self.expr(x, None, Use::Move);
                self.lower_ty(t)
            }
            ExprKind::Block { block, label } => {
                if label.is_some() {
                    // Its value: the tail's, or a `break 'a value`'s.
                    self.loops.push(LoopCx { label: label.as_ref().map(|l| l.name.clone()), ty: None, is_block: true });
                    let t = self.block(block, expected);
                    let broke = self.loops.pop().and_then(|c| c.ty);
                    return match broke {
                        Some(b) if matches!(self.table.shallow(&t), Ty::Never) => b,
                        Some(b) => {
                            if self.table.unify(&b, &t).is_err() {
                                let at = block.stmts.last().map_or(e.span, |s| s.span);
                                self.mismatch(at, &b, &t);
                            }
                            b
                        }
                        None => t,
                    };
                }
                self.block(block, expected)
            }
            ExprKind::Unsafe(block) => {
                self.unsafe_depth += 1;
                let t = self.block(block, expected);
                self.unsafe_depth -= 1;
                t
            }
            ExprKind::Async { is_move, block } => {
                let (out, cx) = self.async_block(*is_move, block);
                if !*is_move {
                    // (Mutable for what it writes: `async { n += 1 }`.)
                    let borrowed: Vec<(usize, Kind)> = cx
                        .captures
                        .iter()
                        .filter(|(_, _, by_value)| !by_value)
                        .map(|&(id, ..)| (id, self.borrow_made_here(Place { root: id, proj: vec![] }, cx.written.contains(&id), e.span).1))
                        .collect();
                    if !borrowed.is_empty() {
                        self.async_loans.insert((e.span.start, e.span.end), borrowed);
                    }
                }
                Ty::Future(Box::new(out))
            }
            ExprKind::If { cond, then, else_ } => self.if_expr(cond, then, else_.as_deref(), expected, e.span),
            ExprKind::Let { pat, expr } => {
                let t = self.expr(expr, None, Use::Borrow);
                let before = self.locals.len();
                self.pat(pat, &t, true);
                // `if let Some(x) = m.get_mut(&k)`: the compiler makes `x`
                // name the element's place.
                if super::ref_form(expr, &self.method_paths).is_some() {
                    for l in &mut self.locals[before..] {
                        l.aliased = true;
                    }
                    // Each binding holds the borrow of the map while it is
                    // used.
                    for l in before..self.locals.len() {
                        self.hold_loans(l, expr);
                    }
                } else if self.locals.len() == before + 1 {
                    // `while let Some(top) = heap.peek()`: a reference
                    // bound out of what borrows the value holds that borrow.
                    let bt = self.table.resolve(&self.locals[before].ty);
                    if matches!(bt, Ty::Ref { .. }) {
                        self.hold_loans(before, expr);
                    }
                }
                self.ref_mut_aliases(expr, pat, before);
                // `if let Some(s) = opt` moves a `String` out of `opt`, as
                // a `match` arm would. (The compiler moves the local for an
                // enum only: a struct's other fields stay usable after the
                // fields its pattern takes, which the move pass checks.)
                let bound = &self.locals[before..];
                let moves = bound.iter().any(|l| self.binds_owned(l)) && !bound.iter().any(|l| l.aliased);
                // The compiler moves the local only once the pattern
                // matched, and only for a binding whose type is known.
                let known = bound.iter().any(|l| self.binds_owned(l) && !self.table.resolve(&l.ty).has_unknown());
                if self.local_of(expr).is_some() && self.is_enum_ty(&t) {
                    if moves && known {
                        self.moving_matches.insert((expr.span.start, expr.span.end));
                    } else if !bound.iter().any(|l| l.aliased || self.binds_owned(l) || self.table.resolve(&l.ty).has_unknown()) {
                        // `if let Ok(n) = r` with `n: i32` copies `n` out and
                        // leaves `r` whole.
                        self.copying_lets.insert((expr.span.start, expr.span.end));
                    }
                }
                if moves && self.is_enum_ty(&t) && self.binds_by_value(pat) {
                    self.check_drop_destructure(expr, pat);
                    self.no_move_out_check += 1;
                    self.moved_out_by_pattern(expr, pat, false);
                    self.no_move_out_check -= 1;
                } else if moves && self.binds_by_value(pat) {
                    self.check_drop_destructure(expr, pat);
                    if holes_by_field(pat) {
                        self.partial_let(pat, expr, before);
                    }
                    self.destructure_local(expr, pat);
                }
                Ty::Bool
            }
            ExprKind::Match { scrutinee, arms } => self.match_expr(scrutinee, arms, expected),
            ExprKind::While { cond, body, label } => {
                self.push_scope();
                let c = self.expr(cond, Some(&Ty::Bool), Use::Move);
                if !matches!(cond.kind, ExprKind::Let { .. }) && !cond.contains_let() {
                    self.coerce(&c, &Ty::Bool, cond.span);
                }
                self.loops.push(LoopCx { label: label.as_ref().map(|l| l.name.clone()), ty: None, is_block: false });
                let t = self.block(body, None);
                self.unit_body(body, &t);
                self.loops.pop();
                self.pop_scope();
                Ty::unit()
            }
            ExprKind::Loop { body, label } => {
                self.loops.push(LoopCx { label: label.as_ref().map(|l| l.name.clone()), ty: None, is_block: false });
                let t = self.block(body, None);
                self.unit_body(body, &t);
                let cx = self.loops.pop();
                cx.and_then(|c| c.ty).unwrap_or(Ty::Never)
            }
            ExprKind::For { pat, iter, body, label } => {
                let it = self.expr(iter, None, Use::Move);
                self.moved_out(iter);
                for (place, kind, span) in self.loans_of(iter) {
                    self.facts.loans.push(Loan { holder: Holder::Loop { body: body.span, head: iter.span }, place, kind, span, held: 0, body: self.body_ctx });
                }
                // `for x in rx` (`&rx`, `rx.iter()`) of a std receiver:
                // its messages, each a blocking `recv`.
                let item = match self.strip_all_refs(&self.table.resolve(&it)) {
                    Ty::Adt(id, args) if self.adt(id).is_some_and(|a| a.is_stub && a.path == "std::sync::mpsc::Receiver") => {
                        self.std_recv_loops.insert((iter.span.start, iter.span.end));
                        args.first().cloned().unwrap_or(Ty::Unknown)
                    }
                    _ => self.iter_item(&it),
                };
                // `for x in &mut it` of a user iterator: the VM would
                // advance a copy of `it`.
                if let Ty::Ref { inner, .. } = self.table.resolve(&it)
                    && self.user_iter_as_std(&self.table.resolve(&inner)).is_some()
                {
                    self.unsupported.push(Diagnostic::error(
                        iter.span,
                        "a `for` loop over a borrowed user type with `impl Iterator` (which advances it in place) is not supported yet",
                    ));
                }
                self.push_scope();
                let before = self.locals.len();
                self.pat(pat, &item, true);
                self.dyn_loop_binding(iter, pat, before);
                // `for n in &names` (`names.iter()`): each reference bound
                // borrows the local `names` (a task it moves into needs it
                // `'static`).
                let borrowed = match &iter.unparen().kind {
                    ExprKind::Ref { expr, .. } => Some((expr.as_ref(), iter.span)),
                    ExprKind::MethodCall { receiver, method, args, .. }
                        if args.is_empty()
                            && matches!(
                                method.name.as_str(),
                                "iter" | "iter_mut" | "keys" | "values" | "values_mut" | "chars" | "lines" | "split_whitespace"
                            ) =>
                    {
                        Some((receiver.as_ref(), receiver.span))
                    }
                    _ => None,
                };
                if let Some((place, span)) = borrowed
                    && let Some(root) = self.place_root(place)
                    && !matches!(self.table.resolve(&self.locals[root].ty), Ty::Ref { .. } | Ty::Unknown | Ty::Var(_))
                {
                    for l in before..self.locals.len() {
                        if matches!(self.table.resolve(&self.locals[l].ty), Ty::Ref { .. }) && self.locals[l].borrows.is_none() {
                            self.locals[l].borrows = Some((root, span));
                        }
                    }
                }
                if let Some(kind) = self.iter_mut_loop(iter, pat) {
                    self.iter_mut_loops.insert((iter.span.start, iter.span.end), kind);
                    for l in &mut self.locals[before..] {
                        l.aliased = true;
                    }
                }
                self.loops.push(LoopCx { label: label.as_ref().map(|l| l.name.clone()), ty: None, is_block: false });
                let t = self.block(body, None);
                self.unit_body(body, &t);
                self.loops.pop();
                self.pop_scope();
                Ty::unit()
            }
            ExprKind::Break { label, value } => {
                let vt = value.as_ref().map(|v| {
                    let t = self.expr(v, None, Use::Move);
                    self.moved_out(v);
                    t
                });
                let idx = match label {
                    Some(l) => self.loops.iter().rposition(|c| c.label.as_deref() == Some(l.name.as_str())),
                    None => {
                        self.unlabelled_in_block(e.span, "break");
                        self.loops.iter().rposition(|c| !c.is_block)
                    }
                };
                if let Some(i) = idx {
                    let t = vt.unwrap_or_else(Ty::unit);
                    match self.loops[i].ty.clone() {
                        Some(prev) => {
                            if self.table.unify(&prev, &t).is_err() {
                                let span = value.as_ref().map_or(e.span, |v| v.span);
                                self.mismatch(span, &prev, &t);
                            }
                        }
                        None => self.loops[i].ty = Some(t),
                    }
                }
                Ty::Never
            }
            ExprKind::Continue { label } => {
                if label.is_none() {
                    self.unlabelled_in_block(e.span, "continue");
                }
                Ty::Never
            }
            ExprKind::Return(v) => {
                let ret = self.ret.last().cloned().unwrap_or(Ty::Unknown);
                match v {
                    Some(v) => {
                        let t = self.expr(v, Some(&ret), Use::Move);
                        self.moved_out(v);
                        self.coerce(&t, &ret, v.span);
                        // `return v;` of a reference (or `Some(v)`): what `v`
                        // borrows stays borrowed to the end of the function.
                        let mut inner = v.unparen();
                        if let ExprKind::Call { args, .. } = &inner.kind
                            && let [a] = args.as_slice()
                        {
                            inner = a.unparen();
                        }
                        if self.asyncs.is_empty()
                            && self.closures.is_empty()
                            && self.table.resolve(&ret).has_ref()
                            && let Some(id) = self.local_of(inner)
                        {
                            self.facts.returned.insert(id, inner.span);
                        }
                    }
                    None => {
                        if self.table.unify(&ret, &Ty::unit()).is_err() {
                            // `return;` where a value is due: E0069.
                            let d = Diagnostic::error(e.span, "`return;` in a function whose return type is not `()`")
                                .with_code("E0069")
                                .with_label(e.span, format!("return type is not `()`: return a `{}`", self.show(&ret)));
                            self.type_error(d);
                        }
                    }
                }
                Ty::Never
            }
            ExprKind::Range { start, end, .. } => {
                let elem = self.fresh();
                for b in [start, end].into_iter().flatten() {
                    let t = self.expr(b, Some(&elem), Use::Move);
                    if self.table.unify(&t, &elem).is_err() {
                        self.mismatch(b.span, &elem, &t);
                    }
                }
                // The VM's ranges are of integers: a range of `char`s or of
                // floats would run as a wrong range of integers.
                let what = match self.table.shallow(&elem) {
                    // `m.range(a..b)`: the bounds as written.
                    _ if self.btree_range_args.contains(&(e.span.start, e.span.end)) => None,
                    // `for c in 'a'..='z'`, `('a'..='z').collect()`, `lo..=hi`:
                    // an iterator of the chars (a missing bound would be
                    // `char::MAX` or more).
                    Ty::Char if start.is_some() && end.is_some() => {
                        self.char_ranges.insert((e.span.start, e.span.end));
                        None
                    }
                    Ty::Char => Some("`char`s with a bound left open".to_string()),
                    Ty::Float(_) => Some("floats".to_string()),
                    Ty::Var(v) if self.table.kind(v) == VarKind::Float => Some("floats".to_string()),
                    // `("a".."m").contains(&s)`: not integers either.
                    t @ (Ty::Str | Ty::Ref { .. } | Ty::Adt(..) | Ty::Tuple(_) | Ty::Bool)
                        if !matches!(self.table.resolve(&t).peel_refs(), Ty::Int(_) | Ty::Var(_) | Ty::Unknown) =>
                    {
                        Some(format!("`{}` values", self.show(&t)))
                    }
                    _ => None,
                };
                if let Some(what) = what {
                    self.unsupported.push(
                        Diagnostic::error(e.span, format!("ranges of {what} are not supported yet"))
                            .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
                    );
                }
                match self.items.types.get("std::ops::Range") {
                    Some(TypeDef::Adt(id)) if start.is_some() || end.is_some() => Ty::Adt(*id, vec![elem]),
                    // `..` (`&v[..]`): a range too, so an index by it is a
                    // slice, not an element.
                    Some(TypeDef::Adt(id)) => Ty::Adt(*id, vec![Ty::Int(Int::Usize)]),
                    _ => Ty::Unknown,
                }
            }
            ExprKind::StructLit { path, fields, base } => self.struct_lit(path, fields, base.as_deref(), e.span),
            ExprKind::Macro(m) => self.macro_call(m, e.span, expected),
            ExprKind::Closure { params, body, is_async, is_move, ret } => self.closure(params, ret.as_ref(), body, *is_async, *is_move, e.span, expected),
        }
    }

    /// A closure: its parameters and return type from what is written, else
    /// from the type expected of it (`impl FnMut(I) -> B` of an iterator
    /// adapter), else inferred from the body; its captures from the body's
    /// uses of outer locals.
    #[allow(clippy::too_many_arguments)]
    fn closure(&mut self, params: &[ast::Param], ret: Option<&ast::Type>, body: &Expr, is_async: bool, is_move: bool, span: Span, expected: Option<&Ty>) -> Ty {
        let expected = expected.map(|t| self.table.shallow(t));
        let (exp_params, exp_ret) = match expected {
            Some(Ty::Fn(ps, r)) if ps.len() == params.len() => (Some(ps), Some(*r)),
            _ => (None, None),
        };
        let mut_params = std::mem::take(&mut self.mut_param_closure);
        let ref_map = std::mem::take(&mut self.ref_map_closure);
        let chain_borrows = self.adapter_borrows.take();
        let lens = self.lens_closures.contains(&(span.start, span.end));
        let sync = usize::from(!is_async);
        self.sync_closures += sync;
        let saved_ctx = std::mem::replace(&mut self.body_ctx, span.start);
        self.closures.push(ClosureCx { first_local: self.locals.len(), start: span.start, end: span.end, captures: Vec::new(), paths: Vec::new() });
        self.push_scope();
        let mut ptys = Vec::new();
        for (i, p) in params.iter().enumerate() {
            let t = match (&p.ty.kind, exp_params.as_ref().and_then(|ps| ps.get(i))) {
                (ast::TypeKind::Infer, Some(e)) => e.clone(),
                (_, e) => {
                    let t = self.lower_ty(&p.ty);
                    if let Some(e) = e {
                        let _ = self.table.unify(&t, e);
                    }
                    t
                }
            };
            let before = self.locals.len();
            self.pat(&p.pat, &t, true);
            if (mut_params || lens) && self.locals.len() == before + 1 {
                // Written through like a function's `&mut` parameter.
                self.locals[before].is_param = true;
            }
            if ref_map && self.locals.len() == before + 1 {
                self.locals[before].aliased = true;
            }
            // `names.iter().map(|n| thread::spawn(move || .. n ..))`: `n`
            // borrows `names` (E0597 if moved into a task or thread).
            if let Some(b) = chain_borrows {
                for l in before..self.locals.len() {
                    if matches!(self.table.resolve(&self.locals[l].ty), Ty::Ref { .. }) && self.locals[l].borrows.is_none() {
                        self.locals[l].borrows = Some(b);
                    }
                }
            }
            ptys.push(t);
        }
        if mut_params {
            let flags = ptys.iter().zip(params).map(|(t, p)| (t.clone(), matches!(p.pat.kind, PatKind::Ident { .. }))).collect();
            self.closure_mut_params.insert((span.start, span.end), flags);
        }
        let out = match (ret, exp_ret) {
            (Some(r), e) => {
                let t = self.lower_ty(r);
                if let Some(e) = e {
                    let _ = self.table.unify(&t, &e);
                }
                t
            }
            (None, Some(e)) if !is_async => e,
            _ => self.fresh(),
        };
        self.ret.push(out.clone());
        let saved = std::mem::take(&mut self.loops);
        let bt = self.expr(body, Some(&out), Use::Move);
        self.moved_out(body);
        self.coerce(&bt, &out, body.span);
        self.loops = saved;
        self.ret.pop();
        self.pop_scope();
        self.sync_closures -= sync;
        self.body_ctx = saved_ctx;
        let cx = self.closures.pop().unwrap_or_default();
        let mut modes = Vec::new();
        let mut owned_writes = Vec::new();
        let mut loans: Vec<(Place, Kind)> = Vec::new();
        let mut partials = Vec::new();
        let mut kind = ClosureKind::default();
        for &(id, by_value, written) in &cx.captures {
            let copy = self.is_copy(&self.locals[id].ty.clone());
            let name = self.locals[id].name.clone();
            // Rust 2021: only the fields the body uses (`cfg.port`).
            if let Some(paths) = self.capture_paths(id, &cx.paths, is_move) {
                let any_moved = paths.iter().any(|p| p.1);
                let all_moved = paths.iter().all(|p| p.1);
                let any_written = paths.iter().any(|p| p.2);
                for (proj, moved, w) in &paths {
                    let place = Place { root: id, proj: proj.clone() };
                    if *moved {
                        self.facts.accesses.push(borrows::Access { place, kind: AccessKind::Move, span, body: self.body_ctx });
                    } else if !is_move {
                        loans.push(self.borrow_made_here(place, *w, span));
                    }
                    // The enclosing closures and blocks capture it too.
                    self.record_cap_use(CapUse { id, proj: proj.clone(), moved: *moved, written: *w, span: Span::DUMMY });
                }
                self.closure_use(id, false, any_written);
                let body_moves = cx.paths.iter().any(|u| u.id == id && u.moved);
                kind.once |= body_moves;
                kind.writes |= any_written;
                kind.noncopy |= any_moved || (any_written && !is_move);
                let mode = if is_move || any_moved {
                    super::Capture::Value
                } else if any_written {
                    super::Capture::Mut
                } else {
                    super::Capture::Ref
                };
                if mode == super::Capture::Value {
                    if any_written {
                        owned_writes.push(name.clone());
                    }
                    // A move closure copies its `Copy` fields; one that
                    // moves some fields and borrows others is not made yet.
                    let made: Option<Vec<(Vec<String>, bool)>> = (is_move || all_moved).then(|| paths.iter().map(|(p, m, _)| (p.clone(), *m)).collect());
                    if is_move && let Some(made) = &made {
                        self.note_field_tys(id, made);
                        self.uses.partial_caps.get_or_insert((span.start, span.end), Vec::new()).push((id, first_fields(made)));
                    }
                    partials.push((name.clone(), made));
                } else if mode == super::Capture::Ref {
                    // Read only: a copy of the fields read, so that the
                    // function may change the others meanwhile.
                    partials.push((name.clone(), Some(paths.iter().map(|(p, _, _)| (p.clone(), false)).collect())));
                }
                modes.push((name, mode));
                continue;
            }
            let mode = if is_move || (by_value && !copy) {
                super::Capture::Value
            } else if written {
                super::Capture::Mut
            } else {
                super::Capture::Ref
            };
            if mode == super::Capture::Value && !copy {
                self.facts.accesses.push(borrows::Access { place: Place { root: id, proj: vec![] }, kind: AccessKind::Move, span, body: self.body_ctx });
            }
            // The enclosing closures capture it too.
            self.closure_use(id, mode == super::Capture::Value && !copy, written);
            self.record_cap_use(CapUse { id, proj: Vec::new(), moved: mode == super::Capture::Value && !copy, written, span: Span::DUMMY });
            if mode == super::Capture::Value && written {
                owned_writes.push(name.clone());
            }
            kind.once |= by_value && !copy;
            kind.writes |= written;
            // `Copy` when it captures only by `&` or copies: a `&mut`
            // capture or an owned non-`Copy` value makes it move.
            kind.noncopy |= mode == super::Capture::Mut || (mode == super::Capture::Value && !copy);
            // (`let first = &v[0]; let mut add = || v.push(4);` is E0502.)
            if mode != super::Capture::Value {
                loans.push(self.borrow_made_here(Place { root: id, proj: vec![] }, mode == super::Capture::Mut, span));
            }
            modes.push((name, mode));
        }
        if !owned_writes.is_empty() {
            self.owned_writes.insert((span.start, span.end), owned_writes);
        }
        if !partials.is_empty() {
            self.partial_captures.insert((span.start, span.end), partials);
        }
        // The body's first move out of a capture (E0507 where the closure
        // must be `Fn` or `FnMut`).
        if let Some(u) = cx.paths.iter().filter(|u| u.moved && u.span != Span::DUMMY).min_by_key(|u| u.span.start) {
            self.closure_moves.insert((span.start, span.end), (u.id, u.span));
        }
        self.last_closure = kind;
        self.closure_loans.insert((span.start, span.end), loans);
        self.closure_captures.insert((span.start, span.end), modes);
        let out = if is_async { Ty::Future(Box::new(out)) } else { out };
        Ty::Fn(ptys, Box::new(out))
    }

    fn path_expr(&mut self, p: &Path, span: Span, how: Use) -> Ty {
        if p.segments.len() == 1
            && p.segments[0].generics.is_empty()
            && let Some(id) = self.lookup(p.last())
        {
            self.use_local(id, span, Use::Borrow);
            self.uses.paths.get_or_insert((span.start, span.end), (id, false));
            let _ = how;
            return self.locals[id].ty.clone();
        }
        // `ToString::to_string` and `Clone::clone` as values: std traits
        // the stubs do not declare as such.
        if let [tr, m] = &p.names()[..]
            && let Some(ret) = match (*tr, *m) {
                ("ToString", "to_string") => Some(self.string_ty()),
                ("Clone", "clone") => Some(self.fresh()),
                _ => None,
            }
            && self.resolve_value(p).is_none()
        {
            let arg = if *m == "clone" { ret.clone() } else { self.fresh() };
            self.fn_values.insert((span.start, span.end), super::FnValue { arity: 1, method: Some((String::new(), false)) });
            return Ty::Fn(vec![Ty::shared_ref(arg)], Box::new(ret));
        }
        match self.resolve_value_full(p) {
            items::Resolved::Value(v) => match v {
                ValueDef::Const(t) => {
                    if let Ty::Adt(id, _) = self.table.resolve(&t)
                        && self.adt(id).is_some_and(|a| a.is_stub && a.path == "std::sync::LazyLock")
                    {
                        self.lazy_uses.push(span);
                    }
                    t
                }
                ValueDef::UnitStruct(id) => {
                    let args = self.instantiate_adt(id);
                    Ty::Adt(id, args)
                }
                ValueDef::Variant(id, v) => {
                    let fields = match self.adt(id).map(|a| &a.kind) {
                        Some(AdtKind::Enum(vs)) => vs.get(v).map(|x| x.fields.clone()),
                        _ => None,
                    };
                    let args = self.instantiate_adt(id);
                    match fields {
                        Some(FieldsDef::Unit) => Ty::Adt(id, args),
                        // `Some`, `Message::Text`: a function of its fields.
                        Some(FieldsDef::Tuple(ts)) => {
                            let ps: Vec<Ty> = ts.iter().map(|t| t.subst(&args)).collect();
                            self.fn_values.insert((span.start, span.end), super::FnValue { arity: ps.len() as u32, method: None });
                            Ty::Fn(ps, Box::new(Ty::Adt(id, args)))
                        }
                        _ => Ty::Unknown,
                    }
                }
                ValueDef::TupleCtor(id) => {
                    let args = self.instantiate_adt(id);
                    match self.adt(id).map(|a| a.kind.clone()) {
                        Some(AdtKind::Struct(FieldsDef::Tuple(ts))) => {
                            let ps: Vec<Ty> = ts.iter().map(|t| t.subst(&args)).collect();
                            self.fn_values.insert((span.start, span.end), super::FnValue { arity: ps.len() as u32, method: None });
                            Ty::Fn(ps, Box::new(Ty::Adt(id, args)))
                        }
                        _ => Ty::Unknown,
                    }
                }
                ValueDef::Fn(fid) => self.fn_value(fid, p, span),
            },
            items::Resolved::Error(d) => {
                self.resolve_errors.push(d);
                Ty::Unknown
            }
            _ => Ty::Unknown,
        }
    }

    /// How `method_paths` names the type whose method this is: a std
    /// type's path, or `int`, `float`, `char`, `bool`, `str`, `slice`.
    fn method_owner(&self, t: &Ty) -> Option<String> {
        match t {
            Ty::Adt(id, _) => self.adt(*id).map(|adt| adt.path.clone()),
            Ty::Int(_) => Some("int".to_string()),
            Ty::Float(_) => Some("float".to_string()),
            Ty::Char => Some("char".to_string()),
            Ty::Bool => Some("bool".to_string()),
            Ty::Str => Some("str".to_string()),
            Ty::Slice(_) | Ty::Array(_) => Some("slice".to_string()),
            _ => None,
        }
    }

    /// A function or method named by a path, used as a value: its type is
    /// a function of its parameters (the receiver first).
    fn fn_value(&mut self, fid: items::FnId, p: &Path, span: Span) -> Ty {
        let sig = self.items.fns[fid.0 as usize].clone();
        let (mut params, ret) = self.instantiate_fn(&sig, p, None);
        let mut method = None;
        if let Some(kind) = sig.self_kind {
            let st = sig.self_ty.clone().unwrap_or(Ty::Unknown).subst(&self.last_impl_args.clone());
            let owner = self.method_owner(&st);
            if sig.is_stub {
                let by_value = matches!(kind, SelfKind::Value | SelfKind::Arc);
                method = Some((format!("{}::{}", owner.unwrap_or_default(), sig.name), by_value));
            }
            params.insert(0, receiver_ty(kind, st));
        }
        self.last_fn_args.clear();
        self.fn_values.insert((span.start, span.end), super::FnValue { arity: params.len() as u32, method });
        Ty::Fn(params, Box::new(ret))
    }

    /// A place on the left of `=`: typed without counting as a use by value.
    fn place_expr(&mut self, e: &Expr) -> Ty {
        match &e.unparen().kind {
            // A destructuring assignment's `(a, _)`: `_` takes any type.
            ExprKind::Tuple(xs) => Ty::Tuple(xs.iter().map(|x| self.place_expr(x)).collect()),
            ExprKind::Path(p) if p.is_single("_") => self.fresh(),
            _ => self.expr(e, None, Use::Borrow),
        }
    }

    fn unary(&mut self, op: UnOp, x: &Expr, span: Span) -> Ty {
        match op {
            UnOp::Deref => {
                let t = self.expr(x, None, Use::Borrow);
                // `*m` of a binding that may be a reference (see
                // `unknown_mode_binds`): not judged.
                if self.local_of(x).is_some_and(|id| self.unknown_mode_binds.contains(&id)) {
                    return Ty::Unknown;
                }
                let r = self.table.resolve(&t);
                let is_number_var = matches!(r, Ty::Var(v) if self.table.kind(v) != VarKind::General);
                match self.deref_ty(&r) {
                    Some((target, _)) => target,
                    None => match r {
                        _ if is_number_var => {
                            let d = Diagnostic::error(span, format!("type `{}` cannot be dereferenced", self.show(&r)))
                                .with_code("E0614")
                                .with_label(span, "can't be dereferenced");
                            self.type_error(d);
                            Ty::Unknown
                        }
                        Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Tuple(_) => {
                            let d = Diagnostic::error(span, format!("type `{}` cannot be dereferenced", self.show(&r)))
                                .with_code("E0614")
                                .with_label(span, "can't be dereferenced");
                            self.type_error(d);
                            Ty::Unknown
                        }
                        // `*m.lock()` without `.await`: a future.
                        Ty::Future(out) => {
                            let d = Diagnostic::error(span, format!("type `impl Future<Output = {}>` cannot be dereferenced", self.show(&out)))
                                .with_code("E0614")
                                .with_label(span, "can't be dereferenced")
                                .with_note("help: a future does nothing until it is awaited: `.await` it first to get its output");
                            self.type_error(d);
                            Ty::Unknown
                        }
                        Ty::Adt(id, _) if self.adt(id).is_some_and(|a| !a.is_stub && !a.has_trait_impls) => {
                            let d = Diagnostic::error(span, format!("type `{}` cannot be dereferenced", self.show(&r)))
                                .with_code("E0614")
                                .with_label(span, "can't be dereferenced");
                            self.type_error(d);
                            Ty::Unknown
                        }
                        _ => Ty::Unknown,
                    },
                }
            }
            UnOp::Neg => {
                if matches!(x.kind, ExprKind::Lit(Lit::Int { .. })) {
                    self.negated_lit = Some(x.span.start);
                }
                let t = self.expr(x, None, Use::Move);
                self.negated_lit = None;
                if let Some(out) = self.user_unary(&t, "Neg", span) {
                    return out;
                }
                self.negations.push((span, t.clone()));
                match self.table.resolve(&t) {
                    Ty::Ref { inner, .. } => *inner,
                    other => other,
                }
            }
            UnOp::Not => {
                let t = self.expr(x, None, Use::Move);
                if let Some(out) = self.user_unary(&t, "Not", span) {
                    return out;
                }
                match self.table.resolve(&t) {
                    Ty::Ref { inner, .. } => *inner,
                    other => other,
                }
            }
        }
    }

    /// `-x` or `!x` of a user type with an `impl Neg`/`impl Not`: its
    /// `Output`, and the compiler calls `neg`/`not`.
    fn user_unary(&mut self, t: &Ty, trait_name: &str, span: Span) -> Option<Ty> {
        let Ty::Adt(id, args) = self.table.resolve(t) else { return None };
        let adt = self.adt(id).filter(|a| !a.is_stub)?.clone();
        let (_, _, out) = adt.ops.iter().find(|(tr, _, _)| tr == trait_name)?;
        self.user_ops.insert((span.start, span.end), trait_method_name(trait_name));
        Some(out.as_ref().map_or(Ty::Unknown, |o| o.subst(&args)))
    }

    /// The numeric (or bool) type behind at most one reference.
    fn strip_ref(&self, t: &Ty) -> Ty {
        match self.table.shallow(t) {
            Ty::Ref { inner, .. } => self.table.shallow(&inner),
            other => other,
        }
    }

    fn is_numeric_like(&self, t: &Ty) -> bool {
        match self.table.shallow(t) {
            Ty::Int(_) | Ty::Float(_) => true,
            Ty::Var(v) => self.table.kind(v) != VarKind::General,
            _ => false,
        }
    }

    fn binary(&mut self, op: BinOp, l: &Expr, r: &Expr, span: Span) -> Ty {
        let sym = op.symbol();
        // `n + -1`: a negated literal as an operand is judged through
        // `Neg` of the type the operator gives it (E0277, not E0600).
        for x in [l, r] {
            if let ExprKind::Unary(UnOp::Neg, inner) = &x.unparen().kind
                && matches!(inner.unparen().kind, ExprKind::Lit(Lit::Int { .. }))
            {
                let x = x.unparen();
                self.neg_operands.insert((x.span.start, x.span.end));
            }
        }
        match op {
            BinOp::And | BinOp::Or => {
                let lt = self.expr(l, Some(&Ty::Bool), Use::Move);
                if !l.contains_let() {
                    self.coerce(&lt, &Ty::Bool, l.span);
                }
                let rt = self.expr(r, Some(&Ty::Bool), Use::Move);
                if !r.contains_let() {
                    self.coerce(&rt, &Ty::Bool, r.span);
                }
                Ty::Bool
            }
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                let lt = self.expr(l, None, Use::Borrow);
                let rt = self.expr(r, Some(&lt), Use::Borrow);
                let (lr, rr) = (self.table.resolve(&lt), self.table.resolve(&rt));
                if self.stringish(&lr) || self.stringish(&rr) || self.sequence(&lr) || self.sequence(&rr) {
                    // `String == &str`, `Vec<T> == [T; N]`, `&[T] == &[T; N]`:
                    // std's cross-type impls.
                    return Ty::Bool;
                }
                let mut probe = self.table.clone();
                if probe.unify(&lt, &rt).is_ok() {
                    self.table = probe;
                    let tr = if matches!(op, BinOp::Eq | BinOp::Ne) { "PartialEq" } else { "PartialOrd" };
                    // `it > best` with `T` bound by nothing that compares.
                    if let Ty::Param(i, _) = self.strip_all_refs(&lr)
                        && i as usize >= self.impl_generics
                        && !self.param_has(i, tr)
                    {
                        let at = self.op_span(l, r, sym);
                        let d = Diagnostic::error(at, format!("binary operation `{sym}` cannot be applied to type `{}`", self.show(&lr)))
                            .with_code("E0369")
                            .with_label(l.span, self.show(&lr))
                            .with_label(r.span, self.show(&rr))
                            .with_note(format!("help: consider restricting the type parameter with trait `{tr}`: `<T: {tr}>`"));
                        self.type_error(d);
                        return Ty::Bool;
                    }
                    if let Ty::Adt(id, _) = self.strip_all_refs(&lr)
                        && self.adt(id).is_some_and(|a| !a.is_stub)
                        && !self.implements(&lr, tr, 0)
                    {
                        let d = Diagnostic::error(self.op_span(l, r, sym), format!("binary operation `{sym}` cannot be applied to type `{}`", self.show(&lr)))
                            .with_code("E0369")
                            .with_label(l.span, self.show(&lr))
                            .with_note(format!("note: add `#[derive({tr})]` to the type to compare its values"));
                        self.type_error(d);
                    }
                } else if matches!(op, BinOp::Eq | BinOp::Ne) && (self.strip_all_refs(&lr) != lr || self.strip_all_refs(&rr) != rr) {
                    let d = Diagnostic::error(span, format!("can't compare `{}` with `{}`", self.show(&lr), self.show(&rr))).with_code("E0277");
                    self.type_error(d);
                } else {
                    // `x > 1` with `x: &&i32`: `PartialOrd` wants both
                    // sides of one type, E0308 at the right one.
                    self.mismatch(r.span, &lt, &rt);
                }
                Ty::Bool
            }
            BinOp::Shl | BinOp::Shr => {
                let lt = self.expr(l, None, Use::Move);
                self.expr(r, None, Use::Move);
                self.strip_ref(&lt)
            }
            _ => {
                let lt = self.expr(l, None, Use::Move);
                self.moved_out(l);
                let lbase = self.strip_ref(&lt);
                if self.is_numeric_like(&lbase) || matches!(lbase, Ty::Bool) {
                    let rt = self.expr(r, Some(&lbase), Use::Move);
                    let rbase = self.strip_ref(&rt);
                    // `3 * duration`: std's impls with a number on the left.
                    if let Ty::Adt(id, _) = self.table.resolve(&rbase)
                        && self.adt(id).is_some_and(|a| a.is_stub)
                    {
                        // `x + y` with `y: Option<i8>`: no number does
                        // arithmetic with an `Option`, a `Result`, a
                        // `String` or a `Vec` (E0277).
                        let name = self.adt(id).map(|a| a.name.clone()).unwrap_or_default();
                        let trait_ = match op {
                            BinOp::Add => Some(("Add", format!("cannot add `{}` to `{}`", self.show(&rbase), self.show(&lbase)))),
                            BinOp::Sub => Some(("Sub", format!("cannot subtract `{}` from `{}`", self.show(&rbase), self.show(&lbase)))),
                            BinOp::Mul => Some(("Mul", format!("cannot multiply `{}` by `{}`", self.show(&lbase), self.show(&rbase)))),
                            BinOp::Div => Some(("Div", format!("cannot divide `{}` by `{}`", self.show(&lbase), self.show(&rbase)))),
                            _ => None,
                        };
                        if let (true, Some((tr, message)), Ty::Int(_) | Ty::Float(_)) =
                            (matches!(name.as_str(), "Option" | "Result" | "String" | "Vec"), trait_, self.table.resolve(&lbase))
                        {
                            let at = self.op_span(l, r, sym);
                            let (ls, rs) = (self.show(&lbase), self.show(&rbase));
                            let d = Diagnostic::error(at, message)
                                .with_code("E0277")
                                .with_label(at, format!("no implementation for `{ls} {sym} {rs}`"))
                                .with_note(format!("help: the trait `{tr}<{rs}>` is not implemented for `{ls}`"));
                            self.type_error(d);
                            return Ty::Unknown;
                        }
                        return if name == "Duration" && op == BinOp::Mul { rbase } else { Ty::Unknown };
                    }
                    let mut probe = self.table.clone();
                    if probe.unify(&lbase, &rbase).is_ok() {
                        self.table = probe;
                    } else if let Some(message) = self.int_float_op(op, &lbase, &rbase) {
                        // `sum / n as f64`: no `Div<f64>` for `i32` (E0277).
                        let at = self.op_span(l, r, sym);
                        let (ls, rs) = (self.show(&lbase), self.show(&rbase));
                        let d = Diagnostic::error(at, message)
                            .with_code("E0277")
                            .with_label(at, format!("no implementation for `{ls} {sym} {rs}`"))
                            .with_note("help: integers and floats do not mix: convert one side with `as` (`x as f64`)");
                        self.type_error(d);
                        return Ty::Unknown;
                    } else {
                        self.mismatch(r.span, &lbase, &rbase);
                    }
                    return lbase;
                }
                let rt = self.expr(r, None, Use::Move);
                self.moved_out(r);
                self.operator(op, &lt, &rt, l, r, span, false)
            }
        }
    }

    /// E0277: floats are not `Ord`, `Eq` or `Hash`: `v.sort()` on a
    /// `Vec<f64>`, `m.insert(1.5, ..)` into a `HashMap<f64, _>`.
    fn float_key_checks(&mut self, self_ty: &Ty, name: &str, at: Span) {
        let t = self.table.resolve(self_ty);
        let (elem, tr) = match &t {
            Ty::Slice(e) | Ty::Array(e) if matches!(name, "sort" | "sort_unstable" | "binary_search") => (self.table.resolve(e), "Ord"),
            Ty::Adt(id, args) => match (self.std_name(*id), name) {
                ("Vec" | "VecDeque", "sort" | "sort_unstable" | "binary_search") => (args.first().map(|a| self.table.resolve(a)).unwrap_or(Ty::Unknown), "Ord"),
                // `v.iter().max()` of floats (through `&f64`).
                ("Iter", "max" | "min") => (args.first().map(|a| self.strip_all_refs(&self.table.resolve(a))).unwrap_or(Ty::Unknown), "Ord"),
                ("HashMap" | "HashSet", "insert" | "entry") => (args.first().map(|a| self.table.resolve(a)).unwrap_or(Ty::Unknown), "Eq"),
                ("BTreeMap" | "BTreeSet", "insert" | "entry") => (args.first().map(|a| self.table.resolve(a)).unwrap_or(Ty::Unknown), "Ord"),
                _ => return,
            },
            _ => return,
        };
        // A user struct or enum as a key: the traits the map needs.
        if let Ty::Adt(aid, _) = &elem
            && self.adt(*aid).is_some_and(|a| !a.is_stub)
        {
            let need: &[&str] = if tr == "Ord" { &["Ord"] } else { &["Eq", "Hash"] };
            if let Some(missing) = need.iter().find(|t| !self.implements(&elem, t, 0)) {
                let shown = self.show(&elem);
                let d = Diagnostic::error(at, format!("the trait bound `{shown}: {missing}` is not satisfied"))
                    .with_code("E0277")
                    .with_label(at, format!("the trait `{missing}` is not implemented for `{shown}`"))
                    .with_note(format!(
                        "help: a key must be comparable{}: add `#[derive({})]` to `{shown}`",
                        if tr == "Ord" { " and ordered" } else { " and hashable" },
                        if tr == "Ord" { "PartialEq, Eq, PartialOrd, Ord" } else { "PartialEq, Eq, Hash" }
                    ));
                self.type_error(d);
            }
            return;
        }
        let is_float = matches!(elem, Ty::Float(_)) || matches!(elem, Ty::Var(v) if self.table.kind(v) == VarKind::Float);
        if !is_float {
            return;
        }
        let shown = self.show(&elem);
        let d = Diagnostic::error(at, format!("the trait bound `{shown}: {tr}` is not satisfied"))
            .with_code("E0277")
            .with_label(at, format!("the trait `{tr}` is not implemented for `{shown}`"))
            .with_note("help: floats have no total order (NaN): sort with `sort_by(|a, b| a.total_cmp(b))`, or key a map by an integer (cents, not dollars)");
        self.type_error(d);
    }

    /// E0277: `?` directly in a function that returns neither `Result`
    /// nor `Option` (`fn parse(s: &str) -> i32`, a plain `fn main()`).
    fn try_in_plain_fn(&mut self, span: Span) {
        let Some(sig_span) = self.fn_sig_span else { return };
        // Directly in the body: no closure, no `async` block but an
        // `async fn`'s own.
        if self.ret.len() != 1 || !self.closures.is_empty() || self.asyncs.len() != usize::from(self.fn_async) {
            return;
        }
        let Some(r) = self.ret.first().map(|t| self.table.resolve(t)) else { return };
        let plain = match &r {
            Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::Tuple(_) => true,
            Ty::Ref { .. } => true,
            Ty::Adt(id, _) => self.adt(*id).is_some_and(|a| !a.is_stub || matches!(a.name.as_str(), "String" | "Vec")),
            _ => false,
        };
        if !plain {
            return;
        }
        let shown = self.show(&r);
        let at = Span::new(span.end.saturating_sub(1) as usize, span.end as usize);
        // `#[tokio::main]` makes `main`'s body an `async` block.
        let what = match (self.fn_async, self.text(sig_span).contains("fn main(")) {
            (false, _) => "a function",
            (true, true) => "an async block",
            (true, false) => "an async function",
        };
        let d = Diagnostic::error(
            at,
            format!("the `?` operator can only be used in {what} that returns `Result` or `Option` (or another type that implements `FromResidual`)"),
        )
        .with_code("E0277")
        .with_label(sig_span, "this function should return `Result` or `Option` to accept `?`")
        .with_label(at, format!("cannot use the `?` operator in {what} that returns `{shown}`"))
        .with_note("help: return a `Result` (`-> Result<i32, Box<dyn Error>>`) to pass the error on, or handle it here with `match` or `unwrap_or`");
        self.type_error(d);
    }

    /// `v.get(i)` / `v.get_mut(i)` on a slice, a `Vec` or an array with an
    /// integer index: `Option<&T>` / `Option<&mut T>` (the stubs leave the
    /// result open, as a range index gives a slice).
    fn slice_get_by_index(&mut self, receiver: &Expr, method: &ast::Ident, args: &[Expr], t: Ty) -> Ty {
        let ([arg], "get" | "get_mut") = (args, method.name.as_str()) else { return t };
        if !matches!(self.table.resolve(&t), Ty::Unknown) {
            return t;
        }
        let Some((path, _)) = self.method_paths.get(&(method.span.start, method.span.end)) else { return t };
        if !matches!(path.as_str(), "slice::get" | "slice::get_mut" | "std::vec::Vec::get" | "std::vec::Vec::get_mut") {
            return t;
        }
        let index_ty = match &arg.unparen().kind {
            ExprKind::Lit(Lit::Int { .. }) => Some(Ty::Int(Int::Usize)),
            ExprKind::Path(_) => self.local_ty_of(arg),
            _ => self.recorded_ty(arg.span),
        };
        let index_is_int = match index_ty {
            Some(Ty::Int(_)) => true,
            Some(Ty::Var(v)) => self.table.kind(v) == VarKind::Int,
            _ => false,
        };
        let elem = match self.recorded_ty(receiver.span).map(|r| self.strip_all_refs(&r)) {
            Some(Ty::Slice(e) | Ty::Array(e)) => *e,
            Some(Ty::Adt(id, targs)) if self.std_name(id) == "Vec" => targs.first().cloned().unwrap_or(Ty::Unknown),
            _ => return t,
        };
        if !index_is_int {
            return t;
        }
        self.option_of(Ty::Ref { is_mut: method.name == "get_mut", inner: Box::new(elem) })
    }

    /// rustc's message for an arithmetic operator between an integer and a
    /// float (`cannot divide `i32` by `f64``); `None` for other pairs.
    fn int_float_op(&self, op: BinOp, l: &Ty, r: &Ty) -> Option<String> {
        let kind = |t: &Ty| match self.table.resolve(t) {
            Ty::Int(_) => Some(true),
            Ty::Float(_) => Some(false),
            Ty::Var(v) if self.table.kind(v) == VarKind::Int => Some(true),
            Ty::Var(v) if self.table.kind(v) == VarKind::Float => Some(false),
            _ => None,
        };
        if kind(l)? == kind(r)? {
            return None;
        }
        let (ls, rs) = (self.show(l), self.show(r));
        Some(match op {
            BinOp::Add => format!("cannot add `{rs}` to `{ls}`"),
            BinOp::Sub => format!("cannot subtract `{rs}` from `{ls}`"),
            BinOp::Mul => format!("cannot multiply `{ls}` by `{rs}`"),
            BinOp::Div => format!("cannot divide `{ls}` by `{rs}`"),
            BinOp::Rem => format!("cannot calculate the remainder of `{ls}` divided by `{rs}`"),
            _ => return None,
        })
    }

    /// Whether generic parameter `i` of this function is bound by `tr`, by
    /// a trait that implies it, or by a user trait (which may, as a
    /// supertrait).
    fn param_has(&self, i: u32, tr: &str) -> bool {
        self.bounds.iter().filter(|(k, _)| *k == i as usize).flat_map(|(_, ts)| ts.iter()).any(|t| {
            t == tr
                || (tr == "PartialEq" && matches!(t.as_str(), "Eq" | "PartialOrd" | "Ord"))
                || (tr == "PartialOrd" && t == "Ord")
                || !items::DECIDABLE_STD_TRAITS.contains(&t.as_str())
        })
    }

    /// The operator between `l` and `r` (`>` in `it > best`).
    fn op_span(&self, l: &Expr, r: &Expr, sym: &str) -> Span {
        let (a, b) = (l.span.end as usize, r.span.start as usize);
        match self.src.get(a..b).and_then(|gap| gap.find(sym)) {
            Some(k) => Span::new(a + k, a + k + sym.len()),
            None => Span::new(a, b),
        }
    }

    fn strip_all_refs(&self, t: &Ty) -> Ty {
        let mut t = self.table.shallow(t);
        while let Ty::Ref { inner, .. } = t {
            t = self.table.shallow(&inner);
        }
        t
    }

    fn sequence(&self, t: &Ty) -> bool {
        match self.strip_all_refs(t) {
            Ty::Array(_) | Ty::Slice(_) => true,
            Ty::Adt(id, _) => self.adt(id).is_some_and(|a| a.is_stub && matches!(a.name.as_str(), "Vec" | "VecDeque")),
            _ => false,
        }
    }

    fn stringish(&self, t: &Ty) -> bool {
        match self.strip_all_refs(t) {
            Ty::Str => true,
            Ty::Adt(id, _) => self.adt(id).is_some_and(|a| a.is_stub && a.name == "String"),
            _ => false,
        }
    }

    /// An operator on a non-numeric type: the stubs' impls (`String + &str`,
    /// `Instant - Duration`), else E0369/E0368 for user types and `&str`.
    #[allow(clippy::too_many_arguments)]
    fn operator(&mut self, op: BinOp, lt: &Ty, rt: &Ty, l: &Expr, r: &Expr, span: Span, assign: bool) -> Ty {
        let trait_name = format!("{}{}", binop_trait(op), if assign { "Assign" } else { "" });
        let lr = self.table.resolve(lt);
        match &lr {
            Ty::Adt(id, args) => {
                let Some(adt) = self.adt(*id).cloned() else { return Ty::Unknown };
                if adt.is_stub {
                    // The impl whose right-hand side fits (`Instant - Duration`
                    // and `Instant - Instant` are two impls of `Sub`), else the
                    // first, whose mismatch is the error.
                    let cands: Vec<_> = adt.ops.iter().filter(|(tr, _, _)| *tr == trait_name).collect();
                    let fits = |this: &Self, rhs: &Ty| this.table.clone().unify(rt, &rhs.subst(args)).is_ok();
                    if let Some((_, rhs, out)) = cands.iter().find(|(_, rhs, _)| fits(self, rhs)).or(cands.first()) {
                        let rhs = rhs.subst(args);
                        self.coerce(rt, &rhs, r.span);
                        return if assign { Ty::unit() } else { out.as_ref().map_or(Ty::Unknown, |o| o.subst(args)) };
                    }
                    // `Option`, `Result` and `Vec` have no operators (and the
                    // orphan rules forbid adding any).
                    if adt.complete || (adt.is_stub && matches!(adt.name.as_str(), "String" | "Duration" | "Instant" | "Option" | "Result" | "Vec")) {
                        self.op_error(op, &lr, rt, l, r, span, assign);
                    }
                    return Ty::Unknown;
                }
                // A user operator impl: the one whose right-hand side fits;
                // the compiler calls its method.
                let cands: Vec<_> = adt.ops.iter().filter(|(tr, _, _)| *tr == trait_name).cloned().collect();
                let fits = |this: &Self, rhs: &Ty| this.table.clone().unify(rt, &rhs.subst(args)).is_ok();
                if let Some((_, rhs, out)) = cands.iter().find(|(_, rhs, _)| fits(self, rhs)).or(cands.first()) {
                    let rhs = rhs.subst(args);
                    self.coerce(rt, &rhs, r.span);
                    self.user_ops.insert((span.start, span.end), trait_method_name(&trait_name));
                    return if assign { Ty::unit() } else { out.as_ref().map_or(Ty::Unknown, |o| o.subst(args)) };
                }
                if !adt.has_trait_impls || !adt.ops.is_empty() {
                    self.op_error(op, &lr, rt, l, r, span, assign);
                }
                Ty::Unknown
            }
            Ty::Ref { inner, .. } if matches!(self.table.shallow(inner), Ty::Str) => {
                self.op_error(op, &lr, rt, l, r, span, assign);
                Ty::Unknown
            }
            // std and Tokio implement these operators on the values only
            // (`*when + d`, not `when + d`).
            Ty::Ref { inner, .. }
                if matches!(self.table.shallow(inner), Ty::Adt(id, _)
                    if self.adt(id).is_some_and(|a| a.is_stub && matches!(a.name.as_str(), "String" | "Duration" | "Instant"))) =>
            {
                self.op_error(op, &lr, rt, l, r, span, assign);
                Ty::Unknown
            }
            // `n + 1` of an `async fn`'s call not awaited: no future has
            // an operator.
            Ty::Bool | Ty::Char | Ty::Tuple(_) | Ty::Str | Ty::Future(_) => {
                self.op_error(op, &lr, rt, l, r, span, assign);
                Ty::Unknown
            }
            _ => Ty::Unknown,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn op_error(&mut self, op: BinOp, lt: &Ty, rt: &Ty, l: &Expr, r: &Expr, span: Span, assign: bool) {
        let sym = op.symbol();
        let d = if assign {
            Diagnostic::error(span, format!("binary assignment operation `{sym}=` cannot be applied to type `{}`", self.show(lt)))
                .with_code("E0368")
                .with_label(l.span, format!("cannot use `{sym}=` on type `{}`", self.show(lt)))
        } else {
            let verb = match op {
                BinOp::Add => format!("cannot add `{}` to `{}`", self.show(rt), self.show(lt)),
                BinOp::Sub => format!("cannot subtract `{}` from `{}`", self.show(rt), self.show(lt)),
                BinOp::Mul => format!("cannot multiply `{}` by `{}`", self.show(lt), self.show(rt)),
                BinOp::Div => format!("cannot divide `{}` by `{}`", self.show(lt), self.show(rt)),
                _ => format!("binary operation `{sym}` cannot be applied to type `{}`", self.show(lt)),
            };
            // rustc points at the operator, labelling the left side.
            let d = Diagnostic::error(self.op_span(l, r, sym), verb).with_code("E0369").with_label(l.span, self.show(lt));
            if matches!(lt, Ty::Future(_)) { d.with_note("help: consider `.await`ing the future first: its output is the value") } else { d }
        };
        self.type_error(d);
    }

    fn assign_op(&mut self, op: BinOp, lt: &Ty, r: &Expr, span: Span) {
        let lbase = self.table.shallow(lt);
        if self.is_numeric_like(&lbase) || matches!(lbase, Ty::Bool) {
            let rt = self.expr(r, Some(&lbase), Use::Move);
            let rbase = self.strip_ref(&rt);
            if !matches!(op, BinOp::Shl | BinOp::Shr) && self.table.unify(&lbase, &rbase).is_err() {
                // `total += h.await` with a `Result`: no number adds an
                // `Option`, a `Result`, a `String` or a `Vec` (E0277).
                let verb = match op {
                    BinOp::Add => Some(("AddAssign", "add-assign", "to")),
                    BinOp::Sub => Some(("SubAssign", "subtract-assign", "from")),
                    BinOp::Mul => Some(("MulAssign", "multiply-assign", "by")),
                    BinOp::Div => Some(("DivAssign", "divide-assign", "by")),
                    _ => None,
                };
                let lres = self.table.resolve(&lbase);
                if let (Some((tr, verb, prep)), Ty::Adt(id, _), Ty::Int(_) | Ty::Float(_) | Ty::Var(_)) = (verb, self.table.resolve(&rbase), &lres)
                    && self.adt(id).is_some_and(|a| a.is_stub && matches!(a.name.as_str(), "Option" | "Result" | "String" | "Vec"))
                    && !matches!(lres, Ty::Var(v) if self.table.kind(v) == VarKind::General)
                {
                    let at =
                        self.text(span).find(&format!("{}=", op.symbol())).map_or(span, |k| Span::new(span.start as usize + k, span.start as usize + k + 2));
                    let (ls, rs) = (self.show(&lbase), self.show(&rbase));
                    let (a, b) = if prep == "by" { (&ls, &rs) } else { (&rs, &ls) };
                    let d = Diagnostic::error(at, format!("cannot {verb} `{a}` {prep} `{b}`"))
                        .with_code("E0277")
                        .with_label(at, format!("no implementation for `{ls} {}= {rs}`", op.symbol()))
                        .with_note(format!("help: the trait `{tr}<{rs}>` is not implemented for `{ls}`"));
                    self.type_error(d);
                    return;
                }
                self.mismatch(r.span, &lbase, &rbase);
            }
            return;
        }
        let rt = self.expr(r, None, Use::Move);
        self.moved_out(r);
        // The left side as an expression for the label.
        let l = Expr { kind: ExprKind::Tuple(vec![]), span };
        self.operator(op, lt, &rt, &l, r, span, true);
    }

    // ---- calls ------------------------------------------------------------

    fn call(&mut self, func: &Expr, args: &[Expr], span: Span, expected: Option<&Ty>) -> Ty {
        // `Pin::new(&mut fut)`: the future is polled through the reference.
        if let ExprKind::Path(p) = &func.kind
            && matches!(p.names()[..], [.., "Pin", "new"])
            && let [arg] = args
        {
            self.polled_through.insert((arg.unparen().span.start, arg.unparen().span.end));
        }
        let ExprKind::Path(path) = &func.kind else {
            self.expr(func, None, Use::Borrow);
            for a in args {
                self.expr(a, None, Use::Move);
                self.moved_out(a);
            }
            return Ty::Unknown;
        };
        if path.segments.len() == 1
            && let Some(id) = self.lookup(path.last())
        {
            // A closure (or a function) in a local: `Fn` borrows it,
            // `FnMut` borrows it mutably, `FnOnce` consumes it.
            let kind = self.closure_kind(id);
            let ft = self.expr(func, None, if kind.once { Use::Move } else { Use::Borrow });
            if kind.once {
                self.moved_out(func);
                self.once_calls.insert((func.span.start, func.span.end));
            } else if kind.writes {
                self.check_mutable(func, Access::BorrowMut, func.span);
            } else if self.locals[id].is_param || !self.closure_locals.contains_key(&id) {
                // A parameter may be `FnMut` (`mut f: F`), and so may a
                // value that is not a closure written here (`impl FnMut`
                // returned, `Box<dyn FnMut>`): its `mut` is needed.
                self.needs_mut.insert(id);
            }
            let mut ft = self.table.shallow(&ft);
            // Through `&F`, `&mut F`, `Box<dyn Fn..>`, `Arc<dyn Fn..>`.
            for _ in 0..4 {
                match ft {
                    Ty::Ref { inner, .. } => ft = self.table.shallow(&inner),
                    Ty::Adt(_, ref a) if a.len() == 1 && matches!(self.table.shallow(&a[0]), Ty::Fn(..)) => ft = self.table.shallow(&a[0]),
                    _ => break,
                }
            }
            if let Ty::Fn(ps, r) = ft {
                let name = path.last().to_string();
                self.not_user_call = true;
                let before = self.type_errors.len();
                self.check_args(&ps, args, span, &name, false);
                // A closure's wrong argument count is E0057.
                if self.closure_locals.contains_key(&id) {
                    for d in &mut self.type_errors[before..] {
                        if d.code == Some("E0061") {
                            d.code = Some("E0057");
                        }
                    }
                }
                return *r;
            }
            for a in args {
                self.expr(a, None, Use::Move);
                self.moved_out(a);
            }
            return Ty::Unknown;
        }
        // `size_of::<T>()`, `align_of::<T>()`: a constant of `T`'s layout.
        if args.is_empty()
            && let Some(seg) = path.segments.last()
            && let [targ] = &seg.generics[..]
            && let Some(full) = items::expand_in(self.items, &path.names(), &self.module)
            && (full == "std::mem::size_of" || full == "std::mem::align_of")
        {
            let t = self.lower_ty(targ);
            let t = self.table.resolve(&t);
            match self.layout(&t, targ, 0) {
                Some((size, align)) => {
                    self.layouts.insert((span.start, span.end), if full.ends_with("size_of") { size } else { align });
                }
                None => self.unsupported.push(
                    Diagnostic::error(span, format!("`{}::<{}>()` is not supported yet", path.last(), self.text(targ.span)))
                        .with_note("note: Taskscope knows the layout of numbers, `bool`, `char`, references, `String`, `Vec`, `Box`, arrays, tuples, plain structs and fieldless enums"),
                ),
            }
            return Ty::Int(Int::Usize);
        }
        // `Trait::method(&x, ..)` of a user trait: the impl of `x`'s type
        // (a user struct or enum), else not typed (dispatched at run time).
        if let [tr, m] = path.names()[..]
            && self.items.user_traits.contains_key(tr)
            && self.lookup(tr).is_none()
            && items::expand_in(self.items, &[tr], &self.module).is_none_or(|full| !self.items.types.contains_key(&full))
        {
            let tys: Vec<Ty> = args
                .iter()
                .map(|a| {
                    let t = self.expr(a, None, Use::Move);
                    self.moved_out(a);
                    t
                })
                .collect();
            let recv = tys.first().map(|t| self.strip_all_refs(&self.table.resolve(t)));
            if let Some(st @ Ty::Adt(id, _)) = &recv
                && let Some(adt) = self.adt(*id).cloned()
                && !adt.is_stub
                && let Some((_, AssocItem::Fn(fid))) = items::assoc_item_of(self.items, st, m, Some(tr))
            {
                self.trait_calls.insert((func.span.start, func.span.end), format!("{}::<{tr}>::{m}", adt.name));
                let sig = self.items.fns[fid.0 as usize].clone();
                if sig.generics.is_empty() && !sig.is_async {
                    // The other arguments' literals take the parameters' types.
                    let skip = usize::from(sig.self_kind.is_some());
                    for (t, p) in tys.iter().skip(skip).zip(&sig.params) {
                        if matches!(self.table.shallow(t), Ty::Var(_)) {
                            let _ = self.table.unify(t, p);
                        }
                    }
                    return sig.ret.clone();
                }
            }
            return Ty::Unknown;
        }
        // `Pin::into_inner(p)`: the pointer inside; a pinned `self` (typed
        // `&mut Self` here) is that pointer already.
        if let [.., pin, f] = &path.names()[..]
            && (*pin, *f) == ("Pin", "into_inner")
            && let [arg] = args
            && self.resolve_value(path).is_some()
        {
            let t = self.expr(arg, None, Use::Move);
            self.moved_out(arg);
            return match self.table.resolve(&t) {
                Ty::Adt(id, a) if self.std_name(id) == "Pin" && a.len() == 1 => a[0].clone(),
                t => t,
            };
        }
        // `Default::default()`: the default of the type it is inferred to make;
        // and a std wrapper's (`Arc::default()`, `Mutex::default()`).
        if let [.., d, f] = &path.names()[..]
            && (*d == "Default"
                || expected.is_some()
                    && super::DEFAULT_WRAPPERS.contains(d)
                    && self.items.scope.get(*d).is_some_and(|p| p.starts_with("std::") || p.starts_with("tokio::")))
            && *f == "default"
            && args.is_empty()
        {
            let t = self.fresh();
            if let Some(exp) = expected {
                let _ = self.table.unify(&t, exp);
            }
            self.default_calls.push(((span.start, span.end), t.clone()));
            return t;
        }
        // `Vec::from(x)` / `Vec::from_iter(x)`: a `Vec` of `x`'s items (a
        // string's bytes).
        if let [.., ty, f] = &path.names()[..]
            && *ty == "Vec"
            && matches!(*f, "from" | "from_iter")
            && let [arg] = args
            && let Some(TypeDef::Adt(vec)) = self.items.types.get("std::vec::Vec").cloned()
        {
            let t = self.expr(arg, None, Use::Move);
            self.moved_out(arg);
            // `from` clones out of a slice or a `&str`; `from_iter` takes
            // what iterating gives (`&T` from a `&Vec`).
            let base = if *f == "from" { self.strip_all_refs(&self.table.resolve(&t)) } else { self.table.resolve(&t) };
            // `Vec::from(5)`: no such `From` impl.
            let lit = self.loose_arg_ty(&t, arg);
            if *f == "from" && self.scalar(&lit) {
                self.no_from_impl("Vec<_, _>", &lit, func.span);
            }
            let item = match &base {
                Ty::Str if *f == "from" => Ty::Int(ty::Int::U8),
                Ty::Adt(id, _) if *f == "from" && self.std_name(*id) == "String" => Ty::Int(ty::Int::U8),
                _ => self.iter_item(&base),
            };
            return Ty::Adt(vec, vec![item]);
        }
        // `i64::from(x)`, `f64::from(x)`, `char::from(b)`: std's lossless
        // conversions between primitives.
        if let [ty, f] = &path.names()[..]
            && *f == "from"
            && let [arg] = args
            && let Some(to) = items::prim_ty(ty).filter(|t| matches!(t, Ty::Int(_) | Ty::Float(_) | Ty::Char))
        {
            let t = self.expr(arg, None, Use::Move);
            let from = self.table.resolve(&t);
            // The user's `impl From<Celsius> for f64`: its `from`.
            if let Some(start) = self.user_prim_from(&to, &from) {
                self.from_calls.insert((func.span.start, func.span.end), Some(start));
                return to;
            }
            if !prim_from(&to, &from) && !matches!(from, Ty::Unknown | Ty::Var(_)) {
                let d = Diagnostic::error(func.span, format!("the trait bound `{}: From<{}>` is not satisfied", self.show(&to), self.show(&from)))
                    .with_code("E0277")
                    .with_label(func.span, format!("the trait `From<{}>` is not implemented for `{}`", self.show(&from), self.show(&to)))
                    .with_note(format!("help: `{}::try_from(x)` checks the range; `x as {}` truncates", self.show(&to), self.show(&to)));
                self.type_error(d);
            }
            return to;
        }
        let resolved = self.resolve_value_full(path);
        match resolved {
            items::Resolved::Value(ValueDef::Fn(fid)) => {
                let sig = self.items.fns[fid.0 as usize].clone();
                if let Some(&param) = self.ret_place_fns.get(&fid) {
                    self.ret_place_calls.insert((span.start, span.end), param);
                }
                if let Some(params) = self.ret_ref_fns.get(&fid).filter(|_| sig.self_ty.is_none()) {
                    self.ret_ref_calls.insert((span.start, span.end), params.clone());
                }
                if !sig.is_stub
                    && sig.name == "from"
                    && let [arg] = args
                    && let Some(Ty::Adt(aid, targs)) = &sig.self_ty
                    && targs.is_empty()
                    && self.items.from_impls.get(aid).is_some_and(|v| !v.is_empty())
                {
                    return self.call_user_from(*aid, func, arg, span);
                }
                if self.is_spawn(&sig) {
                    return self.spawn(args, span, true);
                }
                // `futures::future::join_all(futs)`: a future of their
                // outputs in a `Vec`; `try_join_all` of `Result`s: of
                // `Result<Vec<T>, E>`.
                if sig.is_stub
                    && matches!(sig.name.as_str(), "join_all" | "try_join_all")
                    && items::expand(self.items, &path.names()).is_some_and(|p| p.starts_with("futures::future::"))
                    && let [arg] = args
                {
                    let t = self.expr(arg, None, Use::Move);
                    self.moved_out(arg);
                    // A number, a `bool` or a `char` is no iterator (rustc's
                    // `IntoIterator` bound).
                    if matches!(self.table.resolve(&t), Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char) || self.table.literal_kind(&t).is_some() {
                        let shown = self.show(&t);
                        let d = Diagnostic::error(span, format!("`{shown}` is not an iterator"))
                            .with_code("E0277")
                            .with_label(span, format!("`{shown}` is not an iterator"))
                            .with_note("note: `join_all` takes an iterator of futures (`IntoIterator`), such as a `Vec` of them");
                        self.type_error(d);
                        return Ty::Unknown;
                    }
                    let item = self.iter_item(&t);
                    let out = self.await_output(&item, arg.span);
                    let Some(TypeDef::Adt(vec)) = self.items.types.get("std::vec::Vec").cloned() else { return Ty::Unknown };
                    if sig.name == "join_all" {
                        return Ty::Future(Box::new(Ty::Adt(vec, vec![out])));
                    }
                    return match self.table.resolve(&out) {
                        Ty::Adt(r, targs) if self.std_name(r) == "Result" && targs.len() == 2 => {
                            Ty::Future(Box::new(Ty::Adt(r, vec![Ty::Adt(vec, vec![targs[0].clone()]), targs[1].clone()])))
                        }
                        _ => Ty::Future(Box::new(Ty::Unknown)),
                    };
                }
                // `tokio::task::spawn_local(fut)`: `'static`, not `Send`.
                if sig.is_stub && sig.name == "spawn_local" && sig.self_ty.is_none() {
                    return self.spawn(args, span, false);
                }
                if sig.is_stub {
                    self.multi_thread_runtime(&sig, func.span);
                }
                let (params, ret) = self.instantiate_fn(&sig, path, None);
                let mut params = params;
                // `Type::method(recv, ..)`: the receiver is the first argument.
                if let Some(kind) = sig.self_kind {
                    let st = sig.self_ty.clone().unwrap_or(Ty::Unknown);
                    let impl_args = self.last_impl_args.clone();
                    params.insert(0, receiver_ty(kind, st.subst(&impl_args)));
                }
                if let Some(exp) = expected {
                    let mut probe = self.table.clone();
                    if probe.unify(&ret, exp).is_ok() && !sig.is_stub {
                        self.table = probe;
                    }
                }
                let generic_args = std::mem::take(&mut self.last_fn_args);
                // `std::mem::take(&mut x)`: what it leaves is `T`'s default.
                if sig.is_stub && sig.name == "take" && sig.self_ty.is_none() && sig.params.len() == 1 {
                    self.default_calls.push(((span.start, span.end), ret.clone()));
                }
                if sig.is_stub
                    && matches!(sig.name.as_str(), "map" | "try_map" | "downgrade_map" | "try_downgrade_map")
                    && sig.self_ty.as_ref().is_some_and(
                        |t| matches!(t, Ty::Adt(id, _) if self.adt(*id).is_some_and(|a| a.path.starts_with("tokio::sync::") && a.path.ends_with("Guard"))),
                    )
                    && let [_, f] = args
                    && matches!(f.kind, ExprKind::Closure { .. })
                {
                    self.lens_closures.push((f.span.start, f.span.end));
                }
                self.not_user_call = sig.is_stub;
                self.check_args(&params, args, span, &sig.name, sig.is_stub && sig.params.iter().any(|p| matches!(p, Ty::Unknown)));
                if sig.is_stub {
                    self.loose_std_fn_args(&sig, func, args, &ret, span);
                }
                if sig.self_kind.is_none() {
                    self.fn_kind_checks(&sig, args);
                }
                if !sig.is_stub && !generic_args.is_empty() {
                    self.call_generics.push((span, generic_args.clone()));
                }
                if !sig.bounds.is_empty() || !sig.trait_params.is_empty() {
                    self.check_bounds(&sig, &generic_args, args, span);
                }
                if sig.is_unsafe && self.unsafe_depth == 0 {
                    let name = match &sig.self_ty {
                        Some(t) => format!("{}::{}", self.show(t), sig.name),
                        None => sig.name.clone(),
                    };
                    self.unsafe_call(&name, span);
                }
                for &i in &sig.arith_params {
                    if let (Some(t), Some(name)) = (generic_args.get(i), sig.generics.get(i)) {
                        self.arith_calls.push((t.clone(), name.clone(), span));
                    }
                }
                if sig.is_stub && sig.name == "new" && sig.self_ty.as_ref().is_some_and(|t| self.is_stub_adt(t, "std::pin::Pin")) {
                    self.pin_new_unpin(&ret, args);
                }
                // `spawn_blocking(f)` and `std::thread::spawn(f)`.
                if sig.is_stub && matches!(sig.name.as_str(), "spawn_blocking" | "spawn") && sig.self_ty.is_none() {
                    self.spawn_blocking_checks(args, span);
                }
                ret
            }
            items::Resolved::Value(ValueDef::TupleCtor(id)) => {
                let targs = self.instantiate_adt(id);
                let fields = match self.adt(id).map(|a| a.kind.clone()) {
                    Some(AdtKind::Struct(FieldsDef::Tuple(ts))) => ts.iter().map(|t| t.subst(&targs)).collect(),
                    _ => Vec::new(),
                };
                let name = self.adt(id).map_or(String::new(), |a| a.name.clone());
                self.check_args(&fields, args, span, &name, false);
                Ty::Adt(id, targs)
            }
            items::Resolved::Value(ValueDef::Variant(id, v)) => {
                let targs = self.instantiate_adt(id);
                if let Some(exp) = expected {
                    let mut probe = self.table.clone();
                    if probe.unify(&Ty::Adt(id, targs.clone()), exp).is_ok() {
                        self.table = probe;
                    }
                }
                let fields = match self.adt(id).map(|a| a.kind.clone()) {
                    Some(AdtKind::Enum(vs)) => match vs.get(v).map(|x| x.fields.clone()) {
                        Some(FieldsDef::Tuple(ts)) => ts.iter().map(|t| t.subst(&targs)).collect(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let name = match self.adt(id).map(|a| a.kind.clone()) {
                    Some(AdtKind::Enum(vs)) => vs.get(v).map_or(String::new(), |x| x.name.clone()),
                    _ => String::new(),
                };
                self.check_args(&fields, args, span, &name, false);
                Ty::Adt(id, targs)
            }
            // `Type::default()` of a `#[derive(Default)]` type.
            _ if path.segments.len() == 2 && path.last() == "default" && args.is_empty() && self.derived_default(path).is_some() => {
                self.derived_default(path).unwrap_or(Ty::Unknown)
            }
            items::Resolved::Error(mut d) => {
                if d.code == Some("E0425") {
                    d.message = format!("cannot find function `{}` in this scope", path.last());
                }
                self.resolve_errors.push(d);
                for a in args {
                    self.expr(a, None, Use::Move);
                    self.moved_out(a);
                }
                Ty::Unknown
            }
            _ => {
                for a in args {
                    self.expr(a, None, Use::Move);
                    self.moved_out(a);
                }
                Ty::Unknown
            }
        }
    }

    /// The type of `Type::default()` when `Type` is a user type with
    /// `#[derive(Default)]`.
    fn derived_default(&mut self, path: &ast::Path) -> Option<Ty> {
        let first = path.segments.first()?.clone();
        let t = ast::Type { kind: ast::TypeKind::Path(ast::Path { segments: vec![first], span: path.span, qself: None }), span: path.span };
        match self.lower_ty(&t) {
            Ty::Adt(id, _) if self.adt(id).is_some_and(|a| !a.is_stub && a.derives("Default")) => {
                let targs = self.instantiate_adt(id);
                Some(Ty::Adt(id, targs))
            }
            _ => None,
        }
    }

    /// `Runtime::new()` and `Builder::new_multi_thread()` build Tokio's
    /// multi-thread runtime, which Taskscope runs on its simulated
    /// current_thread one, and says so (as for `#[tokio::main]`).
    fn multi_thread_runtime(&mut self, sig: &FnSig, at: Span) {
        let self_ty = sig.self_ty.clone().unwrap_or(Ty::Unknown);
        let what = match sig.name.as_str() {
            "new" if self.is_stub_adt(&self_ty, "tokio::runtime::Runtime") => "`Runtime::new()`",
            "new_multi_thread" if self.is_stub_adt(&self_ty, "tokio::runtime::Builder") => "`Builder::new_multi_thread()`",
            _ => return,
        };
        let d = super::one_thread_warning(
            at,
            &format!("{what} builds Tokio's multi-thread runtime"),
            "help: `Builder::new_current_thread()` builds the runtime Taskscope simulates",
        );
        self.warnings.push(d);
    }

    /// `tokio::spawn`, whose one parameter takes any future (not
    /// `std::thread::spawn`, which takes a closure).
    fn is_spawn(&self, sig: &FnSig) -> bool {
        sig.is_stub && sig.name == "spawn" && sig.self_ty.is_none() && matches!(sig.params.first(), Some(Ty::Unknown))
    }

    /// rustc's E0277 for `Box::new(x)` made a `Box<dyn T>` of a plain user
    /// trait `T` that `x`'s type does not implement, where a `let` or a
    /// struct field writes the type: `Box<dyn T>`, or a `Vec` or array of
    /// them built with `vec![..]` or `[..]`.
    fn dyn_box_impls(&mut self, written: &ast::Type, init: &Expr) {
        let Some((tr, in_seq)) = items::dyn_box_target(written) else { return };
        if !self.items.plain_trait_methods.contains_key(&tr) {
            return;
        }
        let elems: Vec<&Expr> = if !in_seq {
            vec![init]
        } else {
            match &init.kind {
                ExprKind::Array(xs) => xs.iter().collect(),
                ExprKind::Macro(m) if m.path.last() == "vec" => match &m.args {
                    ast::MacroArgs::Exprs(xs) => xs.iter().collect(),
                    _ => return,
                },
                _ => return,
            }
        };
        for e in elems {
            let ExprKind::Call { func, args } = &e.kind else { continue };
            let ExprKind::Path(p) = &func.kind else { continue };
            let ([arg], ["Box", "new"]) = (args.as_slice(), p.names().as_slice()) else { continue };
            // A struct literal or unit struct (`Box::new(Dog)`) by its
            // path; a local by its type; a call by what it gave.
            let written_adt = |this: &Self, path: &Path| match items::resolve_type_path(this.items, &path.names(), &this.module) {
                Some(TypeDef::Adt(id)) if this.adt(id).is_some_and(|a| a.generics.is_empty()) => Some(Ty::Adt(id, Vec::new())),
                _ => None,
            };
            let t = match &arg.unparen().kind {
                ExprKind::Path(p) if p.segments.len() == 1 && self.lookup(p.last()).is_some() => self.local_ty_of(arg),
                ExprKind::Path(p) => written_adt(self, p),
                ExprKind::StructLit { path, .. } => written_adt(self, path),
                _ => self.expr_types.get(&(arg.span.start, arg.span.end)).map(|t| self.table.resolve(t)),
            };
            let Some(t) = t else { continue };
            let t = self.strip_all_refs(&t);
            let implements = match &t {
                Ty::Adt(id, _) if self.adt(*id).is_some_and(|a| !a.is_stub) => self.adt(*id).is_some_and(|a| a.derives(&tr)),
                t if self.is_std_concrete(t) => self.items.foreign_impls.iter().any(|(n, st, _)| *n == tr && impl_covers(st, t)),
                _ => true,
            };
            if !implements {
                let shown = self.show(&t);
                let d = Diagnostic::error(e.span, format!("the trait bound `{shown}: {tr}` is not satisfied"))
                    .with_code("E0277")
                    .with_label(e.span, format!("the trait `{tr}` is not implemented for `{shown}`"))
                    .with_note(format!("note: required for the cast from `Box<{shown}>` to `Box<dyn {tr}>`"));
                self.type_error(d);
            }
        }
    }

    /// True when a method `name` not among a trait object's trait's
    /// methods is surely not there at all: a method of a user type (not
    /// the trait's), or a name no std type or trait declares (in the
    /// stubs, or one of the blanket traits every type has).
    fn surely_no_std_method(&self, name: &str) -> bool {
        const BLANKET: &[&str] =
            &["into", "try_into", "from", "try_from", "borrow", "borrow_mut", "type_id", "to_owned", "clone_into", "to_string", "as_ref", "as_mut"];
        self.items.fns.iter().any(|f| !f.is_stub && f.self_kind.is_some() && f.name == name)
            || (!BLANKET.contains(&name) && !self.items.fns.iter().any(|f| f.is_stub && f.name == name))
    }

    /// A written `Box<dyn T>`, `&dyn T`, `&mut dyn T`, `Rc<dyn T>` or
    /// `Arc<dyn T>` of a plain user trait: how rustc names the type in
    /// E0599, and the trait's methods.
    fn dyn_trait_methods(&self, t: &ast::Type) -> Option<(String, Vec<String>)> {
        let (wrapper, inner, tp) = items::dyn_behind(t)?;
        if !self.text(inner.span).starts_with("dyn") {
            return None;
        }
        let name = tp.last();
        let methods = self.items.plain_trait_methods.get(name)?.clone();
        let shown = match wrapper {
            "&" | "&mut " => format!("reference `{wrapper}dyn {name}`"),
            w => format!("struct `{w}<dyn {name}>`"),
        };
        Some((shown, methods))
    }

    /// A `Vec` and an array or slice of unifiable elements, which std's
    /// `PartialEq` impls compare: `Some(true)` for `Vec == [U; N]`, `Vec
    /// == &[U; N]`, `Vec == [U]`/`&[U]` and `[T]`/`&[T]` == `Vec`; for an
    /// array on the left of a `Vec` there is no impl: `Some(false)`.
    fn vec_eq_array(&mut self, l: &Ty, r: &Ty) -> Option<bool> {
        let vec_elem = |this: &Self, t: &Ty| match t {
            Ty::Adt(id, targs) if this.std_name(*id) == "Vec" => targs.first().cloned(),
            _ => None,
        };
        let seq = |this: &Self, t: &Ty| -> Option<(Ty, bool)> {
            let (t, behind_ref) = match t {
                Ty::Ref { inner, .. } => (this.table.resolve(inner), true),
                t => (t.clone(), false),
            };
            match t {
                Ty::Array(e) => Some((*e, behind_ref)),
                Ty::Slice(e) => Some((*e, true)),
                _ => None,
            }
        };
        let (x, y, valid) = if let (Some(x), Some((y, _))) = (vec_elem(self, l), seq(self, r)) {
            (x, y, true)
        } else if let (Some((x, slice)), Some(y)) = (seq(self, l), vec_elem(self, r)) {
            (x, y, slice && !matches!(l, Ty::Ref { inner, .. } if matches!(self.table.resolve(inner), Ty::Array(_))))
        } else {
            return None;
        };
        let mut probe = self.table.clone();
        probe.unify(&x, &y).ok()?;
        self.table = probe;
        Some(valid)
    }

    /// A written `Box<dyn Future<..>>` (a `dyn Future` is not `Unpin`, so
    /// the box is no future): the `dyn Future<..>` as written.
    fn box_dyn_future(&self, t: &ast::Type) -> Option<String> {
        let (wrapper, inner, tp) = items::dyn_behind(t)?;
        let text = self.text(inner.span);
        // `dyn Future<..> + Unpin` is `Unpin`: its box is a future.
        (wrapper == "Box" && tp.last() == "Future" && text.starts_with("dyn") && !text.contains("Unpin"))
            .then(|| text.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// rustc's E0277 for `it.rev()` (and the other methods run from the
    /// back) on an iterator std does not make double-ended:
    /// `(1..).take(3)`, `skip_while`, a `HashMap`'s, or an `enumerate` /
    /// `zip` / `skip` / `take` over one that is not also exact-size
    /// (`chars()`). Only iterator chains whose every link is known.
    fn back_iter_bounds(&mut self, receiver: &Expr, method: &ast::Ident, rt: &Ty) {
        let es = match method.name.as_str() {
            "rev" | "next_back" | "rfind" | "rfold" | "nth_back" | "try_rfold" => false,
            "rposition" => true,
            _ => return,
        };
        let is_std_iter = matches!(self.table.resolve(rt), Ty::Adt(id, _) if self.std_name(id) == "Iter");
        let Some((shown, tr)) = is_std_iter.then(|| self.iter_unmet(receiver, true, es, 0)).flatten() else { return };
        let d = Diagnostic::error(method.span, format!("the trait bound `{shown}: {tr}` is not satisfied"))
            .with_code("E0277")
            .with_label(method.span, format!("the trait `{tr}` is not implemented for `{shown}`"));
        self.type_error(d);
    }

    /// The first bound rustc finds unmet when the iterator `e` builds must
    /// be `DoubleEndedIterator` (`de`) and/or `ExactSizeIterator` (`es`):
    /// the type as rustc shows it, and the trait. `None` when all hold or
    /// a link is not known.
    fn iter_unmet(&self, e: &Expr, de: bool, es: bool, depth: u32) -> Option<(String, &'static str)> {
        const DE: &str = "DoubleEndedIterator";
        const ES: &str = "ExactSizeIterator";
        if depth > 32 || !(de || es) {
            return None;
        }
        let e = e.unparen();
        let ty_of = |x: &Expr| self.expr_types.get(&(x.span.start, x.span.end)).map(|t| self.table.resolve(t));
        match &e.kind {
            ExprKind::Range { start, end, inclusive } => {
                let elem = match ty_of(e)? {
                    Ty::Adt(_, a) if a.len() == 1 => a[0].clone(),
                    _ => return None,
                };
                let shown_elem = match &elem {
                    Ty::Int(i) => i.name().to_string(),
                    _ => "{integer}".to_string(),
                };
                match (start.is_some(), end.is_some(), inclusive) {
                    (true, false, _) => de.then(|| (format!("std::ops::RangeFrom<{shown_elem}>"), DE)),
                    (true, true, false) => {
                        let exact = match elem {
                            Ty::Int(i) => matches!(i, Int::I8 | Int::I16 | Int::I32 | Int::Isize | Int::U8 | Int::U16 | Int::U32 | Int::Usize),
                            _ => true,
                        };
                        (es && !exact).then(|| (format!("std::ops::Range<{shown_elem}>"), ES))
                    }
                    (true, true, true) => {
                        // An integer literal's type nothing fixed: `i32`.
                        let i = match elem {
                            Ty::Int(i) => i,
                            Ty::Var(v) if self.table.kind(v) == VarKind::Int => Int::I32,
                            _ => return None,
                        };
                        let exact = matches!(i, Int::I8 | Int::I16 | Int::U8 | Int::U16);
                        (es && !exact).then(|| (format!("RangeInclusive<{shown_elem}>"), ES))
                    }
                    _ => None,
                }
            }
            ExprKind::MethodCall { receiver, method, args, .. } => {
                let r = &**receiver;
                match (method.name.as_str(), args.len()) {
                    ("map" | "inspect", 1) | ("copied" | "cloned" | "fuse" | "peekable" | "rev", 0) => self.iter_unmet(r, de, es, depth + 1),
                    ("filter" | "filter_map", 1) => {
                        if es {
                            return Some((format!("{}<..>", if method.name == "filter" { "Filter" } else { "FilterMap" }), ES));
                        }
                        self.iter_unmet(r, de, false, depth + 1)
                    }
                    ("enumerate", 0) | ("skip" | "take" | "step_by", 1) => self.iter_unmet(r, de, es || de, depth + 1),
                    ("zip", 1) => self.iter_unmet(r, de, es || de, depth + 1).or_else(|| self.iter_unmet(&args[0], de, es || de, depth + 1)),
                    ("chain", 1) => {
                        if es {
                            return Some(("Chain<..>".to_string(), ES));
                        }
                        self.iter_unmet(r, de, false, depth + 1).or_else(|| self.iter_unmet(&args[0], de, false, depth + 1))
                    }
                    ("take_while" | "skip_while" | "map_while" | "scan" | "cycle", _) => {
                        let name = match method.name.as_str() {
                            "take_while" => "TakeWhile",
                            "skip_while" => "SkipWhile",
                            "map_while" => "MapWhile",
                            "scan" => "Scan",
                            _ => "Cycle",
                        };
                        Some((format!("{name}<..>"), if de { DE } else { ES }))
                    }
                    ("chars" | "char_indices" | "lines" | "split_whitespace", 0)
                        if matches!(ty_of(r).map(|t| self.strip_all_refs(&t)), Some(Ty::Str)) || self.is_string_ty(r) =>
                    {
                        let name = match method.name.as_str() {
                            "chars" => "Chars<'_>",
                            "char_indices" => "CharIndices<'_>",
                            "lines" => "Lines<'_>",
                            _ => "SplitWhitespace<'_>",
                        };
                        es.then(|| (name.to_string(), ES))
                    }
                    ("iter" | "into_iter" | "keys" | "values" | "values_mut" | "iter_mut" | "drain" | "into_keys" | "into_values", _) => {
                        let Ty::Adt(id, _) = self.strip_all_refs(&ty_of(r).or_else(|| self.local_ty_of(r))?) else { return None };
                        let coll = match self.std_name(id) {
                            "HashMap" => "hash_map",
                            "HashSet" => "hash_set",
                            _ => return None,
                        };
                        let it = match method.name.as_str() {
                            "iter" => "Iter<'_, ..>",
                            "iter_mut" => "IterMut<'_, ..>",
                            "into_iter" => "IntoIter<..>",
                            "keys" => "Keys<'_, ..>",
                            "values" => "Values<'_, ..>",
                            "values_mut" => "ValuesMut<'_, ..>",
                            "drain" => "Drain<'_, ..>",
                            "into_keys" => "IntoKeys<..>",
                            _ => "IntoValues<..>",
                        };
                        de.then(|| (format!("std::collections::{coll}::{it}"), DE))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `(size, align)` of a type as rustc lays it out on a 64-bit target,
    /// where that is certain: numbers, `bool`, `char`, references and the
    /// std pointers, `String`/`Vec`, `Option` of a pointer (its niche) or
    /// of a number, arrays (their length read from `written`, the type as
    /// written), tuples and user structs (fields ordered by alignment, so
    /// no padding between them), fieldless enums. `None` otherwise.
    fn layout(&self, t: &Ty, written: &ast::Type, depth: u32) -> Option<(u64, u64)> {
        if depth > 16 {
            return None;
        }
        let packed = |parts: Vec<(u64, u64)>| {
            let align = parts.iter().map(|p| p.1).max().unwrap_or(1);
            let size: u64 = parts.iter().map(|p| p.0).sum();
            (size.div_ceil(align) * align, align)
        };
        Some(match t {
            Ty::Int(i) => {
                let n = match i {
                    Int::I8 | Int::U8 => 1,
                    Int::I16 | Int::U16 => 2,
                    Int::I32 | Int::U32 => 4,
                    Int::I64 | Int::U64 | Int::Isize | Int::Usize => 8,
                    Int::I128 | Int::U128 => 16,
                };
                (n, n)
            }
            Ty::Float(Float::F32) => (4, 4),
            Ty::Float(Float::F64) => (8, 8),
            Ty::Bool => (1, 1),
            Ty::Char => (4, 4),
            Ty::Ref { inner, .. } => match self.table.resolve(inner) {
                Ty::Str | Ty::Slice(_) => (16, 8),
                Ty::Unknown | Ty::Var(_) | Ty::Param(..) | Ty::Fn(..) | Ty::Future(_) => return None,
                _ => (8, 8),
            },
            Ty::Tuple(ts) => {
                let ws: Vec<Option<&ast::Type>> = match &written.kind {
                    ast::TypeKind::Tuple(w) if w.len() == ts.len() => w.iter().map(Some).collect(),
                    _ => vec![None; ts.len()],
                };
                let mut parts = Vec::new();
                for (t, w) in ts.iter().zip(ws) {
                    let t = self.table.resolve(t);
                    parts.push(match w {
                        Some(w) => self.layout(&t, w, depth + 1)?,
                        None if !matches!(t, Ty::Array(_)) => self.layout(&t, written, depth + 1)?,
                        None => return None,
                    });
                }
                packed(parts)
            }
            Ty::Array(elem) => {
                let ast::TypeKind::Array { elem: welem, len: Some(len) } = &written.kind else { return None };
                let ExprKind::Lit(Lit::Int { value: n, .. }) = &len.kind else { return None };
                let (size, align) = self.layout(&self.table.resolve(elem), welem, depth + 1)?;
                (size.checked_mul(u64::try_from(*n).ok()?)?, align)
            }
            Ty::Adt(id, args) => {
                let adt = self.adt(*id)?;
                let arg = |i: usize| args.get(i).map(|a| self.table.resolve(a));
                if adt.is_stub {
                    let pointer_like = |t: &Ty| match t {
                        Ty::Ref { inner, .. } => !matches!(self.table.resolve(inner), Ty::Str | Ty::Slice(_) | Ty::Unknown),
                        Ty::Adt(i, a) => {
                            matches!(self.std_name(*i), "Box" | "Rc" | "Arc")
                                && a.first().is_some_and(|a| !matches!(self.table.resolve(a), Ty::Str | Ty::Slice(_) | Ty::Unknown))
                        }
                        _ => false,
                    };
                    return Some(match self.std_name(*id) {
                        "String" | "Vec" => (24, 8),
                        "Box" | "Rc" | "Arc" if arg(0).is_some_and(|a| pointer_like(&Ty::Ref { is_mut: false, inner: Box::new(a) })) => (8, 8),
                        "Option" => {
                            let inner = arg(0)?;
                            if pointer_like(&inner) {
                                (8, 8)
                            } else if matches!(inner, Ty::Bool | Ty::Char) {
                                self.layout(&inner, written, depth + 1)?
                            } else if matches!(inner, Ty::Int(_) | Ty::Float(_)) {
                                let (size, align) = self.layout(&inner, written, depth + 1)?;
                                (size + align, align)
                            } else {
                                return None;
                            }
                        }
                        _ => return None,
                    });
                }
                match &adt.kind {
                    AdtKind::Struct(fields) if adt.generics.is_empty() => {
                        let mut parts = Vec::new();
                        for t in fields.types() {
                            if matches!(t, Ty::Array(_)) {
                                return None;
                            }
                            parts.push(self.layout(t, written, depth + 1)?);
                        }
                        if parts.is_empty() { (0, 1) } else { packed(parts) }
                    }
                    AdtKind::Enum(variants) if variants.iter().all(|v| matches!(v.fields, FieldsDef::Unit)) => match variants.len() {
                        0 | 1 => (0, 1),
                        2..=256 => (1, 1),
                        _ => (2, 2),
                    },
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    /// rustc's E0695: a `break` or `continue` without a label whose loop
    /// lies outside a labelled block it is in.
    fn unlabelled_in_block(&mut self, span: Span, what: &str) {
        if self.loops.last().is_some_and(|c| c.is_block) && self.loops.iter().any(|c| !c.is_block) {
            let d = Diagnostic::error(span, format!("unlabeled `{what}` inside of a labeled block"))
                .with_code("E0695")
                .with_label(span, format!("`{what}` statements that would diverge to or through a labeled block need to bear a label"));
            self.type_error(d);
        }
    }

    /// Whether a pattern's binding takes an owned, non-`Copy` value (not a
    /// reference): binding it moves out of the scrutinee.
    fn binds_owned(&self, l: &Local) -> bool {
        let t = self.table.resolve(&l.ty);
        !matches!(t, Ty::Ref { .. }) && !self.is_copy(&t)
    }

    /// Whether `t` is an enum (`Option`, `Result`, a user enum), through
    /// no reference.
    fn is_enum_ty(&self, t: &Ty) -> bool {
        matches!(self.table.resolve(t), Ty::Adt(id, _) if self.adt(id).is_some_and(|a| matches!(a.kind, AdtKind::Enum(_))))
    }

    /// The type of a local named by `e` (a plain path), resolved.
    fn local_ty_of(&self, e: &Expr) -> Option<Ty> {
        let ExprKind::Path(p) = &e.unparen().kind else { return None };
        if p.segments.len() != 1 {
            return None;
        }
        let id = self.lookup(p.last())?;
        Some(self.table.resolve(&self.locals[id].ty))
    }

    /// Whether `e` is a `String` (or a reference to one) local or call.
    fn is_string_ty(&self, e: &Expr) -> bool {
        let t = self.expr_types.get(&(e.span.start, e.span.end)).map(|t| self.table.resolve(t)).or_else(|| self.local_ty_of(e));
        match t.map(|t| self.strip_all_refs(&t)) {
            Some(Ty::Str) => true,
            Some(Ty::Adt(id, _)) => self.std_name(id) == "String",
            _ => false,
        }
    }

    /// `for w in &v` (`v.iter()`, `v`) over a local written
    /// `Vec<Box<dyn T>>`: `w` is a trait object, with only `T`'s methods
    /// (E0599 for another, as for a `let d: Box<dyn T>`).
    fn dyn_loop_binding(&mut self, iter: &Expr, pat: &ast::Pat, before: usize) {
        if !matches!(pat.kind, PatKind::Ident { by_ref: false, sub: None, .. }) || self.locals.len() != before + 1 {
            return;
        }
        let (base, by_ref) = match &iter.unparen().kind {
            ExprKind::Ref { expr, .. } => (&**expr, true),
            ExprKind::MethodCall { receiver, method, args, .. } if args.is_empty() && matches!(method.name.as_str(), "iter" | "iter_mut") => {
                (&**receiver, true)
            }
            _ => (iter, false),
        };
        let Some(id) = self.local_of(base) else { return };
        let Some((_, tr)) = self.dyn_vec_locals.iter().find(|(l, _)| *l == id).cloned() else { return };
        let Some(methods) = self.items.plain_trait_methods.get(&tr).cloned() else { return };
        let shown = if by_ref { format!("reference `&Box<dyn {tr}>`") } else { format!("struct `Box<dyn {tr}>`") };
        self.trait_locals.push((before, shown, methods));
    }

    /// rustc's E0133: an `unsafe fn` called outside an `unsafe` block.
    fn unsafe_call(&mut self, name: &str, span: Span) {
        let d = Diagnostic::error(span, format!("call to unsafe function `{name}` is unsafe and requires unsafe block"))
            .with_code("E0133")
            .with_label(span, "call to unsafe function")
            .with_note("note: consult the function's documentation for information on how to avoid undefined behavior");
        self.type_error(d);
    }

    /// Integers carry no width in the VM, and a generic function's body is
    /// compiled once, with no integer type for its arithmetic on `T`, so
    /// nothing checks it for overflow (`twice::<u8>(200)` would give 400,
    /// not rustc's overflow panic). Such a call stops as not supported
    /// rather than risk a made-up answer.
    fn judge_arith_calls(&mut self) {
        for (t, name, span) in std::mem::take(&mut self.arith_calls) {
            if let Ty::Int(i) = self.table.resolve(&t) {
                self.unsupported.push(Diagnostic::error(span, format!("arithmetic on a generic `{name}` given `{}` is not supported yet", i.name())));
            }
        }
    }

    /// Fresh generics for a function; the path's (or method's) turbofish
    /// fills the function's own.
    fn instantiate_fn(&mut self, sig: &FnSig, path: &Path, method_generics: Option<&[ast::Type]>) -> (Vec<Ty>, Ty) {
        let mut args: Vec<Ty> = sig.generics.iter().map(|_| self.fresh()).collect();
        // The impl's generics follow from the path's type (`Vec::<i32>::new`)
        // or the receiver, which the caller unifies through `self_ty`.
        if let Some(st) = &sig.self_ty {
            let st = st.subst(&args);
            if path.segments.len() >= 2 {
                let ty_path = Path { segments: path.segments[..path.segments.len() - 1].to_vec(), span: path.span, qself: None };
                let names = ty_path.names();
                let written = if names == ["Self"] {
                    self.self_ty.clone()
                } else if let Some(TypeDef::Adt(id)) = items::resolve_type_path(self.items, &names, &self.module) {
                    let seg = &ty_path.segments[ty_path.segments.len() - 1];
                    let n = self.adt(id).map_or(0, |a| a.generics.len());
                    let targs: Vec<Ty> =
                        if seg.generics.len() == n { seg.generics.iter().map(|g| self.lower_ty(g)).collect() } else { (0..n).map(|_| self.fresh()).collect() };
                    Some(Ty::Adt(id, targs))
                } else {
                    None
                };
                if let Some(w) = written {
                    let _ = self.table.unify(&st, &w);
                }
            }
        }
        let own = method_generics.map(|g| g.to_vec()).or_else(|| path.segments.last().map(|s| s.generics.clone())).unwrap_or_default();
        let n_own = sig.generics.len().saturating_sub(sig.impl_generics);
        if !own.is_empty() && own.len() == n_own {
            for (i, g) in own.iter().enumerate() {
                let t = self.lower_ty(g);
                if let Some(a) = args.get(sig.impl_generics + i) {
                    let _ = self.table.unify(a, &t);
                }
            }
        }
        self.last_impl_args = args[..sig.impl_generics.min(args.len())].to_vec();
        let params = sig.params.iter().map(|p| p.subst(&args)).collect();
        let ret = sig.ret.subst(&args);
        self.last_fn_args = std::mem::take(&mut args);
        (params, ret)
    }

    /// Arguments against parameters (E0061 for a wrong count, then each
    /// argument coerced). `what` names the callee in the note: "`f`" or
    /// "method `f`".
    fn check_args(&mut self, params: &[Ty], args: &[Expr], span: Span, what: &str, loose: bool) {
        // A function call's errors are at the call (its callee starts it),
        // a method call's at the method's name.
        let site = self.method_site.take().unwrap_or(span);
        if params.len() != args.len() && !loose {
            let n = params.len();
            let kind = if what.starts_with("method") { "method" } else { "function" };
            let what = if what.starts_with("method") { what.to_string() } else { format!("`{what}`") };
            let d = Diagnostic::error(
                site,
                format!(
                    "this {kind} takes {n} argument{} but {} argument{} {} supplied",
                    if n == 1 { "" } else { "s" },
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    if args.len() == 1 { "was" } else { "were" }
                ),
            )
            .with_code("E0061")
            .with_note(format!("note: {what} is defined with {n} parameter{}", if n == 1 { "" } else { "s" }));
            self.type_error(d);
        }
        let mut types = Vec::with_capacity(args.len());
        let not_user_call = std::mem::take(&mut self.not_user_call);
        for (i, a) in args.iter().enumerate() {
            // `std::mem::take(m.get_mut(&k).unwrap())`: only a user
            // function's `&mut` parameter is written back to the place.
            if not_user_call && super::ref_place_form(a, &self.method_paths).is_some() && self.unsupported.len() < 20 {
                self.unsupported.push(
                    Diagnostic::error(a.span, format!("passing the `&mut` that `{}` returns to this call is not supported yet", self.text(a.span)))
                        .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
                );
            }
            let p = params.get(i).cloned().unwrap_or(Ty::Unknown);
            // Not yet known to be a reference (a generic `T`): a `&mut`
            // passed here is moved, not reborrowed.
            let generic = matches!(self.table.shallow(&p), Ty::Var(v) if self.table.kind(v) == VarKind::General);
            let t = self.expr(a, Some(&p), Use::Move);
            if generic {
                self.maybe_ref_move(a);
            }
            self.moved_out(a);
            if !self.fn_arg_mismatch(a, &t, &p, site) {
                self.coerce(&t, &p, a.span);
            }
            types.push(t);
        }
        self.last_arg_types = types;
        self.hold_element_loans(args, span);
    }

    /// The arguments of a std function the stubs declare loosely (`_`),
    /// checked against rustc's bounds once their types are known, as
    /// `loose_std_args` does a method's: `String::from`'s, `timeout`'s
    /// future, an integer's `try_from`, a collection's `from` items.
    fn loose_std_fn_args(&mut self, sig: &FnSig, func: &Expr, args: &[Expr], ret: &Ty, span: Span) {
        // `String::from(5)`: no such `From` impl.
        if sig.name == "from"
            && let (Some(st), [arg]) = (sig.self_ty.as_ref(), args)
            && self.is_stub_adt(st, "std::string::String")
            && let Some(t) = self.last_arg_types.first().cloned()
        {
            let t = self.loose_arg_ty(&t, arg);
            // The user's `impl From<Id> for String`: its `from`.
            let user = match (st, &t) {
                (Ty::Adt(sid, _), Ty::Adt(src, _)) if self.adt(*src).is_some_and(|a| !a.is_stub) => {
                    let picked = self.impls_converting(*sid, &t).first().map(|&(_, start)| start);
                    if picked.is_none() {
                        self.no_from_impl("String", &t, func.span);
                    }
                    self.from_calls.insert((func.span.start, func.span.end), picked);
                    true
                }
                _ => false,
            };
            if !user && !self.std_from(st, &t) {
                self.no_from_impl("String", &t, func.span);
            }
        }
        // `timeout(d, 5)`: rustc's E0277 at the argument first.
        if sig.self_ty.is_none()
            && matches!(sig.name.as_str(), "timeout" | "timeout_at")
            && let (Some(t), Some(arg)) = (self.last_arg_types.get(1).cloned(), args.get(1))
        {
            let t = self.loose_arg_ty(&t, arg);
            if self.scalar(&t) || matches!(t, Ty::Tuple(_)) {
                self.not_a_future(&t, arg.span);
            }
        }
        // `u8::try_from("a")`: integers convert (with `TryFrom`)
        // from integers, `bool` and `char` only.
        if sig.name == "try_from"
            && let (Some(Ty::Int(_)), [arg]) = (sig.self_ty.as_ref(), args)
            && let Some(t) = self.last_arg_types.first().cloned()
        {
            let t = self.loose_arg_ty(&t, arg);
            // From a `char`: the unsigned types only.
            let unsigned = matches!(sig.self_ty, Some(Ty::Int(i)) if !i.is_signed());
            let fits = match self.table.resolve(&t) {
                Ty::Int(_) | Ty::Bool | Ty::Unknown | Ty::Param(..) => true,
                Ty::Char => unsigned,
                Ty::Var(v) => self.table.kind(v) != VarKind::Float,
                Ty::Adt(id, _) => self.adt(id).is_some_and(|a| !a.is_stub),
                _ => false,
            };
            if !fits && let Some(to) = sig.self_ty.as_ref() {
                let (ts, fs) = (self.show(to), self.show(&t));
                let d = Diagnostic::error(func.span, format!("the trait bound `{ts}: TryFrom<{fs}>` is not satisfied"))
                    .with_code("E0277")
                    .with_label(func.span, format!("the trait `From<{fs}>` is not implemented for `{ts}`"))
                    .with_note(format!("note: required for `{ts}` to implement `TryFrom<{fs}>`"));
                self.type_error(d);
            }
        }
        // `HashMap::from([(k, v), ..])` (and the other collections'
        // `from`): the items are the collection's.
        if matches!(sig.name.as_str(), "from" | "from_iter")
            && let [_] = args
            && let Ty::Adt(id, _) = self.table.resolve(ret)
            && matches!(self.std_name(id), "HashMap" | "BTreeMap" | "HashSet" | "BTreeSet" | "VecDeque" | "BinaryHeap")
            && let Some(t) = self.last_arg_types.first().cloned()
        {
            let item = self.iter_item(&t);
            let item = self.table.resolve(&item);
            let ret_now = self.table.resolve(ret);
            if let Some(want) = self.collect_item(&ret_now, &item, 1)
                && self.decided(&item)
                && self.table.unify(&want, &item).is_err()
            {
                let found = match &ret_now {
                    Ty::Adt(id, a) => match (&item, a.len()) {
                        (Ty::Tuple(kv), 2) => Ty::Adt(*id, kv.clone()),
                        (_, 1) => Ty::Adt(*id, vec![item.clone()]),
                        _ => ret_now.clone(),
                    },
                    _ => ret_now.clone(),
                };
                self.mismatch(span, &ret_now, &found);
            }
        }
    }

    /// The argument of a std method the stubs declare loosely (`_`),
    /// checked against the bound rustc's signature has, once its type is
    /// known (`self.last_arg_types`): a map's or set's key lookups
    /// (`K: Borrow<Q>`), a string pattern, `chain`'s items, what
    /// `flat_map`'s closure gives, `extend`'s items (a `JoinSet`'s futures'
    /// outputs).
    fn loose_std_args(&mut self, self_ty: &Ty, name: &str, args: &[Expr], method: Span) {
        if matches!(self.table.shallow(self_ty), Ty::Str) {
            let at = usize::from(matches!(name, "splitn" | "rsplitn"));
            if let (Some(arg), Some(t)) = (args.get(at), self.last_arg_types.get(at).cloned()) {
                self.str_pattern(&t, arg, method);
            }
            return;
        }
        let Ty::Adt(id, targs) = self.table.shallow(self_ty) else { return };
        let (Some(arg), Some(t)) = (args.first(), self.last_arg_types.first().cloned()) else { return };
        let t = self.loose_arg_ty(&t, arg);
        if t.has_unknown() {
            return;
        }
        let ty_name = self.std_name(id);
        let lookup = match ty_name {
            "HashMap" | "BTreeMap" => matches!(name, "get" | "get_mut" | "contains_key" | "remove" | "get_key_value" | "remove_entry"),
            "HashSet" | "BTreeSet" => matches!(name, "contains" | "remove" | "get" | "take"),
            _ => false,
        };
        if lookup && let Some(key) = targs.first() {
            self.key_lookup(&self.table.resolve(key), &t, ty_name, name, arg, method);
        }
        // `a.iter().chain(b.iter())`: both give the same items.
        if name == "chain"
            && matches!(ty_name, "Iter" | "Range")
            && let Some(mine) = targs.first()
        {
            let (mine, theirs) = (self.table.resolve(mine), self.iter_item(&t));
            let theirs = self.table.resolve(&theirs);
            if self.decided(&mine) && self.decided(&theirs) && self.table.clone().unify(&mine, &theirs).is_err() {
                let (i, m, o) = (self.show(&t), self.show(&mine), self.show(&theirs));
                let d = Diagnostic::error(arg.span, format!("type mismatch resolving `<{i} as IntoIterator>::Item == {m}`"))
                    .with_code("E0271")
                    .with_label(arg.span, format!("expected `{m}`, found `{o}`"))
                    .with_label(method, "required by a bound introduced by this call");
                self.type_error(d);
            }
        }
        // `flat_map(|x| ..)` whose closure gives a number, not an iterable.
        if name == "flat_map"
            && matches!(ty_name, "Iter" | "Range")
            && let Ty::Fn(_, ret) = &t
        {
            let ret = self.table.resolve(ret);
            if self.scalar(&ret) {
                let shown = self.show(&ret);
                let d = Diagnostic::error(method, format!("`{shown}` is not an iterator"))
                    .with_code("E0277")
                    .with_label(method, format!("`{shown}` is not an iterator"))
                    .with_note(format!("help: the trait `Iterator` is not implemented for `{shown}`"))
                    .with_note("note: `flat_map`'s closure gives what is iterated in turn: a collection, an `Option`, an iterator");
                self.type_error(d);
            }
        }
        // `set.extend(futures)`: each future's output is the set's `T`.
        let futures = if name == "extend" && ty_name == "JoinSet" { Some(self.iter_item(&t)) } else { None };
        if let (Some(futures), Some(want)) = (futures, targs.first())
            && let Ty::Future(out) = self.table.resolve(&futures)
        {
            let (want, out) = (self.table.resolve(want), self.table.resolve(&out));
            if self.decided(&want) && self.decided(&out) && self.table.unify(&want, &out).is_err() {
                let what = format!("impl Future<Output = {}>", self.show(&out));
                let d = self.wrong_future_output(&what, &want, &out, method, "JoinSet::<T>::extend");
                self.type_error(d);
            }
        }
        if name == "extend" && args.len() == 1 {
            let elem = match ty_name {
                "Vec" | "VecDeque" | "HashSet" | "BTreeSet" | "BinaryHeap" => targs.first().cloned(),
                _ => None,
            };
            if let Some(elem) = elem {
                self.extend_items(&Ty::Adt(id, targs.clone()), &self.table.resolve(&elem), &t, method);
            }
        }
    }

    /// The type of `arg`, given to a `_` parameter: a literal there took
    /// that parameter's type (unknown), but a number literal is still a
    /// number, a `true` a `bool`.
    fn loose_arg_ty(&mut self, t: &Ty, arg: &Expr) -> Ty {
        let t = self.table.resolve(t);
        if !matches!(t, Ty::Unknown) {
            return t;
        }
        match &arg.unparen().kind {
            ExprKind::Lit(Lit::Int { suffix: Some(s), .. } | Lit::Float { suffix: Some(s), .. }) => items::prim_ty(s).unwrap_or(Ty::Unknown),
            ExprKind::Lit(Lit::Int { .. }) => self.table.fresh(VarKind::Int),
            ExprKind::Lit(Lit::Float { .. }) => self.table.fresh(VarKind::Float),
            ExprKind::Lit(Lit::Bool(_)) => Ty::Bool,
            _ => Ty::Unknown,
        }
    }

    /// A string method's pattern (`split`, `starts_with`, `find`, ..):
    /// a `char`, a `&str`, `&String` or `&&str`, chars in a slice or an
    /// array, or a closure on a `char`. Anything else is rustc's E0277,
    /// "the trait bound `T: Pattern` is not satisfied", at the argument.
    fn str_pattern(&mut self, t: &Ty, arg: &Expr, method: Span) {
        let t = self.loose_arg_ty(t, arg);
        let chars = |x: &Ty| matches!(x, Ty::Slice(e) | Ty::Array(e) if matches!(**e, Ty::Char));
        let ok = match &t {
            Ty::Char | Ty::Fn(..) | Ty::Unknown => true,
            Ty::Var(v) => self.table.kind(*v) == VarKind::General,
            Ty::Array(_) => chars(&t),
            Ty::Ref { inner, .. } => match self.table.resolve(inner) {
                Ty::Str => true,
                Ty::Ref { inner, .. } => matches!(self.table.resolve(&inner), Ty::Str),
                Ty::Adt(id, _) => self.std_name(id) == "String",
                x @ (Ty::Slice(_) | Ty::Array(_)) => chars(&x),
                Ty::Var(_) | Ty::Unknown => true,
                _ => false,
            },
            _ => false,
        };
        if ok || t.has_unknown() {
            return;
        }
        let shown = self.show(&t);
        let d = Diagnostic::error(arg.span, format!("the trait bound `{shown}: Pattern` is not satisfied"))
            .with_code("E0277")
            .with_label(arg.span, format!("the trait `FnMut(char)` is not implemented for `{shown}`"))
            .with_label(method, "required by a bound introduced by this call")
            .with_note("help: a pattern is a `char`, a `&str`, a slice or array of `char`s, or a closure `|c: char| -> bool`");
        self.type_error(d);
    }

    /// A number, `bool` or `char`, or a number literal not typed yet: a
    /// value that is no collection, future or iterator.
    fn scalar(&self, t: &Ty) -> bool {
        match t {
            Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char => true,
            Ty::Var(v) => matches!(self.table.kind(*v), VarKind::Int | VarKind::Float),
            _ => false,
        }
    }

    /// A resolved type with nothing left to infer but which integer or
    /// float a literal is (`&{integer}`): enough to tell two apart.
    fn decided(&self, t: &Ty) -> bool {
        match t {
            Ty::Var(v) => self.table.kind(*v) != VarKind::General,
            Ty::Unknown | Ty::Param(..) => false,
            Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().all(|x| self.decided(x)),
            Ty::Ref { inner, .. } | Ty::Array(inner) | Ty::Slice(inner) | Ty::Future(inner) => self.decided(inner),
            Ty::Fn(ps, r) => ps.iter().all(|x| self.decided(x)) && self.decided(r),
            _ => true,
        }
    }

    /// What a key type `K` can be looked up by (`K: Borrow<Q>`): `K`
    /// itself, and `str` for `String` and `&str`, `[T]` for `Vec<T>`, `T`
    /// for `&T`, `Box<T>`, `Rc<T>` and `Arc<T>`.
    fn borrow_targets(&self, key: &Ty) -> Vec<Ty> {
        let mut out = vec![key.clone()];
        match key {
            Ty::Ref { inner, .. } => out.push(self.table.resolve(inner)),
            Ty::Adt(id, a) => match self.std_name(*id) {
                "String" => out.push(Ty::Str),
                "Vec" => out.extend(a.first().map(|e| Ty::Slice(Box::new(e.clone())))),
                "Box" | "Rc" | "Arc" => out.extend(a.first().cloned()),
                _ => {}
            },
            _ => {}
        }
        out
    }

    /// `m.get(k)` (and `contains_key`, `remove`, a set's `contains`..):
    /// `k` is a `&Q` with `K: Borrow<Q>`. Not a reference: rustc's E0308
    /// (`expected &_`); a `&Q` that `K` does not borrow as: E0308 when
    /// `K` borrows only as itself (rustc infers `Q = K`), else E0277.
    fn key_lookup(&mut self, key: &Ty, arg_ty: &Ty, ty_name: &str, name: &str, arg: &Expr, method: Span) {
        if key.has_unknown() || matches!(key, Ty::Var(v) if self.table.kind(*v) == VarKind::General) {
            return;
        }
        let found = |this: &Self, t: &Ty| match t {
            Ty::Var(v) if this.table.kind(*v) == VarKind::Int => "integer".to_string(),
            Ty::Var(v) if this.table.kind(*v) == VarKind::Float => "floating-point number".to_string(),
            other => format!("`{}`", this.show(other)),
        };
        let Ty::Ref { inner, .. } = arg_ty else {
            if matches!(arg_ty, Ty::Var(v) if self.table.kind(*v) == VarKind::General) {
                return;
            }
            let d = Diagnostic::error(arg.span, "mismatched types")
                .with_code("E0308")
                .with_label(arg.span, format!("expected `&_`, found {}", found(self, arg_ty)))
                .with_label(method, "arguments to this method are incorrect")
                .with_note(format!("help: consider borrowing here: `&{}`", self.text(arg.span)));
            self.type_error(d);
            return;
        };
        let q = self.table.resolve(inner);
        if matches!(q, Ty::Var(v) if self.table.kind(v) == VarKind::General) {
            return;
        }
        let targets = self.borrow_targets(key);
        let fits = |this: &Self, t: &Ty| {
            let mut probe = this.table.clone();
            probe.unify(t, &q).is_ok()
        };
        if targets.iter().any(|t| fits(self, t)) {
            if targets.len() == 1 {
                let _ = self.table.unify(key, &q);
            }
            return;
        }
        let owner = if matches!(ty_name, "HashMap" | "BTreeMap") { format!("{ty_name}::<K, V>") } else { format!("{ty_name}::<T>") };
        let d = if targets.len() == 1 {
            let (e, f) = (self.show(&Ty::shared_ref(key.clone())), self.show(arg_ty));
            Diagnostic::error(arg.span, "mismatched types")
                .with_code("E0308")
                .with_label(arg.span, format!("expected `{e}`, found `{f}`"))
                .with_label(method, "arguments to this method are incorrect")
        } else {
            let (k, q) = (self.show(key), self.show(&q));
            Diagnostic::error(arg.span, format!("the trait bound `{k}: Borrow<{q}>` is not satisfied"))
                .with_code("E0277")
                .with_label(arg.span, format!("the trait `Borrow<{q}>` is not implemented for `{k}`"))
                .with_label(method, "required by a bound introduced by this call")
                .with_note(format!("note: required by a bound in `{owner}::{name}`"))
        };
        self.type_error(d);
    }

    /// `v.extend(iter)`: `Vec<T>` (and `VecDeque`, the sets, `BinaryHeap`)
    /// extends with `T`s, or with `&T`s when `T: Copy`; other items are
    /// rustc's E0277 at the method.
    fn extend_items(&mut self, coll: &Ty, elem: &Ty, arg_ty: &Ty, method: Span) {
        if elem.has_unknown() {
            return;
        }
        let item = self.iter_item(arg_ty);
        let item = self.table.resolve(&item);
        if item.has_unknown() || matches!(item, Ty::Var(v) if self.table.kind(v) == VarKind::General) {
            return;
        }
        let fits = |this: &Self, t: &Ty| {
            let mut probe = this.table.clone();
            probe.unify(t, &item).is_ok()
        };
        if fits(self, elem) {
            let _ = self.table.unify(elem, &item);
            return;
        }
        if let Ty::Ref { inner, is_mut: false } = &item {
            let mut probe = self.table.clone();
            if probe.unify(elem, inner).is_ok() {
                // `Extend<&T>` needs `T: Copy` (a `&String`'s items: E0277).
                if self.is_copy(&self.table.resolve(elem)) || matches!(self.table.shallow(elem), Ty::Var(_)) {
                    let _ = self.table.unify(elem, inner);
                    return;
                }
            }
        }
        let (c, i) = (self.show(coll), self.show(&item));
        let d = Diagnostic::error(method, format!("the trait bound `{c}: Extend<{i}>` is not satisfied"))
            .with_code("E0277")
            .with_label(method, format!("the trait `Extend<{i}>` is not implemented for `{c}`"));
        self.type_error(d);
    }

    /// The loans each of `xs` but the last carries (`&mut x`, `it.peek()`)
    /// last while the later ones are evaluated, until `at` (the call, the
    /// tuple or the array) ends: `f(&mut x, &mut x)` and `(&mut v[..m],
    /// &mut v[m..])` are E0499 as in rustc.
    fn hold_element_loans(&mut self, xs: &[Expr], at: Span) {
        let Some((_, init)) = xs.split_last() else { return };
        for x in init {
            self.hold_until(x, at);
        }
    }

    /// The loans `x` carries, held until `at` ends.
    fn hold_until(&mut self, x: &Expr, at: Span) {
        for (place, kind, span) in self.loans_of(x) {
            self.facts.loans.push(Loan { holder: Holder::Macro { at }, place, kind, span, held: 0, body: self.body_ctx });
        }
    }

    /// `a`, a path to a local, moves it if the local is a `&mut` (decided
    /// when types are resolved, in the move pass).
    fn maybe_ref_move(&mut self, a: &Expr) {
        if let ExprKind::Path(_) = a.kind
            && let Some(&(local, _)) = self.uses.paths.get(&(a.span.start, a.span.end))
        {
            self.ref_move_paths.push((a.span, local));
        }
    }

    /// A closure or a function value passed where a function of another
    /// shape is expected: rustc's E0593 (how many arguments) or E0631 (their
    /// types), reported here; whether one was.
    fn fn_arg_mismatch(&mut self, a: &Expr, found: &Ty, expected: &Ty, site: Span) -> bool {
        let fn_value = self.fn_values.contains_key(&(a.span.start, a.span.end));
        let closure = matches!(a.kind, ExprKind::Closure { .. });
        if !fn_value && !closure {
            return false;
        }
        let (Ty::Fn(fp, _), Ty::Fn(ep, _)) = (self.table.shallow(found), self.table.shallow(expected)) else { return false };
        let what = if closure { "closure" } else { "function" };
        let args = |n: usize| format!("{n} argument{}", if n == 1 { "" } else { "s" });
        if fp.len() != ep.len() {
            // `|a, b|` where a pair is passed.
            let msg = match &ep[..] {
                [t] if matches!(self.table.shallow(t), Ty::Tuple(ts) if ts.len() == fp.len()) => {
                    format!("{what} is expected to take a single {}-tuple as argument, but it takes {} distinct arguments", fp.len(), fp.len())
                }
                _ => format!("{what} is expected to take {}, but it takes {}", args(ep.len()), args(fp.len())),
            };
            // rustc reports a closure at the call's method (or callee), a
            // function value at itself.
            let at = if closure { site } else { a.span };
            let d = Diagnostic::error(at, msg).with_code("E0593").with_label(a.span, format!("expected {what} that takes {}", args(ep.len())));
            self.type_error(d);
            return true;
        }
        if fn_value && self.table.clone().unify(found, expected).is_err() {
            let d = Diagnostic::error(a.span, "type mismatch in function arguments").with_code("E0631").with_label(
                a.span,
                format!(
                    "expected function signature `{}`, found `{}`",
                    self.show(expected).replacen("impl Fn", "fn", 1),
                    self.show(found).replacen("impl Fn", "fn", 1)
                ),
            );
            self.type_error(d);
            return true;
        }
        false
    }

    /// The `&mut` parameter whose target `e` reborrows whole: `&mut *r`,
    /// or a pinned `self` unwrapped (`self.get_mut()`,
    /// `Pin::into_inner(self)`, `Pin::get_mut(self)`; a pinned `self` is
    /// typed `&mut Self`).
    fn reborrowed_param(&self, e: &Expr) -> Option<usize> {
        let (x, pinned) = super::reborrow_root(e)?;
        let id = self.local_of(x)?;
        let l = &self.locals[id];
        (l.is_param && (l.pinned || !pinned) && matches!(self.table.resolve(&l.ty), Ty::Ref { is_mut: true, .. })).then_some(id)
    }

    /// Whether futures' `FutureExt` is in scope (its `map`,
    /// `now_or_never`).
    fn futures_future_ext(&self) -> bool {
        matches!(items::expand(self.items, &["FutureExt"]).as_deref(), Some("futures::FutureExt" | "futures::future::FutureExt" | "futures_util::FutureExt"))
    }

    fn method_call(&mut self, receiver: &Expr, method: &ast::Ident, generics: &[ast::Type], args: &[Expr], span: Span) -> Ty {
        let rt = self.expr(receiver, None, Use::Borrow);
        let name = method.name.as_str();
        self.stored_refs(receiver, &rt, name, args, span);
        // `fut.as_mut()` of a pinned future: a `&mut` of it, as `&mut fut`.
        if name == "as_mut"
            && args.is_empty()
            && let Ty::Adt(id, targs) = self.strip_all_refs(&self.table.resolve(&rt))
            && self.std_name(id) == "Pin"
            && let [inner] = targs.as_slice()
        {
            let inner = self.strip_all_refs(&self.table.resolve(inner));
            self.future_borrows.push(((receiver.span.start, receiver.span.end), inner));
            self.polled_through.insert((receiver.span.start, receiver.span.end));
        }
        // `self.get_mut()` of a pinned `self` (typed `&mut Self`): that
        // `&mut Self`, the `Pin` moved into the call.
        if name == "get_mut"
            && args.is_empty()
            && self.local_of(receiver.unparen()).is_some_and(|id| self.locals[id].pinned)
            && matches!(receiver.unparen().kind, ExprKind::Path(_))
        {
            self.moved_out(receiver);
            return rt;
        }
        if name == "parse"
            && let Some(pat) = self.untyped_let
        {
            self.parse_lets.insert((span.start, span.end), pat);
        }

        self.stream_unpin(receiver, method, args, span, &rt);
        self.back_iter_bounds(receiver, method, &rt);
        // `let sorted = v.sort(); sorted.len()`: `()` has no such method.
        if self.table.resolve(&rt).is_unit()
            && !matches!(
                name,
                "clone" | "eq" | "ne" | "cmp" | "partial_cmp" | "hash" | "fmt" | "to_owned" | "into" | "max" | "min" | "clamp" | "lt" | "le" | "gt" | "ge"
            )
        {
            let d = Diagnostic::error(method.span, format!("no method named `{name}` found for unit type `()` in the current scope"))
                .with_code("E0599")
                .with_label(method.span, "method not found in `()`")
                .with_note("help: the value is `()` because the call that made it returns nothing (`v.sort()` sorts in place): use the original value instead");
            self.type_error(d);
            for a in args {
                self.expr(a, None, Use::Move);
            }
            return Ty::Unknown;
        }
        // `x.max(y)` with `x: &i32`: `<&i32 as Ord>::max`, found before
        // autoderef reaches `i32`'s: the others are `&i32` too, and so is
        // the result (the VM's references are the values).
        if matches!((name, args.len()), ("max" | "min", 1) | ("clamp", 2))
            && generics.is_empty()
            && let Ty::Ref { inner, .. } = self.table.shallow(&rt)
            && let base @ (Ty::Int(_) | Ty::Char) = self.strip_all_refs(&inner)
        {
            let params = vec![rt.clone(); args.len()];
            self.method_site = Some(method.span);
            self.check_args(&params, args, span, &format!("method `{name}`"), false);
            let key = (method.span.start, method.span.end);
            self.std_methods.insert(key);
            let owner = self.method_owner(&base).unwrap_or_default();
            self.method_paths.insert(key, (format!("{owner}::{name}"), true));
            return rt;
        }
        // E0689: an inherent method of the numeric types on a literal (or
        // a binding of one) whose type nothing has fixed yet: rustc cannot
        // pick the type to look it up on. (`3.max(4)` is `Ord`'s: fine.)
        if let Some(kind) = self.table.literal_kind(&rt) {
            // `15.clamp(0, 10)`: `Ord::clamp`, of whichever integer type the
            // literal turns out to be.
            if kind == ty::VarKind::Int
                && name == "clamp"
                && let [lo, hi] = args
            {
                for a in [lo, hi] {
                    let t = self.expr(a, Some(&rt), Use::Move);
                    let _ = self.table.unify(&t, &rt);
                }
                let key = (method.span.start, method.span.end);
                self.std_methods.insert(key);
                self.method_paths.insert(key, ("int::clamp".to_string(), true));
                return rt;
            }
            let decl = format!("fn {name}(");
            let (shown, like, inherent) = match kind {
                ty::VarKind::Float => ("{float}", "f32", super::stubs::FLOAT_METHODS.contains(&decl)),
                _ => (
                    "{integer}",
                    "i32",
                    (super::stubs::INT_METHODS.contains(&decl) || super::stubs::SIGNED_METHODS.contains(&decl)) && !matches!(name, "min" | "max" | "clamp"),
                ),
            };
            let trait_method = matches!(
                name,
                "cmp"
                    | "partial_cmp"
                    | "eq"
                    | "ne"
                    | "lt"
                    | "le"
                    | "gt"
                    | "ge"
                    | "to_string"
                    | "clone"
                    | "into"
                    | "try_into"
                    | "from"
                    | "try_from"
                    | "max"
                    | "min"
            );
            // `n.to_string()`, `a.cmp(&2)`: std's, whatever the integer
            // type turns out to be (never a user type's method of that name).
            if trait_method || inherent {
                self.std_methods.insert((method.span.start, method.span.end));
            }
            if inherent && !trait_method {
                let help = if matches!(receiver.kind, ExprKind::Lit(_)) || matches!(&receiver.kind, ExprKind::Unary(..)) {
                    format!("help: you must specify a concrete type for this numeric value, like `{like}`")
                } else {
                    format!("help: you must specify a type for this binding, like `{like}`")
                };
                let d = Diagnostic::error(method.span, format!("can't call method `{name}` on ambiguous numeric type `{shown}`"))
                    .with_code("E0689")
                    .with_label(method.span, "")
                    .with_note(help);
                self.type_error(d);
            }
        }
        // An array's own `into_iter()` yields its elements by value (Rust
        // 2021); a slice's (through a reference) yields references.
        if name == "into_iter"
            && args.is_empty()
            && let Ty::Array(elem) = self.table.resolve(&rt)
            && let Some(TypeDef::Adt(iter)) = self.items.types.get("std::iter::Iter").cloned()
        {
            self.moved_out(receiver);
            self.std_methods.insert((method.span.start, method.span.end));
            return Ty::Adt(iter, vec![*elem]);
        }
        // `x.drop()` of a type with `impl Drop` (its `drop` is lowered, so
        // that its body is checked, but only the runtime calls it).
        if name == "drop" && args.is_empty() && self.has_drop_impl(&rt) {
            let d = Diagnostic::error(method.span, "explicit use of destructor method")
                .with_code("E0040")
                .with_label(method.span, "explicit destructor calls not allowed")
                .with_note("help: consider using `drop` function: `drop(x)`");
            self.type_error(d);
            return Ty::unit();
        }
        // `m.range(a..b)`: bounds of the map's key type, passed as written.
        if name == "range"
            && let [arg] = args
            && matches!(arg.unparen().kind, ExprKind::Range { .. })
            && let Ty::Adt(id, _) = self.table.resolve(&rt).peel_refs()
            && matches!(self.std_name(*id), "BTreeMap" | "BTreeSet")
        {
            self.btree_range_args.insert((arg.unparen().span.start, arg.unparen().span.end));
        }
        let Some(pick) = self.probe_method(&rt, name) else {
            // `fut.poll(cx)` on a Tokio future, an `async` block or a
            // `JoinHandle` (through `Pin`, `Box` and `&mut`): `Future::poll`.
            if name == "poll"
                && let [cx] = args
                && let Some(out) = self.poll_output(&rt, 0)
                && let Some(TypeDef::Adt(poll)) = self.items.types.get("std::task::Poll").cloned()
            {
                self.expr(cx, None, Use::Borrow);
                self.std_methods.insert((method.span.start, method.span.end));
                self.method_paths.insert((method.span.start, method.span.end), (crate::exec::prim::FUTURE_POLL.to_string(), false));
                return Ty::Adt(poll, vec![out]);
            }
            // `StreamExt`'s `next`, `map`, `filter` and `take` on a value of a
            // user type with `impl Stream` (with `StreamExt` in scope).
            // (`expand` gives the name itself back when no `use` brings it.)
            let stream_ext = items::expand(self.items, &["StreamExt"]).filter(|p| p.contains("::"));
            if (name == "next" || crate::exec::prim::stream::USER_STREAM_ADAPTERS.contains(&name))
                && (matches!(stream_ext.as_deref(), Some("tokio_stream::StreamExt"))
                    || (name == "next" && matches!(stream_ext.as_deref(), Some("futures::StreamExt" | "futures::stream::StreamExt"))))
                && let Ty::Adt(id, targs) = self.strip_all_refs(&self.table.resolve(&rt))
                && let Some(item) = self.adt(id).and_then(|a| a.stream_item.clone())
            {
                let item = item.subst(&targs);
                let key = (method.span.start, method.span.end);
                self.std_methods.insert(key);
                if name == "next" {
                    if !args.is_empty() {
                        return Ty::Unknown;
                    }
                    self.check_mutable(receiver, Access::BorrowMut, receiver.span);
                    // A std or futures type's stream is the runtime's own.
                    let path = if self.adt(id).is_some_and(|a| a.is_stub) { "tokio_stream::Stream::next" } else { crate::exec::prim::USER_STREAM_NEXT };
                    self.method_paths.insert(key, (path.to_string(), false));
                    let out = self.option_of(item);
                    return Ty::Future(Box::new(out));
                }
                for a in args {
                    self.expr(a, None, Use::Move);
                    self.moved_out(a);
                }
                self.moved_out(receiver);
                self.method_paths.insert(key, (format!("tokio_stream::Stream::{name}"), true));
                return Ty::Unknown;
            }
            // futures' `StreamExt::poll_next_unpin(cx)` on futures' own
            // receiver: one poll, by hand.
            if name == "poll_next_unpin"
                && let [cx] = args
                && matches!(stream_ext.as_deref(), Some("futures::StreamExt" | "futures::stream::StreamExt"))
                && let Ty::Adt(id, targs) = self.strip_all_refs(&self.table.resolve(&rt))
                && let Some(item) = self.adt(id).filter(|a| a.is_stub).and_then(|a| a.stream_item.clone())
                && let Some(TypeDef::Adt(poll)) = self.items.types.get("std::task::Poll").cloned()
            {
                self.expr(cx, None, Use::Borrow);
                self.check_mutable(receiver, Access::BorrowMut, receiver.span);
                let key = (method.span.start, method.span.end);
                self.std_methods.insert(key);
                self.method_paths.insert(key, (crate::exec::prim::futures_mpsc::POLL_NEXT_UNPIN.to_string(), false));
                let item = item.subst(&targs);
                return Ty::Adt(poll, vec![self.option_of(item)]);
            }
            // Another `StreamExt` (futures' adapters differ), or one of
            // tokio-stream's methods not run on a hand-written stream: not yet.
            if crate::exec::prim::stream::STREAM_EXT_METHODS.contains(&name)
                && let Ty::Adt(id, _) = self.strip_all_refs(&self.table.resolve(&rt))
                && self.adt(id).is_some_and(|a| a.stream_item.is_some())
                && (stream_ext.is_some()
                    || self
                        .src
                        .lines()
                        .map(str::trim_start)
                        .any(|l| (l.starts_with("use ") || l.starts_with("pub use ")) && (l.contains("StreamExt") || l.contains('*'))))
            {
                if self.unsupported.len() < 20 {
                    self.unsupported.push(
                        Diagnostic::error(
                            method.span,
                            if matches!(stream_ext.as_deref(), Some("tokio_stream::StreamExt")) {
                                format!("`StreamExt::{name}` on a hand-written stream is not supported yet")
                            } else {
                                format!("`{name}` of this `StreamExt` on a hand-written stream is not supported yet (tokio-stream's is)")
                            },
                        )
                        .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
                    );
                }
                return Ty::Unknown;
            }
            // The same without any `StreamExt` in scope: rustc's E0599.
            if crate::exec::prim::stream::STREAM_EXT_METHODS.contains(&name)
                && let Ty::Adt(id, _) = self.strip_all_refs(&self.table.resolve(&rt))
                && let Some(adt) = self.adt(id).filter(|a| a.stream_item.is_some()).cloned()
            {
                let kind = if matches!(adt.kind, AdtKind::Enum(_)) { "enum" } else { "struct" };
                let d = Diagnostic::error(method.span, format!("no method named `{name}` found for {kind} `{}` in the current scope", adt.name))
                    .with_code("E0599")
                    .with_label(method.span, format!("method not found in `{}`", adt.name))
                    .with_note(format!(
                        "help: `{name}` is a method of the trait `StreamExt`, which is implemented for every `Stream` but not in scope: add `use tokio_stream::StreamExt;`"
                    ));
                self.type_error(d);
                return Ty::Unknown;
            }
            // `fut.map(f)`, with futures' `FutureExt` in scope: a future of
            // `f(output)`.
            if name == "map"
                && let [f] = args
                && self.futures_future_ext()
                && let Some(out) = self.poll_output(&rt, 0)
            {
                let ret = self.fresh();
                let ft = Ty::Fn(vec![out], Box::new(ret.clone()));
                let t = self.expr(f, Some(&ft), Use::Move);
                if self.table.unify(&t, &ft).is_err() {
                    self.mismatch(f.span, &ft, &t);
                }
                self.moved_out(receiver);
                self.moved_out(f);
                self.std_methods.insert((method.span.start, method.span.end));
                self.method_paths.insert((method.span.start, method.span.end), (crate::exec::prim::FUTURE_MAP.to_string(), true));
                return Ty::Future(Box::new(ret));
            }
            // `fut.now_or_never()`, with futures' `FutureExt` in scope.
            if name == "now_or_never"
                && args.is_empty()
                && self.futures_future_ext()
                // (A stream's `next()` is not typed: its output neither.)
                && let Some(out) = self.poll_output(&rt, 0).or_else(|| matches!(self.table.resolve(&rt), Ty::Unknown).then_some(Ty::Unknown))
            {
                self.moved_out(receiver);
                self.std_methods.insert((method.span.start, method.span.end));
                self.method_paths.insert((method.span.start, method.span.end), (crate::exec::prim::NOW_OR_NEVER.to_string(), true));
                return self.option_of(out);
            }
            // `Error::source` as the trait provides it: an `impl Error`
            // that does not override it, or std's error types.
            let base = self.strip_all_refs(&self.table.resolve(&rt));
            // (Through a `Box<dyn Error>`, whose type is not modelled, the
            // run finds the type's own `source`.)
            let boxed_dyn = |this: &Self, id: AdtId, targs: &[Ty]| {
                matches!(this.std_name(id), "Box" | "Arc" | "Rc") && targs.first().is_some_and(|t| matches!(this.table.resolve(t), Ty::Unknown))
            };
            if name == "source"
                && args.is_empty()
                && let Ty::Adt(id, targs) = &base
                && (self.adt(*id).is_some_and(|a| a.derives("Error") || (a.is_stub && a.name.ends_with("Error"))) || boxed_dyn(self, *id, targs))
            {
                self.std_methods.insert((method.span.start, method.span.end));
                self.method_paths.insert((method.span.start, method.span.end), (crate::exec::prim::ERROR_SOURCE.to_string(), false));
                return self.option_of(Ty::Unknown);
            }
            // A user trait's method on a std type none of the trait's impls
            // is for (`true.describe()` with `impl Describe for u8`).
            if self.is_std_concrete(&base) && !matches!(base, Ty::Adt(..)) && self.items.foreign_impls.iter().any(|(_, _, ms)| ms.iter().any(|m| m == name)) {
                // A blanket `impl<T: Display> Trait for T` may well cover
                // it: not modelled, so not an error either.
                if self.items.foreign_impls.iter().any(|(_, t, ms)| matches!(t, Ty::Param(..)) && ms.iter().any(|m| m == name)) {
                    if self.unsupported.len() < 20 {
                        self.unsupported.push(
                            Diagnostic::error(method.span, format!("`{name}` from a blanket `impl<T> Trait for T` is not supported yet"))
                                .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
                        );
                    }
                    return Ty::Unknown;
                }
                let shown = self.show(&base);
                let d = Diagnostic::error(method.span, format!("no method named `{name}` found for type `{shown}` in the current scope"))
                    .with_code("E0599")
                    .with_label(method.span, format!("method not found in `{shown}`"));
                self.type_error(d);
                return Ty::Unknown;
            }
            // A method of a concrete type called through a trait object or
            // a generic parameter: only the trait's methods are there.
            if let Some(id) = self.local_of(receiver)
                && let Some((_, shown, methods)) = self.trait_locals.iter().find(|(l, ..)| *l == id)
                && !methods.iter().any(|m| m == name)
                && self.surely_no_std_method(name)
            {
                let d = Diagnostic::error(method.span, format!("no method named `{name}` found for {shown} in the current scope"))
                    .with_code("E0599")
                    .with_label(method.span, "method not found: only the trait's methods can be called here");
                self.type_error(d);
                for a in args {
                    self.expr(a, None, Use::Move);
                    self.moved_out(a);
                }
                return Ty::Unknown;
            }
            // The same through a struct's field written `Box<dyn Trait>`
            // (or `Arc`, `Rc`): rustc shows the field's type with its
            // implied `'static`.
            let field_ty = match &receiver.unparen().kind {
                ExprKind::Field(base, field) => {
                    let bt = self.expr_type_quiet(base);
                    let bt = self.table.resolve(&bt);
                    match self.strip_all_refs(&bt) {
                        Ty::Adt(sid, _) => self.items.written_fields.get(&(sid, field.name.clone())).cloned(),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(written) = field_ty
                && let Some((wrapper, inner, _)) = items::dyn_behind(&written)
                && matches!(wrapper, "Box" | "Arc" | "Rc")
                && let Some((_, methods)) = self.dyn_trait_methods(&written)
                && !methods.iter().any(|m| m == name)
                && self.surely_no_std_method(name)
            {
                let inner = self.text(inner.span).to_string();
                let shown = if inner.contains('\'') { format!("{wrapper}<({inner})>") } else { format!("{wrapper}<({inner} + 'static)>") };
                let d = Diagnostic::error(method.span, format!("no method named `{name}` found for struct `{shown}` in the current scope"))
                    .with_code("E0599")
                    .with_label(method.span, format!("method not found in `{shown}`"));
                self.type_error(d);
                for a in args {
                    self.expr(a, None, Use::Move);
                    self.moved_out(a);
                }
                return Ty::Unknown;
            }
            // A method the checker does not know (of a type it does not
            // model, like a stream, or one std has that is not declared)
            // may take `&mut self`: the binding's `mut` is not linted (nor
            // that of the binding whose element or field it is).
            let mut base = receiver;
            while let ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) | ExprKind::Index(x, _) = &base.kind {
                base = x;
            }
            if let Some(id) = self.local_of(base) {
                self.needs_mut.insert(id);
            }
            self.report_no_method(&rt, method);
            for a in args {
                self.expr(a, None, Use::Move);
                self.moved_out(a);
            }
            // A derivable trait's method on a type that has no method of
            // that name of the user's (`self.pri.cmp(&o.pri)` on a `u32`
            // inside a user `cmp`): std's, never the user's of that name.
            if matches!(name, "cmp" | "partial_cmp" | "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "max" | "min" | "clamp" | "clone" | "hash")
                && !matches!(self.strip_all_refs(&self.table.resolve(&rt)), Ty::Unknown | Ty::Var(_) | Ty::Param(..))
            {
                self.std_methods.insert((method.span.start, method.span.end));
            }
            // Not known yet (`v[0]` of a `collect`ed `Vec<_>`, a closure's
            // `&{float}`): decided once the types are (`late_std_methods`).
            if matches!(self.strip_all_refs(&self.table.resolve(&rt)), Ty::Var(_)) {
                self.late_methods.push(((method.span.start, method.span.end), name.to_string(), rt.clone()));
            }
            return self.builtin_method(&rt, name);
        };
        // A method of two traits the type implements (none inherent); in a
        // provided method, `Self` is only known to implement its trait.
        let traits = items::ambiguous_traits(self.items, &pick.self_ty, name, true);
        if !traits.is_empty() && self.provided_of.is_none() {
            let d = self.e0034(method.span, &pick.self_ty, name, &traits);
            self.type_error(d);
        }
        let sig = self.items.fns[pick.fid.0 as usize].clone();
        if sig.is_stub {
            self.std_methods.insert((method.span.start, method.span.end));
        }
        if let Some(&param) = self.ret_place_fns.get(&pick.fid) {
            self.ret_place_calls.insert((span.start, span.end), param);
        }
        // `bank.account(1)`: an element of `bank`'s (`check::returned_elem`).
        if self.ret_elem_fns.contains(&pick.fid) && super::is_field_path(receiver) {
            self.method_paths.insert((span.start, span.end), (super::RET_ELEM.to_string(), false));
        }
        // Through a user `impl Deref` (a pool's guard): the compiler calls
        // its `deref` on the receiver (a copy of the target: a `&mut self`
        // method through a user `DerefMut` would change the copy).
        let mut t = self.table.resolve(&rt);
        let mut user_steps = 0u8;
        for _ in 0..pick.derefs {
            if self.user_deref_step(&t) {
                user_steps += 1;
            }
            match self.deref_ty(&t) {
                Some((next, _)) => t = self.table.resolve(&next),
                None => break,
            }
        }
        if user_steps > 0 {
            if matches!(sig.self_kind, Some(SelfKind::RefMut)) {
                self.unsupported.push(
                    Diagnostic::error(method.span, format!("`{name}`, a `&mut self` method reached through a user `DerefMut`, is not supported yet"))
                        .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
                );
            }
            self.user_deref_recvs.insert((receiver.span.start, receiver.span.end), user_steps);
        }
        // An iterator method that advances a user iterator in place
        // (`nth`, `by_ref`, `any`...): the VM would advance a copy.
        if sig.is_stub && matches!(sig.self_kind, Some(SelfKind::RefMut)) && self.user_iter_as_std(&self.strip_ref(&self.table.resolve(&rt))).is_some() {
            self.unsupported.push(Diagnostic::error(
                method.span,
                format!("`{name}` on a user type with `impl Iterator` (which advances it in place) is not supported yet"),
            ));
        }
        // `self: Pin<&mut Self>` is not reached by auto-referencing: the
        // receiver must be pinned already (`Pin::new(&mut f).poll(cx)`).
        if sig.pin_self && !self.is_pinned(&rt) {
            let d = Diagnostic::error(method.span, format!("no method named `{name}` found for struct `{}` in the current scope", self.show(&pick.self_ty)))
                .with_code("E0599")
                .with_label(method.span, "method not found in this type: it takes `self: Pin<&mut Self>`")
                .with_note(format!("help: pin it first: `Pin::new(&mut x).{name}(..)`"));
            self.type_error(d);
        }
        let owner = self.method_owner(&pick.self_ty);
        if let Some(owner) = owner {
            let by_value = matches!(sig.self_kind, Some(items::SelfKind::Value | items::SelfKind::Arc));
            self.method_paths.insert((method.span.start, method.span.end), (format!("{owner}::{name}"), by_value));
        }
        // A set runs with its basic methods only: the others say so.
        if let Ty::Adt(id, _) = &pick.self_ty
            && self.adt(*id).is_some_and(|a| a.is_stub && matches!(a.name.as_str(), "HashSet" | "BTreeSet"))
            && !matches!(
                name,
                "insert"
                    | "remove"
                    | "contains"
                    | "len"
                    | "is_empty"
                    | "iter"
                    | "into_iter"
                    | "clear"
                    | "extend"
                    | "union"
                    | "intersection"
                    | "difference"
                    | "symmetric_difference"
                    | "is_subset"
                    | "is_superset"
                    | "is_disjoint"
                    | "first"
                    | "last"
                    | "pop_first"
                    | "pop_last"
                    | "range"
            )
        {
            self.unsupported.push(
                Diagnostic::error(method.span, format!("`{}::{name}` is not supported yet", self.adt(*id).map_or("", |a| a.name.as_str())))
                    .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
            );
        }
        // A `VecDeque` runs as a `Vec`: where the two differ, say so rather
        // than run `Vec`'s version (`VecDeque::remove` returns an `Option`).
        if let Ty::Adt(id, _) = &pick.self_ty
            && self.adt(*id).is_some_and(|a| a.is_stub && a.name == "VecDeque")
            && matches!(name, "swap_remove_back" | "swap_remove_front" | "rotate_left" | "rotate_right" | "as_slices" | "range" | "split_off" | "append")
        {
            self.unsupported.push(
                Diagnostic::error(method.span, format!("`VecDeque::{name}` is not supported yet"))
                    .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
            );
        }
        let path = Path { segments: vec![], span, qself: None };
        let (params, ret) = self.instantiate_fn(&sig, &path, Some(generics));
        // The receiver's type at the step where the method was found.
        if let Some(st) = &sig.self_ty {
            let impl_args = self.last_impl_args.clone();
            let st = st.subst(&impl_args);
            let _ = self.table.unify(&st, &pick.self_ty);
        }
        self.record_method_loan(receiver, &sig, &pick, span);
        match sig.self_kind {
            Some(SelfKind::RefMut) => {
                // `Pin::new(x).poll(cx)`: `poll` writes to what `x` points to.
                if sig.pin_self
                    && let ExprKind::Call { func, args: pargs } = &receiver.kind
                    && matches!(&func.kind, ExprKind::Path(p) if p.last() == "new")
                    && let [x] = pargs.as_slice()
                {
                    let inner = match &x.kind {
                        ExprKind::Ref { expr, .. } => expr,
                        _ => x,
                    };
                    self.check_write_supported(inner, inner.span);
                }
                if pick.derefs == 0 || pick.through_guard_of_receiver {
                    self.check_mutable(receiver, Access::BorrowMut, receiver.span);
                } else {
                    self.check_mutable_through(receiver, &pick, span);
                }
            }
            Some(SelfKind::Value) if pick.derefs == 0 => self.moved_out(receiver),
            // `self: Arc<Self>` found through the receiver's own `Arc`.
            Some(SelfKind::Arc) if pick.derefs == 1 => self.moved_out(receiver),
            _ => {}
        }
        // `rt.block_on(fut)` is `fut`'s output. The future need not be
        // `Send` or `'static`: it runs on this thread, before the call returns.
        if sig.is_stub
            && sig.name == "block_on"
            && (self.is_stub_adt(&pick.self_ty, "tokio::runtime::Runtime") || self.is_stub_adt(&pick.self_ty, "tokio::runtime::Handle"))
            && args.len() == 1
        {
            let t = self.expr(&args[0], None, Use::Move);
            self.moved_out(&args[0]);
            return self.await_output(&t, args[0].span);
        }
        // `tracker.spawn(fut)` is `tokio::spawn(fut)` with a tracker token.
        // (`rt.spawn(fut)` and `handle.spawn(fut)` too.)
        if sig.is_stub
            && sig.name == "spawn"
            && ["tokio_util::task::TaskTracker", "tokio::runtime::Runtime", "tokio::runtime::Handle"].iter().any(|p| self.is_stub_adt(&pick.self_ty, p))
        {
            return self.spawn(args, method.span, true);
        }
        // `set.spawn(fut)` is `tokio::spawn(fut)` (`Send + 'static`) whose
        // output is the set's `T`.
        if sig.is_stub && sig.name == "spawn" && self.is_stub_adt(&pick.self_ty, "tokio::task::JoinSet") {
            let handle = self.spawn(args, method.span, true);
            let set_item = match &pick.self_ty {
                Ty::Adt(_, a) => a.first().cloned(),
                _ => None,
            };
            if let (Some(item), Ty::Adt(_, out), [arg]) = (set_item, &handle, args)
                && let Some(out) = out.first()
                && self.table.unify(&item, out).is_err()
            {
                let what = self.future_shown(arg, &self.show(out));
                let d = self
                    .wrong_future_output(&what, &item, out, arg.span, "JoinSet::<T>::spawn")
                    .with_label(method.span, "required by a bound introduced by this call");
                self.type_error(d);
            }
            return match self.items.types.get("tokio::task::AbortHandle") {
                Some(TypeDef::Adt(id)) => Ty::Adt(*id, vec![]),
                _ => Ty::Unknown,
            };
        }
        // `local.spawn_local(fut)`: `'static`, not `Send`.
        if sig.is_stub && sig.name == "spawn_local" && self.is_stub_adt(&pick.self_ty, "tokio::task::LocalSet") {
            return self.spawn(args, method.span, false);
        }
        // `local.block_on(&rt, fut)` is `rt.block_on(local.run_until(fut))`:
        // `fut`'s output.
        if sig.is_stub && sig.name == "block_on" && self.is_stub_adt(&pick.self_ty, "tokio::task::LocalSet") && args.len() == 2 {
            self.expr(&args[0], None, Use::Borrow);
            let t = self.expr(&args[1], None, Use::Move);
            self.moved_out(&args[1]);
            return self.await_output(&t, args[1].span);
        }
        // `local.run_until(fut)` is a future of `fut`'s output, which need
        // not be `Send` or `'static`.
        if sig.is_stub && sig.name == "run_until" && self.is_stub_adt(&pick.self_ty, "tokio::task::LocalSet") && args.len() == 1 {
            let t = self.expr(&args[0], None, Use::Move);
            self.moved_out(&args[0]);
            return Ty::Future(Box::new(self.await_output(&t, args[0].span)));
        }
        let loose = sig.is_stub && sig.params.iter().any(|p| matches!(p, Ty::Unknown));
        // `f.write_char(c)` on a `Formatter` is `std::fmt::Write`'s method:
        // without the trait in scope, rustc's E0599.
        if sig.is_stub && sig.name == "write_char" && self.is_stub_adt(&pick.self_ty, "std::fmt::Formatter") && !self.trait_in_scope("std::fmt::Write") {
            let d = Diagnostic::error(method.span, "no method named `write_char` found for mutable reference `&mut Formatter<'_>` in the current scope")
                .with_code("E0599")
                .with_label(method.span, "method not found in `&mut Formatter<'_>`")
                .with_note("help: trait `Write` which provides `write_char` is implemented but not in scope: add `use std::fmt::Write;`");
            self.type_error(d);
        }
        // The closure of `send_modify` changes the value through its `&mut`
        // parameter, which the engine hands back.
        self.mut_param_closure = sig.is_stub
            && ((matches!(sig.name.as_str(), "send_modify" | "send_if_modified") && self.is_stub_adt(&pick.self_ty, "tokio::sync::watch::Sender"))
                || (sig.name == "and_modify"
                    && (self.is_stub_adt(&pick.self_ty, "std::collections::hash_map::Entry")
                        || self.is_stub_adt(&pick.self_ty, "std::collections::btree_map::Entry")))
                || (sig.name == "with_borrow_mut" && self.is_stub_adt(&pick.self_ty, "std::thread::LocalKey"))
                || (sig.name == "retain_mut" && self.is_stub_adt(&pick.self_ty, "std::vec::Vec"))
                || (sig.name == "scan" && (self.is_stub_adt(&pick.self_ty, "std::iter::Iter") || self.is_stub_adt(&pick.self_ty, "std::ops::Range"))));
        // `m.get_mut(&k).map(|v| ..)`: `v` names the element (the compiler
        // runs the body as a `match` arm).
        self.ref_map_closure = sig.is_stub
            && sig.name == "map"
            && self.is_stub_adt(&pick.self_ty, "std::option::Option")
            && matches!(super::ref_form(receiver, &self.method_paths), Some(super::RefForm::Elem { .. } | super::RefForm::Ret { .. }));
        if self.ref_map_closure
            && let [f] = args
        {
            self.ref_map_closures.insert((f.span.start, f.span.end));
        }
        self.not_user_call = sig.is_stub;
        // `it.zip(other)` takes any `IntoIterator` (an array, a `Vec`, a
        // `&Vec`, a range): its items pair with the iterator's.
        if sig.is_stub
            && sig.name == "zip"
            && let [other] = args
            && let [Ty::Adt(iter, j)] = params.as_slice()
            && self.std_name(*iter) == "Iter"
            && let Some(j) = j.first()
        {
            let t = self.expr(other, None, Use::Move);
            self.moved_out(other);
            let item = self.iter_item(&t);
            let _ = self.table.unify(j, &item);
            self.not_user_call = false;
            self.mut_param_closure = false;
            return ret;
        }
        self.method_site = Some(method.span);
        self.check_args(&params, args, span, &format!("method `{}`", sig.name), loose);
        if loose {
            self.loose_std_args(&pick.self_ty, &sig.name, args, method.span);
        }
        if sig.is_unsafe && self.unsafe_depth == 0 {
            let owner = sig.self_ty.as_ref().map(|t| self.show(t)).unwrap_or_default();
            self.unsafe_call(&format!("{owner}::{}", sig.name), span);
        }
        self.fn_kind_checks(&sig, args);
        if sig.is_stub {
            self.float_key_checks(&pick.self_ty, name, method.span);
        }
        self.mut_param_closure = false;
        self.ref_map_closure = false;
        // `s.spawn(f)` on a `std::thread::Scope`: what `f` borrows stays
        // borrowed until the scope's closure ends, where the scope joins
        // the thread.
        if sig.is_stub
            && sig.name == "spawn"
            && self.is_stub_adt(&pick.self_ty, "std::thread::Scope")
            && let (Some(f), Some(end)) = (args.first(), self.closures.last().map(|c| c.end))
        {
            for (place, kind, at) in self.loans_of(f) {
                let body = Span::new(at.start as usize, end as usize);
                self.facts.loans.push(Loan { holder: Holder::Loop { body, head: f.span }, place, kind, span: at, held: 0, body: self.body_ctx });
            }
        }
        // `collect`, `sum` and `product` tie their result to the items, once
        // the result's type is known (`let v: Vec<u8> = ...collect()`).
        if sig.is_stub
            && matches!(sig.name.as_str(), "collect" | "sum" | "product")
            && let Ty::Adt(id, a) = self.table.shallow(&pick.self_ty)
            && self.std_name(id) == "Iter"
            && let Some(item) = a.first()
        {
            self.collects.push((ret.clone(), item.clone(), sig.name != "collect", method.span));
            if let Some(binding) = self.untyped_let
                && self.untyped_let_end == span.end
            {
                self.unannotated_collects.push((ret.clone(), item.clone(), method.span, binding));
            }
        }
        // `try_fold`/`try_for_each`: whether the closure gives `Option`s or
        // `Result`s, once known (`Special::TryWith`).
        if sig.is_stub
            && matches!(sig.name.as_str(), "try_fold" | "try_for_each")
            && let Ty::Adt(id, _) = self.table.shallow(&pick.self_ty)
            && matches!(self.std_name(id), "Iter" | "Range")
        {
            self.special_calls.push(((span.start, span.end), sig.name.clone(), ret.clone()));
        }
        ret
    }

    /// E0283 for `let w = it.collect();` (`sum()`, `product()`) whose
    /// result type nothing fixed: rustc cannot pick the impl.
    fn unknown_collects(&mut self) {
        for (out, item, at, binding) in std::mem::take(&mut self.unannotated_collects) {
            // (A sum of integers may have been tied to an integer
            // variable: still nothing fixed which type.)
            if !matches!(self.table.resolve(&out), Ty::Var(_)) {
                continue;
            }
            let method = self.text(at).to_string();
            let bound = match method.as_str() {
                "sum" => "Sum",
                "product" => "Product",
                _ => "FromIterator",
            };
            let item = self.show(&self.table.resolve(&item));
            let name = self.text(binding).to_string();
            let d = Diagnostic::error(binding, "type annotations needed")
                .with_code("E0283")
                .with_label(binding, "")
                .with_label(at, "type must be known at this point")
                .with_note(format!("note: cannot satisfy `_: {bound}<{item}>`"))
                .with_note(format!("help: consider giving `{name}` an explicit type"));
            self.type_error(d);
        }
    }

    /// Each generic user function call's generic arguments as the
    /// compiler names them (`TypeFacts::call_generics`): a user type's
    /// name, or a generic parameter of the caller.
    fn generic_call_types(&mut self) {
        for (at, args) in std::mem::take(&mut self.call_generics) {
            let names: Vec<Option<super::GenericArg>> = args
                .iter()
                .map(|t| match self.strip_all_refs(&self.table.resolve(t)) {
                    Ty::Adt(id, _) => self.adt(id).filter(|a| !a.is_stub).map(|a| super::GenericArg::Type(a.name.clone())),
                    Ty::Param(_, name) => Some(super::GenericArg::Param(name)),
                    _ => None,
                })
                .collect();
            self.call_generic_facts.insert((at.start, at.end), names);
        }
    }

    /// `sum()`/`product()` into a user type: its `Sum`/`Product` impl's
    /// function, which the compiler calls with the iterator; without
    /// one, rustc's E0277.
    fn user_sums(&mut self) {
        for (out, item, sum, at) in self.collects.clone() {
            if !sum {
                continue;
            }
            let Ty::Adt(id, _) = self.table.resolve(&out) else { continue };
            let Some(adt) = self.adt(id).filter(|a| !a.is_stub).cloned() else { continue };
            let name = self.text(at).to_string();
            let tr = if name == "product" { "Product" } else { "Sum" };
            let impls = self
                .items
                .adt_impls
                .get(&id)
                .map_or(0, |ix| ix.iter().filter(|&&i| self.items.impls.get(i).is_some_and(|d| d.trait_.as_deref() == Some(tr))).count());
            match impls.max(usize::from(adt.derives.iter().any(|d| d == tr))) {
                1 => {
                    self.user_sums.insert((at.start, at.end), (adt.name.clone(), name));
                }
                0 => {
                    let item = self.show(&self.table.resolve(&item));
                    let verb = if tr == "Sum" { "summing" } else { "multiplying" };
                    let d =
                        Diagnostic::error(at, format!("a value of type `{}` cannot be made by {verb} an iterator over elements of type `{item}`", adt.name))
                            .with_code("E0277")
                            .with_label(at, format!("value of type `{}` cannot be made by {verb} a `std::iter::Iterator<Item={item}>`", adt.name))
                            .with_note(format!("help: the trait `{tr}<{item}>` is not implemented for `{}`", adt.name));
                    self.type_error(d);
                }
                _ => self
                    .unsupported
                    .push(Diagnostic::error(at, format!("`{name}()` into `{}`, which has more than one `{tr}` impl, is not supported yet", adt.name))),
            }
        }
    }

    /// Ties each `collect`'s result to its items (`Vec<Y>` from items `Y`,
    /// `HashMap<K, V>` from `(K, V)`, `Result<C, E>` from `Result<T, E>`...)
    /// and each `sum`'s to its items (behind a reference or not), where
    /// that unifies: a closure's `s.parse()` then knows it parses a `u8`.
    fn link_collects(&mut self) {
        for _ in 0..2 {
            for (out, item, sum, _) in self.collects.clone() {
                let item = self.table.resolve(&item);
                let target = if sum { Some(self.strip_ref(&item)) } else { self.collect_item(&self.table.resolve(&out), &item, 0) };
                let (from, to) = if sum { (out.clone(), target) } else { (item.clone(), target) };
                if let Some(to) = to {
                    let mut probe = self.table.clone();
                    if probe.unify(&from, &to).is_ok() {
                        self.table = probe;
                    }
                }
            }
        }
    }

    /// The user's `From` impls of `adt` that convert a `source`: those whose
    /// source type unifies with it (a generic one always may).
    /// Whether a conversion impl from `src` (a `From<src>` or `TryFrom<src>`)
    /// takes a value of type `source`: a generic one may.
    fn source_fits(&self, src: &Ty, source: &Ty) -> bool {
        (0..8).any(|i| src.mentions_param(i)) || self.table.clone().unify(src, source).is_ok()
    }

    fn impls_converting(&self, adt: AdtId, source: &Ty) -> Vec<(Ty, u32)> {
        let impls = self.items.from_impls.get(&adt).cloned().unwrap_or_default();
        impls.into_iter().filter(|(src, _, _)| self.source_fits(src, source)).map(|(src, _, start)| (src, start)).collect()
    }

    /// `Type::from(x)` for a type with several `From` impls: `x`'s type
    /// picks one, statically.
    fn call_user_from(&mut self, adt: AdtId, func: &Expr, arg: &Expr, span: Span) -> Ty {
        let at = self.expr(arg, None, Use::Move);
        self.moved_out(arg);
        let target = Ty::Adt(adt, Vec::new());
        // One impl fits what is known of the argument (an integer literal
        // and one `From<i64>`): it decides the argument's type, as in rustc.
        if let [(ref src, _)] = self.impls_converting(adt, &self.table.resolve(&at))[..]
            && !(0..8).any(|i| src.mentions_param(i))
        {
            let _ = self.table.unify(src, &at);
        }
        // Picked once the argument's type is known (`pick_from_calls`).
        self.from_call_args.push(((func.span.start, func.span.end), adt, at, span));
        target
    }

    fn pick_from_calls(&mut self) {
        for (key, adt, at, span) in std::mem::take(&mut self.from_call_args) {
            let target = Ty::Adt(adt, Vec::new());
            let source = self.table.resolve(&at);
            if source == target {
                self.from_calls.insert(key, None);
                continue;
            }
            match self.impls_converting(adt, &source)[..] {
                [(ref src, start)] => {
                    let _ = self.table.unify(src, &source);
                    self.from_calls.insert(key, Some(start));
                }
                [] if concrete(&source) && !matches!(source, Ty::Never | Ty::Int(_) | Ty::Float(_)) => {
                    // rustc points at the path (`AppError::from`).
                    let at = Span::new(key.0 as usize, key.1 as usize);
                    let (name, src) = (self.show(&target), self.show(&source));
                    let d = Diagnostic::error(at, format!("the trait bound `{name}: From<{src}>` is not satisfied"))
                        .with_code("E0277")
                        .with_label(at, format!("the trait `From<{src}>` is not implemented for `{name}`"));
                    self.type_error(d);
                }
                _ => {
                    let name = self.show(&target);
                    self.unsupported
                        .push(Diagnostic::error(span, format!("`{name}::from` of this value (none or several of its `From` impls fit) is not supported yet")));
                }
            }
        }
    }

    /// rustc's E0600 for `-x` of an unsigned integer (`let x: u32 = -1;`).
    fn unsigned_negations(&mut self) {
        for (span, t) in std::mem::take(&mut self.negations) {
            let t = self.table.resolve(&t);
            if let Ty::Int(i) = self.strip_all_refs(&t)
                && !i.is_signed()
            {
                let shown = self.show(&t);
                let d = if self.neg_operands.contains(&(span.start, span.end)) {
                    Diagnostic::error(span, format!("the trait bound `{shown}: Neg` is not satisfied"))
                        .with_code("E0277")
                        .with_label(span, format!("the trait `Neg` is not implemented for `{shown}`"))
                        .with_note("note: unsigned values cannot be negated: subtract instead (`n - 1`)")
                } else {
                    Diagnostic::error(span, format!("cannot apply unary operator `-` to type `{shown}`"))
                        .with_code("E0600")
                        .with_label(span, "cannot apply unary operator `-`")
                        .with_note("note: unsigned values cannot be negated")
                };
                self.type_error(d);
            }
        }
    }

    /// Each `parse`'s error type, from the type it parses: `ParseIntError`
    /// for an integer, `ParseFloatError` for a float, else not modelled.
    fn parse_errors(&mut self) {
        for (f, v) in std::mem::take(&mut self.parse_errs) {
            let f = self.table.resolve(&f);
            // A user `impl FromStr`: its `Err`.
            if let Ty::Adt(id, _) = &f
                && let Some(err) = self.adt(*id).and_then(|a| a.from_str_err.clone())
            {
                let _ = self.table.unify(&v, &err);
                continue;
            }
            let path = match f {
                Ty::Int(_) => "std::num::ParseIntError",
                Ty::Float(_) => "std::num::ParseFloatError",
                _ => "",
            };
            let err = match self.items.types.get(path) {
                Some(TypeDef::Adt(id)) => Ty::Adt(*id, Vec::new()),
                _ => Ty::Unknown,
            };
            let _ = self.table.unify(&v, &err);
        }
    }

    /// `77.into()` into a user type with one `From` impl an integer fits
    /// (`From<i64>`): the literal is that integer, as in rustc, not `i32`.
    fn settle_literal_conversions(&mut self) {
        for (_, from, to, is_try) in self.conversions.clone() {
            let (f, t) = (self.table.resolve(&from), self.table.resolve(&to));
            if is_try || !matches!(f, Ty::Var(_)) {
                continue;
            }
            if let Ty::Adt(id, targs) = &t
                && targs.is_empty()
                && self.adt(*id).is_some_and(|a| !a.is_stub)
                && let [(ref src, _)] = self.impls_converting(*id, &f)[..]
                && !(0..8).any(|i| src.mentions_param(i))
            {
                let _ = self.table.unify(src, &f);
            }
        }
    }

    /// Which `into()`s and `?`s convert into a user type with `From`.
    fn user_conversions(&mut self) {
        for (span, from, to, is_try) in std::mem::take(&mut self.conversions) {
            let (from, to) = (self.table.resolve(&from), self.table.resolve(&to));
            let pick = |t: Ty| -> Option<Ty> {
                match t {
                    Ty::Adt(id, a) if is_try && self.std_name(id) == "Result" => a.get(1).cloned(),
                    Ty::Adt(..) if is_try => None,
                    t => Some(t),
                }
            };
            let (Some(f), Some(t)) = (pick(from), pick(to)) else { continue };
            // A user type into a std one (`impl From<Celsius> for f64`,
            // `impl From<Id> for String`): that impl's `from`; none is
            // rustc's E0277 for a number or a `String` (std's own blanket
            // impls make `Box`, `Option`, `Arc`.. from anything). Between
            // std types: E0277 where std has no such `From`.
            if !is_try && let Some(&(at, _)) = self.into_methods.get(&span) {
                if let Ty::Adt(src, _) = &f
                    && self.adt(*src).is_some_and(|a| !a.is_stub)
                {
                    let picked = match &t {
                        Ty::Adt(id, _) if self.adt(*id).is_some_and(|a| a.is_stub) => self.impls_converting(*id, &f).first().map(|&(_, start)| start),
                        Ty::Int(_) | Ty::Float(_) | Ty::Char | Ty::Bool => self.user_prim_from(&t, &f),
                        _ => None,
                    };
                    let plain = matches!(&t, Ty::Int(_) | Ty::Float(_) | Ty::Char | Ty::Bool) || matches!(&t, Ty::Adt(id, _) if self.std_name(*id) == "String");
                    if let Some(start) = picked {
                        self.user_from.insert(span, (self.show(&t), Some(start)));
                        continue;
                    }
                    if plain {
                        self.no_into_impl(&t, &f, at);
                        continue;
                    }
                }
                if !self.std_from(&t, &f) {
                    self.no_into_impl(&t, &f, at);
                    continue;
                }
            }
            // `s.into()` as an `Option<String>`: `Some(s)`.
            if !is_try
                && let Ty::Adt(id, targs) = &t
                && self.std_name(*id) == "Option"
                && concrete(&f)
                && !matches!(&f, Ty::Adt(fid, _) if self.std_name(*fid) == "Option")
                && targs.first().is_some_and(|a| self.table.unify(a, &f).is_ok())
            {
                self.into_some.insert(span);
                continue;
            }
            if let Ty::Adt(id, targs) = &t
                && let Some(adt) = self.adt(*id)
                && !adt.is_stub
                && f != t
            {
                let name = adt.name.clone();
                let several = self.items.from_impls.get(id).is_some_and(|v| v.len() >= 2);
                let cands = if targs.is_empty() { self.impls_converting(*id, &f) } else { Vec::new() };
                // (Not for a number: a literal's type may have come from the
                // default, where rustc would have used the one impl.)
                if is_try && cands.is_empty() && targs.is_empty() && concrete(&f) && !matches!(f, Ty::Never | Ty::Int(_) | Ty::Float(_)) {
                    // No impl converts this error: rustc points at the `?`.
                    let at = Span::new(span.1 as usize - 1, span.1 as usize);
                    let d = Diagnostic::error(at, format!("`?` couldn't convert the error to `{name}`"))
                        .with_code("E0277")
                        .with_label(at, format!("the trait `From<{}>` is not implemented for `{name}`", self.show(&f)));
                    self.type_error(d);
                    continue;
                }
                if !adt.derives("From") {
                    continue;
                }
                if !several {
                    self.user_from.insert(span, (name, None));
                } else if let [(ref src, start)] = cands[..] {
                    let _ = self.table.unify(src, &f);
                    self.user_from.insert(span, (name, Some(start)));
                } else {
                    let at = Span::new(span.0 as usize, span.1 as usize);
                    self.unsupported
                        .push(Diagnostic::error(at, format!("a conversion into `{name}` that none or several of its `From` impls fit is not supported yet")));
                }
            }
        }
    }

    /// `x.into()` at `span`, into `to`, that changes the value: between
    /// primitives of different kinds, or text into bytes.
    fn conversion_cast(&self, span: (u32, u32), to: &Ty) -> Option<super::Special> {
        let (_, from) = self.into_methods.get(&span)?;
        let from = self.table.resolve(from);
        let int_var = |t: &Ty| matches!(t, Ty::Var(v) if self.table.kind(*v) == VarKind::Int);
        match (to, &from) {
            (Ty::Float(_), f) if matches!(f, Ty::Int(_) | Ty::Float(_)) || int_var(f) => Some(super::Special::IntoFloat),
            (Ty::Char, Ty::Int(_)) => Some(super::Special::IntoChar),
            (Ty::Int(i), Ty::Char | Ty::Bool) => Some(super::Special::IntoInt(*i)),
            (Ty::Adt(id, _), f) if self.std_name(*id) == "Vec" => {
                let text = match self.strip_all_refs(f) {
                    Ty::Str => true,
                    Ty::Adt(s, _) => self.std_name(s) == "String",
                    _ => false,
                };
                text.then_some(super::Special::IntoBytes)
            }
            _ => None,
        }
    }

    /// Where the user's `impl From<from> for to` of a primitive `to`
    /// starts, if there is one.
    fn user_prim_from(&self, to: &Ty, from: &Ty) -> Option<u32> {
        self.items.prim_from_impls.iter().find(|(t, src, ..)| t == to && self.source_fits(src, from)).map(|x| x.3)
    }

    /// rustc's E0277 for `x.into()` (at `into`) with no `From<from>` impl
    /// for `to`.
    fn no_into_impl(&mut self, to: &Ty, from: &Ty, at: Span) {
        let (ts, fs) = (self.show(to), self.show(from));
        let d = Diagnostic::error(at, format!("the trait bound `{ts}: From<{fs}>` is not satisfied"))
            .with_code("E0277")
            .with_label(at, format!("the trait `From<{fs}>` is not implemented for `{ts}`"))
            .with_note(format!("note: required for `{fs}` to implement `Into<{ts}>`"));
        self.type_error(d);
    }

    /// rustc's E0277 for `To::from(x)` with no `From` impl for `x`'s type.
    fn no_from_impl(&mut self, to: &str, from: &Ty, at: Span) {
        let fs = self.show(from);
        let d = Diagnostic::error(at, format!("the trait bound `{to}: From<{fs}>` is not satisfied"))
            .with_code("E0277")
            .with_label(at, format!("the trait `From<{fs}>` is not implemented for `{to}`"));
        self.type_error(d);
    }

    /// Whether std converts `from` into `to` (`From`), as far as it is
    /// decided here: between numbers, `char` and `bool` (`prim_from`),
    /// and into a `String` from text. `true` when not known.
    fn std_from(&self, to: &Ty, from: &Ty) -> bool {
        let number = |t: &Ty| match t {
            Ty::Int(_) | Ty::Float(_) | Ty::Bool => true,
            Ty::Var(v) => matches!(self.table.kind(*v), VarKind::Int | VarKind::Float),
            _ => false,
        };
        match (to, from) {
            (Ty::Int(_) | Ty::Float(_) | Ty::Char, Ty::Int(_) | Ty::Float(_) | Ty::Char | Ty::Bool) => prim_from(to, from),
            (Ty::Adt(id, _), f) if self.std_name(*id) == "String" => !(number(f) || matches!(f, Ty::Ref { inner, .. } if number(&self.table.resolve(inner)))),
            _ => true,
        }
    }

    /// rustc's E0277 for `collect()` (or `sum()`) into `out` of items that
    /// cannot make one: into a number or `&str` at all, a map of what is
    /// not a pair, a `String` of what is not text, a sum of what is not a
    /// number.
    fn check_collects(&mut self) {
        for (out, item, sum, span) in self.collects.clone() {
            let (out, item) = (self.table.resolve(&out), self.table.resolve(&item));
            // A number, `bool`, `char` or `&str` is no collection
            // (`FromIterator`); `sum`/`product` make numbers.
            let plain = matches!(out, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char)
                || matches!(&out, Ty::Ref { inner, .. } if matches!(self.table.resolve(inner), Ty::Str));
            if plain && !sum {
                let d = self
                    .not_built_from(&out, &item, span)
                    .with_note("help: `collect` builds a collection (`Vec`, `String`, `HashMap`...); to add the items up, use `sum()`");
                self.type_error(d);
                continue;
            }
            // `sum()`/`product()` into a number of items that are not
            // numbers (`String`s, `&str`s, a user type).
            if sum && matches!(out, Ty::Int(_) | Ty::Float(_)) {
                let base = self.strip_all_refs(&item);
                let number = match &base {
                    Ty::Int(_) | Ty::Float(_) | Ty::Var(_) | Ty::Unknown | Ty::Param(..) => true,
                    Ty::Adt(i, _) => self.adt(*i).is_some_and(|a| !a.is_stub) || matches!(self.std_name(*i), "Wrapping" | "Duration"),
                    _ => false,
                };
                if !number {
                    let (o, it) = (self.show(&out), self.show(&item));
                    self.type_error(
                        Diagnostic::error(span, format!("a value of type `{o}` cannot be made by summing an iterator over elements of type `{it}`"))
                            .with_code("E0277")
                            .with_label(span, format!("value of type `{o}` cannot be made by summing a `std::iter::Iterator<Item={it}>`")),
                    );
                }
                continue;
            }
            let Ty::Adt(id, _) = out else { continue };
            // A map is collected from `(key, value)` pairs.
            let pair = match &item {
                Ty::Tuple(_) | Ty::Unknown | Ty::Param(..) | Ty::Never => true,
                Ty::Var(v) => self.table.kind(*v) == VarKind::General,
                _ => false,
            };
            if !sum && !pair && matches!(self.std_name(id), "HashMap" | "BTreeMap") {
                let d = self.not_built_from(&out, &item, span).with_note("help: a map is collected from `(key, value)` pairs");
                self.type_error(d);
                continue;
            }
            if sum || self.std_name(id) != "String" {
                continue;
            }
            let text = match self.strip_all_refs(&item) {
                Ty::Var(v) => self.table.kind(v) == VarKind::General,
                Ty::Char | Ty::Str | Ty::Unknown | Ty::Param(..) => true,
                Ty::Adt(i, _) => matches!(self.std_name(i), "String" | "Box" | "Cow" | ""),
                _ => false,
            };
            if !text {
                let d = self.not_built_from(&out, &item, span);
                self.type_error(d);
            }
        }
    }

    /// rustc's E0277 for a `collect()` at `span` into `out` that items of
    /// type `item` cannot build.
    fn not_built_from(&self, out: &Ty, item: &Ty, span: Span) -> Diagnostic {
        let (o, it) = (self.show(out), self.show(item));
        Diagnostic::error(span, format!("a value of type `{o}` cannot be built from an iterator over elements of type `{it}`"))
            .with_code("E0277")
            .with_label(span, format!("value of type `{o}` cannot be built from `std::iter::Iterator<Item={it}>`"))
    }

    /// The item type a collection of type `out` is collected from.
    fn collect_item(&self, out: &Ty, item: &Ty, depth: u32) -> Option<Ty> {
        let Ty::Adt(id, args) = out else { return None };
        match (self.std_name(*id), args.as_slice()) {
            ("Vec" | "VecDeque" | "HashSet" | "BTreeSet" | "BinaryHeap", [y]) => Some(y.clone()),
            ("HashMap" | "BTreeMap", [k, v]) => Some(Ty::Tuple(vec![k.clone(), v.clone()])),
            ("Result", [c, e]) if depth == 0 => match self.table.resolve(item) {
                Ty::Adt(iid, ia) if self.std_name(iid) == "Result" && ia.len() == 2 => {
                    let t = self.collect_item(&self.table.resolve(c), &ia[0], depth + 1)?;
                    Some(Ty::Adt(iid, vec![t, e.clone()]))
                }
                _ => None,
            },
            ("Option", [c]) if depth == 0 => match self.table.resolve(item) {
                Ty::Adt(iid, ia) if self.std_name(iid) == "Option" && ia.len() == 1 => {
                    let t = self.collect_item(&self.table.resolve(c), &ia[0], depth + 1)?;
                    Some(Ty::Adt(iid, vec![t]))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// What a `collect()` into `t` builds, when it is not a plain `Vec`.
    fn collect_kind(&self, t: &Ty) -> Option<crate::vm::Collect> {
        use crate::vm::{Collect, CollectInto, CollectWrap};
        let into = |t: &Ty| -> Option<CollectInto> {
            let Ty::Adt(id, _) = self.table.resolve(t) else { return None };
            match self.std_name(id) {
                "Vec" | "VecDeque" => Some(CollectInto::Vec),
                "String" => Some(CollectInto::String),
                "HashMap" | "BTreeMap" => Some(CollectInto::Map),
                "HashSet" | "BTreeSet" => Some(CollectInto::Set),
                "JoinSet" => Some(CollectInto::JoinSet),
                "BinaryHeap" => Some(CollectInto::Heap),
                _ => None,
            }
        };
        let Ty::Adt(id, args) = self.table.resolve(t) else { return None };
        let c = match (self.std_name(id), args.as_slice()) {
            ("Result", [c, _]) => Collect { into: into(c)?, wrap: CollectWrap::Result },
            ("Option", [c]) => Collect { into: into(c)?, wrap: CollectWrap::Option },
            _ => Collect { into: into(t)?, wrap: CollectWrap::Plain },
        };
        (c != Collect { into: CollectInto::Vec, wrap: CollectWrap::Plain }).then_some(c)
    }

    /// Whether `t` is the std or Tokio type at `path`.
    fn is_stub_adt(&self, t: &Ty, path: &str) -> bool {
        matches!(t, Ty::Adt(id, _) if self.adt(*id).is_some_and(|a| a.is_stub && a.path == path))
    }

    /// Methods every type gets from a trait the stubs do not spell out.
    fn builtin_method(&mut self, rt: &Ty, name: &str) -> Ty {
        let base = self.strip_all_refs(rt);
        match name {
            "clone" | "to_owned" if !matches!(base, Ty::Str | Ty::Slice(_)) => {
                // The first type along the deref chain that is `Clone`
                // (`guard.clone()` clones the value inside the guard).
                let mut cur = base.clone();
                for _ in 0..10 {
                    let clone = match &cur {
                        Ty::Adt(id, _) => self.adt(*id).is_some_and(|a| a.derives("Clone") || a.derives("Copy")),
                        Ty::Unknown | Ty::Var(_) | Ty::Param(..) => return Ty::Unknown,
                        _ => true,
                    };
                    if clone {
                        return cur;
                    }
                    match self.deref_ty(&cur) {
                        Some((next, _)) => cur = self.table.resolve(&next),
                        None => return Ty::Unknown,
                    }
                }
                Ty::Unknown
            }
            "to_string" => self.items.types.get("std::string::String").map_or(Ty::Unknown, |t| match t {
                TypeDef::Adt(id) => Ty::Adt(*id, vec![]),
                _ => Ty::Unknown,
            }),
            "eq" | "ne" | "lt" | "le" | "gt" | "ge" => Ty::Bool,
            _ => Ty::Unknown,
        }
    }

    /// Whether `t` (through references) is a user type with an `impl Drop`.
    fn has_drop_impl(&self, t: &Ty) -> bool {
        let r = self.table.resolve(t);
        match self.strip_all_refs(&r) {
            Ty::Adt(id, _) => self.adt(id).is_some_and(|a| !a.is_stub && a.derives("Drop")),
            _ => false,
        }
    }

    fn report_no_method(&mut self, rt: &Ty, method: &ast::Ident) {
        let r = self.table.resolve(rt);
        let base = self.strip_all_refs(&r);
        let name = method.name.as_str();
        // A `FutureExt` of futures' or tokio-util's in scope may have the
        // method of a future: not known here, so not supported yet.
        let ext = items::expand(self.items, &["FutureExt"]).filter(|p| p.contains("::")).or_else(|| {
            self.items
                .anon_uses
                .iter()
                .find(|p| p.ends_with("FutureExt") || (p.ends_with("::*") && (p.starts_with("futures") || p.starts_with("tokio_util"))))
                .cloned()
        });
        if let Ty::Future(_) = &base {
            if let Some(ext) = ext {
                if self.unsupported.len() < 20 {
                    self.unsupported.push(
                        Diagnostic::error(method.span, format!("the method `{name}` on a future (from `{ext}`?) is not supported yet"))
                            .with_note("note: rustc accepts this if that trait has the method; Taskscope cannot run it yet, so it does not guess the result"),
                    );
                }
                return;
            }
            // An `async fn`'s future has only `Future`'s methods.
            if !matches!(name, "poll" | "into_future" | "into" | "type_id" | "borrow" | "borrow_mut") {
                let d = Diagnostic::error(method.span, format!("no method named `{name}` found for opaque type `{}` in the current scope", self.show(&base)))
                    .with_code("E0599")
                    .with_label(method.span, "method not found in `impl Future`")
                    .with_note("help: consider `.await`ing on the `Future` first: a future does nothing, and has no value, until it is awaited");
                self.type_error(d);
            }
            return;
        }
        // Every type the receiver derefs to must have a known, complete set
        // of methods, none of them called so. `Option`'s and `Result`'s own
        // methods exist on no other std type (`guard.unwrap()` on a tokio
        // guard of a `Vec` is E0599 though `Vec`'s list is not complete).
        let option_only = matches!(
            name,
            "unwrap"
                | "expect"
                | "unwrap_err"
                | "expect_err"
                | "unwrap_or"
                | "unwrap_or_else"
                | "unwrap_or_default"
                | "is_some"
                | "is_none"
                | "is_ok"
                | "is_err"
                | "ok_or"
                | "map_err"
        );
        let mut cur = base.clone();
        for _ in 0..10 {
            let Ty::Adt(id, _) = &cur else {
                if option_only && matches!(cur, Ty::Slice(_) | Ty::Str | Ty::Array(_)) {
                    break;
                }
                return;
            };
            let Some(adt) = self.adt(*id).cloned() else { return };
            let option_like = adt.is_stub && matches!(adt.name.as_str(), "Option" | "Result");
            if adt.has_trait_impls || !(adt.complete || !adt.is_stub || (option_only && !option_like)) {
                return;
            }
            // A method of the real type not declared here (not supported
            // yet), or a future's type with a `FutureExt` in scope.
            if adt.not_declared.iter().any(|n| n == name) || (adt.future_output.is_some() && ext.is_some()) {
                return;
            }
            let from_traits = match name {
                "clone" | "clone_from" => adt.derives("Clone"),
                "to_string" => adt.derives("Display"),
                "eq" | "ne" => adt.derives("PartialEq"),
                "partial_cmp" | "lt" | "le" | "gt" | "ge" => adt.derives("PartialOrd"),
                "cmp" | "max" | "min" | "clamp" => adt.derives("Ord"),
                "hash" => adt.derives("Hash"),
                "fmt" => adt.derives("Debug") || adt.derives("Display"),
                "default" => adt.derives("Default"),
                "poll" | "into_future" => adt.future_output.is_some(),
                "poll_next" | "size_hint" => adt.stream_item.is_some(),
                "deref" => adt.deref.is_some(),
                "deref_mut" => adt.deref_mut,
                "drop" => false,
                "into" | "try_into" | "borrow" | "borrow_mut" | "type_id" | "to_owned" | "from" | "try_from" | "as_ref" | "as_mut" => true,
                // `std::error::Error`'s, which `Arc<E>` has too, and
                // `Wake`'s, on an `Arc` of the user's type.
                "source" | "description" | "cause" | "wake" | "wake_by_ref" => true,
                _ => false,
            };
            if from_traits {
                return;
            }
            match self.deref_ty(&cur) {
                Some((next, _)) => cur = self.table.resolve(&next),
                None => break,
            }
        }
        if matches!(cur, Ty::Adt(..)) || cur == base || option_only {
            let kind = match &base {
                Ty::Adt(id, _) if matches!(self.adt(*id).map(|a| &a.kind), Some(AdtKind::Enum(_))) => "enum",
                _ => "struct",
            };
            let d = Diagnostic::error(method.span, format!("no method named `{name}` found for {kind} `{}` in the current scope", self.show(&base)))
                .with_code("E0599")
                .with_label(method.span, format!("method not found in `{}`", self.show(&base)));
            self.type_error(d);
        }
    }

    /// Finds a method by autoderef of the receiver type.
    fn probe_method(&mut self, rt: &Ty, name: &str) -> Option<Pick> {
        let mut cur = self.table.resolve(rt);
        let mut derefs = 0usize;
        let mut chain: Vec<DerefKind> = Vec::new();
        for _ in 0..10 {
            let found = self.find_method_on(&cur, name);
            if let Some(fid) = found {
                return Some(Pick { fid, derefs, self_ty: cur, chain, through_guard_of_receiver: false });
            }
            // A user type with `impl Iterator`: the methods of std's
            // iterators, which call its `next`.
            if let Some(iter) = self.user_iter_as_std(&cur)
                && let Some(fid) = self.find_method_on(&iter, name)
            {
                return Some(Pick { fid, derefs, self_ty: iter, chain, through_guard_of_receiver: false });
            }
            match cur {
                Ty::Unknown | Ty::Var(_) | Ty::Param(..) => return None,
                _ => {}
            }
            match self.deref_ty(&cur) {
                Some((next, kind)) => {
                    chain.push(kind);
                    cur = self.table.resolve(&next);
                    derefs += 1;
                }
                None => return None,
            }
        }
        None
    }

    /// Whether a `use` brings the trait at `path` into scope (by its name,
    /// or `as _`).
    fn trait_in_scope(&self, path: &str) -> bool {
        let last = path.rsplit("::").next().unwrap_or(path);
        let glob = format!("{}*", &path[..path.len() - last.len()]);
        items::expand(self.items, &[last]).is_some_and(|p| p == path) || self.items.anon_uses.iter().any(|p| *p == path || *p == glob)
    }

    /// `Iter<Item>` for a user type with `impl Iterator<Item = ..>`.
    fn user_iter_as_std(&self, t: &Ty) -> Option<Ty> {
        let Ty::Adt(id, _) = t else { return None };
        let item = self.adt(*id)?.iter_item.clone()?;
        match self.items.types.get("std::iter::Iter") {
            Some(TypeDef::Adt(iter)) => Some(Ty::Adt(*iter, vec![item])),
            _ => None,
        }
    }

    fn find_method_on(&mut self, t: &Ty, name: &str) -> Option<FnId> {
        // Inherent impls first: their method wins over a trait's of its name;
        // in a provided method, its trait's impl (all `Self` is known to have).
        let mut impls: Vec<usize> = items::impls_of(self.items, t).to_vec();
        impls.sort_by_key(|&i| {
            let tr = &self.items.impls[i].trait_;
            (self.provided_of.is_some() && *tr != self.provided_of, tr.is_some())
        });
        for i in impls {
            let imp = self.items.impls[i].clone();
            for f in &imp.fns {
                let sig = &self.items.fns[f.0 as usize];
                if sig.name == name && sig.self_kind.is_some() {
                    // The impl must fit (`impl<T> Option<&T>` only for
                    // options of references).
                    let args: Vec<Ty> = imp.generics.iter().map(|_| Ty::Unknown).collect();
                    let pattern = imp.self_ty.subst(&args);
                    if impl_fits(&pattern, t, &self.table) {
                        return Some(*f);
                    }
                }
            }
        }
        None
    }

    // ---- fields and indexing --------------------------------------------------

    fn field(&mut self, bt: &Ty, name: &str, span: Span) -> Ty {
        let mut cur = self.table.resolve(bt);
        for _ in 0..10 {
            if let Ty::Adt(id, args) = &cur
                && let Some(adt) = self.adt(*id).cloned()
                && let AdtKind::Struct(FieldsDef::Named(fs)) = &adt.kind
                && let Some((_, t)) = fs.iter().find(|(n, _)| n == name)
            {
                return t.subst(args);
            }
            match self.deref_ty(&cur) {
                Some((next, _)) => cur = self.table.resolve(&next),
                None => break,
            }
        }
        if let Ty::Adt(id, _) = &cur
            && let Some(adt) = self.adt(*id).cloned()
            && !adt.is_stub
            && let AdtKind::Struct(_) = adt.kind
        {
            // `r.area` of a method `area`: E0615.
            let d = if self.probe_method(&cur, name).is_some() {
                Diagnostic::error(span, format!("attempted to take value of method `{name}` on type `{}`", self.show(&cur)))
                    .with_code("E0615")
                    .with_label(span, "method, not a field")
                    .with_note(format!("help: use parentheses to call the method: `{name}()`"))
            } else {
                Diagnostic::error(span, format!("no field `{name}` on type `{}`", self.show(bt))).with_code("E0609").with_label(span, "unknown field")
            };
            self.type_error(d);
        }
        Ty::Unknown
    }

    fn tuple_field(&mut self, bt: &Ty, idx: u32, span: Span) -> Ty {
        let mut cur = self.table.resolve(bt);
        for _ in 0..10 {
            match &cur {
                Ty::Tuple(ts) => {
                    if let Some(t) = ts.get(idx as usize) {
                        return t.clone();
                    }
                    // `t.2` of a pair: E0609.
                    if !ts.iter().any(|t| self.table.resolve(t).has_unknown()) {
                        let d = Diagnostic::error(span, format!("no field `{idx}` on type `{}`", self.show(&cur)))
                            .with_code("E0609")
                            .with_label(span, "unknown field");
                        self.type_error(d);
                    }
                    return Ty::Unknown;
                }
                Ty::Adt(id, args) => {
                    if let Some(adt) = self.adt(*id).cloned()
                        && let AdtKind::Struct(FieldsDef::Tuple(ts)) = &adt.kind
                    {
                        return ts.get(idx as usize).map_or(Ty::Unknown, |t| t.subst(args));
                    }
                }
                _ => {}
            }
            match self.deref_ty(&cur) {
                Some((next, _)) => cur = self.table.resolve(&next),
                None => break,
            }
        }
        Ty::Unknown
    }

    fn index(&mut self, bt: &Ty, it: &Ty, idx_span: Span) -> Ty {
        let idx = self.table.resolve(it);
        let mut cur = self.table.resolve(bt);
        for _ in 0..10 {
            match &cur {
                Ty::Array(e) | Ty::Slice(e) => {
                    return match &idx {
                        Ty::Adt(..) => Ty::Slice(e.clone()),
                        Ty::Int(Int::Usize) | Ty::Unknown => (**e).clone(),
                        Ty::Var(v) if self.table.kind(*v) == VarKind::Int => {
                            let _ = self.table.unify(&idx, &Ty::Int(Int::Usize));
                            (**e).clone()
                        }
                        Ty::Int(_) => {
                            let d = Diagnostic::error(idx_span, format!("the type `[{}]` cannot be indexed by `{}`", self.show(e), self.show(&idx)))
                                .with_code("E0277")
                                .with_label(idx_span, "slice indices are of type `usize` or ranges of `usize`")
                                .with_note("help: convert the index with `as usize` or `usize::try_from(..)`");
                            self.type_error(d);
                            Ty::Unknown
                        }
                        _ => Ty::Unknown,
                    };
                }
                Ty::Adt(id, args) => match self.std_name(*id) {
                    "HashMap" | "BTreeMap" => return args.get(1).cloned().unwrap_or(Ty::Unknown),
                    "VecDeque" => return args.first().cloned().unwrap_or(Ty::Unknown),
                    "String" => {
                        let owner = Some("String");
                        return self.str_index(&idx, idx_span, owner);
                    }
                    _ => {}
                },
                Ty::Str => return self.str_index(&idx, idx_span, None),
                _ => {}
            }
            match self.deref_ty(&cur) {
                Some((next, _)) => cur = self.table.resolve(&next),
                None => break,
            }
        }
        Ty::Unknown
    }

    /// `s[..]` of a `String` or `str`: a range gives a `str`; an integer
    /// is rustc's E0277 (a string is not indexed by position).
    fn str_index(&mut self, idx: &Ty, idx_span: Span, owner: Option<&str>) -> Ty {
        let shown = match idx {
            Ty::Int(i) => Some(i.name().to_string()),
            Ty::Var(v) if self.table.kind(*v) == VarKind::Int => Some("{integer}".to_string()),
            _ => None,
        };
        if let Some(shown) = shown {
            let on = owner.unwrap_or("str");
            let d = Diagnostic::error(idx_span, format!("the type `str` cannot be indexed by `{shown}`"))
                .with_code("E0277")
                .with_label(idx_span, "string indices are ranges of `usize`")
                .with_note(format!("help: the trait `SliceIndex<str>` is not implemented for `{shown}`"))
                .with_note("note: you can use `.chars().nth()` or `.bytes().nth()`")
                .with_note(format!("note: required for `{on}` to implement `Index<{shown}>`"));
            self.type_error(d);
            return Ty::Unknown;
        }
        Ty::Str
    }

    fn await_output(&mut self, t: &Ty, span: Span) -> Ty {
        self.polled_through.insert((span.start, span.end));
        match self.table.resolve(t) {
            Ty::Future(out) => *out,
            // `impl Future for &mut F where F: Future + Unpin`.
            Ty::Ref { is_mut: true, inner } if !matches!(self.table.shallow(&inner), Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str) => {
                self.await_output(&inner, span)
            }
            // `tokio::pin!(fut)`, `Box::pin(fut)`, `unconstrained(fut)`: the
            // future's output.
            Ty::Adt(id, args)
                if self.adt(id).is_some_and(|a| {
                    a.is_stub
                        && matches!(a.path.as_str(), "std::pin::Pin" | "std::boxed::Box" | "tokio::task::Unconstrained" | "tokio::task::coop::Unconstrained")
                }) =>
            {
                let inner = args.first().cloned().unwrap_or(Ty::Unknown);
                self.await_output(&inner, span)
            }
            // `KEY.scope(value, fut)`: the future's output.
            Ty::Adt(id, args) if self.adt(id).is_some_and(|a| a.is_stub && a.path == "tokio::task::TaskLocalFuture") => {
                let inner = args.get(1).cloned().unwrap_or(Ty::Unknown);
                self.await_output(&inner, span)
            }
            // `token.run_until_cancelled(fut)`: `Option<fut's output>`.
            Ty::Adt(id, args) if self.adt(id).is_some_and(|a| a.is_stub && a.path == "tokio_util::sync::RunUntilCancelled") => {
                let inner = args.first().cloned().unwrap_or(Ty::Unknown);
                let out = self.await_output(&inner, span);
                self.option_of(out)
            }
            // `timeout(d, fut)`: `Result<fut's output, Elapsed>`.
            Ty::Adt(id, args) if self.adt(id).is_some_and(|a| a.is_stub && a.path == "tokio::time::Timeout") => {
                let inner = args.first().cloned().unwrap_or(Ty::Unknown);
                let out = self.await_output(&inner, span);
                match (self.items.types.get("std::result::Result"), self.items.types.get("tokio::time::error::Elapsed")) {
                    (Some(TypeDef::Adt(r)), Some(TypeDef::Adt(e))) => Ty::Adt(*r, vec![out, Ty::Adt(*e, vec![])]),
                    _ => Ty::Unknown,
                }
            }
            Ty::Adt(id, args) => match self.adt(id).and_then(|a| a.future_output.clone()) {
                Some(o) => o.subst(&args),
                None => {
                    let adt = self.adt(id).cloned();
                    if adt.is_some_and(|a| !a.has_trait_impls) {
                        self.not_a_future(&Ty::Adt(id, args), span);
                    }
                    Ty::Unknown
                }
            },
            r @ (Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Tuple(_) | Ty::Ref { .. }) => {
                self.not_a_future(&r, span);
                Ty::Unknown
            }
            // A literal not yet typed: `{integer}`, `{float}`.
            Ty::Var(v) if matches!(self.table.kind(v), VarKind::Int | VarKind::Float) => {
                self.not_a_future(&Ty::Var(v), span);
                Ty::Unknown
            }
            _ => Ty::Unknown,
        }
    }

    /// E0277: `t` does not implement `tr`, a bound of function `f`.
    fn unmet_bound(&mut self, t: &Ty, tr: &str, at: Span, f: &str) {
        let shown = self.show(t);
        let d = Diagnostic::error(at, format!("the trait bound `{shown}: {tr}` is not satisfied"))
            .with_code("E0277")
            .with_label(at, format!("the trait `{tr}` is not implemented for `{shown}`"))
            .with_note(format!("note: required by a bound in `{f}`"));
        self.type_error(d);
    }

    /// rustc's E0277 when a generic parameter's bound is a trait the type
    /// it was given (a user struct or enum) does not implement, at the
    /// first argument whose type mentions the parameter.
    fn check_bounds(&mut self, sig: &FnSig, generic_args: &[Ty], args: &[Expr], span: Span) {
        // A generic parameter's bounds, at the first argument that mentions
        // it; an `impl Trait` / `&dyn Trait` parameter's, at its argument
        // (the type behind references and a `Box`).
        let arg_types = std::mem::take(&mut self.last_arg_types);
        let mut wanted: Vec<(Ty, Span, &Vec<String>)> = Vec::new();
        for (i, traits) in &sig.bounds {
            let Some(t) = generic_args.get(*i) else { continue };
            let at = sig.params.iter().position(|p| p.mentions_param(*i as u32)).and_then(|k| args.get(k)).map_or(span, |a| a.span);
            wanted.push((t.clone(), at, traits));
        }
        for (k, traits) in &sig.trait_params {
            let (Some(t), Some(a)) = (arg_types.get(*k), args.get(*k)) else { continue };
            let mut t = self.strip_all_refs(t);
            if let Ty::Adt(id, targs) = &t
                && self.adt(*id).is_some_and(|a| a.is_stub && a.path == "std::boxed::Box")
                && let Some(inner) = targs.first()
            {
                t = self.strip_all_refs(inner);
            }
            wanted.push((t, a.span, traits));
        }
        for (t, at, traits) in wanted {
            let t = self.table.resolve(&t);
            // A user trait asked of a std type: one of the user's impls
            // for that type gives it (`impl Describe for u8`).
            if !matches!(&t, Ty::Adt(id, _) if self.adt(*id).is_some_and(|a| !a.is_stub)) && (self.is_std_concrete(&t) || matches!(t, Ty::Tuple(_))) {
                // `Display`/`Debug` asked of a std type that lacks it (a
                // `Vec`, an `Option`), judged as format strings are.
                if let Some(tr) =
                    traits.iter().find(|tr| matches!(tr.as_str(), "Display" | "Debug") && !self.items.foreign_impls.iter().any(|(n, ..)| n == *tr))
                    && !self.implements(&t, tr, 0)
                {
                    let shown = self.show(&t);
                    let (msg, full) = if tr == "Display" {
                        (format!("`{shown}` doesn't implement `std::fmt::Display`"), "std::fmt::Display")
                    } else {
                        (format!("`{shown}` doesn't implement `Debug`"), "Debug")
                    };
                    let d = Diagnostic::error(at, msg)
                        .with_code("E0277")
                        .with_label(at, format!("the trait `{full}` is not implemented for `{shown}`"))
                        .with_note(format!("note: required by a bound in `{}`", sig.name));
                    self.type_error(d);
                    continue;
                }
                for tr in traits.iter().filter(|tr| self.items.foreign_impls.iter().any(|(n, ..)| n == *tr)) {
                    if !self.items.foreign_impls.iter().any(|(n, st, _)| n == tr && impl_covers(st, &t)) {
                        self.unmet_bound(&t, tr, at, &sig.name);
                    }
                }
                continue;
            }
            let Ty::Adt(id, _) = &t else { continue };
            let Some(adt) = self.adt(*id).cloned() else { continue };
            if adt.is_stub {
                continue;
            }
            for tr in traits {
                if adt.derives(tr) {
                    continue;
                }
                self.unmet_bound(&t, tr, at, &sig.name);
            }
        }
    }

    /// `Pin::new(&mut x)` needs `x: Unpin`; Tokio's `Sleep` is not (it
    /// holds a `PhantomPinned`), rustc's E0277.
    fn pin_new_unpin(&mut self, ret: &Ty, args: &[Expr]) {
        let Ty::Adt(_, targs) = self.table.resolve(ret) else { return };
        let Some(Ty::Ref { inner, .. }) = targs.first().map(|t| self.table.resolve(t)) else { return };
        let inner = self.table.resolve(&inner);
        if !self.is_stub_adt(&inner, "tokio::time::Sleep") {
            return;
        }
        let Some(arg) = args.first() else { return };
        let d = Diagnostic::error(arg.span, "`PhantomPinned` cannot be unpinned")
            .with_code("E0277")
            .with_label(arg.span, "within `Sleep`, the trait `Unpin` is not implemented for `PhantomPinned`")
            .with_note("help: pin it on the heap (`Box::pin(sleep(d))`, a `Pin<Box<Sleep>>` polled with `.as_mut().poll(cx)`) or with `tokio::pin!`");
        self.type_error(d);
    }

    /// A `Pin`, possibly behind references.
    fn is_pinned(&mut self, t: &Ty) -> bool {
        match self.strip_all_refs(t) {
            Ty::Adt(id, _) => self.adt(id).is_some_and(|a| a.is_stub && a.path == "std::pin::Pin"),
            // Not known here: never a false error.
            Ty::Unknown | Ty::Var(_) | Ty::Param(..) => true,
            _ => false,
        }
    }

    /// The output of a future type seen through `Pin`, `Box` and `&mut`,
    /// without reporting anything (`None` when it is not one).
    fn poll_output(&mut self, t: &Ty, depth: u32) -> Option<Ty> {
        if depth > 8 {
            return None;
        }
        match self.table.resolve(t) {
            Ty::Future(out) => Some(*out),
            Ty::Ref { inner, .. } => self.poll_output(&inner, depth + 1),
            Ty::Adt(id, args) => {
                let adt = self.adt(id)?.clone();
                if adt.is_stub && matches!(adt.path.as_str(), "std::pin::Pin" | "std::boxed::Box") {
                    return match args.first() {
                        Some(inner) => self.poll_output(inner, depth + 1).or(Some(Ty::Unknown)),
                        None => Some(Ty::Unknown),
                    };
                }
                adt.future_output.as_ref().map(|o| o.subst(&args))
            }
            _ => None,
        }
    }

    fn not_a_future(&mut self, t: &Ty, span: Span) {
        let d = Diagnostic::error(span, format!("`{}` is not a future", self.show(t)))
            .with_code("E0277")
            .with_label(span, format!("`{}` is not a future", self.show(t)))
            .with_note("note: only futures (an `async fn`'s result, `sleep(..)`, `rx.recv()`, a `JoinHandle`) can be `.await`ed");
        self.type_error(d);
    }

    /// The item type of `for x in <t>`.
    fn iter_item(&mut self, t: &Ty) -> Ty {
        let r = self.table.resolve(t);
        let (by_ref, mutable, base) = match &r {
            Ty::Ref { is_mut, inner } => (true, *is_mut, self.table.resolve(inner)),
            other => (false, false, other.clone()),
        };
        let wrap = |t: Ty| if by_ref { Ty::Ref { is_mut: mutable, inner: Box::new(t) } } else { t };
        match &base {
            Ty::Array(e) | Ty::Slice(e) => wrap((**e).clone()),
            Ty::Adt(id, args) => match self.std_name(*id) {
                "Vec" | "VecDeque" | "HashSet" | "BTreeSet" | "BinaryHeap" | "Option" => wrap(args.first().cloned().unwrap_or(Ty::Unknown)),
                "Iter" | "Range" if !by_ref => args.first().cloned().unwrap_or(Ty::Unknown),
                // A user type with `impl Iterator`: its `Item`.
                "" if !by_ref && self.adt(*id).is_some_and(|a| a.iter_item.is_some()) => self.adt(*id).and_then(|a| a.iter_item.clone()).unwrap_or(Ty::Unknown),
                // An iterator type of its own: what its `next` returns.
                "PermitIterator" if !by_ref => match self.find_method_on(&base, "next").map(|f| self.items.fns[f.0 as usize].ret.subst(args)) {
                    Some(Ty::Adt(_, item)) => item.first().cloned().unwrap_or(Ty::Unknown),
                    _ => Ty::Unknown,
                },
                "HashMap" | "BTreeMap" => {
                    let k = args.first().cloned().unwrap_or(Ty::Unknown);
                    let v = args.get(1).cloned().unwrap_or(Ty::Unknown);
                    if by_ref { Ty::Tuple(vec![Ty::shared_ref(k), Ty::Ref { is_mut: mutable, inner: Box::new(v) }]) } else { Ty::Tuple(vec![k, v]) }
                }
                _ => Ty::Unknown,
            },
            _ => Ty::Unknown,
        }
    }

    // ---- control flow ----------------------------------------------------------

    /// Whether a pattern binds something by value: a lone name that is a
    /// unit variant or a constant in scope (`None`, `Idle`, `MAX`) binds
    /// nothing.
    fn binds_by_value(&mut self, p: &Pat) -> bool {
        match &p.kind {
            PatKind::Ident { name, by_ref, sub: None, is_mut: false } if !by_ref => {
                let path = Path { segments: vec![ast::PathSegment { ident: name.clone(), generics: vec![] }], span: name.span, qself: None };
                !name.name.chars().next().is_some_and(char::is_uppercase)
                    || !matches!(self.resolve_value(&path), Some(ValueDef::Variant(..) | ValueDef::Const(_) | ValueDef::UnitStruct(_)))
            }
            PatKind::Ident { by_ref, sub, .. } => !by_ref || sub.as_ref().is_some_and(|s| self.binds_by_value(s)),
            PatKind::Tuple(ps) | PatKind::Slice(ps) | PatKind::TupleStruct(_, ps) | PatKind::Or(ps) => ps.iter().any(|x| self.binds_by_value(x)),
            PatKind::Struct(_, fs, _) => fs.iter().any(|f| self.binds_by_value(&f.pat)),
            _ => false,
        }
    }

    /// Which future type `e` has, when it is sure to be its own: an
    /// `async` block's (its position, `true`) or a user `async fn`'s
    /// result (the function's, `false`). rustc gives each its own type.
    /// Through a local (`let a = async { .. };` .. `a`), also the `async`
    /// block's keyword, which rustc labels then.
    fn future_origin(&mut self, e: &Expr) -> Option<((u32, bool), Option<Span>)> {
        match &e.kind {
            ExprKind::Async { .. } => Some(((e.span.start, true), None)),
            ExprKind::Paren(x) => self.future_origin(x),
            ExprKind::Path(_) => {
                let id = self.local_of(e)?;
                self.future_locals.get(&self.locals[id].span.start).copied()
            }
            ExprKind::Call { func, .. } => match &func.kind {
                ExprKind::Path(p) => match self.resolve_value_full(p) {
                    items::Resolved::Value(ValueDef::Fn(fid)) => {
                        let sig = &self.items.fns[fid.0 as usize];
                        (sig.is_async && !sig.is_stub && sig.generics.is_empty()).then_some(((fid.0 | (1 << 31), false), None))
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// An `async` block's `async` or `async move`.
    fn async_keyword(&self, e: &Expr) -> Span {
        let end = match &e.kind {
            ExprKind::Async { is_move: true, .. } => self.text(e.span).find("move").map_or(5, |i| i + 4),
            _ => 5,
        };
        Span::new(e.span.start as usize, e.span.start as usize + end)
    }

    /// Of `exprs`, each a future whose type is sure, the first whose type
    /// differs from the first's: the first's span, that one, and whether
    /// both are `async` blocks. `None` as soon as one type is not sure.
    fn other_future<'e>(&mut self, exprs: impl IntoIterator<Item = &'e Expr>) -> Option<(Span, &'e Expr, Blocks)> {
        let mut first: Option<((u32, bool), Option<Span>, Span)> = None;
        let mut exprs_first: Option<&Expr> = None;
        for x in exprs {
            let (o, kw) = self.future_origin(x)?;
            match first {
                None => {
                    first = Some((o, kw, x.span));
                    exprs_first = Some(x.unparen()).filter(|e| matches!(e.kind, ExprKind::Async { .. }));
                }
                Some((f, fkw, fspan)) if f != o => {
                    let first_kw = fkw.or_else(|| exprs_first.map(|e| self.async_keyword(e)));
                    return Some((fspan, x, Blocks { both: f.1 && o.1, expected: fkw, found: kw, first: first_kw }));
                }
                Some(_) => {}
            }
        }
        None
    }

    /// rustc's E0308 for a future of another type than the first's, at
    /// `at`, after the label `before`.
    fn other_future_error(message: &str, at: Span, blocks: Blocks, before: Option<(Span, &str)>) -> Diagnostic {
        let mut d = Diagnostic::error(at, message).with_code("E0308");
        if blocks.both
            && let Some(kw) = blocks.expected
        {
            d = d.with_label(kw, "the expected `async` block");
        }
        if blocks.both
            && let Some(kw) = blocks.found
        {
            d = d.with_label(kw, "the found `async` block");
        }
        if let Some((span, text)) = before {
            d = d.with_label(span, text);
        }
        let blocks = blocks.both;
        d.with_label(at, if blocks { "expected `async` block, found a different `async` block" } else { "expected future, found a different future" })
            .with_note(if blocks {
                "note: no two async blocks, even if identical, have the same type"
            } else {
                "note: distinct uses of `impl Trait` result in different opaque types"
            })
    }

    /// The elements of an array or `vec!` that are futures of different
    /// types (two `async` blocks, two `async fn`s' calls): rustc's E0308
    /// at the first that differs from the first element.
    fn distinct_futures<'e>(&mut self, elems: impl Iterator<Item = &'e Expr>) {
        if let Some((_, x, blocks)) = self.other_future(elems) {
            let d = Self::other_future_error("mismatched types", x.span, blocks, None).with_note(if blocks.both {
                "help: consider pinning your async block and casting it to a trait object (`Box::pin(async { .. }) as Pin<Box<dyn Future<Output = T>>>`)"
            } else {
                "help: consider `await`ing on both `Future`s"
            });
            self.type_error(d);
        }
    }

    /// A stream's `then(f)` holds `f`'s future, so it is not `Unpin`, and
    /// `next()`, `try_next()`, `any` and `all` (which take `&mut self` of
    /// an `Unpin` stream) on it unpinned are rustc's E0277; `tokio::pin!`
    /// or `Box::pin` first is fine. Streams are `_` to the checker: a
    /// `then` with one argument on a value of unknown type, or of a
    /// hand-written stream type, is taken for the stream's.
    fn stream_unpin(&mut self, receiver: &Expr, method: &ast::Ident, args: &[Expr], span: Span, rt: &Ty) {
        let streamish = match self.table.resolve(rt) {
            Ty::Unknown => true,
            Ty::Adt(id, _) => self.adt(id).is_some_and(|a| a.stream_item.is_some()),
            _ => false,
        };
        // `s.next()` and the rest take `&mut s`, pinned or not: `s` must
        // be mutable (E0596).
        let pinned = match self.table.resolve(rt) {
            Ty::Adt(id, args) if self.adt(id).is_some_and(|a| a.is_stub && a.path == "std::pin::Pin") => {
                let inner = self.strip_all_refs(&self.table.resolve(args.first().unwrap_or(&Ty::Unknown)));
                matches!(inner, Ty::Unknown)
                    || matches!(&inner, Ty::Adt(b, bargs) if self.adt(*b).is_some_and(|a| a.is_stub && a.path == "std::boxed::Box") && matches!(self.table.resolve(bargs.first().unwrap_or(&Ty::Unknown)), Ty::Unknown))
            }
            _ => false,
        };
        if (streamish || pinned) && matches!(method.name.as_str(), "next" | "try_next" | "any" | "all") && self.local_of(receiver).is_some() {
            self.check_mutable(receiver, Access::BorrowMut, receiver.span);
        }
        if !streamish {
            return;
        }
        if method.name == "then"
            && let [f] = args
        {
            let what = match &f.kind {
                ExprKind::Path(p) if p.segments.len() == 1 => format!("{{async fn body of {}()}}", p.last()),
                // `|x| async move { .. }`: rustc names the block by where
                // its `async move` is.
                ExprKind::Closure { body, .. } if let ExprKind::Async { block, .. } = &body.kind => self.async_block_name(block),
                _ => "the future `then`'s closure returns".to_string(),
            };
            self.then_streams.insert((span.start, span.end), what);
            return;
        }
        // tokio-stream's `Timeout` and `ChunksTimeout` hold a `Sleep`, which
        // is `!Unpin` (a `PhantomPinned` inside).
        if matches!(method.name.as_str(), "timeout" | "chunks_timeout") {
            self.then_streams.insert((span.start, span.end), "PhantomPinned".to_string());
            return;
        }
        if !matches!(method.name.as_str(), "next" | "try_next" | "any" | "all") {
            return;
        }
        let what = match self.local_of(receiver) {
            Some(id) => self.not_unpin.get(&id).cloned(),
            None => self.then_in_chain(receiver),
        };
        if let Some(what) = what {
            let d = Diagnostic::error(method.span, format!("`{what}` cannot be unpinned"))
                .with_code("E0277")
                .with_label(method.span, format!("the trait `Unpin` is not implemented for `{what}`"))
                .with_note(
                    "note: consider using the `pin!` macro (`tokio::pin!(stream);`), or `Box::pin` if you need the pinned value outside the current scope",
                );
            self.type_error(d);
        }
    }

    /// rustc's name for an `async` block's type: where its `async` (or
    /// `async move`) is, `{async block@src/main.rs:5:15: 5:20}`.
    fn async_block_name(&self, block: &ast::Block) -> String {
        let kw = self.async_kw_span(block);
        let text = self.src.get(kw.start as usize..kw.end as usize).unwrap_or("");
        let end = kw.start as usize + text.trim_end().len();
        let idx = crate::span::LineIndex::new(self.src);
        let (a, b) = (idx.line_col(self.src, kw.start), idx.line_col(self.src, end as u32));
        format!("{{async block@src/main.rs:{}:{}: {}:{}}}", a.line, a.col, b.line, b.col)
    }

    /// How rustc names the type of the future `e` makes, whose output
    /// shows as `out`: an `async` block by where it is, else (an `async
    /// fn`'s call) `impl Future<Output = out>`.
    fn future_shown(&self, e: &Expr, out: &str) -> String {
        match &e.unparen().kind {
            ExprKind::Async { block, .. } => self.async_block_name(block),
            _ => format!("impl Future<Output = {out}>"),
        }
    }

    /// rustc's E0271 at `at`: the future rustc names `what` gives `got`
    /// where `bound` (`JoinSet::<T>::spawn`) wants `want`.
    fn wrong_future_output(&self, what: &str, want: &Ty, got: &Ty, at: Span, bound: &str) -> Diagnostic {
        let (want, got) = (self.show(want), self.show(got));
        Diagnostic::error(at, format!("expected `{what}` to be a future that resolves to `{want}`, but it resolves to `{got}`"))
            .with_code("E0271")
            .with_label(at, format!("expected `{want}`, found `{got}`"))
            .with_note(format!("note: required by a bound in `{bound}`"))
    }

    /// The future type of a `then` call in `e`'s chain of receivers.
    fn then_in_chain(&self, e: &Expr) -> Option<String> {
        let mut cur = e;
        loop {
            if let Some(w) = self.then_streams.get(&(cur.span.start, cur.span.end)) {
                return Some(w.clone());
            }
            match &cur.kind {
                ExprKind::MethodCall { receiver, .. } => cur = receiver,
                ExprKind::Paren(x) => cur = x,
                ExprKind::Path(_) => return self.local_of(cur).and_then(|id| self.not_unpin.get(&id).cloned()),
                _ => return None,
            }
        }
    }

    /// `match` arms that give futures of different types (two `async`
    /// blocks, two `async fn`s' calls): rustc's E0308 at the first arm
    /// that differs from the first.
    fn distinct_arm_futures(&mut self, arms: &[ast::Arm]) {
        if let Some((fspan, x, blocks)) = self.other_future(arms.iter().map(|a| tail_expr(&a.body))) {
            // rustc names an `async` block's type by where it is.
            let first = match blocks.first {
                Some(kw) if blocks.both => {
                    format!("{{async block@{}: {}}}", line_of(self.src, kw), line_of(self.src, Span::new(kw.end as usize, kw.end as usize)))
                }
                _ => "impl Future".to_string(),
            };
            let d = Self::other_future_error(
                "`match` arms have incompatible types",
                x.span,
                blocks,
                Some((fspan, &format!("this is found to be of type `{first}`"))),
            );
            let d = if blocks.both { d.with_note("help: consider pinning your async block and casting it to a trait object") } else { d };
            self.type_error(d);
        }
    }

    /// An `if` without `else` whose block ends in a value: E0308 at that
    /// value in a statement, E0317 where the `if` itself is a value.
    fn if_without_else(&mut self, then: &Block, tt: &Ty, span: Span, stmt: bool) {
        let Some(ast::Stmt { kind: StmtKind::Expr { expr: tail, semi: false }, .. }) = then.stmts.last() else { return };
        let t = self.table.resolve(tt);
        let valued = match &t {
            Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::Ref { .. } | Ty::Array(_) | Ty::Slice(_) => true,
            Ty::Tuple(ts) => !ts.is_empty(),
            Ty::Adt(..) => !t.has_unknown(),
            Ty::Var(v) => self.table.kind(*v) != VarKind::General,
            _ => false,
        };
        if !valued {
            return;
        }
        if stmt {
            self.mismatch(tail.span, &Ty::unit(), &t);
        } else {
            let shown = self.show(&t);
            let d = Diagnostic::error(span, "`if` may be missing an `else` clause")
                .with_code("E0317")
                .with_label(tail.span, "found here")
                .with_label(span, format!("expected `{shown}`, found `()`"))
                .with_note("note: `if` expressions without `else` evaluate to `()`; add an `else` block that gives a value too");
            self.type_error(d);
        }
    }

    fn if_expr(&mut self, cond: &Expr, then: &Block, else_: Option<&Expr>, expected: Option<&Ty>, span: Span) -> Ty {
        self.push_scope();
        let c = self.expr(cond, Some(&Ty::Bool), Use::Move);
        if !matches!(cond.kind, ExprKind::Let { .. }) && !cond.contains_let() {
            self.coerce(&c, &Ty::Bool, cond.span);
        }
        let tt = self.block(then, expected);
        self.pop_scope();
        let Some(else_) = else_ else {
            // A statement, or a block's tail where `()` is wanted.
            let stmt = self.stmt_ifs.contains(&(span.start, span.end)) || expected.is_some_and(|e| self.table.resolve(e).is_unit());
            self.if_without_else(then, &tt, span, stmt);
            return Ty::unit();
        };
        let exp = expected.cloned().or_else(|| if matches!(self.table.shallow(&tt), Ty::Never) { None } else { Some(tt.clone()) });
        let et = self.expr(else_, exp.as_ref(), Use::Move);
        match (self.table.shallow(&tt), self.table.shallow(&et)) {
            (Ty::Never, _) => return et,
            (_, Ty::Never) => return tt,
            _ => {}
        }
        // `if c { a() } else { b() }` of two async fns: two opaque types.
        let then_tail = then.stmts.last().and_then(|st| match &st.kind {
            StmtKind::Expr { expr, semi: false } => Some(expr),
            _ => None,
        });
        if let Some(tt_expr) = then_tail
            && let Some((_, _, blocks)) = self.other_future([tt_expr, tail_expr(else_)])
        {
            let before = Some((tt_expr.span, "expected because of this"));
            let d = Self::other_future_error("`if` and `else` have incompatible types", tail_span(else_), blocks, before).with_note(if blocks.both {
                "help: consider pinning your async block and casting it to a trait object"
            } else {
                "help: consider `await`ing on both `Future`s"
            });
            self.type_error(d);
            return tt;
        }
        // `if c { Box::new(Dog) } else { Box::new(Cat) }` where a
        // `Box<dyn Animal>` is expected: each branch coerces to it.
        if let Some(exp) = expected
            && self.table.resolve(exp).has_unknown()
        {
            let mut same = self.table.clone();
            let mut each = self.table.clone();
            if same.unify(&tt, &et).is_err() && each.unify(&tt, exp).is_ok() && each.unify(&et, exp).is_ok() {
                self.table = each;
                return exp.clone();
            }
        }
        // `if c { &o } else { "lit" }`: both coerce to `&str`, the
        // `else` to the `then`'s type or, with no type expected, the
        // other way round (built-in derefs only: see `arm_ty`).
        if self.try_coerce_ref(&et, &tt, tail_span(else_), true) {
            return tt;
        }
        if expected.is_none() && self.try_coerce_ref(&tt, &et, tail_span(else_), false) {
            return et;
        }
        if self.table.unify(&tt, &et).is_err() {
            let span = tail_span(else_);
            let (a, b) = (self.show(&tt), self.show(&et));
            let d = Diagnostic::error(span, "`if` and `else` have incompatible types")
                .with_code("E0308")
                .with_label(then.stmts.last().map_or(then.span, |s| s.span), "expected because of this")
                .with_label(span, format!("expected `{a}`, found `{b}`"));
            self.type_error(d);
        }
        tt
    }

    fn match_expr(&mut self, scrutinee: &Expr, arms: &[ast::Arm], expected: Option<&Ty>) -> Ty {
        let st = self.expr(scrutinee, None, Use::Borrow);
        let mut result: Option<Ty> = expected.cloned();
        let mut first_arm: Option<Span> = None;
        let mut any_value = false;
        for (k, arm) in arms.iter().enumerate() {
            self.push_scope();
            let before = self.locals.len();
            self.pat(&arm.pat, &st, true);
            // `match m.get_mut(&k) { Some(x) => .. }`: `x` names the element.
            if super::match_ref_arms(scrutinee, arms, &self.method_paths).is_some_and(|(_, some)| some == k) {
                for l in before..self.locals.len() {
                    self.locals[l].aliased = true;
                    self.hold_loans(l, scrutinee);
                }
            }
            self.ref_mut_aliases(scrutinee, &arm.pat, before);
            // Only a binding of a value that is not `Copy` moves out of
            // the scrutinee (`Done(n)` with `n: i32` copies); the compiler
            // moves a local only for one whose type is known.
            let (moves, known) = self.locals[before..].iter().fold((false, false), |(moves, known), l| {
                let takes = self.binds_owned(l);
                (moves || takes, known || (takes && !self.table.resolve(&l.ty).has_unknown()))
            });
            if known && self.local_of(scrutinee).is_some() {
                self.moving_matches.insert((scrutinee.span.start, scrutinee.span.end));
            }
            // `match p { P { name, .. } => .. }` moves `p.name` only.
            let partial = moves && !self.is_enum_ty(&st) && holes_by_field(&arm.pat) && self.partial_let(&arm.pat, scrutinee, before);
            if moves && known && !partial {
                self.moving_matches.insert((arm.pat.span.start, arm.pat.span.end));
            }
            if moves && self.binds_by_value(&arm.pat) {
                self.check_drop_destructure(scrutinee, &arm.pat);
                self.no_move_out_check += 1;
                self.moved_out_by_pattern(scrutinee, &arm.pat, true);
                self.no_move_out_check -= 1;
            }
            if let Some(g) = &arm.guard {
                let gt = self.expr(g, Some(&Ty::Bool), Use::Move);
                if !g.contains_let() {
                    self.coerce(&gt, &Ty::Bool, g.span);
                }
            }
            let bt = self.expr(&arm.body, result.as_ref(), Use::Move);
            self.moved_out(&arm.body);
            // `Some(v) => return v,` of `map.get(&k)`: `v` holds the map's
            // borrow to the end of the function.
            for l in before..self.locals.len() {
                if self.facts.returned.contains_key(&l) && matches!(self.table.resolve(&self.locals[l].ty), Ty::Ref { .. }) {
                    self.hold_loans(l, scrutinee);
                }
            }
            self.pop_scope();
            if matches!(self.table.shallow(&bt), Ty::Never) {
                continue;
            }
            self.arm_ty(&mut result, &mut first_arm, &mut any_value, expected.is_some(), bt, &arm.body);
        }
        self.distinct_arm_futures(arms);
        self.check_exhaustive(&st, arms, scrutinee.span);
        if !any_value && !arms.is_empty() {
            return Ty::Never;
        }
        result.unwrap_or_else(Ty::unit)
    }

    /// E0004, for the sure case: the scrutinee is an enum (or `bool`), no
    /// arm catches everything, and some variant is named by no arm at all.
    fn check_exhaustive(&mut self, st: &Ty, arms: &[ast::Arm], span: Span) {
        let Some(missing) =
            self.missing_variants(st, arms.iter().filter(|a| a.guard.is_none()).map(|a| &a.pat).collect()).or_else(|| self.missing_ints(st, arms))
        else {
            return;
        };
        let list = pattern_list(&missing);
        let d = Diagnostic::error(span, format!("non-exhaustive patterns: {list} not covered"))
            .with_code("E0004")
            .with_label(span, format!("pattern{} {list} not covered", if missing.len() == 1 { "" } else { "s" }))
            .with_note("help: ensure that all possible cases are being handled by adding a match arm for each, or a wildcard `_ => ..` arm");
        self.type_error(d);
    }

    /// E0308 for `let a: [T; 3] = [x, y];` (or `[x; 2]`): the array's
    /// written length and the literal's differ. (Array types carry no
    /// length in the checker; this is the literal-to-annotation case.)
    fn array_len_mismatch(&mut self, written: &ast::Type, init: &Expr) {
        self.array_len_check(written, init, true);
    }

    /// The same for a struct literal's field (its declared type is
    /// elsewhere: no label there).
    fn array_len_mismatch_field(&mut self, written: &ast::Type, init: &Expr) {
        self.array_len_check(written, init, false);
    }

    fn array_len_check(&mut self, written: &ast::Type, init: &Expr, annotated: bool) {
        let ast::TypeKind::Array { len: Some(len), .. } = &written.kind else { return };
        let literal = |e: &Expr| match &e.unparen().kind {
            ExprKind::Lit(Lit::Int { value, .. }) => usize::try_from(*value).ok(),
            _ => None,
        };
        let Some(want) = literal(len) else { return };
        let found = match &init.unparen().kind {
            ExprKind::Array(items) => items.len(),
            ExprKind::ArrayRepeat { count, .. } => match literal(count) {
                Some(n) => n,
                None => return,
            },
            _ => return,
        };
        if want == found {
            return;
        }
        let mut d = Diagnostic::error(init.span, "mismatched types")
            .with_code("E0308")
            .with_label(init.span, format!("expected an array with a size of {want}, found one with a size of {found}"));
        if annotated {
            d = d.with_label(written.span, "expected due to this").with_note(format!("help: consider specifying the actual array length: `{found}`"));
        }
        self.type_error(d);
    }

    /// The values of an integer scrutinee that no arm's literals and
    /// ranges cover, as rustc lists them (`100_u8..=u8::MAX`): `None` when
    /// an arm may catch everything (a binding, `_`, a constant) or when
    /// nothing is missing. An arm with a guard covers nothing, as in rustc.
    fn missing_ints(&mut self, st: &Ty, arms: &[ast::Arm]) -> Option<Vec<String>> {
        let Ty::Int(it) = self.strip_all_refs(&self.table.resolve(st)) else { return None };
        let (min, max): (i128, i128) = match it {
            Int::I8 => (i8::MIN.into(), i8::MAX.into()),
            Int::I16 => (i16::MIN.into(), i16::MAX.into()),
            Int::I32 => (i32::MIN.into(), i32::MAX.into()),
            Int::I64 => (i64::MIN.into(), i64::MAX.into()),
            Int::I128 => (i128::MIN, i128::MAX),
            Int::U8 => (0, u8::MAX.into()),
            Int::U16 => (0, u16::MAX.into()),
            Int::U32 => (0, u32::MAX.into()),
            Int::U64 => (0, u64::MAX.into()),
            // rustc lists `usize::MAX..` for these (their size is the
            // target's): not modelled.
            Int::U128 | Int::Usize | Int::Isize => return None,
        };
        if arms.is_empty() {
            return None;
        }
        let value = |p: &Pat| -> Option<i128> {
            match &p.kind {
                PatKind::Lit(Lit::Int { value, .. }, neg) => {
                    let v = i128::try_from(*value).ok()?;
                    Some(if *neg { -v } else { v })
                }
                _ => None,
            }
        };
        let mut covered: Vec<(i128, i128)> = Vec::new();
        let mut pats: Vec<&Pat> = arms.iter().filter(|a| a.guard.is_none()).map(|a| &a.pat).collect();
        while let Some(p) = pats.pop() {
            match &p.kind {
                PatKind::Or(alts) => pats.extend(alts.iter()),
                PatKind::Ref(inner, _) => pats.push(inner),
                PatKind::Ident { sub: Some(sub), .. } => pats.push(sub),
                PatKind::Lit(..) => {
                    let v = value(p)?;
                    covered.push((v, v));
                }
                PatKind::Range { start, end, inclusive } => {
                    let lo = match start {
                        Some(s) => value(s)?,
                        None => min,
                    };
                    let hi = match end {
                        Some(e) if *inclusive => value(e)?,
                        Some(e) => value(e)?.checked_sub(1)?,
                        None => max,
                    };
                    if lo <= hi {
                        covered.push((lo.max(min), hi.min(max)));
                    }
                }
                _ => return None,
            }
        }
        covered.sort();
        let mut gaps = Vec::new();
        let mut next = Some(min);
        for (lo, hi) in covered {
            let Some(n) = next else { break };
            if lo > n {
                gaps.push((n, lo - 1));
            }
            if hi >= n {
                next = if hi == max { None } else { Some(hi + 1) };
            }
        }
        if let Some(n) = next {
            gaps.push((n, max));
        }
        let name = it.name();
        let show = |v: i128| {
            if v == max {
                format!("{name}::MAX")
            } else if v == min && min != 0 {
                format!("{name}::MIN")
            } else {
                format!("{v}_{name}")
            }
        };
        let missing: Vec<String> = gaps.iter().map(|&(a, b)| if a == b { format!("`{}`", show(a)) } else { format!("`{}..={}`", show(a), show(b)) }).collect();
        (!missing.is_empty()).then_some(missing)
    }

    /// E0005: `let Some(x) = opt;` without `else`, for the sure case (an
    /// enum's variant pattern, some variant not named).
    fn check_irrefutable(&mut self, st: &Ty, pat: &Pat) {
        if !matches!(pat.kind, PatKind::TupleStruct(..) | PatKind::Path(_) | PatKind::Struct(..)) {
            return;
        }
        let Some(missing) = self.missing_variants(st, vec![pat]) else { return };
        let list = pattern_list(&missing);
        let shown = self.show(&self.table.resolve(st));
        let d = Diagnostic::error(pat.span, "refutable pattern in local binding")
            .with_code("E0005")
            .with_label(pat.span, format!("pattern{} {list} not covered", if missing.len() == 1 { "" } else { "s" }))
            .with_note("note: `let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant")
            .with_note(format!("note: the matched value is of type `{shown}`"))
            .with_note("help: you might want to use `let...else` to handle the variant that isn't matched");
        self.type_error(d);
    }

    /// The variants (or `bool` values) of `st` no pattern names, for the
    /// sure case: `None` when one pattern may catch everything or `st` is
    /// not an enum (or `bool`).
    fn missing_variants(&mut self, st: &Ty, mut pats: Vec<&Pat>) -> Option<Vec<String>> {
        let t = self.strip_all_refs(&self.table.resolve(st));
        let mut mentioned: Vec<(Option<AdtId>, usize)> = Vec::new();
        let mut i = 0;
        while i < pats.len() {
            let p = pats[i];
            i += 1;
            match &p.kind {
                PatKind::Or(alts) => pats.extend(alts.iter()),
                PatKind::Ref(inner, _) => pats.push(inner),
                PatKind::Wild => return None,
                PatKind::Ident { name, sub, by_ref, is_mut } => {
                    if let Some(s) = sub {
                        pats.push(s);
                        continue;
                    }
                    let path = Path { segments: vec![ast::PathSegment { ident: name.clone(), generics: vec![] }], span: name.span, qself: None };
                    match (by_ref, is_mut, self.resolve_value(&path)) {
                        (false, false, Some(ValueDef::Variant(id, v))) => mentioned.push((Some(id), v)),
                        (false, false, Some(ValueDef::Const(_) | ValueDef::UnitStruct(_))) => {}
                        _ => return None,
                    }
                }
                PatKind::Path(path) | PatKind::TupleStruct(path, _) => match self.resolve_value(path) {
                    Some(ValueDef::Variant(id, v)) => mentioned.push((Some(id), v)),
                    _ => return None,
                },
                PatKind::Struct(path, _, _) => match self.resolve_struct_path(path) {
                    Some((id, Some(v))) => mentioned.push((Some(id), v)),
                    _ => return None,
                },
                PatKind::Lit(Lit::Bool(b), _) => mentioned.push((None, usize::from(*b))),
                _ => return None,
            }
        }
        let missing: Vec<String> = match &t {
            Ty::Bool => [false, true].iter().filter(|b| !mentioned.contains(&(None, usize::from(**b)))).map(|b| format!("`{b}`")).collect(),
            Ty::Adt(id, _) => {
                let adt = self.adt(*id).cloned()?;
                let AdtKind::Enum(vs) = &adt.kind else { return None };
                if adt.has_trait_impls && !adt.is_stub && vs.is_empty() {
                    return None;
                }
                vs.iter()
                    .enumerate()
                    .filter(|(i, _)| !mentioned.contains(&(Some(*id), *i)))
                    .map(|(_, v)| {
                        let prefix = if adt.is_stub { String::new() } else { format!("{}::", adt.name) };
                        let fields = match &v.fields {
                            FieldsDef::Unit => String::new(),
                            FieldsDef::Tuple(ts) => format!("({})", vec!["_"; ts.len()].join(", ")),
                            FieldsDef::Named(_) => " { .. }".to_string(),
                        };
                        format!("`{prefix}{}{fields}`", v.name)
                    })
                    .collect()
            }
            _ => return None,
        };
        (!missing.is_empty()).then_some(missing)
    }

    fn struct_lit(&mut self, path: &Path, fields: &[ast::FieldInit], base: Option<&Expr>, span: Span) -> Ty {
        let Some((id, variant)) = self.resolve_struct_path(path) else {
            for f in fields {
                self.expr(&f.value, None, Use::Move);
                self.moved_out(&f.value);
            }
            if let Some(b) = base {
                self.expr(b, None, Use::Move);
            }
            let names = path.names();
            if names.len() == 1 && !self.items.scope.contains_key(names[0]) {
                let d = Diagnostic::error(path.span, format!("cannot find struct, variant or union type `{}` in this scope", names[0]))
                    .with_code("E0422")
                    .with_label(path.span, "not found in this scope");
                self.resolve_errors.push(d);
            }
            return Ty::Unknown;
        };
        let args = self.instantiate_adt(id);
        let adt = self.adt(id).cloned();
        let declared: Option<Vec<(String, Ty)>> = adt.as_ref().and_then(|a| {
            let fs = match (&a.kind, variant) {
                (AdtKind::Enum(vs), Some(v)) => vs.get(v).map(|x| x.fields.clone()),
                (AdtKind::Struct(f), None) => Some(f.clone()),
                _ => None,
            }?;
            match fs {
                FieldsDef::Named(v) => Some(v.iter().map(|(n, t)| (n.clone(), t.subst(&args))).collect()),
                _ => None,
            }
        });
        let mut unknown_field = false;
        for f in fields {
            let ft = declared.as_ref().and_then(|d| d.iter().find(|(n, _)| *n == f.name.name).map(|(_, t)| t.clone()));
            let t = self.expr(&f.value, ft.as_ref(), Use::Move);
            self.moved_out(&f.value);
            if variant.is_none()
                && let Some(written) = self.items.written_fields.get(&(id, f.name.name.clone())).cloned()
            {
                self.dyn_box_impls(&written, &f.value);
                self.array_len_mismatch_field(&written, &f.value);
            }
            match ft {
                Some(ft) => self.coerce(&t, &ft, f.value.span),
                None if declared.is_some() => {
                    unknown_field = true;
                    let name = adt.as_ref().map_or(String::new(), |a| a.name.clone());
                    let d = Diagnostic::error(f.name.span, format!("struct `{name}` has no field named `{}`", f.name.name))
                        .with_code("E0560")
                        .with_label(f.name.span, "unknown field");
                    self.type_error(d);
                }
                None => {}
            }
        }
        if let Some(b) = base {
            let bt = self.expr(b, None, Use::Move);
            let _ = self.table.unify(&bt, &Ty::Adt(id, args.clone()));
        } else if let Some(d) = declared.as_ref().filter(|_| !unknown_field) {
            let missing: Vec<&String> = d.iter().map(|(n, _)| n).filter(|n| !fields.iter().any(|f| &f.name.name == *n)).collect();
            if let Some(first) = missing.first() {
                let name = adt.as_ref().map_or(String::new(), |a| a.name.clone());
                let d = Diagnostic::error(path.span, format!("missing field `{first}` in initializer of `{name}`"))
                    .with_code("E0063")
                    .with_label(path.span, format!("missing `{first}`"));
                self.type_error(d);
            }
        }
        let _ = span;
        Ty::Adt(id, args)
    }

    // ---- macros ------------------------------------------------------------------

    fn macro_call(&mut self, m: &ast::MacroCall, span: Span, expected: Option<&Ty>) -> Ty {
        let name = m.path.last().to_string();
        let args: &[Expr] = match &m.args {
            MacroArgs::Exprs(v) => v,
            MacroArgs::Repeat { value, count } => {
                let t = self.expr(value, None, Use::Move);
                self.moved_out(value);
                let c = self.expr(count, Some(&Ty::Int(Int::Usize)), Use::Move);
                self.coerce(&c, &Ty::Int(Int::Usize), count.span);
                return self.vec_of(t);
            }
            MacroArgs::Matches { expr, pat, guard } => {
                let t = self.expr(expr, None, Use::Borrow);
                self.push_scope();
                self.pat(pat, &t, true);
                if let Some(g) = guard {
                    self.expr(g, Some(&Ty::Bool), Use::Move);
                }
                self.pop_scope();
                return Ty::Bool;
            }
            MacroArgs::Select(sel) => return self.select(sel, span, expected),
            MacroArgs::Unparsed => {
                // A macro of its own syntax (`pin_project! { .. }`) may
                // declare what the code after it names: nothing after it
                // can be resolved, so it stops here, in macro expansion.
                self.opaque_macro = true;
                let d = Diagnostic::error(m.name_span, format!("`{}!` is not supported yet", m.path.names().join("::")))
                    .with_note("note: Taskscope cannot expand this macro, so it cannot check or run what uses it");
                self.unexpanded.push(d);
                return Ty::Unknown;
            }
        };
        match name.as_str() {
            "println" | "print" | "eprintln" | "eprint" => {
                self.format_args(args, 0, span);
                Ty::unit()
            }
            "format" => {
                self.format_args(args, 0, span);
                self.string_ty()
            }
            // `fmt::Arguments` (a `String` at run time).
            "format_args" => {
                self.format_args(args, 0, span);
                Ty::Unknown
            }
            "write" | "writeln" if !args.is_empty() => {
                // Into a `Formatter` or a `String` (through `fmt::Write`).
                let t = self.expr(&args[0], None, Use::Borrow);
                let t = self.table.resolve(&t);
                if self.is_stub_adt(&self.strip_all_refs(&t), "std::fmt::Formatter") {
                    self.fmt_writes.insert((args[0].span.start, args[0].span.end));
                }
                // `write!(s, ..)` into an owned `String` is `s.write_fmt(..)`,
                // a `&mut self` method: `s` must be `mut` (E0596), and is used so.
                if self.is_stub_adt(&t, "std::string::String") {
                    self.check_mutable(&args[0], Access::BorrowMut, args[0].span);
                }
                if args.len() > 1 {
                    self.format_args(args, 1, span);
                }
                Ty::Unknown
            }
            "panic" | "todo" | "unimplemented" | "unreachable" => {
                self.format_args(args, 0, span);
                Ty::Never
            }
            "assert" => {
                if let Some(c) = args.first() {
                    let t = self.expr(c, Some(&Ty::Bool), Use::Move);
                    self.coerce(&t, &Ty::Bool, c.span);
                }
                self.format_args(args, 1, span);
                Ty::unit()
            }
            "assert_eq" | "assert_ne" | "debug_assert_eq" | "debug_assert_ne" => {
                if args.len() >= 2 {
                    let l = self.expr(&args[0], None, Use::Borrow);
                    let r = self.expr(&args[1], Some(&l), Use::Borrow);
                    let (lr, rr) = (self.table.resolve(&l), self.table.resolve(&r));
                    if !self.stringish(&lr) && !self.stringish(&rr) {
                        let mut probe = self.table.clone();
                        if probe.unify(&l, &r).is_ok() {
                            self.table = probe;
                        } else if let Some(valid) = self.vec_eq_array(&lr, &rr) {
                            // `assert_eq!(v, [1, 2])`: `Vec<T>: PartialEq<[U; N]>`,
                            // but no `[T; N]: PartialEq<Vec<U>>`.
                            if !valid {
                                let (ls, rs) = (self.show(&lr), self.show(&rr));
                                let d = Diagnostic::error(span, format!("can't compare `{ls}` with `{rs}`"))
                                    .with_code("E0277")
                                    .with_label(span, format!("no implementation for `{ls} == {rs}`"))
                                    .with_note("help: put the `Vec` on the left, or compare it with a slice (`&[1, 2][..]`)");
                                self.type_error(d);
                            }
                        } else if self.strip_all_refs(&lr) == lr && self.strip_all_refs(&rr) == rr {
                            self.mismatch(args[1].span, &l, &r);
                        } else if let (l0, r0) = (self.strip_all_refs(&lr), self.strip_all_refs(&rr))
                            && matches!(l0, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Var(_))
                            && self.table.clone().unify(&l0, &r0).is_ok()
                            && !matches!(self.table.resolve(&l0), Ty::Var(v) if self.table.kind(v) == VarKind::General)
                        {
                            // `assert_eq!(5, y)` with `y: &i32`: a number
                            // never equals a reference to one.
                            let (ls, rs) = (self.show(&lr), self.show(&rr));
                            let d = Diagnostic::error(span, format!("can't compare `{ls}` with `{rs}`"))
                                .with_code("E0277")
                                .with_label(span, format!("no implementation for `{ls} == {rs}`"))
                                .with_note("help: dereference the reference (`*y`) or borrow the other side (`&5`) so both sides match");
                            self.type_error(d);
                        }
                    }
                }
                self.format_args(args, 2, span);
                Ty::unit()
            }
            "vec" => {
                let elem = match expected.map(|t| self.table.resolve(t)) {
                    Some(Ty::Adt(_, a)) if a.len() == 1 => a[0].clone(),
                    _ => self.fresh(),
                };
                for a in args {
                    let t = self.expr(a, Some(&elem), Use::Move);
                    self.moved_out(a);
                    self.coerce(&t, &elem, a.span);
                }
                self.distinct_futures(args.iter());
                self.vec_of(elem)
            }
            "pin" => {
                let full = items::expand(self.items, &m.path.names()).unwrap_or_default();
                let pin_of = |this: &Self, t: Ty| match this.items.types.get("std::pin::Pin") {
                    Some(TypeDef::Adt(id)) => Ty::Adt(*id, vec![t]),
                    _ => Ty::Unknown,
                };
                if full == "tokio::pin" {
                    // `tokio::pin!(a, b)`: each local becomes a mutable
                    // `Pin` of itself.
                    for a in args {
                        self.expr(a, None, Use::Borrow);
                        if let ExprKind::Path(p) = &a.kind
                            && p.segments.len() == 1
                            && let Some(id) = self.lookup(p.last())
                        {
                            let t = self.locals[id].ty.clone();
                            self.locals[id].ty = pin_of(self, t);
                            self.locals[id].is_mut = true;
                            self.not_unpin.remove(&id);
                            // The macro's own `mut`: never linted.
                            self.needs_mut.insert(id);
                        }
                    }
                    return Ty::unit();
                }
                // `std::pin::pin!(fut)`: a pinned value of its own.
                match args.first() {
                    Some(a) => {
                        let t = self.expr(a, None, Use::Move);
                        self.moved_out(a);
                        pin_of(self, t)
                    }
                    None => Ty::Unknown,
                }
            }
            // `futures::poll!(fut)`: `poll(fut).await`, one poll of an
            // `Unpin` future with the task's context, as a `Poll<T>`.
            "poll" if args.len() == 1 && items::expand(self.items, &m.path.names()).as_deref() == Some("futures::poll") => {
                if self.asyncs.is_empty() || self.sync_closures > 0 {
                    let d = Diagnostic::error(span, "`await` is only allowed inside `async` functions and blocks")
                        .with_code("E0728")
                        .with_label(span, "only allowed inside `async` functions and blocks")
                        .with_note("help: `poll!` awaits: make the function `async fn`, and `.await` its call");
                    self.expand_errors.push(d);
                }
                let t = self.expr(&args[0], None, Use::Move);
                self.moved_out(&args[0]);
                self.note_await(span);
                let out = self.poll_output(&t, 0).unwrap_or(Ty::Unknown);
                match self.items.types.get("std::task::Poll") {
                    Some(TypeDef::Adt(poll)) => Ty::Adt(*poll, vec![out]),
                    _ => Ty::Unknown,
                }
            }
            "try_join" => {
                // Each future gives `Result<T, E>` with one `E`; the whole
                // gives `Result<(T, ..), E>`.
                let err = self.fresh();
                let mut oks = Vec::new();
                for a in args {
                    let t = self.expr(a, None, Use::Move);
                    self.moved_out(a);
                    let out = self.await_output(&t, a.span);
                    match self.table.resolve(&out) {
                        Ty::Adt(id, ta) if self.adt(id).is_some_and(|d| d.is_stub && d.path == "std::result::Result") && ta.len() == 2 => {
                            oks.push(ta[0].clone());
                            if self.table.unify(&err, &ta[1]).is_err() {
                                self.mismatch(a.span, &err, &ta[1]);
                            }
                        }
                        _ => oks.push(Ty::Unknown),
                    }
                }
                self.join_conflicts(&args.iter().collect::<Vec<_>>());
                self.note_await(span);
                match self.items.types.get("std::result::Result") {
                    Some(TypeDef::Adt(r)) => Ty::Adt(*r, vec![Ty::Tuple(oks), err]),
                    _ => Ty::Unknown,
                }
            }
            "join" => {
                let mut outs = Vec::new();
                for a in args {
                    let t = self.expr(a, None, Use::Move);
                    self.moved_out(a);
                    outs.push(self.await_output(&t, a.span));
                }
                self.join_conflicts(&args.iter().collect::<Vec<_>>());
                self.note_await(span);
                Ty::Tuple(outs)
            }
            // `dbg!(x)` takes `x` by value and gives it back; several make
            // a tuple.
            "dbg" => {
                let mut ts = Vec::new();
                for a in args {
                    let t = self.expr(a, None, Use::Move);
                    self.moved_out(a);
                    if !self.implements(&t, "Debug", 0) {
                        let shown = self.show(&self.strip_all_refs(&t));
                        let d = Diagnostic::error(span, format!("`{shown}` doesn't implement `Debug`"))
                            .with_code("E0277")
                            .with_label(span, format!("the trait `Debug` is not implemented for `{shown}`"))
                            .with_note(format!("note: add `#[derive(Debug)]` to `{shown}` or manually `impl Debug for {shown}`"));
                        self.type_error(d);
                    }
                    ts.push(t);
                }
                match ts.len() {
                    0 => Ty::unit(),
                    1 => ts.pop().unwrap_or(Ty::Unknown),
                    _ => Ty::Tuple(ts),
                }
            }
            _ => {
                for a in args {
                    self.expr(a, None, Use::Borrow);
                }
                Ty::Unknown
            }
        }
    }

    /// Folds one arm's type `bt` (of `body`, not `!`) into a `match`'s (or
    /// a `select!`'s) type: the first arm's type, or expected, is what the
    /// others must unify with (E0308 "`match` arms have incompatible types").
    fn arm_ty(&mut self, result: &mut Option<Ty>, first: &mut Option<Span>, any_value: &mut bool, has_expected: bool, bt: Ty, body: &Expr) {
        match result.clone() {
            Some(r) if *any_value || has_expected => {
                // Coerced to the arms' type so far, or (with no type
                // expected) the arms so far to its: `&String`, then `&str`.
                // (Only a built-in deref for those: the compiler applies
                // user ones at one arm's value.)
                let coerced = self.try_coerce_ref(&bt, &r, tail_span(body), true);
                if !coerced && !has_expected && self.try_coerce_ref(&r, &bt, tail_span(body), false) {
                    *result = Some(bt);
                } else if !coerced {
                    let at = tail_span(body);
                    let (a, b) = (self.show(&r), self.show(&bt));
                    let mut d =
                        Diagnostic::error(at, "`match` arms have incompatible types").with_code("E0308").with_label(at, format!("expected `{a}`, found `{b}`"));
                    if let Some(f) = *first {
                        d = d.with_label(f, format!("this is found to be of type `{a}`"));
                    }
                    self.type_error(d);
                }
            }
            _ => *result = Some(bt),
        }
        if first.is_none() {
            *first = Some(tail_span(body));
        }
        *any_value = true;
    }

    /// `tokio::select!`: the preconditions, then every future (all of them
    /// live at once, like `join!`'s), then one handler with its pattern's
    /// bindings, like a `match` on the winner's output.
    fn select(&mut self, sel: &ast::Select, span: Span, expected: Option<&Ty>) -> Ty {
        for b in &sel.branches {
            if let Some(c) = &b.cond {
                let t = self.expr(c, Some(&Ty::Bool), Use::Move);
                self.coerce(&t, &Ty::Bool, c.span);
            }
        }
        let futs: Vec<&Expr> = sel.branches.iter().map(|b| &b.fut).collect();
        self.join_conflicts(&futs);
        let mut outs = Vec::new();
        for b in &sel.branches {
            let t = self.expr(&b.fut, None, Use::Move);
            self.moved_out(&b.fut);
            outs.push(self.await_output(&t, b.fut.span));
        }
        self.note_await(span);
        let mut result: Option<Ty> = expected.cloned();
        let mut first: Option<Span> = None;
        let mut any_value = false;
        let bodies = sel.branches.iter().zip(outs).map(|(b, t)| (Some((&b.pat, t)), &b.body)).chain(sel.else_.iter().map(|e| (None, e)));
        for (pat, body) in bodies {
            self.push_scope();
            if let Some((p, t)) = pat {
                self.pat(p, &t, true);
            }
            let bt = self.expr(body, result.as_ref(), Use::Move);
            self.moved_out(body);
            self.pop_scope();
            if matches!(self.table.shallow(&bt), Ty::Never) {
                continue;
            }
            self.arm_ty(&mut result, &mut first, &mut any_value, expected.is_some(), bt, body);
        }
        if !any_value {
            return Ty::Never;
        }
        result.unwrap_or_else(Ty::unit)
    }

    /// `join!(f(&mut x), g(&mut x))`: both futures hold their borrows at
    /// once.
    fn join_conflicts(&mut self, args: &[&Expr]) {
        let mut seen: Vec<(usize, Place, bool, Span)> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let call_args: &[Expr] = match &a.kind {
                ExprKind::Call { args, .. } | ExprKind::MethodCall { args, .. } => args,
                _ => continue,
            };
            // What each future borrows: `&mut x` arguments, and the
            // receiver of a method whose future keeps `&self`/`&mut self`
            // (`c.query("a")` of an `async fn query(&mut self, ..)`).
            let mut borrows: Vec<(Place, bool, Span)> = Vec::new();
            if let ExprKind::MethodCall { receiver, .. } = &a.kind
                && let Some(MethodLoan::Borrows(p, k)) = self.method_loans.get(&(a.span.start, a.span.end))
                && matches!(self.expr_types.get(&(a.span.start, a.span.end)).map(|t| self.table.resolve(t)), Some(Ty::Future(_)))
            {
                borrows.push((p.clone(), *k == Kind::Mut, receiver.span));
            }
            for ca in call_args {
                let ExprKind::Ref { is_mut, expr } = &ca.kind else { continue };
                let Some(place) = self.place_of(expr) else { continue };
                borrows.push((place, *is_mut, ca.span));
            }
            for (place, is_mut, at) in borrows {
                let earlier = seen
                    .iter()
                    .find(|(j, p, m, _)| *j != i && (*m || is_mut) && (p.root == place.root) && p.proj.iter().zip(&place.proj).all(|(x, y)| x == y))
                    .cloned();
                if let Some((_, _, was_mut, first)) = earlier {
                    let name = self.locals[place.root].name.clone();
                    let d = if is_mut && was_mut {
                        Diagnostic::error(at, format!("cannot borrow `{name}` as mutable more than once at a time"))
                            .with_code("E0499")
                            .with_label(first, "first mutable borrow occurs here")
                            .with_label(at, "second mutable borrow occurs here")
                    } else {
                        Diagnostic::error(
                            at,
                            format!(
                                "cannot borrow `{name}` as {} because it is also borrowed as {}",
                                if is_mut { "mutable" } else { "immutable" },
                                if was_mut { "mutable" } else { "immutable" }
                            ),
                        )
                        .with_code("E0502")
                        .with_label(first, "first borrow occurs here")
                        .with_label(at, "second borrow occurs here")
                    };
                    self.borrow_error(d.with_note("note: `join!` runs its futures at the same time, so each holds its borrows until all are done: give each its own data, or share it through `Arc<Mutex<..>>`"));
                }
                seen.push((i, place, is_mut, at));
            }
        }
    }

    fn option_of(&self, t: Ty) -> Ty {
        match self.items.types.get("std::option::Option") {
            Some(TypeDef::Adt(id)) => Ty::Adt(*id, vec![t]),
            _ => Ty::Unknown,
        }
    }

    fn vec_of(&self, elem: Ty) -> Ty {
        match self.items.types.get("std::vec::Vec") {
            Some(TypeDef::Adt(id)) => Ty::Adt(*id, vec![elem]),
            _ => Ty::Unknown,
        }
    }

    fn string_ty(&self) -> Ty {
        match self.items.types.get("std::string::String") {
            Some(TypeDef::Adt(id)) => Ty::Adt(*id, vec![]),
            _ => Ty::Unknown,
        }
    }

    /// Types a format macro's arguments (`args[skip]` is the format string)
    /// and checks `{}` needs `Display` and `{:?}` needs `Debug`. The values
    /// are borrowed until the macro (`at`) ends (`borrows::Holder::Macro`).
    fn format_args(&mut self, args: &[Expr], skip: usize, at: Span) {
        let Some(fmt) = args.get(skip) else {
            for a in args.iter().skip(skip) {
                self.expr(a, None, Use::Borrow);
            }
            return;
        };
        let pieces = match &fmt.kind {
            ExprKind::Lit(Lit::Str(s)) => match crate::fmt::parse_format_string(s) {
                Ok(p) => Some(p),
                Err(e) => {
                    self.expand_errors.push(Diagnostic::error(fmt.span, e.message.to_string()));
                    None
                }
            },
            _ => None,
        };
        let rest = &args[skip + 1..];
        let mut positional: Vec<(&Expr, Ty)> = Vec::new();
        let mut named: Vec<(String, &Expr, Ty)> = Vec::new();
        for a in rest {
            if let ExprKind::Assign(l, r) = &a.kind
                && let ExprKind::Path(p) = &l.kind
                && p.segments.len() == 1
            {
                let t = self.expr(r, None, Use::Borrow);
                named.push((p.last().to_string(), r, t));
                continue;
            }
            let t = self.expr(a, None, Use::Borrow);
            self.access(a, AccessKind::Borrow, a.span);
            // Borrowed until the macro has read every argument.
            if let Some(place) = self.place_of(a) {
                self.facts.loans.push(Loan { holder: Holder::Macro { at }, place, kind: Kind::Shared, span: a.span, held: 0, body: self.body_ctx });
            } else {
                // A value that borrows (`it.peek()`) keeps its loan while
                // the later arguments are evaluated.
                self.hold_until(a, at);
            }
            positional.push((a, t));
        }
        let Some(pieces) = pieces else { return };
        for piece in pieces {
            let crate::fmt::Piece::Arg { arg, spec, range, .. } = piece else { continue };
            // `{:>w$}` / `{:.p$}` read `w` / `p` from the scope when no
            // `w = ..` argument names them: a use of that variable.
            for count in [&spec.width, &spec.precision] {
                // The count's type and where rustc reports it: a positional
                // or named argument, or `w` read from the scope (`w$`).
                let found = match count {
                    Some(crate::fmt::Count::Arg(crate::fmt::ArgRef::Index(i))) => positional.get(*i).map(|(e, t)| (t.clone(), e.span)),
                    Some(crate::fmt::Count::Arg(crate::fmt::ArgRef::Named(n))) => match named.iter().find(|(x, _, _)| x == n) {
                        Some((_, e, t)) => Some((t.clone(), e.span)),
                        None => self.lookup(n).map(|id| {
                            // The name's span inside the literal, `w` of
                            // `{:>w$}`: a use of that variable.
                            let open = fmt.span.start as usize + 1 + range.0;
                            let text = self.text(Span::new(open, fmt.span.start as usize + 1 + range.1));
                            let at = text.find(&format!("{n}$")).map_or(fmt.span, |i| Span::new(open + i, open + i + n.len()));
                            self.use_local(id, at, Use::Borrow);
                            self.uses.inline.get_or_default((fmt.span.start, fmt.span.end)).push((at, id));
                            (self.locals[id].ty.clone(), if at == fmt.span { at } else { Span::new(at.start as usize, at.end as usize + 1) })
                        }),
                    },
                    _ => None,
                };
                // A width or precision is a `usize` (rustc's E0308 on
                // `&usize`; an integer literal becomes one).
                if let Some((t, at)) = found
                    && self.table.unify(&t, &Ty::Int(Int::Usize)).is_err()
                {
                    let shown = self.show(&t);
                    let d = Diagnostic::error(at, "mismatched types").with_code("E0308").with_label(at, format!("expected `&usize`, found `&{shown}`"));
                    self.type_error(d);
                }
            }
            // (`{n:x}` and the other radix forms still read the variable.)
            let trait_name = match spec.ty {
                crate::fmt::FmtType::Display => Some("Display"),
                crate::fmt::FmtType::Debug | crate::fmt::FmtType::DebugLowerHex | crate::fmt::FmtType::DebugUpperHex => Some("Debug"),
                _ => None,
            };
            let (t, span) = match &arg {
                crate::fmt::ArgRef::Index(i) => match positional.get(*i) {
                    Some((e, t)) => (t.clone(), e.span),
                    None => {
                        let n = positional.len();
                        self.expand_errors.push(Diagnostic::error(
                            fmt.span,
                            format!(
                                "invalid reference to positional argument {i} (there {} {n} argument{})",
                                if n == 1 { "is" } else { "are" },
                                if n == 1 { "" } else { "s" }
                            ),
                        ));
                        continue;
                    }
                },
                crate::fmt::ArgRef::Named(n) => match named.iter().find(|(x, _, _)| x == n) {
                    Some((_, e, t)) => (t.clone(), e.span),
                    None => match self.lookup(n) {
                        Some(id) => {
                            // `{name}` captured from the scope.
                            let s = Span::new(fmt.span.start as usize + 2 + range.0, fmt.span.start as usize + 2 + range.0 + n.len());
                            self.use_local(id, s, Use::Borrow);
                            self.uses.inline.get_or_default((fmt.span.start, fmt.span.end)).push((s, id));
                            // Its type, at the name (an `f32` is shown as one).
                            self.all_types.push(((s.start, s.end), self.locals[id].ty.clone()));
                            // A shared borrow of it, as a positional argument is.
                            self.facts.accesses.push(borrows::Access {
                                place: Place { root: id, proj: vec![] },
                                kind: AccessKind::Borrow,
                                span: s,
                                body: self.body_ctx,
                            });
                            (self.locals[id].ty.clone(), s)
                        }
                        None => {
                            let s = Span::new(fmt.span.start as usize + 2 + range.0, fmt.span.start as usize + 2 + range.0 + n.len());
                            let path = Path {
                                segments: vec![ast::PathSegment { ident: ast::Ident { name: n.clone(), span: s }, generics: vec![] }],
                                span: s,
                                qself: None,
                            };
                            match self.resolve_value_full(&path) {
                                items::Resolved::Value(ValueDef::Const(t)) => (t, s),
                                items::Resolved::Error(d) => {
                                    self.resolve_errors.push(d);
                                    continue;
                                }
                                _ => continue,
                            }
                        }
                    },
                },
            };
            let Some(trait_name) = trait_name else { continue };
            // A generic `T` whose bounds surely lack the trait.
            let param_lacks = match self.strip_all_refs(&self.table.resolve(&t)) {
                Ty::Param(i, _) => self.param_traits.get(i as usize).and_then(|p| p.as_ref()).is_some_and(|ts| !ts.iter().any(|x| x == trait_name)),
                _ => false,
            };
            if param_lacks || !self.implements(&t, trait_name, 0) {
                let shown = self.show(&self.strip_all_refs(&t));
                let (msg, label, help) = if trait_name == "Display" {
                    (
                        format!("`{shown}` doesn't implement `std::fmt::Display`"),
                        format!("`{shown}` cannot be formatted with the default formatter"),
                        "note: in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead".to_string(),
                    )
                } else {
                    (
                        format!("`{shown}` doesn't implement `Debug`"),
                        format!("`{shown}` cannot be formatted using `{{:?}}`"),
                        format!("help: add `#[derive(Debug)]` to `{shown}` or manually `impl Debug for {shown}`"),
                    )
                };
                let d = Diagnostic::error(span, msg).with_code("E0277").with_label(span, label).with_note(help);
                self.type_error(d);
            }
        }
    }

    // ---- async blocks, spawn, Send ---------------------------------------------------

    fn async_block(&mut self, is_move: bool, block: &Block) -> (Ty, AsyncCx) {
        let saved_ctx = std::mem::replace(&mut self.body_ctx, block.span.start);
        let saved_closures = std::mem::take(&mut self.sync_closures);
        self.asyncs.push(AsyncCx { first_local: self.locals.len(), is_move, ..AsyncCx::default() });
        let ret = self.fresh();
        self.ret.push(ret.clone());
        let saved_loops = std::mem::take(&mut self.loops);
        let t = self.block(block, None);
        self.loops = saved_loops;
        self.ret.pop();
        if self.table.unify(&ret, &t).is_err() {
            self.mismatch(block.stmts.last().map_or(block.span, |s| s.span), &ret, &t);
        }
        let mut cx = self.asyncs.pop().unwrap_or_default();
        for (id, d) in std::mem::take(&mut cx.deferred_writes) {
            let owned = !is_move && cx.captures.iter().any(|&(c, _, by_value)| c == id && by_value) && !self.is_copy(&self.locals[id].ty.clone());
            if !owned && self.unsupported.len() < 20 {
                self.unsupported.push(d);
            }
        }
        self.sync_closures = saved_closures;
        self.body_ctx = saved_ctx;
        // The block takes its captures where it is written.
        let kw = Span::new(block.span.start.saturating_sub(0) as usize, block.span.start as usize + 1);
        let _ = kw;
        let mut partials = Vec::new();
        for &(id, _, by_value) in &cx.captures {
            // Rust 2021: an `async move` block takes only the fields it
            // uses (`cfg.name`), copying the `Copy` ones.
            if is_move && let Some(paths) = self.capture_paths(id, &cx.paths, true) {
                let at = self.async_kw_span(block);
                for (proj, moved, _) in &paths {
                    if *moved {
                        let place = Place { root: id, proj: proj.clone() };
                        self.facts.accesses.push(borrows::Access { place, kind: AccessKind::Move, span: at, body: self.body_ctx });
                    }
                    self.record_cap_use(CapUse { id, proj: proj.clone(), moved: *moved, written: false, span: Span::DUMMY });
                }
                let made: Vec<(Vec<String>, bool)> = paths.into_iter().map(|(p, m, _)| (p, m)).collect();
                self.note_field_tys(id, &made);
                self.uses.partial_caps.get_or_insert((block.span.start, block.span.end), Vec::new()).push((id, first_fields(&made)));
                partials.push((self.locals[id].name.clone(), Some(made)));
                continue;
            }
            if (is_move || by_value) && !self.is_copy(&self.locals[id].ty.clone()) {
                let at = self.async_kw_span(block);
                self.facts.accesses.push(borrows::Access { place: Place { root: id, proj: vec![] }, kind: AccessKind::Move, span: at, body: self.body_ctx });
            }
        }
        if !partials.is_empty() {
            self.partial_captures.insert((block.span.start, block.span.end), partials);
        }
        // What this block captures, the enclosing ones capture too.
        let captured: Vec<(usize, Span, bool)> = cx.captures.clone();
        for (id, span, by_value) in captured {
            let by_value = by_value || is_move;
            for outer in &mut self.asyncs {
                if id < outer.first_local {
                    match outer.captures.iter_mut().find(|c| c.0 == id) {
                        Some(c) => c.2 |= by_value,
                        None => outer.captures.push((id, span, by_value)),
                    }
                }
            }
        }
        (t, cx)
    }

    /// Every non-`Send` local of the innermost async context still in scope
    /// and not moved is held across this `.await`.
    fn note_await(&mut self, await_span: Span) {
        let Some(cx) = self.asyncs.last() else { return };
        if cx.witness.is_some() {
            return;
        }
        let first = cx.first_local;
        let mut found: Option<Witness> = None;
        'scan: for scope in &self.scopes {
            for (_, id) in scope {
                if *id < first {
                    continue;
                }
                let local = &self.locals[*id];
                // rustc decides by scope: a value moved (`drop(rc)`) before the
                // `.await` but whose scope encloses it still counts.
                let t = self.table.resolve(&local.ty);
                if !self.is_send(&t, 0) {
                    found = Some(Witness { name: local.name.clone(), ty: self.show(&t), decl: local.span, await_span, captured: false });
                    break 'scan;
                }
            }
        }
        if let Some(w) = found
            && let Some(cx) = self.asyncs.last_mut()
        {
            cx.witness = Some(w);
        }
    }

    /// `tokio::spawn(fut)` (and `spawn_local` without `send`).
    fn spawn(&mut self, args: &[Expr], span: Span, send: bool) -> Ty {
        let handle = |this: &Self, out: Ty| match this.items.types.get("tokio::task::JoinHandle") {
            Some(TypeDef::Adt(id)) => Ty::Adt(*id, vec![out]),
            _ => Ty::Unknown,
        };
        if args.len() != 1 {
            for a in args {
                self.expr(a, None, Use::Move);
            }
            return handle(self, Ty::Unknown);
        }
        let arg = &args[0];
        if let ExprKind::Async { is_move, block } = &arg.kind {
            let (out, cx) = self.async_block(*is_move, block);
            self.spawn_checks(&cx, arg, span, send);
            return handle(self, out);
        }
        // `tokio::spawn(worker)`: a function is not a future.
        if let ExprKind::Path(p) = &arg.kind
            && !(p.segments.len() == 1 && self.lookup(p.last()).is_some())
            && let Some(ValueDef::Fn(fid)) = self.resolve_value(p)
        {
            let sig = self.items.fns[fid.0 as usize].clone();
            let ret = match &sig.ret {
                Ty::Future(o) => format!("impl Future<Output = {}>", self.show(o)),
                other => self.show(other),
            };
            let params: Vec<String> = sig.params.iter().map(|t| self.show(t)).collect();
            let shown = format!("fn({}) -> {ret} {{{}}}", params.join(", "), sig.name);
            let d = Diagnostic::error(arg.span, format!("`{shown}` is not a future"))
                .with_code("E0277")
                .with_label(arg.span, format!("`{shown}` is not a future"))
                .with_note(format!("help: call the function to get its future: `tokio::spawn({}(..))`", sig.name));
            self.type_error(d);
            return handle(self, Ty::Unknown);
        }
        // `tokio::spawn(worker(rx))`: the async fn's future.
        if let ExprKind::Call { func, .. } = &arg.kind
            && let ExprKind::Path(p) = &func.kind
            && let Some(ValueDef::Fn(fid)) = self.resolve_value(p)
            && self.items.fns.get(fid.0 as usize).is_some_and(|f| f.is_async && !f.is_stub)
        {
            self.spawned_fns.push((fid, arg.span));
        }
        let t = self.expr(arg, None, Use::Move);
        self.moved_out(arg);
        // `tokio::spawn(greet(&name))`: the future holds `&name`, and the
        // task may outlive `name`.
        let loans = self.loans_of(arg);
        if let Some(d) = self.static_loan_error(&loans, arg.span) {
            self.borrow_error(d);
        }
        let out = self.await_output(&t, arg.span);
        handle(self, out)
    }

    /// E0597 for the first of `loans` (carried into a spawned task, which
    /// must be `'static`) that borrows a local owning its value; `at` is
    /// the argument that needs it `'static`.
    fn static_loan_error(&self, loans: &[(Place, Kind, Span)], at: Span) -> Option<Diagnostic> {
        let (place, _, span) = loans.iter().find(|(p, ..)| {
            p.proj.first().map(String::as_str) != Some("*")
                && self.locals.get(p.root).is_some_and(|l| !matches!(self.table.resolve(&l.ty), Ty::Ref { .. } | Ty::Unknown | Ty::Var(_)))
        })?;
        let local = &self.locals[place.root];
        let name = &local.name;
        Some(
            Diagnostic::error(*span, format!("`{name}` does not live long enough"))
                .with_code("E0597")
                .with_label(local.span, format!("binding `{name}` declared here"))
                .with_label(*span, "borrowed value does not live long enough")
                .with_label(at, format!("argument requires that `{name}` is borrowed for `'static`"))
                .with_note(format!("help: a spawned task may outlive `{name}`: move `{name}` itself into the task, or share it with `Arc`")),
        )
    }

    /// A closure returned from its function (`|x| x + k`, or boxed) that
    /// borrows one of the function's own (non-reference) locals: E0373,
    /// the local dies when the function returns.
    fn returned_closure_borrows(&mut self, tail: &Expr) {
        let mut e = tail;
        if let ExprKind::Call { func, args } = &e.kind
            && let (ExprKind::Path(p), [arg]) = (&func.kind, args.as_slice())
            && p.names() == ["Box", "new"]
        {
            e = arg;
        }
        let ExprKind::Closure { is_move: false, .. } = &e.unparen().kind else { return };
        let e = e.unparen();
        let key = (e.span.start, e.span.end);
        let owned = |this: &Self, id: usize| !matches!(this.table.resolve(&this.locals[id].ty), Ty::Ref { .. } | Ty::Unknown | Ty::Var(_));
        let Some(id) = self.closure_loans.get(&key).and_then(|l| l.iter().map(|(p, _)| p.root).find(|&id| owned(self, id))) else { return };
        let bar = Span::new(e.span.start as usize, e.span.start as usize + self.text(e.span).find('|').map_or(1, |k| k + 1));
        let name = self.locals[id].name.clone();
        let d = Diagnostic::error(bar, format!("closure may outlive the current function, but it borrows `{name}`, which is owned by the current function"))
            .with_code("E0373")
            .with_label(bar, format!("may outlive borrowed value `{name}`"))
            .with_note("note: the closure is returned from the function, and its locals are dropped when it returns")
            .with_note(format!(
                "help: to force the closure to take ownership of `{name}` (and any other referenced variables), use the `move` keyword: `move |..|`"
            ));
        self.borrow_error(d);
    }

    /// `spawn_blocking(|| ..)` needs a `'static` closure: one that borrows
    /// a local is E0373, as rustc says it.
    fn spawn_blocking_checks(&mut self, args: &[Expr], call: Span) {
        let [arg] = args else { return };
        let ExprKind::Closure { .. } = &arg.kind else { return };
        let key = (arg.span.start, arg.span.end);
        let bar = Span::new(arg.span.start as usize, arg.span.start as usize + 2);
        let Some(id) = self.closure_loans.get(&key).and_then(|l| l.first()).map(|(p, _)| p.root) else {
            // It runs on another thread: what it moves in must be `Send`.
            let moved: Vec<String> = self
                .closure_captures
                .get(&key)
                .map(|c| c.iter().filter(|(_, m)| *m == super::Capture::Value).map(|(n, _)| n.clone()).collect())
                .unwrap_or_default();
            for name in &moved {
                let Some(id) = self.lookup(name) else { continue };
                let t = self.table.resolve(&self.locals[id].ty);
                if !self.is_send(&t, 0) {
                    let ty = self.show(&t);
                    let d = Diagnostic::error(arg.span, format!("`{ty}` cannot be sent between threads safely"))
                        .with_code("E0277")
                        .with_label(arg.span, format!("`{ty}` cannot be sent between threads safely"))
                        .with_note(format!("note: `{name}` is moved into the closure, which runs on another thread; use `Arc` instead of `Rc`"));
                    self.borrow_error(d);
                    return;
                }
            }
            // A moved-in reference parameter escapes the function (E0521);
            // a moved-in reference to a local (`let r = &v;`, `for n in
            // &names`): the thread may outlive the local.
            for name in &moved {
                let Some(id) = self.lookup(name) else { continue };
                if let Some(d) = self.escaping_ref_param(id, call) {
                    self.borrow_error(d);
                    return;
                }
            }
            for name in &moved {
                let Some(id) = self.lookup(name) else { continue };
                if let Some(d) = self.outlived_local(id, arg.span, "the thread", "the closure") {
                    self.borrow_error(d);
                    return;
                }
            }
            return;
        };
        let name = self.locals[id].name.clone();
        let d = Diagnostic::error(bar, format!("closure may outlive the current function, but it borrows `{name}`, which is owned by the current function"))
            .with_code("E0373")
            .with_label(bar, format!("may outlive borrowed value `{name}`"))
            .with_note(format!(
                "help: to force the closure to take ownership of `{name}` (and any other referenced variables), use the `move` keyword: `move ||`"
            ));
        self.borrow_error(d);
    }

    /// `tokio::spawn(async ..)` needs a `'static`, `Send` future.
    fn spawn_checks(&mut self, cx: &AsyncCx, block: &Expr, call: Span, send: bool) {
        let async_kw = Span::new(block.span.start as usize, block.span.start as usize + 5);
        if !cx.is_move {
            // Captured by reference: a use that is not a move of a non-Copy value.
            if let Some(&(id, use_span, _)) = cx.captures.iter().find(|c| !c.2) {
                let name = self.locals[id].name.clone();
                let d = Diagnostic::error(async_kw, format!("async block may outlive the current function, but it borrows `{name}`, which is owned by the current function"))
                    .with_code("E0373")
                    .with_label(async_kw, format!("may outlive borrowed value `{name}`"))
                    .with_label(use_span, format!("`{name}` is borrowed here"))
                    .with_note("note: async blocks are not executed immediately and must either take a reference or ownership of outside variables they use")
                    .with_note(format!("help: to force the async block to take ownership of `{name}` (and any other referenced variables), use the `move` keyword: `async move {{ .. }}`"));
                self.borrow_error(d);
                return;
            }
        } else {
            // A moved-in reference parameter: it escapes the function.
            for &(id, _, _) in &cx.captures {
                if let Some(d) = self.escaping_ref_param(id, call) {
                    self.borrow_error(d);
                    return;
                }
            }
            // A moved-in reference to a local: the local dies first.
            for &(id, _, _) in &cx.captures {
                if let Some(d) = self.outlived_local(id, call, "a spawned task", "the task") {
                    self.borrow_error(d);
                    return;
                }
            }
            // A moved-in value that borrows a local (a `SemaphorePermit` of
            // `s.acquire()`, an iterator of `v.iter()`).
            for &(id, _, _) in &cx.captures {
                let held: Vec<(Place, Kind, Span)> =
                    self.facts.loans.iter().filter(|l| matches!(l.holder, Holder::Local(h) if h == id)).map(|l| (l.place.clone(), l.kind, l.span)).collect();
                if let Some(d) = self.static_loan_error(&held, call) {
                    self.borrow_error(d);
                    return;
                }
            }
        }
        if !send {
            return;
        }
        // Send: captured values, then values held across an `.await`.
        let witness = cx
            .captures
            .iter()
            .filter(|c| cx.is_move || c.2)
            .find_map(|&(id, _, _)| {
                let t = self.table.resolve(&self.locals[id].ty);
                (!self.is_send(&t, 0)).then(|| Witness {
                    name: self.locals[id].name.clone(),
                    ty: self.show(&t),
                    decl: self.locals[id].span,
                    await_span: call,
                    captured: true,
                })
            })
            .or_else(|| cx.witness.clone());
        if let Some(w) = witness {
            // A captured bounded `Sender` of non-`Send` messages whose
            // `send(v)` the block awaits: that `async fn` holds `v` across
            // its own await, and rustc's E0277 names the message type. Any
            // other captured channel end is the block's "future cannot be
            // sent", whose help names the message type too.
            let non_send = if w.captured { self.non_send_message(&w) } else { None };
            let awaits_send = |name: &str| {
                let text = self.text(call);
                text.contains(&format!("{name}.send(")) && text.contains(".await")
            };
            if let Some((inner, end)) = &non_send
                && end == "tokio::sync::mpsc::Sender"
                && awaits_send(&w.name)
            {
                let d = Diagnostic::error(call, format!("`{inner}` cannot be sent between threads safely"))
                    .with_code("E0277")
                    .with_label(call, format!("`{inner}` cannot be sent between threads safely"))
                    .with_label(w.decl, format!("`{}` has type `{}`, captured by the async block", w.name, w.ty))
                    .with_note(
                        "note: required by a bound in `tokio::spawn`: messages of a channel shared between tasks must be `Send`; use `Arc` instead of `Rc`",
                    );
                self.borrow_error(d);
                return;
            }
            let d = not_send_error(self.src, call, &w, non_send.as_ref().map(|(inner, _)| inner.as_str()));
            self.borrow_error(d);
        }
    }

    /// E0277 for a `dyn Trait` held by value where a size is needed: a
    /// `let` annotation `Vec<dyn Shape>`, `Option<dyn Shape>` (a `Box`,
    /// `Rc`, `Arc` or reference around it is fine).
    fn unsized_dyn(&mut self, t: &ast::Type) {
        let is_dyn = |x: &ast::Type| matches!(x.kind, ast::TypeKind::Impl(_)) && self.text(x.span).trim_start().starts_with("dyn");
        let bad = match &t.kind {
            ast::TypeKind::Path(p) if matches!(p.last(), "Vec" | "VecDeque" | "Option" | "HashSet" | "BTreeSet" | "HashMap" | "BTreeMap") => {
                p.segments.last().and_then(|s| s.generics.iter().find(|g| is_dyn(g))).cloned()
            }
            ast::TypeKind::Array { elem, .. } if is_dyn(elem) => Some((**elem).clone()),
            _ => None,
        };
        let Some(d) = bad else { return };
        let shown = self.text(d.span).split_whitespace().collect::<Vec<_>>().join(" ");
        let e = Diagnostic::error(t.span, format!("the size for values of type `{shown}` cannot be known at compilation time"))
            .with_code("E0277")
            .with_label(t.span, "doesn't have a size known at compile-time")
            .with_note(format!("help: the trait `Sized` is not implemented for `{shown}`: hold each value in a `Box<{shown}>`"));
        self.type_error(e);
    }

    /// `m.insert(&key, 1)`, `v.push(&s)` on a local collection of
    /// references: the collection holds the borrow of `key` until its own
    /// last use (E0597 when `key` dies first, E0502 when it changes).
    fn stored_refs(&mut self, receiver: &Expr, rt: &Ty, name: &str, args: &[Expr], span: Span) {
        if !matches!(name, "push" | "insert" | "push_back" | "push_front") {
            return;
        }
        let Some(holder) = self.local_of(receiver) else { return };
        let Ty::Adt(id, targs) = self.table.resolve(rt) else { return };
        let collection =
            self.adt(id).is_some_and(|a| a.is_stub && matches!(a.name.as_str(), "Vec" | "VecDeque" | "HashMap" | "HashSet" | "BTreeMap" | "BTreeSet"));
        if !collection || !targs.iter().any(|t| matches!(self.table.resolve(t), Ty::Ref { .. })) {
            return;
        }
        for a in args {
            let ExprKind::Ref { is_mut: false, expr } = &a.unparen().kind else { continue };
            let Some(place) = self.place_of(expr) else { continue };
            if place.proj.first().map(String::as_str) == Some("*") || matches!(self.table.resolve(&self.locals[place.root].ty), Ty::Ref { .. }) {
                continue;
            }
            self.facts.loans.push(Loan { holder: Holder::Local(holder), place, kind: Kind::Shared, span: a.span, held: span.end, body: self.body_ctx });
        }
    }

    /// Where a `LazyLock` static is used through its value, under `e`.
    fn lazy_positions(&mut self, e: &Expr) {
        let mut ok = |x: &Expr| {
            let x = x.unparen();
            self.lazy_ok.insert((x.span.start, x.span.end));
        };
        match &e.kind {
            ExprKind::MethodCall { receiver, .. } => ok(receiver),
            ExprKind::Field(b, _) | ExprKind::TupleField(b, _, _) | ExprKind::Index(b, _) => ok(b),
            ExprKind::Unary(crate::ast::UnOp::Deref, x) => ok(x),
            ExprKind::Call { func, args } if matches!(&func.kind, ExprKind::Path(p) if p.last() == "force") => {
                for a in args {
                    if let ExprKind::Ref { expr, .. } = &a.unparen().kind {
                        ok(expr);
                    }
                }
            }
            _ => {}
        }
        // A `LazyLock::new` the checker sees is not a static's initializer.
        if let ExprKind::Call { func, .. } = &e.kind
            && let ExprKind::Path(p) = &func.kind
            && p.last() == "new"
            && matches!(items::expand(self.items, &p.names()).as_deref(), Some("std::sync::LazyLock::new"))
            && self.unsupported.len() < 20
        {
            self.unsupported.push(
                Diagnostic::error(e.span, "a `LazyLock` other than a `static`'s initializer is not supported yet")
                    .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
            );
        }
    }

    /// A `LazyLock` static used other than through its value (`&X` kept,
    /// `{:?}` of it): its closure would run at the wrong time.
    fn judge_lazy_uses(&mut self) {
        for span in std::mem::take(&mut self.lazy_uses) {
            if !self.lazy_ok.contains(&(span.start, span.end)) && self.unsupported.len() < 20 {
                self.unsupported.push(
                    Diagnostic::error(span, "using a `LazyLock` static other than through its value (`X.method()`, `X[i]`, `*X`) is not supported yet")
                        .with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"),
                );
            }
        }
    }

    /// The owned local whose elements an iterator chain yields by
    /// reference (`names` in `names.iter().enumerate().map(..)`), and the
    /// span rustc shows the borrow at.
    fn iter_chain_root(&self, e: &Expr) -> Option<(usize, Span)> {
        let mut cur = e.unparen();
        loop {
            let ExprKind::MethodCall { receiver, method, args, .. } = &cur.kind else { return None };
            match method.name.as_str() {
                "iter" | "keys" | "values" | "chars" | "lines" | "split_whitespace" if args.is_empty() => {
                    let root = self.place_root(receiver)?;
                    return (!matches!(self.table.resolve(&self.locals[root].ty), Ty::Ref { .. } | Ty::Unknown | Ty::Var(_))).then_some((root, receiver.span));
                }
                "map" | "filter" | "enumerate" | "take" | "skip" | "rev" | "take_while" | "skip_while" | "peekable" | "inspect" | "step_by" | "chain"
                | "zip" => {
                    cur = receiver.unparen();
                }
                _ => return None,
            }
        }
    }

    /// E0597 for a moved-in local that borrows another local (`let r =
    /// &v;`, `for n in &names`): `who` (a spawned task, a thread) may
    /// outlive it; `at` is the argument that needs it `'static`.
    fn outlived_local(&self, id: usize, at: Span, who: &str, into: &str) -> Option<Diagnostic> {
        let (root, borrow_span) = self.locals[id].borrows?;
        let name = &self.locals[root].name;
        Some(
            Diagnostic::error(borrow_span, format!("`{name}` does not live long enough"))
                .with_code("E0597")
                .with_label(borrow_span, "borrowed value does not live long enough")
                .with_label(at, format!("argument requires that `{name}` is borrowed for `'static`"))
                .with_note(format!("help: {who} may outlive `{name}`: move `{name}` itself into {into}, or share it with `Arc`")),
        )
    }

    /// E0521 for a parameter that is a (non-`'static`) reference, moved
    /// into a task or thread that must be `'static` (`call` spawns it).
    fn escaping_ref_param(&self, id: usize, call: Span) -> Option<Diagnostic> {
        let l = &self.locals[id];
        if !l.is_param || !matches!(self.table.resolve(&l.ty), Ty::Ref { .. }) || l.name == "self" {
            return None;
        }
        let after = self.src.get(l.span.end as usize..).unwrap_or("").trim_start();
        let written = after.strip_prefix(':').unwrap_or("").trim_start();
        if !written.starts_with('&') || written.starts_with("&'static") {
            return None;
        }
        let name = &l.name;
        Some(
            Diagnostic::error(call, "borrowed data escapes outside of function")
                .with_code("E0521")
                .with_label(l.span, format!("`{name}` is a reference that is only valid in the function body"))
                .with_label(call, format!("`{name}` escapes the function body here"))
                .with_note(format!(
                    "note: a spawned task or thread may outlive the function: move an owned value into it (`{name}.to_owned()`), or take `&'static`"
                )),
        )
    }

    /// For a captured tokio channel end whose message type is not `Send`:
    /// that message type, and the channel end's type path.
    fn non_send_message(&self, w: &Witness) -> Option<(String, String)> {
        let id = self.locals.iter().position(|l| l.span == w.decl)?;
        let t = self.table.resolve(&self.locals[id].ty);
        let Ty::Adt(adt_id, args) = &t else { return None };
        let adt = self.adt(*adt_id)?;
        if !adt.is_stub || adt.not_send || adt.send_needs_sync || !matches!(adt.name.as_str(), "Sender" | "Receiver" | "UnboundedSender" | "UnboundedReceiver")
        {
            return None;
        }
        let bad = args.iter().find(|a| !self.is_send(a, 0))?;
        Some((self.show(bad), adt.path.clone()))
    }

    // ---- mutability ------------------------------------------------------------------

    /// The local a place expression starts from (`v` in `v.x[0]`).
    fn place_root(&self, e: &Expr) -> Option<usize> {
        match &e.kind {
            ExprKind::Path(_) => self.local_of(e),
            ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) | ExprKind::Index(x, _) => self.place_root(x),
            _ => None,
        }
    }

    fn check_mutable(&mut self, e: &Expr, access: Access, span: Span) {
        // `&mut` of a handle (`tx.closed()`, `&mut rx` in a `select!`)
        // reaches the runtime's object by id, whoever holds which copy.
        let handle_local = access == Access::BorrowMut
            && matches!(&e.kind, ExprKind::Path(_))
            && self.local_of(e).is_some_and(|id| {
                matches!(self.table.resolve(&self.locals[id].ty), Ty::Adt(a, _) if self.adt(a).is_some_and(|d| d.is_stub && crate::exec::prim::is_handle_type(&d.path)))
            });
        if !handle_local {
            self.write_assigns = access == Access::Assign;
            self.check_write_supported(e, span);
        }
        match self.place_mutability(e) {
            PlaceMut::Mutable => {}
            PlaceMut::ImmutableLocal(id, whole) => {
                let local = self.locals[id].clone();
                let text = self.text(e.span).to_string();
                // Assigned from inside a closure that captures it: E0594.
                let captured = self.closures.last().is_some_and(|c| id < c.first_local);
                let d = match access {
                    Access::Assign if whole && !captured => {
                        if !local.initialized && !local.is_param {
                            return;
                        }
                        if local.is_param {
                            Diagnostic::error(span, format!("cannot assign to immutable argument `{}`", local.name))
                                .with_code("E0384")
                                .with_label(span, "cannot assign to immutable argument")
                        } else {
                            Diagnostic::error(span, format!("cannot assign twice to immutable variable `{}`", local.name))
                                .with_code("E0384")
                                .with_label(local.span, format!("first assignment to `{}`", local.name))
                                .with_label(span, "cannot assign twice to immutable variable")
                                .with_note(format!("help: consider making this binding mutable: `mut {}`", local.name))
                        }
                    }
                    Access::Assign if captured && whole => {
                        Diagnostic::error(span, format!("cannot assign to `{}`, as it is not declared as mutable", local.name))
                            .with_code("E0594")
                            .with_label(span, "cannot assign")
                            .with_note(format!("help: consider changing this to be mutable: `let mut {}`", local.name))
                    }
                    Access::Assign => Diagnostic::error(span, format!("cannot assign to `{text}`, as `{}` is not declared as mutable", local.name))
                        .with_code("E0594")
                        .with_label(span, "cannot assign")
                        .with_note(format!("help: consider changing this to be mutable: `let mut {}`", local.name)),
                    Access::BorrowMut => {
                        self.mut_borrow_decls.push((span, local.span));
                        let message = if whole {
                            format!("cannot borrow `{}` as mutable, as it is not declared as mutable", local.name)
                        } else {
                            format!("cannot borrow `{text}` as mutable, as `{}` is not declared as mutable", local.name)
                        };
                        Diagnostic::error(span, message)
                            .with_code("E0596")
                            .with_label(span, "cannot borrow as mutable")
                            .with_note(format!("help: consider changing this to be mutable: `let mut {}`", local.name))
                    }
                };
                self.borrow_error(d);
            }
            PlaceMut::ImmutableGuard(id, at) => {
                let name = self.locals[id].name.clone();
                let binding = if self.locals[id].pinned { "mut self".to_string() } else { format!("let mut {name}") };
                self.mut_borrow_decls.push((at, self.locals[id].span));
                let d = Diagnostic::error(at, format!("cannot borrow `{name}` as mutable, as it is not declared as mutable"))
                    .with_code("E0596")
                    .with_label(at, "cannot borrow as mutable")
                    .with_note(format!("help: consider changing this to be mutable: `{binding}`"));
                self.borrow_error(d);
            }
            PlaceMut::BehindRef(what) => {
                // rustc names a field of the referent by its path
                // (`self.n`), the referent itself as `*r`.
                let mut root = e.unparen();
                let mut fields = false;
                while let ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) = &root.kind {
                    fields = true;
                    root = x.unparen();
                }
                let what = if fields && matches!(root.kind, ExprKind::Path(_)) { self.text(e.span).split_whitespace().collect::<String>() } else { what };
                let reference = what.trim_start_matches('*').split(['.', '[']).next().unwrap_or_default().to_string();
                let d = match access {
                    Access::Assign => Diagnostic::error(span, format!("cannot assign to `{what}`, which is behind a `&` reference"))
                        .with_code("E0594")
                        .with_label(span, format!("`{reference}` is a `&` reference, so it cannot be written to")),
                    Access::BorrowMut => Diagnostic::error(span, format!("cannot borrow `{what}` as mutable, as it is behind a `&` reference"))
                        .with_code("E0596")
                        .with_label(span, format!("`{reference}` is a `&` reference, so it cannot be borrowed as mutable")),
                };
                self.borrow_error(d);
            }
            PlaceMut::Shared(owner) => {
                // A read guard is shared access by design; an `Arc` or `Rc`
                // wants a lock inside to be changed.
                let pointer = matches!(owner.as_str(), "Arc" | "Rc");
                let help = if !pointer && !owner.ends_with("Guard") {
                    // A user type's `impl Deref` without `DerefMut`.
                    format!("help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `{owner}`")
                } else if owner.ends_with("ReadGuard") {
                    format!(
                        "help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `{owner}<..>`: a read guard gives shared access only; take `write().await` to change the value"
                    )
                } else {
                    format!(
                        "help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `{owner}<..>`: wrap the value in a `Mutex` (`{owner}<Mutex<T>>`), or let one task own it and send it messages"
                    )
                };
                let what = if pointer { "an" } else { "dereference of" };
                let d = match access {
                    Access::Assign => Diagnostic::error(span, format!("cannot assign to data in {what} `{owner}`"))
                        .with_code("E0594")
                        .with_label(span, "cannot assign")
                        .with_note(help),
                    Access::BorrowMut => Diagnostic::error(span, format!("cannot borrow data in {what} `{owner}` as mutable"))
                        .with_code("E0596")
                        .with_label(span, "cannot borrow as mutable")
                        .with_note(help),
                };
                self.borrow_error(d);
            }
        }
    }

    /// Writes the VM cannot carry out yet (it has no references: a value
    /// reached through a `&mut` is a copy): through a `&mut` a method
    /// returned, or to a variable of the enclosing function from inside an
    /// async block that borrows it. "Not supported yet", never a wrong answer.
    fn check_write_supported(&mut self, e: &Expr, span: Span) {
        let mut base = e;
        while let ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) | ExprKind::Index(x, _) | ExprKind::Unary(UnOp::Deref, x) =
            &base.kind
        {
            base = x;
        }
        // A Tokio handle (`&mut Builder`) is the runtime's object by id:
        // every copy of it is the object, so writes through one are real;
        // so are a `Formatter` and its debug builders (the VM's).
        let handle_ref = |this: &Self, t: &Ty| match this.table.resolve(t) {
            Ty::Ref { is_mut: true, inner } => matches!(this.table.resolve(&inner), Ty::Adt(id, _)
                if this.adt(id).is_some_and(|a| a.is_stub && (a.path.starts_with("tokio::") || a.path.starts_with("std::fmt::")))),
            _ => false,
        };
        if let Some(id) = self.local_of(base) {
            self.closure_use(id, false, true);
            if let Some((_, proj)) = self.field_path(e) {
                self.record_cap_use(CapUse { id, proj, moved: false, written: true, span: e.span });
            }
            for cx in &self.closures {
                if id < cx.first_local {
                    let key = (cx.start, cx.end);
                    self.closure_writes.get_or_insert(key, (id, span, self.write_assigns));
                }
            }
        }
        let message = if let Some(id) = self.local_of(base) {
            let local = &self.locals[id];
            if handle_ref(self, &local.ty) {
                return;
            }
            let inside_borrowing_block = self.asyncs.last().is_some_and(|cx| !cx.is_move && id < cx.first_local);
            if inside_borrowing_block {
                // Unless the block moves the variable too (then it owns
                // it, and changes its own): decided where the block ends.
                let message =
                    format!("changing `{}`, a variable of the enclosing function, from inside an async block that borrows it is not supported yet", local.name);
                let d = Diagnostic::error(span, message).with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result");
                if let Some(cx) = self.asyncs.last_mut() {
                    cx.deferred_writes.push((id, d));
                    cx.written.push(id);
                }
                return;
            } else if matches!(self.table.resolve(&local.ty), Ty::Ref { is_mut: true, .. }) && !local.is_param && !local.aliased {
                format!("writing through `{}`, a `&mut` that is not `&mut` of a variable or its field, is not supported yet", local.name)
            } else {
                return;
            }
        } else {
            // `*m.get_mut(&k).unwrap() += 1`: the compiler names the place;
            // so it does for `b.push(1).push(2)`, through a user method
            // whose returned `&mut` is a place of its receiver.
            if super::ref_place_form(base, &self.method_paths).is_some() || self.ret_place_calls.contains_key(&(base.span.start, base.span.end)) {
                return;
            }
            let t = self.expr_types.get(&(base.span.start, base.span.end)).map(|t| self.table.resolve(t));
            // `t.get()` on a generic `T: Trait` is not typed, and runs the
            // implementing type's method: a user method of that name that
            // returns a `&mut` would be written through a copy.
            let untyped_user_ref = matches!(t, None | Some(Ty::Unknown))
                && matches!(&base.kind, ExprKind::MethodCall { method, .. }
                    if self.items.fns.iter().any(|f| !f.is_stub && f.name == method.name && matches!(f.ret, Ty::Ref { is_mut: true, .. })));
            if untyped_user_ref || matches!(t, Some(Ty::Ref { is_mut: true, .. })) && !t.as_ref().is_some_and(|t| handle_ref(self, t)) {
                format!("writing through the `&mut` that `{}` returns is not supported yet", self.text(base.span))
            } else {
                return;
            }
        };
        if self.unsupported.len() < 20 {
            self.unsupported
                .push(Diagnostic::error(span, message).with_note("note: rustc accepts this; Taskscope cannot run it yet, so it does not guess the result"));
        }
    }

    /// `ref mut` bindings into a place scrutinee (`match *self { S(ref mut
    /// f) => .. }`) are aliases of that place in the compiled program, so
    /// writes through them are real (if writes to the scrutinee are).
    fn ref_mut_aliases(&mut self, scrutinee: &Expr, pat: &Pat, before: usize) {
        let set = std::mem::take(&mut self.ref_mut_binds);
        let binds = super::ref_mut_aliases(pat, &|id: &ast::Ident| set.contains(&(id.span.start, id.span.end)));
        let binds: Vec<&ast::Ident> = binds.into_iter().map(|(n, _)| n).collect();
        self.ref_mut_binds = set;
        if binds.is_empty() || !super::alias_scrutinee(scrutinee) {
            return;
        }
        let scrutinee = match &scrutinee.kind {
            ExprKind::Ref { is_mut: true, expr } => &**expr,
            _ => scrutinee,
        };
        let mut base = scrutinee;
        while let ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) | ExprKind::Unary(UnOp::Deref, x) = &base.kind {
            base = x;
        }
        let Some(root) = self.local_of(base) else { return };
        self.check_write_supported(scrutinee, scrutinee.span);
        // The borrow is mutable: a `mut` on the root binding is needed.
        self.needs_mut.insert(root);
        for name in binds {
            if let Some(l) = self.locals.get_mut(before..).and_then(|ls| ls.iter_mut().find(|l| l.span == name.span)) {
                l.aliased = true;
            }
        }
    }

    /// `&mut self` methods found after autoderef: each step must allow it.
    fn check_mutable_through(&mut self, receiver: &Expr, pick: &Pick, span: Span) {
        self.check_write_supported(receiver, span);
        let mut needs_receiver_mut = true;
        for kind in &pick.chain {
            match kind {
                DerefKind::Ref => {
                    let what = format!("*{}", self.text(receiver.span));
                    self.check_mutable_kind(PlaceMut::BehindRef(what), receiver.span);
                    return;
                }
                DerefKind::Shared(owner) => {
                    self.check_mutable_kind(PlaceMut::Shared(owner.clone()), receiver.span);
                    return;
                }
                DerefKind::RefMut => {
                    needs_receiver_mut = false;
                    break;
                }
                DerefKind::Guard | DerefKind::Box => {}
            }
        }
        if needs_receiver_mut {
            self.check_mutable(receiver, Access::BorrowMut, receiver.span);
        }
    }

    fn check_mutable_kind(&mut self, m: PlaceMut, span: Span) {
        let fake = Expr { kind: ExprKind::Tuple(vec![]), span };
        let _ = fake;
        match m {
            PlaceMut::BehindRef(what) => {
                let d = Diagnostic::error(span, format!("cannot borrow `{what}` as mutable, as it is behind a `&` reference"))
                    .with_code("E0596")
                    .with_label(span, format!("`{}` is a `&` reference, so it cannot be borrowed as mutable", what.trim_start_matches('*')));
                self.borrow_error(d);
            }
            PlaceMut::Shared(owner) if !matches!(owner.as_str(), "Arc" | "Rc") => {
                let d = Diagnostic::error(span, format!("cannot borrow data in dereference of `{owner}` as mutable"))
                    .with_code("E0596")
                    .with_label(span, "cannot borrow as mutable")
                    .with_note(format!("help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `{owner}`"));
                self.borrow_error(d);
            }
            PlaceMut::Shared(owner) => {
                let d = Diagnostic::error(span, format!("cannot borrow data in an `{owner}` as mutable"))
                    .with_code("E0596")
                    .with_label(span, "cannot borrow as mutable")
                    .with_note(format!("help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `{owner}<..>`: wrap the value in a `Mutex`, or let one task own it and send it messages"));
                self.borrow_error(d);
            }
            _ => {}
        }
    }

    fn place_mutability(&mut self, e: &Expr) -> PlaceMut {
        match &e.kind {
            ExprKind::Paren(x) => self.place_mutability(x),
            ExprKind::Path(_) => match self.local_of(e) {
                Some(id) if !self.locals[id].is_mut => PlaceMut::ImmutableLocal(id, true),
                Some(id) => {
                    // The binding's `mut` is what makes this write possible.
                    self.needs_mut.insert(id);
                    PlaceMut::Mutable
                }
                None => PlaceMut::Mutable,
            },
            ExprKind::Field(base, _) | ExprKind::TupleField(base, _, _) | ExprKind::Index(base, _) => {
                let bt = self.expr_type_quiet(base);
                // Field access autoderefs the base; what it goes through decides.
                let direct = match (&e.kind, &bt) {
                    (ExprKind::Field(_, name), Ty::Adt(id, _)) => {
                        matches!(self.adt(*id).map(|a| &a.kind), Some(AdtKind::Struct(FieldsDef::Named(fs))) if fs.iter().any(|(n, _)| n == &name.name))
                    }
                    (ExprKind::TupleField(..), Ty::Tuple(_)) => true,
                    (ExprKind::TupleField(..), Ty::Adt(id, _)) => matches!(self.adt(*id).map(|a| &a.kind), Some(AdtKind::Struct(FieldsDef::Tuple(_)))),
                    (ExprKind::Index(..), Ty::Array(_)) => true,
                    // A user `Index`: a write calls `index_mut(&mut base)`,
                    // so the base must be mutable; without `IndexMut`, E0594.
                    (ExprKind::Index(..), Ty::Adt(id, _)) if self.adt(*id).is_some_and(|a| !a.is_stub && a.ops.iter().any(|o| o.0 == "Index")) => {
                        let adt = self.adt(*id).cloned();
                        if !adt.is_some_and(|a| a.ops.iter().any(|o| o.0 == "IndexMut")) {
                            let shown = self.show(&bt);
                            let d = Diagnostic::error(e.span, format!("cannot assign to data in an index of `{shown}`"))
                                .with_code("E0594")
                                .with_label(e.span, "cannot assign")
                                .with_note(format!("help: trait `IndexMut` is required to modify indexed content, but it is not implemented for `{shown}`"));
                            self.borrow_error(d);
                            return PlaceMut::Mutable;
                        }
                        // `index_mut(&mut g)` borrows the base: E0596 there.
                        return match self.place_mutability(base) {
                            PlaceMut::ImmutableLocal(id, _) => PlaceMut::ImmutableGuard(id, base.span),
                            other => other,
                        };
                    }
                    (ExprKind::Index(..), Ty::Adt(id, _)) => {
                        let name = self.std_name(*id);
                        if name == "HashMap" || name == "BTreeMap" {
                            let d = Diagnostic::error(e.span, format!("cannot assign to data in an index of `{}`", self.show(&bt)))
                                .with_code("E0594")
                                .with_label(e.span, "cannot assign")
                                .with_note("help: to modify a map's value, use `.get_mut()`, `.insert()` or the entry API");
                            self.borrow_error(d);
                            return PlaceMut::Mutable;
                        }
                        matches!(name, "Vec" | "VecDeque" | "String")
                    }
                    _ => false,
                };
                if direct {
                    return match self.place_mutability(base) {
                        PlaceMut::ImmutableLocal(id, _) => PlaceMut::ImmutableLocal(id, false),
                        other => other,
                    };
                }
                let behind = PlaceMut::BehindRef(self.text(base.span).to_string()).star();
                self.deref_mutability(base, &bt, behind)
            }
            ExprKind::Unary(UnOp::Deref, base) => {
                let bt = self.expr_type_quiet(base);
                let behind = PlaceMut::BehindRef(self.text(e.span).to_string());
                self.deref_mutability(base, &bt, behind)
            }
            _ => PlaceMut::Mutable,
        }
    }

    /// The mutability of a place reached by dereferencing `base` (of type
    /// `bt`: a field access's autoderef, or `*base`); `behind` is the
    /// place when `base` is a shared reference.
    fn deref_mutability(&mut self, base: &Expr, bt: &Ty, behind: PlaceMut) -> PlaceMut {
        match self.deref_ty(bt) {
            // Through a `self: Pin<&mut Self>`: `Pin`'s `deref_mut(&mut self)`.
            Some((_, DerefKind::RefMut)) => match self.local_of(base) {
                Some(id) if self.locals[id].pinned && !self.locals[id].is_mut && matches!(base.unparen().kind, ExprKind::Path(_)) => {
                    PlaceMut::ImmutableGuard(id, base.span)
                }
                _ => PlaceMut::Mutable,
            },
            Some((_, DerefKind::Ref)) => behind,
            Some((_, DerefKind::Shared(owner))) => PlaceMut::Shared(owner),
            // `DerefMut::deref_mut(&mut g)` borrows the guard itself
            // mutably; a `Box` is a place of its own.
            Some((_, DerefKind::Guard)) => match self.place_mutability(base) {
                PlaceMut::ImmutableLocal(id, _) => PlaceMut::ImmutableGuard(id, base.span),
                other => other,
            },
            Some((_, DerefKind::Box)) => match self.place_mutability(base) {
                PlaceMut::ImmutableLocal(id, _) => PlaceMut::ImmutableLocal(id, false),
                other => other,
            },
            None => PlaceMut::Mutable,
        }
    }

    /// The type of a place expression already typed (locals and their
    /// fields), without reporting anything again.
    fn expr_type_quiet(&mut self, e: &Expr) -> Ty {
        let saved = (self.type_errors.len(), self.resolve_errors.len(), self.borrow_errors.len(), self.warnings.len());
        let caps: Vec<usize> = self.asyncs.iter().map(|c| c.captures.len()).collect();
        let t = match &e.kind {
            ExprKind::Path(_) => self.local_of(e).map_or(Ty::Unknown, |id| self.locals[id].ty.clone()),
            ExprKind::Paren(x) => self.expr_type_quiet(x),
            ExprKind::Field(b, n) => {
                let bt = self.expr_type_quiet(b);
                self.field(&bt, &n.name, n.span)
            }
            ExprKind::TupleField(b, i, s) => {
                let bt = self.expr_type_quiet(b);
                self.tuple_field(&bt, *i, *s)
            }
            ExprKind::Index(b, i) => {
                let bt = self.expr_type_quiet(b);
                let it = match &i.kind {
                    ExprKind::Range { .. } => Ty::Unknown,
                    _ => Ty::Int(Int::Usize),
                };
                self.index(&bt, &it, i.span)
            }
            ExprKind::Unary(UnOp::Deref, b) => {
                let bt = self.expr_type_quiet(b);
                self.deref_ty(&bt).map_or(Ty::Unknown, |(t, _)| t)
            }
            _ => Ty::Unknown,
        };
        self.type_errors.truncate(saved.0);
        self.resolve_errors.truncate(saved.1);
        self.borrow_errors.truncate(saved.2);
        self.warnings.truncate(saved.3);
        for (cx, n) in self.asyncs.iter_mut().zip(caps) {
            cx.captures.truncate(n);
        }
        self.table.resolve(&t)
    }
}

#[derive(Clone, Debug)]
enum MethodLoan {
    /// The result borrows the receiver's place.
    Borrows(Place, Kind),
    /// The result borrows a temporary receiver, freed at the statement's end.
    Temporary(Span),
    /// `self` by value: whatever the receiver borrowed, the result may too.
    Consumes,
}

/// A call, method call, `format!` or `vec!`: a value made for the
/// statement, not promoted to a constant as a constructor's `&P(1, 2)`
/// or `&Some(3)` may be.
fn makes_temporary(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::MethodCall { .. } => true,
        ExprKind::Call { func, .. } => matches!(&func.kind, ExprKind::Path(p) if !p.last().starts_with(|c: char| c.is_uppercase())),
        ExprKind::Macro(m) => matches!(m.path.last(), "format" | "vec"),
        _ => false,
    }
}

/// Whether every reference a written type has is `&'static` (and it has
/// one): `Option<&'static str>`, not `&str` or `&'a T`.
fn all_refs_static(text: &str) -> bool {
    let mut any = false;
    for (i, _) in text.match_indices('&') {
        let rest = text[i + 1..].trim_start();
        let rest = rest.strip_prefix("mut ").unwrap_or(rest);
        if !rest.starts_with("'static") {
            return false;
        }
        any = true;
    }
    any && !text.contains("dyn") && !text.contains("impl")
}

/// Whether a declared return type borrows from `&self` (it has a reference
/// or an iterator, guard or `Ref` in it, not through a type parameter).
fn declared_borrow(t: &Ty, items: &Items) -> bool {
    match t {
        Ty::Ref { .. } => true,
        Ty::Adt(id, args) => BORROWING.contains(&std_name(items, *id)) || args.iter().any(|a| declared_borrow(a, items)),
        Ty::Tuple(v) => v.iter().any(|a| declared_borrow(a, items)),
        Ty::Future(o) => declared_borrow(o, items),
        _ => false,
    }
}

/// A stub method of a borrowing std type (`SemaphorePermit`) that returns
/// values of that same type, not references: in Rust they carry the
/// receiver's lifetime parameter, not a borrow of the receiver.
fn returns_own_borrowing_type(sig: &FnSig, items: &Items) -> bool {
    fn mentions(t: &Ty, id: AdtId, depth: u32) -> bool {
        match t {
            Ty::Adt(a, args) => *a == id || depth < 4 && args.iter().any(|x| mentions(x, id, depth + 1)),
            _ => false,
        }
    }
    let Some(Ty::Adt(own, _)) = &sig.self_ty else { return false };
    sig.is_stub && BORROWING.contains(&std_name(items, *own)) && !matches!(sig.ret, Ty::Ref { .. }) && mentions(&sig.ret, *own, 0)
}

/// The std types that borrow what made them (an iterator, a guard, a
/// permit, a `Notified`).
const BORROWING: &[&str] = &[
    "Iter",
    "MutexGuard",
    "SemaphorePermit",
    "Permit",
    "PermitIterator",
    "Notified",
    "RwLockReadGuard",
    "RwLockWriteGuard",
    "Ref",
    "RefMut",
    "MappedMutexGuard",
    "RwLockMappedWriteGuard",
    "Entry",
];

/// The name of a std type (declared in the stubs); `""` for a user type.
fn std_name(items: &Items, id: AdtId) -> &str {
    items.adts.get(id.0 as usize).filter(|a| a.is_stub).map_or("", |a| a.name.as_str())
}

/// Whether a (resolved) type may hold a borrow.
fn carries_borrow(t: &Ty, items: &Items, depth: u32) -> bool {
    if depth > 20 {
        return false;
    }
    match t {
        Ty::Ref { .. } => true,
        Ty::Adt(id, args) => BORROWING.contains(&std_name(items, *id)) || args.iter().any(|a| carries_borrow(a, items, depth + 1)),
        Ty::Tuple(v) => v.iter().any(|a| carries_borrow(a, items, depth + 1)),
        Ty::Array(x) | Ty::Slice(x) | Ty::Future(x) => carries_borrow(x, items, depth + 1),
        _ => false,
    }
}

fn is_place_like(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Path(_) | ExprKind::Field(..) | ExprKind::TupleField(..) | ExprKind::Index(..) => true,
        ExprKind::Paren(x) | ExprKind::Unary(UnOp::Deref, x) => is_place_like(x),
        _ => false,
    }
}

#[derive(Clone, Debug)]
enum DerefKind {
    Ref,
    RefMut,
    /// `Arc`, `Rc`: no `DerefMut`.
    Shared(String),
    /// `MutexGuard`, `RefMut`: `DerefMut` borrows the guard mutably.
    Guard,
    Box,
}

#[derive(Clone, Debug)]
struct Pick {
    fid: FnId,
    derefs: usize,
    self_ty: Ty,
    chain: Vec<DerefKind>,
    through_guard_of_receiver: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    Assign,
    BorrowMut,
}

#[derive(Clone, Debug)]
enum PlaceMut {
    Mutable,
    /// The local, and whether the place is the whole local.
    ImmutableLocal(usize, bool),
    /// Behind a `&` reference: the place's text (`*r`).
    BehindRef(String),
    /// Inside an `Arc` or `Rc`.
    Shared(String),
    /// Through a guard (`*g`, `g.x`) held by an immutable local, which
    /// `deref_mut` would borrow mutably: the local and its span there.
    ImmutableGuard(usize, Span),
}

impl PlaceMut {
    fn star(self) -> PlaceMut {
        match self {
            PlaceMut::BehindRef(t) => PlaceMut::BehindRef(format!("*{t}")),
            other => other,
        }
    }
}

fn adt_field_types(adt: &items::AdtDef) -> Vec<Ty> {
    match &adt.kind {
        AdtKind::Struct(f) => f.types().into_iter().cloned().collect(),
        AdtKind::Enum(vs) => vs.iter().flat_map(|v| v.fields.types().into_iter().cloned()).collect(),
    }
}

/// Whether an impl's self type (with unknown generics) fits a type.
fn impl_fits(pattern: &Ty, t: &Ty, table: &Table) -> bool {
    match (pattern, &table.shallow(t)) {
        (Ty::Unknown, _) | (_, Ty::Unknown) | (_, Ty::Var(_)) => true,
        (Ty::Adt(a, xs), Ty::Adt(b, ys)) => a == b && xs.iter().zip(ys).all(|(x, y)| impl_fits(x, y, table)),
        (Ty::Ref { is_mut: m1, inner: i1 }, Ty::Ref { is_mut: m2, inner: i2 }) => m1 == m2 && impl_fits(i1, i2, table),
        (Ty::Slice(x), Ty::Slice(y)) => impl_fits(x, y, table),
        (Ty::Int(a), Ty::Int(b)) => a == b,
        (Ty::Float(a), Ty::Float(b)) => a == b,
        (Ty::Bool, Ty::Bool) | (Ty::Char, Ty::Char) | (Ty::Str, Ty::Str) => true,
        _ => false,
    }
}

fn has_var_or_param(t: &Ty) -> bool {
    match t {
        Ty::Var(_) | Ty::Param(..) | Ty::Future(_) => true,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(has_var_or_param),
        Ty::Ref { inner, .. } => has_var_or_param(inner),
        Ty::Array(x) | Ty::Slice(x) => has_var_or_param(x),
        _ => false,
    }
}

/// `x`, `x.f`, `x.0.g`: a place the compiler can alias.
fn field_path(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Path(p) => p.segments.len() == 1,
        ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) => field_path(x),
        _ => false,
    }
}

/// The path expression inside parentheses.
fn path_span(e: &Expr) -> Option<Span> {
    match &e.kind {
        ExprKind::Path(_) => Some(e.span),
        ExprKind::Paren(x) => path_span(x),
        _ => None,
    }
}

/// The expression a block expression ends with (itself otherwise).
fn tail_expr(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Block { block, .. } | ExprKind::Unsafe(block) => match block.stmts.last() {
            Some(ast::Stmt { kind: StmtKind::Expr { expr, semi: false }, .. }) => tail_expr(expr),
            _ => e,
        },
        _ => e,
    }
}

/// The expression a block-like expression evaluates to, for labels.
fn tail_span(e: &Expr) -> Span {
    match &e.kind {
        ExprKind::Block { block, .. } | ExprKind::Unsafe(block) => match block.stmts.last() {
            Some(ast::Stmt { kind: StmtKind::Expr { expr, semi: false }, .. }) => tail_span(expr),
            Some(s) => s.span,
            None => block.span,
        },
        _ => e.span,
    }
}

fn binop_trait(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mul => "Mul",
        BinOp::Div => "Div",
        BinOp::Rem => "Rem",
        BinOp::BitAnd => "BitAnd",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::Shl => "Shl",
        BinOp::Shr => "Shr",
        _ => "",
    }
}

/// A closure literal, or a block whose value is one.
fn is_closure_value(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Closure { .. } => true,
        ExprKind::Block { block, .. } => {
            matches!(block.stmts.last().map(|s| &s.kind), Some(StmtKind::Expr { expr, semi: false }) if is_closure_value(expr))
        }
        _ => false,
    }
}

/// Whether std has `impl From<from> for to` between primitives: lossless
/// widenings, `bool` into numbers, `char` into `u32` and wider, `u8` into
/// `char`; a literal's integer variable fits any.
fn prim_from(to: &Ty, from: &Ty) -> bool {
    use ty::Int::*;
    let bits = |i: ty::Int| match i {
        I8 | U8 => 8,
        I16 | U16 => 16,
        I32 | U32 => 32,
        I64 | U64 => 64,
        I128 | U128 => 128,
        Isize | Usize => 0,
    };
    match (to, from) {
        (_, Ty::Bool) => !matches!(to, Ty::Char),
        (a, b) if a == b => true,
        // Nothing converts from `usize`/`isize`; into them only from 8 and
        // 16 bits (what every target holds).
        (Ty::Int(_), Ty::Int(Isize | Usize)) => false,
        (Ty::Int(Usize), Ty::Int(f)) => matches!(f, U8 | U16),
        (Ty::Int(Isize), Ty::Int(f)) => matches!(f, I8 | I16 | U8),
        (Ty::Int(t), Ty::Int(f)) => (t.is_signed() || !f.is_signed()) && bits(*f) < bits(*t),
        (Ty::Int(U32 | U64 | U128), Ty::Char) => true,
        (Ty::Char, Ty::Int(U8)) => true,
        (Ty::Float(ty::Float::F64), Ty::Float(_)) => true,
        (Ty::Float(ty::Float::F64), Ty::Int(f)) => matches!(f, I8 | I16 | I32 | U8 | U16 | U32),
        (Ty::Float(ty::Float::F32), Ty::Int(f)) => matches!(f, I8 | I16 | U8 | U16),
        _ => false,
    }
}

/// A name written as constants are (`SIDES`, `MAX_LEN`): no lowercase letter.
fn const_like(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_uppercase()) && !name.chars().any(|c| c.is_lowercase())
}

/// A type with nothing left to infer: no variable, unknown or generic part.
fn concrete(t: &Ty) -> bool {
    match t {
        Ty::Var(_) | Ty::Unknown | Ty::Param(..) => false,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().all(concrete),
        Ty::Ref { inner, .. } | Ty::Array(inner) | Ty::Slice(inner) | Ty::Future(inner) => concrete(inner),
        Ty::Fn(ps, r) => ps.iter().all(concrete) && concrete(r),
        _ => true,
    }
}

/// The first parameter of a method called by its path (`Type::m(recv)`)
/// or used as a value: `self`, `&self` or `&mut self` of `st`.
fn receiver_ty(kind: SelfKind, st: Ty) -> Ty {
    match kind {
        SelfKind::Value => st,
        SelfKind::Ref => Ty::shared_ref(st),
        SelfKind::RefMut => Ty::Ref { is_mut: true, inner: Box::new(st) },
        SelfKind::Other | SelfKind::Arc | SelfKind::RefArc => Ty::Unknown,
    }
}

/// Whether an impl for `self_ty` (with its generic parameters) is one for
/// `t`: the same primitive, std type, or kind of slice.
fn impl_covers(self_ty: &Ty, t: &Ty) -> bool {
    match (self_ty, t) {
        (Ty::Param(..), _) => true,
        (Ty::Int(a), Ty::Int(b)) => a == b,
        (Ty::Float(a), Ty::Float(b)) => a == b,
        (Ty::Bool, Ty::Bool) | (Ty::Char, Ty::Char) | (Ty::Str, Ty::Str) => true,
        (Ty::Slice(_), Ty::Slice(_)) | (Ty::Array(_), Ty::Array(_)) => true,
        (Ty::Adt(a, _), Ty::Adt(b, _)) => a == b,
        (Ty::Ref { inner: a, .. }, Ty::Ref { inner: b, .. }) => impl_covers(a, b),
        _ => false,
    }
}

/// An operator trait's method: `Add` → `add`, `AddAssign` → `add_assign`.
fn trait_method_name(trait_name: &str) -> String {
    let mut out = String::new();
    for (i, c) in trait_name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Patterns not covered, as rustc lists them: all of up to three, else
/// the first three "and N more".
fn pattern_list(missing: &[String]) -> String {
    match missing.len() {
        1 => missing[0].clone(),
        2 | 3 => format!("{} and {}", missing[..missing.len() - 1].join(", "), missing[missing.len() - 1]),
        n => format!("{} and {} more", missing[..3].join(", "), n - 3),
    }
}
