//! Lowering: AST → bytecode ([`crate::vm::Program`]).
//!
//! Resolves names (locals to slots, paths to functions, builtins, enum
//! variants), decides where values are moved, copied or borrowed (with the
//! checker's `TypeFacts`: which paths are `Copy`, which are `&mut`
//! aliases; use-after-move itself is the checker's), and emits
//! the drop points Rust's rules give (Rust 2024 edition): bindings at the end
//! of their scope in reverse order, statement temporaries at the `;`, `match`
//! scrutinee temporaries after the match, `if let` scrutinee temporaries
//! before the `else`, `while let` ones at the end of each iteration.

use crate::map::SortedMap;

use crate::ast::*;
use crate::check::Capture;
use crate::diag::Diagnostic;
use crate::fmt as vfmt;
use crate::span::Span;
use crate::value::{self, DefId, Defs, Shape, TypeDef, Value, VariantDef, builtin};
use crate::vm::*;

const MAX_DEPTH: u32 = 200;

/// How a method treats its receiver.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SelfMode {
    Ref,
    RefMut,
    Value,
}

struct Scope {
    vars: Vec<(String, Slot)>,
    /// Slots to drop at scope end, in declaration order.
    drops: Vec<Slot>,
}

struct LoopCx {
    label: Option<String>,
    /// Number of scopes open outside the loop (drops down to this on exit).
    scope_depth: usize,
    temp_depth: usize,
    break_jumps: Vec<usize>,
    continue_jumps: Vec<usize>,
    /// Where a `break value` goes.
    result: Option<Slot>,
    is_loop: bool,
    /// A labelled block: only `break 'label` leaves it.
    is_block: bool,
}

/// A map keyed by a function's slots, which are small and dense: a Vec is
/// smaller code than a map.
#[derive(Clone)]
struct SlotMap<T>(Vec<Option<T>>);

impl<T> Default for SlotMap<T> {
    fn default() -> Self {
        SlotMap(Vec::new())
    }
}

impl<T> SlotMap<T> {
    fn get(&self, s: &Slot) -> Option<&T> {
        self.0.get(*s as usize)?.as_ref()
    }
    fn insert(&mut self, s: Slot, v: T) {
        let i = s as usize;
        if i >= self.0.len() {
            self.0.resize_with(i + 1, || None);
        }
        self.0[i] = Some(v);
    }
}

struct FnCx {
    name: String,
    /// Integer types of locals whose type is written in the source.
    int_tys: SlotMap<IntTy>,
    code: Vec<Op>,
    spans: Vec<Span>,
    /// The last position handed out as a jump target.
    label: u32,
    nslots: u32,
    scopes: Vec<Scope>,
    /// Temporary scopes: each statement, condition or scrutinee opens one.
    temps: Vec<Vec<Slot>>,
    loops: Vec<LoopCx>,
    /// For async blocks: captured outer variables (outer slot, inner slot).
    captures: Vec<(String, Slot, Slot)>,
    is_closure: bool,
    /// For closures: captured variables borrowed mutably (`Value::Lent`),
    /// which the closure's frame gives back on return, never drops.
    lent: Vec<String>,
    /// For closures: each captured variable's capture mode.
    capture_modes: Vec<(String, crate::check::Capture)>,
    /// `&mut` parameters copied back to the caller on return.
    mut_params: Vec<Slot>,
    /// Parameters taken by `&`.
    borrowed_slots: Vec<Slot>,
    /// Temporaries holding a value a method borrows (`push_receiver`,
    /// `expr_borrow_temp`): see [`Function::borrow_temps`].
    borrow_temps: Vec<Slot>,
    param_slots: Vec<Slot>,
    is_async: bool,
    span: Span,
}

/// A method of a user type: (type, function, self mode, which parameters
/// are `&mut`, whether it is async).
type UserMethod = (DefId, FuncId, SelfMode, Vec<bool>, bool);

#[derive(Clone)]
struct FnInfo {
    id: FuncId,
    is_async: bool,
    /// Per parameter: is it `&mut`?
    mut_params: Vec<bool>,
    self_mode: Option<SelfMode>,
}

pub struct Compiler<'a> {
    src: &'a str,
    diags: Vec<Diagnostic>,
    funcs: Vec<Option<Function>>,
    /// `handed_back_shim`s made: (function, its shim).
    shims: Vec<(FuncId, FuncId)>,
    consts: Vec<Value>,
    defs: Defs,
    fmts: Vec<FmtEntry>,
    pats: Vec<CPat>,
    selects: Vec<crate::vm::SelectInfo>,
    /// `Error: {:?}`, for a `main` that returns a `Result`.
    main_err_fmt: Option<u32>,
    /// `#[tokio::main]`'s clock: (`start_paused`, multi-thread flavor).
    main_rt: crate::vm::MainRuntime,
    places: Vec<Place>,
    names: Vec<String>,
    name_ids: SortedMap<String, u32>,
    methods: SortedMap<(DefId, u32), FuncId>,
    /// Std types with a user trait's impl: their definitions, by kind of
    /// value and by the checker's name for the type (`int`, `str`,
    /// `std::string::String`).
    foreign: Vec<(crate::vm::Foreign, DefId)>,
    /// A std type's name as an `impl` names it (`f64`, `String`): the def
    /// of its kind of value in `foreign`.
    foreign_names: SortedMap<String, DefId>,
    foreign_owners: SortedMap<String, DefId>,
    unsupported: Vec<String>,
    uses: SortedMap<String, String>,
    globs: Vec<String>,
    /// The names of the user's `mod` blocks: a path's leading module
    /// segments are taken off (`geometry::shapes::area` is `area`), items
    /// of every module being registered by their own name (two items of
    /// one name in different modules are not supported yet).
    mods: Vec<String>,
    fns: SortedMap<String, FnInfo>,
    /// The `Type::name` keys of inherent methods (a trait's method of the
    /// same name does not replace them).
    inherent: SortedMap<String, ()>,
    types: SortedMap<String, DefId>,
    const_items: SortedMap<String, &'a Expr>,
    /// The type whose `impl` declares an associated constant
    /// (`Type::NAME`): its `Self` while its value compiles.
    const_self: SortedMap<String, DefId>,
    /// `static` items: each name's index in `static_inits`.
    statics: SortedMap<String, u32>,
    /// Each `static`'s initializer, run once, where the program first uses it.
    static_inits: Vec<&'a Expr>,
    /// Methods by name, one entry per type that has one.
    user_methods: SortedMap<String, Vec<UserMethod>>,
    /// The user's traits by name: their items (provided methods have bodies).
    traits: SortedMap<String, &'a [Item]>,
    /// Provided trait methods, compiled once each: (trait, method) → function.
    provided: SortedMap<(String, String), FuncId>,
    /// Provided trait functions without `self`, compiled once per
    /// implementing type: (function, declaration, type).
    provided_static: Vec<(FuncId, &'a FnDecl, DefId)>,
    /// Associated constants of user traits' impls, compiled as hidden
    /// `&self` methods (`assoc_const_method`): (function, type, value, span).
    assoc_const_fns: Vec<(FuncId, DefId, &'a Expr, Span)>,
    /// A trait's function without `self`, as a hidden method (`<Trait>::f`)
    /// that ignores its receiver and calls it: `<T as Trait>::f()` and
    /// `Self::f()` in a provided method find the type through a value.
    /// (wrapper, function, its parameter count, span).
    static_wrappers: Vec<(FuncId, FuncId, usize, Span)>,
    /// The current function's generic parameters with a parameter of
    /// that type (`fn f<T: Tr>(t: &T)`: `T` → `t`), for `T::NAME`.
    generic_vals: Vec<(String, String)>,
    /// The function being compiled (a hand-written `fmt` has its trait in
    /// scope).
    cur_fn: Option<FuncId>,
    /// `use std::fmt::Display as _;` (and `Debug`): traits in scope by no
    /// name.
    anon_traits: Vec<String>,
    /// Each user `From` impl's `from`, by the impl's start: where a type
    /// has several, the checker picks one by the value's type.
    from_fns: SortedMap<u32, FuncId>,
    /// Hand-written `Display`/`Debug` impls: (type, is Debug, `fmt`).
    user_fmt: Vec<(DefId, bool, FuncId)>,
    user_futures: Vec<(DefId, FuncId)>,
    user_streams: Vec<(DefId, FuncId)>,
    user_iters: Vec<(DefId, FuncId)>,
    user_derefs: Vec<(DefId, FuncId)>,
    user_eqs: Vec<(DefId, FuncId)>,
    user_clones: Vec<(DefId, FuncId)>,
    user_ords: Vec<(DefId, FuncId, bool)>,
    arc_wakes: Vec<(DefId, bool, FuncId)>,
    /// `impl Drop` blocks: (type, its `drop`).
    user_drop: Vec<(DefId, FuncId)>,
    /// Closures whose body is a place of their parameter.
    lenses: Vec<(FuncId, crate::value::Lens)>,
    /// The body being compiled is a trait's provided method: a method it
    /// calls on `self` is the implementing type's, chosen at run time.
    in_provided: bool,
    /// The trait of the provided method being compiled: `self.m()` and
    /// `Self::m(..)` in it are that trait's `m` (`Self: Trait` is all it
    /// knows), not another trait's of the same name.
    cur_trait: Option<String>,
    fcx: Vec<FnCx>,
    /// The type of the `impl` whose function is being compiled (`Self`).
    self_def: Option<DefId>,
    depth: u32,
    const_depth: u32,
    /// What the checker found: `Copy` paths, integer types, special calls.
    facts: &'a crate::check::TypeFacts,
    /// `let r = &mut x.f;`: `r` names the place `x.f` (the function's depth
    /// in `fcx`, `r`'s slot, the place). The borrow checker guarantees
    /// nothing else touches `x.f` while `r` is in use, so reads and writes
    /// through `r` go to `x.f` itself.
    aliases: Vec<(usize, Slot, PlaceExpr<'a>)>,
    /// User functions whose returned `&mut` is a place of a `&mut`
    /// argument (`check::returned_place`): the parameter and the steps.
    ret_places: SortedMap<FuncId, (usize, Vec<crate::check::RetStep<'a>>)>,
    /// User impls of `Index::index` and `IndexMut::index_mut`, which
    /// inherit std's `#[track_caller]`.
    track_caller: Vec<FuncId>,
    /// Generic functions that call `T::f(..)` with no value of type `T`
    /// to find its impl on: each such parameter (its index among the
    /// function's generics, its name), passed as a hidden last argument,
    /// a witness value of the type the caller gives `T`.
    witness_fns: SortedMap<FuncId, Vec<(usize, String)>>,
    /// `&mut self` methods returning an element of a collection of
    /// `self` (`check::returned_elem`): the field steps from `self` to the
    /// collection, and which element (`ElemAt`'s kind, an expression of
    /// the method as a stand-in).
    ret_elems: SortedMap<FuncId, (Vec<RetField>, crate::check::ElemAt<'a>)>,
    /// The last user call compiled: the function and its `&mut`
    /// arguments' places, by parameter (the receiver is 0).
    last_call: Option<(FuncId, Vec<(usize, PlaceExpr<'a>)>)>,
    /// Which arguments `push_args` last found places for.
    last_wb_params: Vec<usize>,
    /// Locals pinned by `tokio::pin!(fut)` (function depth, slot): `fut`
    /// is then a `Pin<&mut _>`, and `fut.await` moves the reference, not
    /// the future, which stays in its place until its scope ends.
    pinned: Vec<(usize, Slot)>,
    /// `let f = |s: &mut State| ..;` (function depth, slot, which
    /// parameters are `&mut`): the closure hands its `&mut` parameters back
    /// with its result, as a function does, so each call `f(&mut st)` is
    /// copy-in/copy-out. A closure capturing `f` gets the entry too.
    mut_closures: Vec<(usize, Slot, Vec<bool>)>,
    /// A closure's `&mut` parameters are handed back by the native being
    /// called (`send_modify`'s): one of `mut_closures` may be passed.
    lend_mut_closure: bool,
}

/// Compiles a program the checker accepted, with what it found: which
/// paths name `Copy` values.
pub fn compile_checked<'a>(file: &'a File, src: &'a str, facts: &'a crate::check::TypeFacts) -> Result<Program, Vec<Diagnostic>> {
    let mut c = Compiler {
        facts,
        aliases: Vec::new(),
        shims: Vec::new(),
        ret_places: SortedMap::new(),
        track_caller: Vec::new(),
        witness_fns: SortedMap::new(),
        ret_elems: SortedMap::new(),
        last_call: None,
        last_wb_params: Vec::new(),
        pinned: Vec::new(),
        mut_closures: Vec::new(),
        lend_mut_closure: false,
        src,
        diags: Vec::new(),
        funcs: Vec::new(),
        consts: Vec::new(),
        defs: value::builtin_defs(),
        fmts: Vec::new(),
        pats: Vec::new(),
        selects: Vec::new(),
        main_err_fmt: None,
        main_rt: crate::vm::MainRuntime::default(),
        places: Vec::new(),
        names: Vec::new(),
        name_ids: SortedMap::new(),
        methods: SortedMap::new(),
        foreign: Vec::new(),
        foreign_owners: SortedMap::new(),
        foreign_names: SortedMap::new(),
        unsupported: Vec::new(),
        uses: SortedMap::new(),
        globs: Vec::new(),
        mods: Vec::new(),
        fns: SortedMap::new(),
        inherent: SortedMap::new(),
        types: SortedMap::new(),
        self_def: None,
        const_items: SortedMap::new(),
        const_self: SortedMap::new(),
        statics: SortedMap::new(),
        static_inits: Vec::new(),
        user_methods: SortedMap::new(),
        traits: SortedMap::new(),
        provided: SortedMap::new(),
        assoc_const_fns: Vec::new(),
        static_wrappers: Vec::new(),
        provided_static: Vec::new(),
        generic_vals: Vec::new(),
        cur_fn: None,
        anon_traits: Vec::new(),
        in_provided: false,
        cur_trait: None,
        user_fmt: Vec::new(),
        user_futures: Vec::new(),
        user_streams: Vec::new(),
        user_iters: Vec::new(),
        user_derefs: Vec::new(),
        user_eqs: Vec::new(),
        user_clones: Vec::new(),
        user_ords: Vec::new(),
        arc_wakes: Vec::new(),
        user_drop: Vec::new(),
        lenses: Vec::new(),
        from_fns: SortedMap::new(),
        fcx: Vec::new(),
        depth: 0,
        const_depth: 0,
    };
    let mut main = None;
    let mut items = Vec::new();
    c.flatten(&file.items, "", &mut items);
    c.collect(&items, &mut main);
    let mut bodies: Vec<(FuncId, &FnDecl, Option<DefId>)> = Vec::new();
    c.collect_bodies(&items, &mut bodies, None);
    for &(id, decl, self_def) in &bodies {
        if let Some(rp) = crate::check::returned_place(decl, src) {
            c.ret_places.insert(id, rp);
        }
        if self_def.is_none() {
            let w = witness_generics(decl);
            if !w.is_empty() {
                c.witness_fns.insert(id, w);
            }
        }
        if let Some(re) = ret_elem_shape(decl, src) {
            c.ret_elems.insert(id, re);
        }
    }
    c.witness_callers(&bodies);
    for (id, decl, self_def) in bodies {
        c.compile_fn(id, decl, self_def);
    }
    for (id, f, def) in std::mem::take(&mut c.provided_static) {
        c.compile_fn(id, f, Some(def));
    }
    // Associated constants of user traits, as hidden methods.
    for (id, def, value, span) in std::mem::take(&mut c.assoc_const_fns) {
        c.compile_assoc_const(id, def, value, span);
    }
    for (id, target, argc, span) in std::mem::take(&mut c.static_wrappers) {
        c.compile_static_wrapper(id, target, argc, span);
    }
    // Provided trait methods: once each, for every implementing type.
    let provided: Vec<((String, String), FuncId)> = c.provided.iter().map(|(k, v)| (k.clone(), *v)).collect();
    for ((tn, name), id) in provided {
        let decl = c.traits.get(&tn).and_then(|items| {
            items.iter().find_map(|i| match &i.kind {
                ItemKind::Fn(f) if f.name.name == name => Some(f),
                _ => None,
            })
        });
        if let Some(f) = decl {
            c.in_provided = true;
            c.cur_trait = Some(tn.clone());
            c.compile_fn(id, f, None);
            c.in_provided = false;
            c.cur_trait = None;
        }
    }
    let main = match main {
        Some(m) => m,
        None => {
            c.diags.push(Diagnostic::error(Span::new(0, 0), "`main` function not found").with_note("help: write `#[tokio::main] async fn main() { .. }`"));
            0
        }
    };
    if !c.diags.is_empty() {
        return Err(c.diags);
    }
    let mut funcs: Vec<Function> = c.funcs.into_iter().map(|f| f.unwrap_or_else(empty_fn)).collect();
    for id in c.track_caller {
        if let Some(f) = funcs.get_mut(id as usize) {
            f.track_caller = true;
        }
    }
    let root = funcs.len() as FuncId;
    funcs.push(Function {
        name: "task".into(),
        code: vec![Op::Move(0), Op::Await, Op::Return],
        spans: vec![Span::DUMMY; 3],
        nslots: 1,
        param_slots: vec![0],
        borrowed_slots: vec![],
        borrow_temps: vec![],
        is_async: true,
        writes_captures: false,
        track_caller: false,
        span: Span::DUMMY,
    });
    let runtime = funcs.get(main as usize).is_none_or(|f| f.is_async);
    Ok(Program {
        statics: c.static_inits.len() as u32,
        funcs,
        consts: c.consts,
        defs: c.defs,
        fmts: c.fmts,
        pats: c.pats,
        selects: c.selects,
        main_err_fmt: c.main_err_fmt,
        main_rt: c.main_rt,
        places: c.places,
        method_names: c.names.iter().map(|n| MethodName::of(n)).collect(),
        names: c.names,
        methods: c.methods,
        foreign: c.foreign,
        user_fmt: c.user_fmt,
        user_futures: c.user_futures,
        user_streams: c.user_streams,
        user_iters: c.user_iters,
        user_derefs: c.user_derefs,
        user_eqs: c.user_eqs,
        user_clones: c.user_clones,
        user_ords: c.user_ords,
        arc_wakes: c.arc_wakes,
        user_drop: c.user_drop,
        unsupported: c.unsupported,
        lenses: c.lenses,
        runtime,
        main,
        root,
        source: src.to_string(),
    })
}

/// What a closure of one parameter picks of it, when its body is a place
/// of the parameter (`|v| &mut v.a[0]`, `|t| &t.1`), or `Some` of one or
/// `None` (`try_map`'s closures): the path a mapped guard keeps.
fn closure_lens(params: &[crate::ast::Param], body: &Expr) -> Option<crate::value::Lens> {
    use crate::value::{Lens, LensStep};
    let [param] = params else { return None };
    let name = match &param.pat.kind {
        crate::ast::PatKind::Ident { name, by_ref: false, sub: None, .. } => name.name.as_str(),
        // `|_| None`
        crate::ast::PatKind::Wild => "_",
        _ => return None,
    };
    let mut e = body;
    // `{ &mut v.a }`, `(&mut v.a)`
    loop {
        match &e.kind {
            ExprKind::Paren(x) => e = x,
            ExprKind::Block { block, label: None } => match block.stmts.as_slice() {
                [crate::ast::Stmt { kind: crate::ast::StmtKind::Expr { expr, semi: false }, .. }] => e = expr,
                _ => return None,
            },
            _ => break,
        }
    }
    let lit = |e: &Expr| match &e.kind {
        ExprKind::Lit(crate::ast::Lit::Int { value, .. }) => i64::try_from(*value).ok(),
        _ => None,
    };
    // A place of the parameter: `v.a.0[2]`, `*v`.
    let place = |e: &Expr| -> Option<Vec<LensStep>> {
        let mut steps = Vec::new();
        let mut cur: &Expr = e;
        for _ in 0..64 {
            match &cur.kind {
                ExprKind::Paren(x) | ExprKind::Unary(crate::ast::UnOp::Deref, x) => cur = x,
                ExprKind::Field(x, f) => {
                    steps.push(LensStep::Field(f.name.clone()));
                    cur = x;
                }
                ExprKind::TupleField(x, k, _) => {
                    steps.push(LensStep::Tuple(*k));
                    cur = x;
                }
                ExprKind::Index(x, i) => {
                    // Rust reports an out-of-bounds index at the `[`.
                    steps.push(LensStep::Index(lit(i)?, Span::new(x.span.end as usize, cur.span.end as usize)));
                    cur = x;
                }
                ExprKind::Path(p) if p.is_single(name) => {
                    steps.reverse();
                    return Some(steps);
                }
                _ => return None,
            }
        }
        None
    };
    let borrow = |e: &Expr| match &e.kind {
        ExprKind::Ref { expr, .. } => place(expr),
        _ => None,
    };
    let whole = |e: &Expr| matches!(&e.kind, ExprKind::Path(p) if p.is_single(name));
    match &e.kind {
        ExprKind::Ref { .. } => borrow(e).map(Lens::Place),
        // `|x| x`: the whole value
        _ if whole(e) => Some(Lens::Place(Vec::new())),
        ExprKind::Call { func, args } if args.len() == 1 && matches!(&func.kind, ExprKind::Path(p) if p.is_single("Some")) => {
            if whole(&args[0]) {
                Some(Lens::Opt(Vec::new()))
            } else {
                borrow(&args[0]).map(Lens::Opt)
            }
        }
        ExprKind::Path(p) if p.is_single("None") => Some(Lens::None),
        // `v.items.get_mut(0)`, `v.backup.as_ref()`
        ExprKind::MethodCall { receiver, method, args, .. } => {
            let step = match (method.name.as_str(), args.as_slice()) {
                ("get" | "get_mut", [i]) => LensStep::Get(lit(i)?),
                ("as_ref" | "as_mut", []) => LensStep::SomeOf,
                _ => return None,
            };
            let mut steps = place(receiver)?;
            steps.push(step);
            Some(Lens::Opt(steps))
        }
        _ => None,
    }
}

fn empty_fn() -> Function {
    Function {
        name: String::new(),
        code: vec![Op::Unit, Op::Return],
        spans: vec![Span::DUMMY; 2],
        nslots: 0,
        param_slots: vec![],
        borrowed_slots: vec![],
        borrow_temps: vec![],
        is_async: false,
        writes_captures: false,
        track_caller: false,
        span: Span::DUMMY,
    }
}

fn is_mut_ref(ty: &Type) -> bool {
    matches!(ty.kind, TypeKind::Ref { is_mut: true, .. })
}

fn has_derive(attrs: &[Attr], what: &str) -> bool {
    attrs.iter().any(|a| a.path.last() == "derive" && a.args.iter().any(|x| x.trim() == what || x.trim().ends_with(&format!("::{what}"))))
}

impl<'a> Compiler<'a> {
    fn err(&mut self, span: Span, msg: impl Into<String>) {
        if self.diags.len() < 100 {
            self.diags.push(Diagnostic::error(span, msg));
        }
    }

    fn name_id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.name_ids.get(s) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(s.to_string());
        self.name_ids.insert(s.to_string(), id);
        id
    }

    // ---------------------------------------------------------------
    // Items
    // ---------------------------------------------------------------

    /// The file's items with those of its `mod` blocks, each with the
    /// module it is in (`""` at the root).
    fn flatten(&mut self, items: &'a [Item], module: &str, out: &mut Vec<(&'a Item, String)>) {
        for item in items {
            if let ItemKind::Mod { name, items } = &item.kind {
                if !self.mods.contains(&name.name) {
                    self.mods.push(name.name.clone());
                }
                let path = if module.is_empty() { name.name.clone() } else { format!("{module}::{}", name.name) };
                self.flatten(items, &path, out);
                continue;
            }
            if let Some(name) = item_name(item) {
                let clash = out.iter().any(|(i, m)| {
                    (!m.is_empty() || !module.is_empty()) && is_type_item(i) == is_type_item(item) && item_name(i).is_some_and(|n| n.name == name.name)
                });
                if clash || (!module.is_empty() && name.name == "main" && !is_type_item(item)) {
                    self.err(name.span, format!("two items named `{}` in different modules are not supported yet", name.name));
                    continue;
                }
            }
            out.push((item, module.to_string()));
            // Items declared inside a function body (a nested `fn`, a
            // `struct`, a `static`): they cannot see the function's locals,
            // so they are the module's, unless a name is taken twice.
            let mut nested = Vec::new();
            nested_items(item, &mut nested);
            for inner in nested {
                if let Some(name) = item_name(inner)
                    && out.iter().any(|(i, _)| is_type_item(i) == is_type_item(inner) && item_name(i).is_some_and(|n| n.name == name.name))
                {
                    self.err(name.span, format!("two items named `{}` (one inside a function body) are not supported yet", name.name));
                    continue;
                }
                out.push((inner, module.to_string()));
            }
        }
    }

    /// A path with its leading module segments taken off (`self::`,
    /// `super::`, `crate::` and the user's modules): what is left names an
    /// item by its own name, as the items of every module are registered.
    fn strip_mods<'p>(&self, names: Vec<&'p str>) -> Vec<&'p str> {
        let mut i = 0;
        while i + 1 < names.len() {
            let n = names[i];
            let is_mod = matches!(n, "crate" | "self" | "super") || (self.mods.iter().any(|m| m == n) && !self.uses.contains_key(n));
            if !is_mod {
                break;
            }
            i += 1;
        }
        names.get(i..).map(|s| s.to_vec()).unwrap_or_default()
    }

    fn collect(&mut self, items: &[(&'a Item, String)], main: &mut Option<FuncId>) {
        for (item, _) in items {
            if let ItemKind::Trait { name, items, .. } = &item.kind {
                self.traits.insert(name.name.clone(), items);
            }
        }
        // Types first so that methods can find them.
        for (item, _) in items {
            match &item.kind {
                ItemKind::Struct(s) => {
                    let shape = match &s.fields {
                        Fields::Unit => Shape::Unit,
                        Fields::Tuple(t) => Shape::Tuple(t.len()),
                        Fields::Named(f) => Shape::Named(f.iter().map(|(n, _)| n.name.clone()).collect()),
                    };
                    let id = self.defs.defs.len() as DefId;
                    self.defs.defs.push(TypeDef {
                        name: s.name.name.clone(),
                        variants: None,
                        shape,
                        derives_copy: has_derive(&item.attrs, "Copy"),
                        derives_debug: has_derive(&item.attrs, "Debug"),
                        debug_override: None,
                    });
                    self.types.insert(s.name.name.clone(), id);
                }
                ItemKind::Enum(e) => {
                    // Discriminants: a written integer (`Low = 1`, `-2`), else
                    // the previous one plus one.
                    let mut next = 0i64;
                    let variants = e
                        .variants
                        .iter()
                        .map(|v| {
                            let written = match v.discriminant.as_ref().map(|d| &d.kind) {
                                Some(ExprKind::Lit(Lit::Int { value, .. })) => i64::try_from(*value).ok(),
                                Some(ExprKind::Unary(UnOp::Neg, inner)) => match &inner.kind {
                                    ExprKind::Lit(Lit::Int { value, .. }) => i64::try_from(*value).ok().map(|x| -x),
                                    _ => None,
                                },
                                _ => None,
                            };
                            let discriminant = written.unwrap_or(next);
                            next = discriminant.wrapping_add(1);
                            VariantDef {
                                name: v.name.name.clone(),
                                shape: match &v.fields {
                                    Fields::Unit => Shape::Unit,
                                    Fields::Tuple(t) => Shape::Tuple(t.len()),
                                    Fields::Named(f) => Shape::Named(f.iter().map(|(n, _)| n.name.clone()).collect()),
                                },
                                discriminant,
                            }
                        })
                        .collect();
                    let id = self.defs.defs.len() as DefId;
                    self.defs.defs.push(TypeDef {
                        name: e.name.name.clone(),
                        variants: Some(variants),
                        shape: Shape::Unit,
                        derives_copy: has_derive(&item.attrs, "Copy"),
                        derives_debug: has_derive(&item.attrs, "Debug"),
                        debug_override: None,
                    });
                    self.types.insert(e.name.name.clone(), id);
                }
                _ => {}
            }
        }
        for (item, module) in items {
            match &item.kind {
                ItemKind::Use(tree) => {
                    let before = self.uses.clone();
                    self.collect_use(tree, &[]);
                    // A module's `use`s are the file's here: two that give
                    // one name different meanings are not supported.
                    if !module.is_empty() && before.iter().any(|(k, v)| self.uses.get(k).is_some_and(|now| now != v)) {
                        self.err(item.span, "`use` of one name for two different items in different modules is not supported yet");
                    }
                }
                ItemKind::Fn(f) => {
                    let id = self.funcs.len() as FuncId;
                    self.funcs.push(None);
                    if f.name.name == "main" {
                        let tokio_main = item.attrs.iter().any(|a| a.path.last() == "main");
                        if !f.is_async && tokio_main {
                            self.err(f.sig_span, "the `async` keyword is missing from the function declaration");
                        } else if f.is_async && !tokio_main {
                            self.err(f.sig_span, "`async fn main` needs the `#[tokio::main]` attribute");
                        }
                        *main = Some(id);
                        // `main` returning `Err(e)`: the process prints
                        // `Error: {e:?}` to stderr.
                        if matches!(&f.ret.as_ref().map(|t| &t.kind), Some(TypeKind::Path(p)) if p.last() == "Result")
                            && let Ok(pieces) = vfmt::parse_format_string("Error: {:?}")
                        {
                            self.main_err_fmt = Some(self.add_fmt(pieces, f.sig_span));
                        }
                        // `#[tokio::main(start_paused = true)]`, and a flavor
                        // other than current_thread (`time::pause` needs it).
                        if let Some(a) = item.attrs.iter().find(|a| a.path.last() == "main") {
                            let flat: Vec<String> = a.args.iter().map(|x| x.split_whitespace().collect()).collect();
                            let flavor = |f: &str| flat.iter().any(|x| *x == format!("flavor=\"{f}\""));
                            self.main_rt = crate::vm::MainRuntime {
                                paused: flat.iter().any(|x| x == "start_paused=true"),
                                multi: !flavor("current_thread") && !flavor("local"),
                                local: flavor("local"),
                            };
                        }
                    }
                    let info = FnInfo { id, is_async: f.is_async, mut_params: f.params.iter().map(|p| is_mut_ref(&p.ty)).collect(), self_mode: None };
                    self.fns.insert(f.name.name.clone(), info);
                }
                ItemKind::Const { name, value: Some(value), is_static: true, .. } => {
                    self.statics.insert(name.name.clone(), self.static_inits.len() as u32);
                    self.static_inits.push(value);
                }
                ItemKind::Const { name, value: Some(value), .. } => {
                    self.const_items.insert(name.name.clone(), value);
                }
                ItemKind::Const { value: None, .. } => {}
                ItemKind::Impl(imp) => {
                    let Some((tname, def)) = self.impl_target(&imp.self_ty, true) else {
                        let shown = self.src.get(imp.self_ty.span.start as usize..imp.self_ty.span.end as usize).unwrap_or("");
                        self.err(imp.self_ty.span, format!("an `impl` for `{shown}` is not supported yet"));
                        continue;
                    };
                    if self.foreign.iter().any(|(_, d)| *d == def) && imp.trait_.is_none() {
                        // rustc's E0390/E0116; the checker reports it.
                        continue;
                    }
                    if let Some(tr) = &imp.trait_ {
                        let tn = tr.last().to_string();
                        let user = self.traits.contains_key(&tn);
                        if !user
                            && !matches!(
                                tn.as_str(),
                                "Clone"
                                    | "Debug"
                                    | "Display"
                                    | "Copy"
                                    | "PartialEq"
                                    | "Eq"
                                    | "Ord"
                                    | "PartialOrd"
                                    | "Default"
                                    | "From"
                                    | "TryFrom"
                                    | "FromStr"
                                    | "Deref"
                                    | "DerefMut"
                                    | "Future"
                                    | "Stream"
                                    | "Drop"
                                    | "Iterator"
                                    | "Error"
                                    | "ArcWake"
                                    | "Sum"
                                    | "Product"
                            )
                            && !crate::check::OPERATOR_TRAITS.contains(&tn.as_str())
                        {
                            self.err(tr.span, format!("implementing the trait `{tn}` is not supported yet"));
                            continue;
                        }
                        // The provided methods this impl leaves out.
                        let own: Vec<&str> =
                            imp.items.iter().filter_map(|i| if let ItemKind::Fn(f) = &i.kind { Some(f.name.name.as_str()) } else { None }).collect();
                        let provided: Vec<&'a FnDecl> = self
                            .traits
                            .get(&tn)
                            .map(|items| items.iter().filter_map(|i| if let ItemKind::Fn(f) = &i.kind { Some(f) } else { None }).collect())
                            .unwrap_or_default();
                        // The trait's associated constants: `Type::NAME` is the
                        // impl's value or the trait's default, and each is a
                        // hidden method, so that `Self::NAME` in a provided
                        // method and `T::NAME` in a generic function find
                        // the implementing type's at run time.
                        let trait_consts: Vec<(&'a Ident, Option<&'a Expr>)> = self
                            .traits
                            .get(&tn)
                            .map(|items| {
                                items
                                    .iter()
                                    .filter_map(|i| if let ItemKind::Const { name, value, .. } = &i.kind { Some((name, value.as_ref())) } else { None })
                                    .collect()
                            })
                            .unwrap_or_default();
                        for (cname, default) in trait_consts {
                            let given = imp.items.iter().find_map(|i| match &i.kind {
                                ItemKind::Const { name, value, .. } if name.name == cname.name => value.as_ref(),
                                _ => None,
                            });
                            let Some(value) = given.or(default) else { continue };
                            self.const_items.insert(format!("{tname}::{}", cname.name), value);
                            self.const_self.insert(format!("{tname}::{}", cname.name), def);
                            let id = self.funcs.len() as FuncId;
                            self.funcs.push(None);
                            let hidden = assoc_const_method(&cname.name);
                            let nid = self.name_id(&hidden);
                            self.methods.insert((def, nid), id);
                            self.user_methods.get_or_default(hidden).push((def, id, SelfMode::Ref, Vec::new(), false));
                            self.assoc_const_fns.push((id, def, value, cname.span));
                        }
                        for f in provided.into_iter().filter(|f| f.has_body && !own.contains(&f.name.name.as_str())) {
                            // Without `self`, nothing at run time says which
                            // type it is for: compiled for each impl, with
                            // its `Self` (`Self::SIDES`, `Self::new()`).
                            if f.self_param.is_none() {
                                let id = self.funcs.len() as FuncId;
                                self.funcs.push(None);
                                self.provided_static.push((id, f, def));
                                self.add_method(&tname, def, f, id, Some(&tn));
                                continue;
                            }
                            let key = (tn.clone(), f.name.name.clone());
                            let id = match self.provided.get(&key) {
                                Some(&id) => id,
                                None => {
                                    let id = self.funcs.len() as FuncId;
                                    self.funcs.push(None);
                                    self.provided.insert(key, id);
                                    id
                                }
                            };
                            self.add_method(&tname, def, f, id, Some(&tn));
                        }
                    }
                    let fmt_trait = imp.trait_.as_ref().map(|t| t.last()).filter(|t| matches!(*t, "Display" | "Debug" | "Drop"));
                    for it in &imp.items {
                        // An associated constant: `Type::NAME` (or `Self::NAME`
                        // inside the impl) is its value, as a `const` item's is.
                        if let ItemKind::Const { name, value: Some(value), .. } = &it.kind {
                            self.const_items.insert(format!("{tname}::{}", name.name), value);
                            self.const_self.insert(format!("{tname}::{}", name.name), def);
                        }
                        if let ItemKind::Fn(f) = &it.kind {
                            let id = self.funcs.len() as FuncId;
                            self.funcs.push(None);
                            match fmt_trait {
                                // Run by the VM when a value dies, never by name.
                                Some("Drop") if f.name.name == "drop" => {
                                    let info = FnInfo { id, is_async: false, mut_params: Vec::new(), self_mode: Some(SelfMode::RefMut) };
                                    self.fns.insert(format!("{tname}::<Drop>::drop"), info);
                                    self.user_drop.push((def, id));
                                }
                                // Called by the formatting machinery, not by name.
                                Some(tr) if f.name.name == "fmt" => {
                                    let info = FnInfo {
                                        id,
                                        is_async: false,
                                        mut_params: f.params.iter().map(|p| is_mut_ref(&p.ty)).collect(),
                                        self_mode: Some(SelfMode::Ref),
                                    };
                                    self.fns.insert(format!("{tname}::<{tr}>::fmt"), info);
                                    self.user_fmt.push((def, tr == "Debug", id));
                                }
                                _ => {
                                    if f.name.name == "poll" && imp.trait_.as_ref().is_some_and(|t| t.last() == "Future") {
                                        self.user_futures.push((def, id));
                                    }
                                    if f.name.name == "poll_next" && imp.trait_.as_ref().is_some_and(|t| t.last() == "Stream") {
                                        self.user_streams.push((def, id));
                                    }
                                    if f.name.name == "next" && imp.trait_.as_ref().is_some_and(|t| t.last() == "Iterator") {
                                        self.user_iters.push((def, id));
                                    }
                                    if f.name.name == "deref" && imp.trait_.as_ref().is_some_and(|t| t.last() == "Deref") {
                                        self.user_derefs.push((def, id));
                                    }
                                    if let Some(t) = imp.trait_.as_ref().filter(|t| matches!(t.last(), "Ord" | "PartialOrd")) {
                                        let partial = t.last() == "PartialOrd";
                                        let other_self = self.trait_rhs_is_self(t, def);
                                        match f.name.name.as_str() {
                                            "cmp" | "partial_cmp" if other_self => self.user_ords.push((def, id, partial)),
                                            "cmp" | "partial_cmp" => {
                                                self.err(t.span, format!("`{}` between `{tname}` and another type is not supported yet", t.last()))
                                            }
                                            other => self.err(f.name.span, format!("a hand-written `{other}` in `{}` is not supported yet", t.last())),
                                        }
                                    }
                                    if f.name.name == "clone" && imp.trait_.as_ref().is_some_and(|t| t.last() == "Clone") {
                                        self.user_clones.push((def, id));
                                    }
                                    if let Some(t) = imp.trait_.as_ref().filter(|t| t.last() == "PartialEq") {
                                        let other_self = self.trait_rhs_is_self(t, def);
                                        match f.name.name.as_str() {
                                            "eq" if other_self => self.user_eqs.push((def, id)),
                                            "eq" => self.err(t.span, format!("`PartialEq` between `{tname}` and another type is not supported yet")),
                                            _ => self.err(f.name.span, "a hand-written `ne` is not supported yet"),
                                        }
                                    }
                                    if matches!(f.name.name.as_str(), "wake" | "wake_by_ref") && imp.trait_.as_ref().is_some_and(|t| t.last() == "ArcWake") {
                                        self.arc_wakes.push((def, f.name.name == "wake", id));
                                    }
                                    if f.name.name == "from" && imp.trait_.as_ref().is_some_and(|t| t.last() == "From") {
                                        self.from_fns.insert(item.span.start, id);
                                        // `Type::from` is the first impl's.
                                        if self.fns.contains_key(&format!("{tname}::from")) {
                                            continue;
                                        }
                                    }
                                    let tr = imp.trait_.as_ref().map(|t| t.last().to_string());
                                    self.add_method(&tname, def, f, id, tr.as_deref())
                                }
                            }
                        }
                    }
                }
                ItemKind::Mod { .. } => {}
                ItemKind::Trait { .. } => {}
                ItemKind::Struct(_) | ItemKind::Enum(_) | ItemKind::TypeAlias { .. } => {}
            }
        }
    }

    /// Registers `f` (function `id`) as a method of type `tname` (`def`).
    /// The type an `impl` is for: its name for paths (`Point`, `i32`) and
    /// its definition. A std type a user trait is implemented for gets a
    /// definition of its own (`create`), one per kind of value the VM
    /// tells apart ([`Foreign`]).
    /// Whether `impl PartialEq<Rhs>` (or `PartialOrd<Rhs>`, ...) for the
    /// type `def` compares it with itself: no `Rhs`, `Self`, or the type.
    fn trait_rhs_is_self(&mut self, tr: &Path, def: DefId) -> bool {
        let rhs = tr.segments.last().and_then(|s| s.generics.first());
        rhs.is_none_or(|o| matches!(&o.kind, TypeKind::Path(p) if p.last() == "Self") || self.impl_target(o, false).is_some_and(|(_, d)| d == def))
    }

    fn impl_target(&mut self, ty: &Type, create: bool) -> Option<(String, DefId)> {
        if let TypeKind::Path(p) = &ty.kind
            && let Some(&def) = self.types.get(p.last())
        {
            return Some((p.last().to_string(), def));
        }
        let (kind, owner, tname) = foreign_of(ty)?;
        if let Some(&(_, def)) = self.foreign.iter().find(|(k, _)| *k == kind) {
            self.foreign_names.insert(tname.clone(), def);
            return Some((tname, def));
        }
        if !create {
            return None;
        }
        let def = self.defs.defs.len() as DefId;
        self.defs.defs.push(TypeDef {
            name: owner.to_string(),
            variants: None,
            shape: Shape::Unit,
            derives_copy: false,
            derives_debug: false,
            debug_override: None,
        });
        self.foreign.push((kind, def));
        self.foreign_owners.insert(owner.to_string(), def);
        self.foreign_names.insert(tname.clone(), def);
        Some((tname, def))
    }

    /// A trait's method is also `Type::<Trait>::name`, which
    /// `<Type as Trait>::name` calls; `Type::name` and `.name()` stay an
    /// inherent method's when the type has one of that name.
    fn add_method(&mut self, tname: &str, def: DefId, f: &FnDecl, id: FuncId, trait_: Option<&str>) {
        let mode = f.self_param.as_ref().map(|s| {
            if s.ty.as_ref().is_some_and(crate::check::is_pin_mut_self) {
                // `self: Pin<&mut Self>`: handed back as `&mut self` is.
                SelfMode::RefMut
            } else if s.ty.as_ref().is_some_and(|t| matches!(t.kind, TypeKind::Ref { .. })) {
                // `self: &Arc<Self>`: borrowed.
                SelfMode::Ref
            } else if !s.is_ref {
                SelfMode::Value
            } else if s.is_mut {
                SelfMode::RefMut
            } else {
                SelfMode::Ref
            }
        });
        let mut_params: Vec<bool> = f.params.iter().map(|p| is_mut_ref(&p.ty)).collect();
        let key = format!("{tname}::{}", f.name.name);
        let info = FnInfo { id, is_async: f.is_async, mut_params: mut_params.clone(), self_mode: mode };
        if let Some(tr) = trait_ {
            self.fns.insert(format!("{tname}::<{tr}>::{}", f.name.name), info.clone());
            if mode.is_none() && !f.is_async && !mut_params.iter().any(|&m| m) {
                let w = self.funcs.len() as FuncId;
                self.funcs.push(None);
                self.static_wrappers.push((w, id, f.params.len(), f.name.span));
                let hidden = trait_method(tr, &f.name.name);
                let nid = self.name_id(&hidden);
                self.methods.insert((def, nid), w);
                self.user_methods.get_or_default(hidden).push((def, w, SelfMode::Ref, vec![false; f.params.len()], false));
            }
            if let Some(m) = mode {
                // `Trait::name(x)` calls it by this name, whatever `x`'s type.
                let hidden = trait_method(tr, &f.name.name);
                let nid = self.name_id(&hidden);
                self.methods.insert((def, nid), id);
                self.user_methods.get_or_default(hidden).push((def, id, m, mut_params.clone(), f.is_async));
            }
            if self.inherent.contains_key(&key) {
                return;
            }
        } else {
            self.inherent.insert(key.clone(), ());
        }
        self.fns.insert(key, info);
        if let Some(m) = mode {
            let nid = self.name_id(&f.name.name);
            // `i32` and `u64` are one kind of value here: one method each.
            if self.methods.get(&(def, nid)).is_some_and(|&other| other != id) && self.foreign.iter().any(|(_, d)| *d == def) {
                self.err(
                    f.name.span,
                    format!(
                        "a method `{}` for two std types the run does not tell apart (two integer types, `f32` and `f64`, `str` and `&str`) is not supported yet",
                        f.name.name
                    ),
                );
                return;
            }
            // `impl Mul<f64> for V` and `impl Mul<V> for V`: one `mul`
            // per type here.
            if trait_.is_some_and(|t| crate::check::OPERATOR_TRAITS.contains(&t)) && self.methods.get(&(def, nid)).is_some_and(|&other| other != id) {
                self.err(f.name.span, format!("two impls of `{}` for one type (for different right-hand sides) are not supported yet", trait_.unwrap_or("")));
                return;
            }
            self.methods.insert((def, nid), id);
            let list = self.user_methods.get_or_default(f.name.name.clone());
            // An inherent method before the type's trait methods of its name.
            let at = if trait_.is_none() { list.iter().position(|c| c.0 == def).unwrap_or(list.len()) } else { list.len() };
            list.insert(at, (def, id, m, mut_params, f.is_async));
        }
    }

    fn collect_bodies<'f>(&mut self, items: &[(&'f Item, String)], out: &mut Vec<(FuncId, &'f FnDecl, Option<DefId>)>, _self_def: Option<DefId>) {
        for (item, _) in items {
            match &item.kind {
                ItemKind::Fn(f) => {
                    if let Some(info) = self.fns.get(&f.name.name) {
                        out.push((info.id, f, None));
                    }
                }
                ItemKind::Impl(imp) => {
                    let Some((tname, def)) = self.impl_target(&imp.self_ty, false) else { continue };
                    let fmt_trait = imp.trait_.as_ref().map(|t| t.last()).filter(|t| matches!(*t, "Display" | "Debug" | "Drop"));
                    let from_impl = imp.trait_.as_ref().is_some_and(|t| t.last() == "From");
                    for it in &imp.items {
                        let ItemKind::Fn(f) = &it.kind else { continue };
                        if from_impl
                            && f.name.name == "from"
                            && let Some(&id) = self.from_fns.get(&item.span.start)
                        {
                            out.push((id, f, Some(def)));
                            continue;
                        }
                        let key = match (fmt_trait, &imp.trait_) {
                            (Some(tr), _) if f.name.name == "fmt" => format!("{tname}::<{tr}>::fmt"),
                            (Some("Drop"), _) if f.name.name == "drop" => format!("{tname}::<Drop>::drop"),
                            // A trait's method by its trait: two traits may
                            // both have one of this name.
                            (_, Some(tr)) if self.fns.contains_key(&format!("{tname}::<{}>::{}", tr.last(), f.name.name)) => {
                                format!("{tname}::<{}>::{}", tr.last(), f.name.name)
                            }
                            _ => format!("{tname}::{}", f.name.name),
                        };
                        if let Some(info) = self.fns.get(&key) {
                            if matches!(
                                (imp.trait_.as_ref().map(|t| t.last()), f.name.name.as_str()),
                                (Some("Index"), "index") | (Some("IndexMut"), "index_mut")
                            ) {
                                self.track_caller.push(info.id);
                            }
                            out.push((info.id, f, Some(def)));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn collect_use(&mut self, tree: &UseTree, prefix: &[String]) {
        let mut full: Vec<String> = prefix.to_vec();
        for seg in &tree.prefix {
            if seg.name == "self" && !full.is_empty() {
                continue;
            }
            full.push(seg.name.clone());
        }
        match &tree.kind {
            UseTreeKind::Simple { rename } => {
                let mut path = full.clone();
                if tree.prefix.last().map(|s| s.name == "self").unwrap_or(false) {
                    // `use a::b::{self}` imports `b`.
                } else if path.is_empty() {
                    return;
                }
                let name = match rename {
                    Some(r) => r.name.clone(),
                    None => path.last().cloned().unwrap_or_default(),
                };
                if name == "_" {
                    self.anon_traits.push(path.join("::"));
                    return;
                }
                if path.first().map(|s| s == "crate" || s == "self" || s == "super").unwrap_or(false) {
                    path.remove(0);
                }
                // An item (or a module) of the user's modules is known by
                // its own name.
                if path.first().is_some_and(|f| self.mods.contains(f) && !self.uses.contains_key(f)) {
                    if path.last().is_some_and(|l| *l != name) {
                        self.err(tree.span, "renaming an item of a module with `use .. as` is not supported yet");
                    }
                    return;
                }
                self.uses.insert(name, path.join("::"));
            }
            UseTreeKind::Glob => self.globs.push(full.join("::")),
            UseTreeKind::Nested(trees) => {
                for t in trees {
                    self.collect_use(t, &full);
                }
            }
        }
    }

    /// The hidden `&self` method that gives an associated constant's value
    /// for type `def`.
    fn compile_assoc_const(&mut self, id: FuncId, def: DefId, value: &'a Expr, span: Span) {
        self.self_def = Some(def);
        self.generic_vals.clear();
        self.fcx.push(FnCx::new("const".into(), false, span, false));
        self.push_scope();
        let slot = self.declare("self");
        self.cur().param_slots.push(slot);
        self.const_value(value, Some(def), span);
        self.emit_return(span);
        self.pop_scope_no_drop();
        let cx = self.fcx.pop().expect("const context");
        self.funcs[id as usize] = Some(cx.finish());
    }

    /// The hidden method of a trait's function without `self`: drops
    /// nothing, calls it with the arguments after the receiver.
    fn compile_static_wrapper(&mut self, id: FuncId, target: FuncId, argc: usize, span: Span) {
        self.generic_vals.clear();
        self.fcx.push(FnCx::new("static".into(), false, span, false));
        self.push_scope();
        let slot = self.declare("self");
        self.cur().param_slots.push(slot);
        let mut slots = Vec::new();
        for i in 0..argc {
            let s = self.declare(&format!("<arg{i}>"));
            self.cur().param_slots.push(s);
            slots.push(s);
        }
        for s in slots {
            self.emit(Op::Move(s), span);
        }
        self.emit(Op::Call { func: target, argc: argc as u32 }, span);
        self.emit_return(span);
        self.pop_scope_no_drop();
        if let Some(cx) = self.fcx.pop() {
            self.funcs[id as usize] = Some(cx.finish());
        }
    }

    fn compile_fn(&mut self, id: FuncId, f: &'a FnDecl, self_def: Option<DefId>) {
        self.self_def = self_def;
        self.cur_fn = Some(id);
        // `T::NAME` finds `T` through a parameter of type `T`, `&T` or `&mut T`.
        self.generic_vals = f.generics.iter().filter_map(|g| value_param(f, &g.name).map(|name| (g.name.clone(), name.to_string()))).collect();
        self.fcx.push(FnCx::new(f.name.name.clone(), f.is_async, f.sig_span, false));
        self.push_scope();
        if let Some(sp) = &f.self_param {
            let slot = self.declare("self");
            self.cur().param_slots.push(slot);
            if (sp.is_ref && sp.is_mut) || sp.ty.as_ref().is_some_and(crate::check::is_pin_mut_self) {
                self.cur().mut_params.push(slot);
            }
            if sp.is_ref && !sp.is_mut {
                self.cur().borrowed_slots.push(slot);
            }
        }
        let mut_flags: Vec<bool> = f.params.iter().map(|p| is_mut_ref(&p.ty)).collect();
        self.bind_params(&f.params, &mut_flags);
        for (_, name) in self.witness_fns.get(&id).cloned().unwrap_or_default() {
            let local = format!("<witness {name}>");
            let slot = self.declare(&local);
            self.cur().param_slots.push(slot);
            self.generic_vals.push((name, local));
        }
        if self.ret_places.contains_key(&id) {
            // The `&mut` it returns is named by the caller as a place of
            // its argument (handed back with the others): the tail is only
            // checked (an index out of bounds panics here), and the call's
            // value is `()`.
            self.ret_place_body(&f.body);
        } else if self.ret_elems.contains_key(&id) {
            self.ret_elem_body(f);
        } else {
            self.block_value(&f.body);
        }
        self.emit_return(f.body.span);
        self.pop_scope_no_drop();
        let depth = self.fcx.len();
        self.aliases.retain(|(d, _, _)| *d < depth);
        self.mut_closures.retain(|(d, _, _)| *d < depth);
        self.pinned.retain(|(d, _)| *d < depth);
        let cx = self.fcx.pop().expect("fn context");
        self.funcs[id as usize] = Some(cx.finish());
    }

    /// Pushes a match guard's value; its temporaries drop before the arm.
    fn guard(&mut self, g: &'a Expr) {
        self.push_temps();
        self.expr_borrow(g);
        let t = self.alloc_hidden();
        self.emit(Op::Store(t), g.span);
        self.pop_temps(g.span);
        self.emit(Op::Move(t), g.span);
    }

    /// Binds a function's or closure's parameters to slots (a pattern
    /// parameter is matched from a hidden slot); `mut_flags` marks the
    /// `&mut` ones, handed back on return.
    fn bind_params(&mut self, params: &'a [Param], mut_flags: &[bool]) {
        let mut destructure = Vec::new();
        for (i, p) in params.iter().enumerate() {
            match &p.pat.kind {
                PatKind::Ident { name, sub: None, .. } => {
                    let slot = self.declare(&name.name);
                    self.cur().param_slots.push(slot);
                    if let Some(t) = type_int(&p.ty) {
                        self.cur().int_tys.insert(slot, t);
                    }
                    if mut_flags.get(i).copied().unwrap_or(false) {
                        self.cur().mut_params.push(slot);
                    }
                    if matches!(p.ty.kind, TypeKind::Ref { is_mut: false, .. }) {
                        self.cur().borrowed_slots.push(slot);
                    }
                }
                _ => {
                    let slot = self.alloc_hidden();
                    self.cur().param_slots.push(slot);
                    destructure.push((slot, &p.pat));
                }
            }
        }
        for (slot, pat) in destructure {
            self.emit(Op::Load(slot), pat.span);
            let cp = self.pattern(pat, true);
            let pid = self.add_pat(cp);
            let at = self.emit(Op::Match { pat: pid, fail: 0 }, pat.span);
            self.patch_to_unreachable(at, pat.span);
        }
    }

    /// Makes a `Match` op's failure path panic (for irrefutable patterns).
    fn patch_to_unreachable(&mut self, at: usize, span: Span) {
        let skip = self.emit(Op::Jump(0), span);
        let fail = self.here();
        let msg = self.add_const(Value::string("pattern did not match"));
        self.emit(Op::PanicConst(msg), span);
        let end = self.here();
        if let Op::Match { fail: f, .. } = &mut self.cur().code[at] {
            *f = fail;
        }
        self.patch(skip, end);
    }

    // ---------------------------------------------------------------
    // Emission helpers
    // ---------------------------------------------------------------

    fn cur(&mut self) -> &mut FnCx {
        self.fcx.last_mut().expect("inside a function")
    }

    fn emit(&mut self, op: Op, span: Span) -> usize {
        let cx = self.cur();
        // `Unit` then `Pop` (a unit statement's value discarded) does
        // nothing, unless a jump lands between the two.
        if matches!(op, Op::Pop) && matches!(cx.code.last(), Some(Op::Unit)) && (cx.label as usize) < cx.code.len() {
            cx.code.pop();
            cx.spans.pop();
            return cx.code.len();
        }
        cx.code.push(op);
        cx.spans.push(span);
        cx.code.len() - 1
    }

    /// The position of the next op, as a jump target.
    /// Pops a value into `place`: a plain `Store` for a local.
    fn emit_store_place(&mut self, place: PlaceExpr<'a>, span: Span) {
        if place.proj.is_empty() {
            self.emit(Op::Store(place.root), span);
        } else {
            let pid = self.add_place(place);
            self.emit(Op::StorePlace(pid), span);
        }
    }

    /// The position of the next op, as a jump target.
    fn here(&mut self) -> u32 {
        let cx = self.cur();
        cx.label = cx.code.len() as u32;
        cx.label
    }

    fn patch(&mut self, at: usize, target: u32) {
        match &mut self.cur().code[at] {
            Op::Jump(t) | Op::JumpIfFalse(t) => *t = target,
            Op::Match { fail, .. } => *fail = target,
            Op::IterNext { done, .. } => *done = target,
            Op::TryJump(t) => *t = target,
            _ => {}
        }
    }

    fn add_const(&mut self, v: Value) -> u32 {
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    fn add_pat(&mut self, p: CPat) -> u32 {
        self.pats.push(p);
        (self.pats.len() - 1) as u32
    }

    fn alloc_hidden(&mut self) -> Slot {
        let cx = self.cur();
        let s = cx.nslots;
        cx.nslots += 1;
        s
    }

    fn push_scope(&mut self) {
        self.cur().scopes.push(Scope { vars: Vec::new(), drops: Vec::new() });
    }

    fn pop_scope(&mut self, span: Span) {
        let Some(scope) = self.cur().scopes.pop() else { return };
        for &slot in scope.drops.iter().rev() {
            self.emit(Op::DropSlot(slot), span);
        }
    }

    fn pop_scope_no_drop(&mut self) {
        self.cur().scopes.pop();
    }

    /// Emits drops for scopes above `depth` without closing them (for
    /// `break`/`continue`/`return`).
    fn emit_drops_to(&mut self, depth: usize, temp_depth: usize, span: Span) {
        let cx = self.cur();
        let mut slots = Vec::new();
        for t in cx.temps[temp_depth.min(cx.temps.len())..].iter().rev() {
            slots.extend(t.iter().rev().copied());
        }
        for s in cx.scopes[depth.min(cx.scopes.len())..].iter().rev() {
            slots.extend(s.drops.iter().rev().copied());
        }
        for slot in slots {
            self.emit(Op::DropSlot(slot), span);
        }
    }

    fn declare(&mut self, name: &str) -> Slot {
        let slot = self.alloc_hidden();
        let cx = self.cur();
        if let Some(scope) = cx.scopes.last_mut() {
            scope.vars.push((name.to_string(), slot));
            scope.drops.push(slot);
        }
        slot
    }

    fn push_temps(&mut self) {
        self.cur().temps.push(Vec::new());
    }

    fn pop_temps(&mut self, span: Span) {
        let Some(t) = self.cur().temps.pop() else { return };
        for &slot in t.iter().rev() {
            self.emit(Op::DropSlot(slot), span);
        }
    }

    /// Emits the drops of the innermost temp scope without closing it.
    fn emit_temp_drops(&mut self, span: Span) {
        let t = self.cur().temps.last().cloned().unwrap_or_default();
        for &slot in t.iter().rev() {
            self.emit(Op::DropSlot(slot), span);
        }
    }

    fn temp_slot(&mut self) -> Slot {
        let slot = self.alloc_hidden();
        let cx = self.cur();
        match cx.temps.last_mut() {
            Some(t) => t.push(slot),
            None => {
                if let Some(s) = cx.scopes.last_mut() {
                    s.drops.push(slot)
                }
            }
        }
        slot
    }

    /// Looks a local variable up, capturing it from enclosing functions when
    /// compiling an async block.
    fn lookup(&mut self, name: &str) -> Option<Slot> {
        let n = self.fcx.len();
        if n == 0 {
            return None;
        }
        self.lookup_in(n - 1, name)
    }

    fn lookup_in(&mut self, i: usize, name: &str) -> Option<Slot> {
        let cx = &self.fcx[i];
        for scope in cx.scopes.iter().rev() {
            if let Some((_, slot)) = scope.vars.iter().rev().find(|(n, _)| n == name) {
                return Some(*slot);
            }
        }
        if let Some((_, _, inner)) = cx.captures.iter().find(|(n, _, _)| n == name) {
            return Some(*inner);
        }
        if !cx.is_closure || i == 0 {
            return None;
        }
        let outer = self.lookup_in(i - 1, name)?;
        // A `&mut` alias (`let r = &mut p.x;`, `let x = m.get_mut(&k).unwrap();`)
        // names a place of the outer function: a closure's copy of its slot
        // would not be that place.
        if self.aliases.iter().any(|(d, s, _)| *d == i && *s == outer) {
            let span = self.fcx[i].span;
            self.err(span, format!("using `{name}`, a `&mut` into a place of the enclosing function, inside a closure or async block is not supported yet"));
        }
        let cx = &mut self.fcx[i];
        let inner = cx.nslots;
        cx.nslots += 1;
        cx.captures.push((name.to_string(), outer, inner));
        if let Some(t) = self.fcx[i - 1].int_tys.get(&outer).copied() {
            self.fcx[i].int_tys.insert(inner, t);
        }
        if let Some(flags) = self.mut_closures.iter().rev().find(|(d, s, _)| *d == i && *s == outer).map(|(_, _, f)| f.clone()) {
            self.mut_closures.push((i + 1, inner, flags));
        }
        let cx = &mut self.fcx[i];
        cx.param_slots.push(inner);
        if !cx.lent.iter().any(|n| n == name)
            && let Some(s) = cx.scopes.first_mut()
        {
            s.drops.insert(0, inner);
        }
        Some(inner)
    }

    fn emit_return(&mut self, span: Span) {
        // The value to return is on the stack.
        let mut_params = self.cur().mut_params.clone();
        if !mut_params.is_empty() {
            self.emit(Op::KeptParams { slots: mut_params.clone() }, span);
            for &s in &mut_params {
                self.emit(Op::Move(s), span);
            }
            self.emit(Op::Tuple(1 + mut_params.len() as u32), span);
        }
        self.emit(Op::Return, span);
    }

    // ---------------------------------------------------------------
    // Blocks and statements
    // ---------------------------------------------------------------

    /// Compiles a block in a new scope, leaving its value on the stack.
    fn block_value(&mut self, b: &'a Block) {
        self.push_scope();
        self.block_inner(b);
        self.pop_scope(Span::new(b.span.end as usize, b.span.end as usize));
    }

    fn block_inner(&mut self, b: &'a Block) {
        // Items nested in the block are not supported (except uses).
        let n = b.stmts.len();
        let mut has_value = false;
        for (i, st) in b.stmts.iter().enumerate() {
            let last = i + 1 == n;
            match &st.kind {
                StmtKind::Expr { expr, semi: false } if last => {
                    self.push_temps();
                    self.expr(expr);
                    self.pop_temps(expr.span);
                    has_value = true;
                }
                _ => self.stmt(st),
            }
        }
        if !has_value {
            // A block ending in a diverging statement still needs a value
            // for the stack discipline.
            self.emit(Op::Unit, b.span);
        }
    }

    fn stmt(&mut self, st: &'a Stmt) {
        match &st.kind {
            StmtKind::Empty => {}
            StmtKind::Item(item) => match &item.kind {
                ItemKind::Use(t) => self.collect_use(t, &[]),
                // Registered with the module's items (`flatten`).
                ItemKind::Fn(_)
                | ItemKind::Struct(_)
                | ItemKind::Enum(_)
                | ItemKind::Impl(_)
                | ItemKind::Const { .. }
                | ItemKind::Trait { .. }
                | ItemKind::TypeAlias { .. } => {}
                _ => self.err(item.span, "this item inside a function body is not supported yet; move it to the top level"),
            },
            StmtKind::Expr { expr, semi: true } if let Some((map, key, f)) = self.entry_modify_stmt(expr) => {
                self.push_temps();
                let span = match &expr.kind {
                    ExprKind::MethodCall { method, .. } => method.span,
                    _ => expr.span,
                };
                let (base, ks, place) = self.entry_place(map, key, span);
                self.entry_modify(&base, ks, &place, f, span);
                self.emit(Op::DropSlot(ks), span);
                self.pop_temps(Span::new(st.span.end as usize, st.span.end as usize));
            }
            StmtKind::Expr { expr, .. } => {
                self.push_temps();
                self.expr(expr);
                self.emit(Op::Pop, expr.span);
                self.pop_temps(Span::new(st.span.end as usize, st.span.end as usize));
            }
            StmtKind::Let { pat, ty, init, else_block } => {
                let end = Span::new(st.span.end as usize, st.span.end as usize);
                match init {
                    None => {
                        self.bind_uninit(pat);
                    }
                    Some(init) if else_block.is_none() && self.partial_let(pat, init) => {}
                    Some(init) => {
                        // `let this = self.get_mut();` of a pinned `self`
                        // (or `&mut *r` of a `&mut` parameter): `this`
                        // names the parameter's place.
                        if let (PatKind::Ident { is_mut: false, by_ref: false, sub: None, name }, None) = (&pat.kind, else_block)
                            && self.facts.param_reborrows.contains(&(init.span.start, init.span.end))
                            && let Some((root, _)) = crate::check::reborrow_root(init)
                            && let Some(place) = self.place_of(root)
                        {
                            self.bind_alias(name, pat.span, Some(place));
                            return;
                        }
                        // `let x = m.get_mut(&k).unwrap();`, `let c =
                        // m.entry(k).or_insert(0);`: `x` names the place.
                        if let (PatKind::Ident { is_mut: false, by_ref: false, sub: None, name }, None) = (&pat.kind, else_block)
                            && crate::check::ref_place_form(init, &self.facts.method_paths).is_some()
                        {
                            self.push_temps();
                            let place = self.ref_place(init);
                            self.pop_temps(end);
                            self.bind_alias(name, pat.span, place);
                            return;
                        }
                        // `let r = b.push(1);`: `r` names the place the
                        // returned `&mut` points at (indices by value only:
                        // `v[i]` would be read again at each use).
                        if let (PatKind::Ident { is_mut: false, by_ref: false, sub: None, name }, None) = (&pat.kind, else_block)
                            && self.is_ret_place_call(init)
                        {
                            self.push_temps();
                            let place = self.ret_ref_place(init);
                            self.pop_temps(end);
                            if place.as_ref().is_some_and(|p| p.proj.iter().any(|p| matches!(p, PExpr::Index(i, _) if !matches!(i.kind, ExprKind::Lit(_))))) {
                                self.err(init.span, "keeping the `&mut` this call returns into an element at a computed index is not supported yet");
                            }
                            self.bind_alias(name, pat.span, place);
                            return;
                        }
                        // `let Some(x) = m.get_mut(&k) else { .. };`: `x`
                        // names the element's place, as in `if let`.
                        if let (PatKind::TupleStruct(..), Some(eb)) = (&pat.kind, else_block)
                            && crate::check::ref_form(init, &self.facts.method_paths).is_some()
                        {
                            let mut fails = Vec::new();
                            self.push_temps();
                            if self.if_let_ref(pat, init, &mut fails) {
                                self.pop_temps(end);
                                let skip = self.emit(Op::Jump(0), pat.span);
                                let fail = self.here();
                                for at in fails {
                                    self.patch(at, fail);
                                }
                                self.block_value(eb);
                                self.emit(Op::Pop, eb.span);
                                let msg = self.add_const(Value::string("let-else block did not diverge"));
                                self.emit(Op::PanicConst(msg), eb.span);
                                let done = self.here();
                                self.patch(skip, done);
                                return;
                            }
                            self.pop_temps(end);
                        }
                        // `let _ = place;` neither moves nor drops; an index
                        // in the place is still checked (`let _ = v[9];`
                        // panics), so that place is borrowed and let go.
                        if matches!(pat.kind, PatKind::Wild) {
                            self.push_temps();
                            if self.place_of(init).is_some() {
                                let mut e = init;
                                let mut indexed = false;
                                while let ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) | ExprKind::Index(x, _) = &e.kind {
                                    indexed |= matches!(e.kind, ExprKind::Index(..));
                                    e = x;
                                }
                                if indexed {
                                    self.expr_borrow(init);
                                    self.emit(Op::Pop, init.span);
                                }
                            } else {
                                self.expr(init);
                                self.emit(Op::Pop, init.span);
                            }
                            self.pop_temps(end);
                            return;
                        }
                        self.push_temps();
                        self.expr(init);
                        match (&pat.kind, else_block) {
                            (PatKind::Ident { name, sub: None, .. }, None) => {
                                // Pop temps before the binding exists (their
                                // slots come first), then store. Without
                                // temporaries the value goes straight in.
                                let no_temps = self.cur().temps.last().map(|t| t.is_empty()).unwrap_or(true);
                                let tmp = if no_temps { None } else { Some(self.alloc_hidden()) };
                                if let Some(tmp) = tmp {
                                    self.emit(Op::Store(tmp), pat.span);
                                }
                                self.pop_temps(end);
                                let ity = ty.as_ref().and_then(type_int).or_else(|| self.static_int(init));
                                let slot = self.declare(&name.name);
                                if let Some(t) = ity {
                                    self.cur().int_tys.insert(slot, t);
                                }
                                let depth = self.fcx.len();
                                self.mut_closures.retain(|(d, s, _)| !(*d == depth && *s == slot));
                                if let ExprKind::Closure { .. } = &init.kind
                                    && let Some(flags) = self.facts.closure_mut_params.get(&(init.span.start, init.span.end))
                                    && flags.iter().any(|&m| m)
                                {
                                    self.mut_closures.push((depth, slot, flags.clone()));
                                }
                                if let Some(tmp) = tmp {
                                    self.emit(Op::Move(tmp), pat.span);
                                }
                                self.emit(Op::Store(slot), pat.span);
                                // `let r = &mut x.f;` (not `mut r`, no index):
                                // `r` is an alias of `x.f`.
                                if let (PatKind::Ident { is_mut: false, by_ref: false, .. }, ExprKind::Ref { is_mut: true, expr: target }) =
                                    (&pat.kind, &init.kind)
                                    && let Some(place) = self.place_of(target)
                                    && place.root != slot
                                    && place.proj.iter().all(|p| matches!(p, PExpr::Field(_) | PExpr::TupleField(_)))
                                {
                                    let depth = self.fcx.len();
                                    self.aliases.push((depth, slot, place));
                                }
                            }
                            _ => {
                                let tmp = self.alloc_hidden();
                                self.emit(Op::Store(tmp), pat.span);
                                self.pop_temps(end);
                                let cp = self.pattern(pat, true);
                                let pid = self.add_pat(cp);
                                self.emit(Op::Move(tmp), pat.span);
                                let at = self.emit(Op::Match { pat: pid, fail: 0 }, pat.span);
                                match else_block {
                                    None => self.patch_to_unreachable(at, pat.span),
                                    Some(eb) => {
                                        let skip = self.emit(Op::Jump(0), pat.span);
                                        let fail = self.here();
                                        self.patch(at, fail);
                                        self.block_value(eb);
                                        self.emit(Op::Pop, eb.span);
                                        let msg = self.add_const(Value::string("let-else block did not diverge"));
                                        self.emit(Op::PanicConst(msg), eb.span);
                                        let end = self.here();
                                        self.patch(skip, end);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn bind_uninit(&mut self, pat: &'a Pat) {
        match &pat.kind {
            PatKind::Ident { name, .. } => {
                self.declare(&name.name);
            }
            PatKind::Tuple(ps) => {
                for p in ps {
                    self.bind_uninit(p);
                }
            }
            _ => self.err(pat.span, "this pattern needs an initializer"),
        }
    }

    // ---------------------------------------------------------------
    // Patterns
    // ---------------------------------------------------------------

    /// Compiles a pattern, declaring its bindings in the current scope.
    fn pattern(&mut self, p: &'a Pat, _irrefutable: bool) -> CPat {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            self.err(p.span, "pattern nested too deeply");
            return CPat::Wild;
        }
        let r = self.pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pat) -> CPat {
        match &p.kind {
            PatKind::Wild | PatKind::Rest => CPat::Wild,
            PatKind::Ident { name, sub, by_ref: _, is_mut: _ } => {
                if sub.is_none()
                    && self.facts.use_visible_at(&name.name, name.span)
                    && let Some(cp) = self.path_pattern_single(&name.name)
                {
                    return cp;
                }
                let sub = sub.as_ref().map(|s| Box::new(self.pattern(s, false)));
                let slot = self.declare(&name.name);
                CPat::Bind { slot, sub }
            }
            PatKind::Lit(lit, neg) => match self.lit_value(lit, *neg, p.span) {
                Some(v) => CPat::Lit(v),
                None => CPat::Wild,
            },
            PatKind::Range { start, end, inclusive } => {
                let lo = start.as_ref().and_then(|s| self.lit_pat_value(s));
                let hi = end.as_ref().and_then(|s| self.lit_pat_value(s));
                CPat::Range { lo, hi, inclusive: *inclusive }
            }
            PatKind::Tuple(ps) => {
                if let Some(split) = ps.iter().position(|p| matches!(p.kind, PatKind::Rest)) {
                    // `(first, .., last)`: wildcards for what `..` covers,
                    // from the tuple's arity the checker found.
                    let Some(n) = self.facts.tuple_rest(p.span).map(|n| n as usize).filter(|&n| n + 1 >= ps.len()) else {
                        self.err(p.span, "`..` in this tuple pattern is not supported yet");
                        return CPat::Wild;
                    };
                    let mut out: Vec<CPat> = ps[..split].iter().map(|p| self.pattern(p, false)).collect();
                    out.extend((0..n + 1 - ps.len()).map(|_| CPat::Wild));
                    out.extend(ps[split + 1..].iter().map(|p| self.pattern(p, false)));
                    return CPat::Tuple(out);
                }
                CPat::Tuple(ps.iter().map(|p| self.pattern(p, false)).collect())
            }
            PatKind::Slice(ps) => {
                let mut before = Vec::new();
                let mut after = Vec::new();
                let mut rest = None;
                for sp in ps {
                    let is_rest = match &sp.kind {
                        PatKind::Rest => {
                            rest = Some(None);
                            true
                        }
                        PatKind::Ident { name, sub: Some(s), .. } if matches!(s.kind, PatKind::Rest) => {
                            let slot = self.declare(&name.name);
                            rest = Some(Some(slot));
                            true
                        }
                        _ => false,
                    };
                    if is_rest {
                        continue;
                    }
                    let cp = self.pattern(sp, false);
                    if rest.is_some() { after.push(cp) } else { before.push(cp) }
                }
                CPat::Slice { before, rest, after }
            }
            PatKind::Path(path) => match self.resolve_variant(path) {
                Some((def, variant, is_enum)) => CPat::Adt { def, variant, fields: vec![], is_enum },
                None => {
                    if let Some(e) = self.const_items.get(path.last()).copied()
                        && let ExprKind::Lit(l) = &e.kind
                        && let Some(v) = self.lit_value(l, false, e.span)
                    {
                        return CPat::Lit(v);
                    }
                    self.err(path.span, format!("the pattern `{}` is not supported yet", path.names().join("::")));
                    CPat::Wild
                }
            },
            PatKind::TupleStruct(path, ps) => match self.resolve_variant(path) {
                Some((def, variant, is_enum)) => {
                    let mut fields = Vec::new();
                    for (i, sp) in ps.iter().enumerate() {
                        if matches!(sp.kind, PatKind::Rest) {
                            continue;
                        }
                        let cp = self.pattern(sp, false);
                        fields.push((i as u32, cp));
                    }
                    CPat::Adt { def, variant, fields, is_enum }
                }
                None => {
                    self.err(path.span, format!("cannot find tuple struct or variant `{}`", path.names().join("::")));
                    CPat::Wild
                }
            },
            PatKind::Struct(path, fps, _) => match self.resolve_variant(path) {
                Some((def, variant, is_enum)) => {
                    let names: Vec<String> = match self.variant_shape(def, variant) {
                        Some(Shape::Named(n)) => n,
                        _ => Vec::new(),
                    };
                    let mut fields = Vec::new();
                    for fp in fps {
                        match names.iter().position(|n| *n == fp.name.name) {
                            Some(i) => {
                                let cp = self.pattern(&fp.pat, false);
                                fields.push((i as u32, cp));
                            }
                            None => self.err(fp.name.span, format!("no field `{}` in `{}`", fp.name.name, path.names().join("::"))),
                        }
                    }
                    CPat::Adt { def, variant, fields, is_enum }
                }
                None => {
                    self.err(path.span, format!("the struct or variant `{}` is not supported yet here", path.names().join("::")));
                    CPat::Wild
                }
            },
            PatKind::Or(ps) => {
                // Every alternative must bind the same names to the same
                // slots: compile the first, then map the others' bindings.
                let before = self.cur().scopes.last().map(|s| s.vars.len()).unwrap_or(0);
                let first = self.pattern(&ps[0], false);
                let bound: Vec<(String, Slot)> = self.cur().scopes.last().map(|s| s.vars[before..].to_vec()).unwrap_or_default();
                let mut alts = vec![first];
                for alt in &ps[1..] {
                    let b2 = self.cur().scopes.last().map(|s| s.vars.len()).unwrap_or(0);
                    let cp = self.pattern(alt, false);
                    let new: Vec<(String, Slot)> = self.cur().scopes.last().map(|s| s.vars[b2..].to_vec()).unwrap_or_default();
                    // Redirect the alternative's slots to the first's.
                    let remap: Vec<(Slot, Slot)> = new.iter().filter_map(|(n, s)| bound.iter().find(|(bn, _)| bn == n).map(|(_, bs)| (*s, *bs))).collect();
                    if let Some(scope) = self.cur().scopes.last_mut() {
                        scope.vars.truncate(b2);
                        scope.drops.retain(|s| !remap.iter().any(|(from, _)| from == s));
                    }
                    alts.push(remap_pat(cp, &remap));
                }
                CPat::Or(alts)
            }
            PatKind::Ref(inner, _) => CPat::Deref(Box::new(self.pattern(inner, false))),
        }
    }

    /// The value of a constant item whose value is a literal.
    fn const_lit(&mut self, name: &str) -> Option<Value> {
        let e = self.const_items.get(name).copied()?;
        let ExprKind::Lit(l) = &e.kind else { return None };
        self.lit_value(l, false, e.span)
    }

    fn lit_pat_value(&mut self, p: &'a Pat) -> Option<Value> {
        match &p.kind {
            PatKind::Lit(l, neg) => self.lit_value(l, *neg, p.span),
            // `'\0'..=char::MAX`.
            PatKind::Path(path) if matches!(path.names()[..], ["char", "MIN" | "MAX"]) => {
                Some(Value::Char(if path.last() == "MIN" { '\0' } else { char::MAX }))
            }
            // `i32::MIN..=-1`, `0..=u8::MAX`: as in an expression.
            PatKind::Path(path)
                if path.segments.len() == 2
                    && let Some(v) = self.std_const(&path.names()) =>
            {
                Some(v)
            }
            // A constant whose value is a literal (`const LIMIT: u32 = 10;`).
            PatKind::Ident { .. } | PatKind::Path(_) if let Some(v) = single_name(p).and_then(|n| self.const_lit(n)) => Some(v),
            _ => {
                self.err(p.span, "this range bound (not a literal, a `MIN`/`MAX` or a constant of a literal) is not supported yet");
                None
            }
        }
    }

    /// Whether a pattern binds something by value: a lone name that is a
    /// unit variant, unit struct or constant (`None`, `Idle`) binds nothing.
    fn binds_by_value(&mut self, p: &Pat) -> bool {
        match &p.kind {
            PatKind::Ident { name, by_ref: false, sub: None, .. } => {
                !(self.facts.use_visible_at(&name.name, name.span) && self.path_pattern_single(&name.name).is_some())
            }
            PatKind::Ident { by_ref, sub, .. } => !by_ref || sub.as_ref().is_some_and(|s| self.binds_by_value(s)),
            PatKind::Tuple(ps) | PatKind::Slice(ps) | PatKind::TupleStruct(_, ps) | PatKind::Or(ps) => ps.iter().any(|x| self.binds_by_value(x)),
            PatKind::Struct(_, fs, _) => fs.iter().any(|f| self.binds_by_value(&f.pat)),
            _ => false,
        }
    }

    /// `let (a, _) = pair;` (`check::TypeFacts::partial_lets`): each name
    /// takes its part of the local's place (a non-`Copy` one leaves a hole
    /// there); the parts `_` and `..` skip stay, to drop at the local's end.
    /// False (nothing emitted) for a shape it does not handle.
    fn partial_let(&mut self, pat: &'a Pat, init: &'a Expr) -> bool {
        if !self.facts.partial_lets.contains(&(pat.span.start, pat.span.end)) {
            return false;
        }
        let subs: Vec<(Option<&'a Ident>, &'a Pat)> = match &pat.kind {
            PatKind::Tuple(ps) | PatKind::Slice(ps) | PatKind::TupleStruct(_, ps) => ps.iter().map(|p| (None, p)).collect(),
            PatKind::Struct(_, fs, _) => fs.iter().map(|f| (Some(&f.name), &f.pat)).collect(),
            _ => return false,
        };
        // Positions shift after a `..` that is not last.
        if subs.iter().rev().skip(1).any(|(_, p)| matches!(p.kind, PatKind::Rest)) {
            return false;
        }
        let Some(base) = self.place_of(init) else { return false };
        for (k, (field, sub)) in subs.into_iter().enumerate() {
            let PatKind::Ident { name, .. } = &sub.kind else { continue };
            let mut place = base.clone();
            match (&pat.kind, field) {
                (PatKind::Struct(..), Some(f)) => {
                    let id = self.name_id(&f.name);
                    place.proj.push(PExpr::Field(id));
                }
                (PatKind::Slice(_), _) => {
                    let ks = self.alloc_hidden();
                    self.emit(Op::Int(k as i64), sub.span);
                    self.emit(Op::Store(ks), sub.span);
                    place.proj.push(PExpr::Slot(ks, sub.span));
                }
                _ => place.proj.push(PExpr::TupleField(k as u32)),
            }
            self.load_place(&place, sub.span);
            if self.facts.partial_binds.contains(&(name.span.start, name.span.end)) {
                self.leave_hole(place, sub.span);
            }
            let slot = self.declare(&name.name);
            self.emit(Op::Store(slot), sub.span);
        }
        true
    }

    /// After `match p { P { name, .. } => .. }` (or `if let`) matched a
    /// pattern of `check::TypeFacts::partial_lets`: the fields its
    /// non-`Copy` names took out of the local are holes now (the names hold
    /// the values and their drops); the rest stays, to drop with the local.
    fn pattern_holes(&mut self, pat: &'a Pat, scrutinee: &'a Expr) {
        if !self.facts.partial_lets.contains(&(pat.span.start, pat.span.end)) {
            return;
        }
        let Some(base) = self.place_of(scrutinee) else { return };
        let subs: Vec<(Option<&'a Ident>, &'a Pat)> = match &pat.kind {
            PatKind::Tuple(ps) | PatKind::TupleStruct(_, ps) => ps.iter().map(|p| (None, p)).collect(),
            PatKind::Struct(_, fs, _) => fs.iter().map(|f| (Some(&f.name), &f.pat)).collect(),
            _ => return,
        };
        for (k, (field, sub)) in subs.into_iter().enumerate() {
            let PatKind::Ident { name, .. } = &sub.kind else { continue };
            if !self.facts.partial_binds.contains(&(name.span.start, name.span.end)) {
                continue;
            }
            let mut place = base.clone();
            match field {
                Some(f) => {
                    let id = self.name_id(&f.name);
                    place.proj.push(PExpr::Field(id));
                }
                None => place.proj.push(PExpr::TupleField(k as u32)),
            }
            self.leave_hole(place, sub.span);
        }
    }

    /// Stores `()` at `place`, whose value was just read out (moved): what
    /// stays around it drops at its owner's end, the value with its new
    /// owner (the copy read holds the value's drop token).
    fn leave_hole(&mut self, place: PlaceExpr<'a>, span: Span) {
        self.push_place_operands(&place);
        self.emit(Op::Unit, span);
        let pid = self.add_place(place);
        self.emit(Op::StorePlace(pid), span);
    }

    /// `let x = <a &mut to a place>;`: `x` is declared (holding `()`) and
    /// names `place` for as long as it lives.
    fn bind_alias(&mut self, name: &Ident, at: Span, place: Option<PlaceExpr<'a>>) {
        let slot = self.declare(&name.name);
        let depth = self.fcx.len();
        self.mut_closures.retain(|(d, s, _)| !(*d == depth && *s == slot));
        self.emit(Op::Unit, at);
        self.emit(Op::Store(slot), at);
        if let Some(place) = place {
            self.aliases.push((depth, slot, place));
        }
    }

    /// The text `write!`/`writeln!` write: their format arguments formatted
    /// (`""` for none), and a newline for `writeln!`. False when the
    /// format string has errors (reported).
    fn write_text(&mut self, args: &'a [Expr], newline: bool, span: Span) -> bool {
        if args.is_empty() {
            let c = self.add_const(Value::string(""));
            self.emit(Op::Const(c), span);
        } else {
            let Some((fmt, argc)) = self.format_args(args, span) else { return false };
            self.emit(Op::Format { fmt, argc }, span);
        }
        if newline {
            let nl = self.add_const(Value::Str("\n".into()));
            self.emit(Op::Const(nl), span);
            self.emit(Op::Bin(BinOp::Add), span);
        }
        true
    }

    fn path_pattern_single(&mut self, name: &str) -> Option<CPat> {
        if name == "None" {
            return Some(CPat::Adt { def: builtin::OPTION, variant: builtin::NONE, fields: vec![], is_enum: true });
        }
        // A unit struct, an imported unit variant, or a constant.
        if let Some(&def) = self.types.get(name)
            && self.defs.defs[def as usize].variants.is_none()
            && self.defs.defs[def as usize].shape == Shape::Unit
        {
            return Some(CPat::Adt { def, variant: 0, fields: vec![], is_enum: false });
        }
        if let Some(full) = self.uses.get(name).cloned() {
            let segs = crate::text::split_str(&full, "::");
            if let Some((def, variant, is_enum)) = self.resolve_variant_names(&segs)
                && matches!(self.variant_shape(def, variant), Some(Shape::Unit))
            {
                return Some(CPat::Adt { def, variant, fields: vec![], is_enum });
            }
        }
        if let Some(v) = self.const_lit(name) {
            return Some(CPat::Lit(v));
        }
        // A unit variant of a user enum brought in by `use Enum::*;`.
        if !self.uses.contains_key(name)
            && let Some((def, variant, true)) = self.resolve_variant_names(&[name])
            && def != builtin::OPTION
            && def != builtin::RESULT
            && matches!(self.variant_shape(def, variant), Some(Shape::Unit))
        {
            return Some(CPat::Adt { def, variant, fields: vec![], is_enum: true });
        }
        None
    }

    /// A constant's value, compiled where it is used, with `self_def` as
    /// its `Self` (an associated constant's impl type).
    fn const_value(&mut self, e: &'a Expr, self_def: Option<DefId>, span: Span) {
        self.const_depth += 1;
        if self.const_depth > 16 {
            self.err(span, "constant refers to itself");
            self.emit(Op::Unit, span);
        } else {
            let saved = std::mem::replace(&mut self.self_def, self_def);
            self.expr(e);
            self.self_def = saved;
        }
        self.const_depth -= 1;
    }

    /// The value of `static` number `i`: a `static` is one value for the
    /// whole run (a `Mutex` in one is one lock). Its initializer, a constant
    /// expression without side effects, is compiled where it is used (in
    /// that scope's `use`s) and runs at the program's first use of it.
    fn static_value(&mut self, i: u32, span: Span) {
        let at = self.emit(Op::Static { i, done: 0 }, span);
        match self.static_inits.get(i as usize).copied() {
            Some(e) => {
                self.const_depth += 1;
                if self.const_depth > 16 {
                    self.err(span, "static refers to itself");
                    self.emit(Op::Unit, span);
                } else {
                    self.push_temps();
                    self.expr(e);
                    self.pop_temps(e.span);
                }
                self.const_depth -= 1;
            }
            None => {
                self.emit(Op::Unit, span);
            }
        }
        self.emit(Op::StaticInit(i), span);
        let done = self.here();
        if let Op::Static { done: d, .. } = &mut self.cur().code[at] {
            *d = done;
        }
    }

    /// A destructuring assignment's places, each given its part of the
    /// tuple in slot `t` (at `path`); `_` takes nothing.
    fn destructure_assign(&mut self, elems: &'a [Expr], t: Slot, path: &[u32]) {
        for (i, el) in elems.iter().enumerate() {
            let mut at = path.to_vec();
            at.push(i as u32);
            match &el.unparen().kind {
                ExprKind::Path(p) if p.is_single("_") => {}
                ExprKind::Tuple(inner) => self.destructure_assign(inner, t, &at),
                _ => match self.place_for_write(el) {
                    Some(place) => {
                        self.push_place_operands(&place);
                        self.emit(Op::Load(t), el.span);
                        for &k in &at {
                            self.emit(Op::GetTupleField(k), el.span);
                        }
                        self.emit_store_place(place, el.span);
                    }
                    None => self.bad_assign_target(el),
                },
            }
        }
    }

    /// An assignment whose left side is no place the compiler knows: a
    /// `static mut` (which rustc accepts in `unsafe`) is not supported yet.
    fn bad_assign_target(&mut self, lhs: &Expr) {
        let mut root = lhs;
        while let ExprKind::Field(expr, _) | ExprKind::Index(expr, _) | ExprKind::Paren(expr) = &root.kind {
            root = expr;
        }
        if let ExprKind::Path(p) = &root.kind
            && self.statics.contains_key(p.last())
        {
            self.err(lhs.span, "assigning to a `static mut` is not supported yet");
        } else {
            self.err(lhs.span, "invalid left-hand side of assignment");
        }
    }

    fn variant_shape(&self, def: DefId, variant: u32) -> Option<Shape> {
        let d = self.defs.get(def)?;
        match &d.variants {
            Some(vs) => vs.get(variant as usize).map(|v| v.shape.clone()),
            None => Some(d.shape.clone()),
        }
    }

    /// Resolves a path to an enum variant or struct: (def, variant, is_enum).
    fn resolve_variant(&mut self, path: &Path) -> Option<(DefId, u32, bool)> {
        let names = self.strip_mods(path.names());
        self.resolve_variant_names(&names)
    }

    fn resolve_variant_names(&self, names: &[&str]) -> Option<(DefId, u32, bool)> {
        if names.len() == 1 {
            match names[0] {
                "Some" => return Some((builtin::OPTION, builtin::SOME, true)),
                "None" => return Some((builtin::OPTION, builtin::NONE, true)),
                "Ok" => return Some((builtin::RESULT, builtin::OK, true)),
                "Err" => return Some((builtin::RESULT, builtin::ERR, true)),
                _ => {}
            }
            if let Some(&def) = self.types.get(names[0])
                && self.defs.defs[def as usize].variants.is_none()
            {
                return Some((def, 0, false));
            }
            // `Self { .. }` inside an impl of a struct.
            if names[0] == "Self"
                && let Some(def) = self.self_def
                && self.defs.get(def).is_some_and(|d| d.variants.is_none())
            {
                return Some((def, 0, false));
            }
            if let Some(full) = self.uses.get(names[0]) {
                let segs = crate::text::split_str(full, "::");
                if segs.len() > 1 {
                    return self.resolve_variant_names(&segs);
                }
            }
            // `use Enum::*;`: the variants of a user enum.
            let globs = self.globs.clone();
            for g in &globs {
                let ty = g.rsplit("::").next().unwrap_or(g);
                if let Some(&def) = self.types.get(ty)
                    && let Some(vs) = self.defs.get(def).and_then(|d| d.variants.as_ref())
                    && let Some(v) = vs.iter().position(|v| v.name == names[0])
                {
                    return Some((def, v as u32, true));
                }
            }
            return None;
        }
        // Tokio's tuple-struct errors, by path (`mpsc::error::SendError(v)`).
        match self.canonical(names).as_str() {
            "tokio::sync::mpsc::error::SendError" | "tokio::sync::watch::error::SendError" => return Some((builtin::SEND_ERROR, 0, false)),
            "tokio::sync::broadcast::error::SendError" => return Some((builtin::BROADCAST_SEND_ERROR, 0, false)),
            "std::cmp::Reverse" => return Some((builtin::REVERSE, 0, false)),
            "std::fmt::Error" => return Some((builtin::FMT_ERROR, 0, false)),
            "std::sync::mpsc::RecvError" => return Some((builtin::STD_RECV_ERROR, 0, false)),
            "std::sync::mpsc::SendError" => return Some((builtin::STD_SEND_ERROR, 0, false)),
            "futures::channel::mpsc::RecvError" => return Some((builtin::FUTURES_RECV_ERROR, 0, false)),
            _ => {}
        }
        let (ty, var) = (names[names.len() - 2], names[names.len() - 1]);
        let def = if let Some(&def) = self.types.get(ty) {
            def
        } else if ty == "Self"
            && names.len() == 2
            && let Some(def) = self.self_def
        {
            // `Self::Variant` inside an impl of an enum.
            def
        } else {
            let canon = self.canonical(&names[..names.len() - 1]);
            match canon.as_str() {
                "std::option::Option" | "Option" => builtin::OPTION,
                "std::result::Result" | "Result" => builtin::RESULT,
                "tokio::sync::broadcast::error::RecvError" => builtin::BROADCAST_RECV_ERROR,
                "tokio::sync::mpsc::error::TrySendError" => builtin::TRY_SEND_ERROR,
                "tokio::sync::mpsc::error::SendTimeoutError" => builtin::SEND_TIMEOUT_ERROR,
                "tokio::sync::mpsc::error::TryRecvError" | "std::sync::mpsc::TryRecvError" => builtin::TRY_RECV_ERROR,
                "tokio::sync::oneshot::error::TryRecvError" => builtin::ONESHOT_TRY_RECV_ERROR,
                "tokio::sync::broadcast::error::TryRecvError" => builtin::BROADCAST_TRY_RECV_ERROR,
                "tokio_stream::wrappers::errors::BroadcastStreamRecvError" => builtin::BROADCAST_STREAM_RECV_ERROR,
                "tokio::sync::TryAcquireError" => builtin::TRY_ACQUIRE_ERROR,
                "tokio::sync::SetError" => builtin::SET_ERROR,
                "tokio::time::MissedTickBehavior" => builtin::MISSED_TICK_BEHAVIOR,
                "std::cmp::Ordering" => builtin::ORDERING,
                "std::num::IntErrorKind" => builtin::INT_ERROR_KIND,
                "std::sync::atomic::Ordering" => builtin::ATOMIC_ORDERING,
                "std::sync::TryLockError" => builtin::STD_TRY_LOCK_ERROR,
                "std::sync::mpsc::TrySendError" => builtin::STD_TRY_SEND_ERROR,
                "futures::channel::mpsc::TryRecvError" => builtin::FUTURES_TRY_RECV_ERROR,
                "std::sync::mpsc::RecvTimeoutError" => builtin::RECV_TIMEOUT_ERROR,
                "std::task::Poll" => builtin::POLL,
                "std::fmt::Alignment" => builtin::ALIGNMENT,
                _ => return None,
            }
        };
        let d = self.defs.get(def)?;
        let vs = d.variants.as_ref()?;
        let v = vs.iter().position(|v| v.name == var)?;
        Some((def, v as u32, true))
    }

    /// The full path a (possibly imported) path stands for, normalised.
    fn canonical(&self, names: &[&str]) -> String {
        let Some(first) = names.first() else { return String::new() };
        let mut parts: Vec<String> = match self.uses.get(*first) {
            Some(full) => crate::text::split_str(full, "::").into_iter().map(|s| s.to_string()).collect(),
            None => vec![first.to_string()],
        };
        parts.extend(names[1..].iter().map(|s| s.to_string()));
        normalize_path(&parts.join("::"))
    }

    // ---------------------------------------------------------------
    // Expressions
    // ---------------------------------------------------------------

    fn lit_value(&mut self, lit: &Lit, neg: bool, span: Span) -> Option<Value> {
        Some(match lit {
            Lit::Int { value, .. } => match i128::try_from(*value) {
                Ok(v) => Value::from_i128(if neg { -v } else { v }),
                Err(_) => {
                    self.err(span, "integer literals beyond i128::MAX are not supported yet");
                    return None;
                }
            },
            Lit::Float { value, .. } => Value::Float(if neg { -*value } else { *value }),
            Lit::Bool(b) => Value::Bool(*b),
            Lit::Char(c) => Value::Char(*c),
            Lit::Str(s) => Value::Str(s.as_str().into()),
            Lit::Byte(b) => Value::Int(*b as i64),
            Lit::ByteStr(bs) => Value::Vec(std::rc::Rc::new(bs.iter().map(|&b| Value::Int(i64::from(b))).collect())),
        })
    }

    /// Compiles `e`, leaving its value on the stack. A path to a local is
    /// moved (copied when `Copy`).
    fn expr(&mut self, e: &'a Expr) {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.err(e.span, "expression nested too deeply");
            self.emit(Op::Unit, e.span);
        } else {
            self.expr_inner(e);
        }
        // An `f32` computed (in `f64`) is rounded to `f32`.
        if self.facts.is_f32(e.span)
            && matches!(
                e.kind,
                ExprKind::Lit(_) | ExprKind::Binary(..) | ExprKind::Unary(..) | ExprKind::MethodCall { .. } | ExprKind::Call { .. } | ExprKind::Cast(..)
            )
        {
            self.emit(Op::RoundF32, e.span);
        }
        // An integer `sum()`/`product()` overflows as std's does. (Checked
        // on the result: exact for unsigned sums, which only grow.)
        if let ExprKind::MethodCall { method, args, .. } = &e.kind
            && args.is_empty()
            && matches!(method.name.as_str(), "sum" | "product")
            && let Some(t) = self.facts.int(e.span)
        {
            let op = if method.name == "sum" { BinOp::Add } else { BinOp::Mul };
            self.emit(Op::CheckAccum { ty: int_ty(t), op }, e.span);
        }
        self.user_deref_coercion(e);
        self.depth -= 1;
    }

    /// Compiles `e` for reading only: places are copied (like a shared
    /// borrow), not moved.
    fn expr_borrow(&mut self, e: &'a Expr) {
        if let Some(place) = self.place_of(e) {
            self.load_place(&place, e.span);
            self.user_deref_coercion(e);
        } else {
            self.expr(e);
        }
    }

    /// Like [`Self::expr_borrow`], but a non-place value (such as the guard
    /// in `*m.lock().await`) is kept alive in a temporary until the end of
    /// the enclosing statement, as Rust keeps temporaries that are borrowed.
    fn expr_borrow_temp(&mut self, e: &'a Expr) {
        if self.place_of(e).is_some() {
            return self.expr_borrow(e);
        }
        self.expr(e);
        let t = self.temp_slot();
        self.cur().borrow_temps.push(t);
        self.emit(Op::Store(t), e.span);
        self.emit(Op::Load(t), e.span);
    }

    /// The integer type of an expression when the source fixes it (a typed
    /// local, a suffixed literal, a cast, `len()`).
    fn static_int(&mut self, e: &'a Expr) -> Option<IntTy> {
        if let Some(i) = self.facts.int(e.span) {
            return Some(int_ty(i));
        }
        match &e.kind {
            ExprKind::Path(p) if p.segments.len() == 1 => {
                let name = p.last().to_string();
                let cx = self.fcx.last()?;
                for scope in cx.scopes.iter().rev() {
                    if let Some((_, slot)) = scope.vars.iter().rev().find(|(n, _)| *n == name) {
                        return cx.int_tys.get(slot).copied();
                    }
                }
                cx.captures.iter().find(|(n, _, _)| *n == name).and_then(|(_, _, inner)| cx.int_tys.get(inner).copied())
            }
            ExprKind::Lit(Lit::Int { suffix: Some(s), .. }) => IntTy::from_name(s),
            ExprKind::Cast(_, ty) => type_int(ty),
            ExprKind::Paren(inner) | ExprKind::Unary(UnOp::Neg, inner) => self.static_int(inner),
            ExprKind::Binary(op, l, r) if is_arith(*op) => self.static_int(l).or_else(|| self.static_int(r)),
            ExprKind::MethodCall { method, .. } if method.name == "len" || method.name == "count" => Some(IntTy::U64),
            _ => None,
        }
    }

    fn expr_inner(&mut self, e: &'a Expr) {
        let span = e.span;
        // An operator on a user type: its trait's method (`a + b` is
        // `a.add(b)`, `a += b` is `a.add_assign(b)`, `-a` is `a.neg()`).
        if let Some(name) = self.facts.user_ops.get(&(span.start, span.end)) {
            let method = Ident { name: name.clone(), span: Span::new(span.end as usize, span.end as usize) };
            match &e.kind {
                // `#[track_caller]` `index` reports `[i]`, after the base.
                ExprKind::Index(l, r) => {
                    let at = Span::new(l.span.end as usize, span.end as usize);
                    return self.method_call(l, &method, std::slice::from_ref(&**r), at, false);
                }
                ExprKind::Binary(_, l, r) | ExprKind::AssignOp(_, l, r) => {
                    return self.method_call(l, &method, std::slice::from_ref(&**r), span, false);
                }
                ExprKind::Unary(_, x) => return self.method_call(x, &method, &[], span, false),
                _ => {}
            }
        }
        match &e.kind {
            ExprKind::Lit(lit) => match self.lit_value(lit, false, span) {
                Some(Value::Int(i)) => {
                    self.emit(Op::Int(i), span);
                }
                Some(Value::Bool(b)) => {
                    self.emit(Op::Bool(b), span);
                }
                Some(v) => {
                    let c = self.add_const(v);
                    self.emit(Op::Const(c), span);
                }
                None => {
                    self.emit(Op::Unit, span);
                }
            },
            ExprKind::Paren(inner) => {
                self.expr(inner);
                // `(a + b)` overflowing: rustc points at the parentheses.
                let cx = self.cur();
                if matches!(cx.code.last(), Some(Op::CheckInt { .. }))
                    && let Some(last) = cx.spans.last_mut()
                    && *last == inner.span
                {
                    *last = span;
                }
            }
            ExprKind::Path(path) => self.path_expr(path, span),
            ExprKind::Tuple(items) => {
                for it in items {
                    self.expr(it);
                }
                if items.is_empty() {
                    self.emit(Op::Unit, span);
                } else {
                    self.emit(Op::Tuple(items.len() as u32), span);
                }
            }
            ExprKind::Array(items) => {
                for it in items {
                    self.expr(it);
                }
                self.emit(Op::Vec(items.len() as u32), span);
            }
            ExprKind::ArrayRepeat { value, count } => {
                self.expr(value);
                self.expr(count);
                self.emit(Op::VecRepeat, span);
            }
            ExprKind::Unary(op, inner) => {
                if *op == UnOp::Deref
                    && let Some(place) = self.alias_of(inner)
                {
                    self.load_place(&place, span);
                } else if *op == UnOp::Deref {
                    self.expr_borrow_temp(inner);
                    self.emit(Op::Deref, span);
                } else {
                    self.expr_borrow(inner);
                    self.emit(Op::Un(*op), span);
                    if let Some(ty) = self.facts.int(span).map(int_ty) {
                        // `!0u16` is 65535, `-i32::MIN` overflows.
                        let fit = if *op == UnOp::Not { Fit::Wrap } else { Fit::Negate };
                        self.emit(Op::FitInt { ty, fit }, span);
                    }
                }
            }
            ExprKind::Ref { is_mut, expr } => {
                // `&mut fut` of a hand-written future: it moves into a
                // future's cell in its place, which every poll through the
                // reference then changes (`TypeFacts::pin_borrows`).
                if *is_mut
                    && self.facts.pin_borrows.contains(&(span.start, span.end))
                    && let Some(place) = self.place_of(expr)
                    && place.proj.iter().all(|p| matches!(p, PExpr::Field(_) | PExpr::TupleField(_) | PExpr::Deref | PExpr::Index(..) | PExpr::Slot(..)))
                {
                    self.pin_in_place(place, span);
                    return;
                }
                if *is_mut && self.place_of(expr).is_none() {
                    self.expr(expr);
                } else {
                    self.expr_borrow(expr);
                }
            }
            ExprKind::Binary(op, l, r) => match op {
                BinOp::And | BinOp::Or => {
                    self.expr_borrow(l);
                    if *op == BinOp::And {
                        let j = self.emit(Op::JumpIfFalse(0), span);
                        self.expr_borrow(r);
                        let end = self.emit(Op::Jump(0), span);
                        let f = self.here();
                        self.patch(j, f);
                        self.emit(Op::Bool(false), span);
                        let e2 = self.here();
                        self.patch(end, e2);
                    } else {
                        self.emit(Op::Un(UnOp::Not), span);
                        let j = self.emit(Op::JumpIfFalse(0), span);
                        self.expr_borrow(r);
                        let end = self.emit(Op::Jump(0), span);
                        let t = self.here();
                        self.patch(j, t);
                        self.emit(Op::Bool(true), span);
                        let e2 = self.here();
                        self.patch(end, e2);
                    }
                }
                _ => {
                    self.expr_borrow(l);
                    self.expr_borrow(r);
                    if matches!(op, BinOp::Shl | BinOp::Shr)
                        && let Some(t) = self.static_int(l)
                    {
                        self.emit(Op::CheckShift { ty: t, op: *op }, span);
                    }
                    self.emit(Op::Bin(*op), span);
                    if *op == BinOp::Shl
                        && let Some(t) = self.static_int(l)
                    {
                        // `200u8 << 1` drops the high bit.
                        self.emit(Op::FitInt { ty: t, fit: Fit::Wrap }, span);
                    } else if is_arith(*op)
                        && let Some(t) = self.static_int(l).or_else(|| self.static_int(r))
                        && (t != IntTy::I64 || self.facts.int(span).is_some())
                    {
                        // The VM computes beyond `i64`; every typed result is
                        // held to its type (`i64` too, when the checker says so).
                        self.emit(Op::CheckInt { ty: t, op: *op }, span);
                    }
                }
            },
            // `(a, b) = (b, a + b)`: the right side first, then each place.
            ExprKind::Assign(lhs, rhs) if matches!(lhs.unparen().kind, ExprKind::Tuple(_)) => {
                self.expr(rhs);
                let t = self.alloc_hidden();
                self.emit(Op::Store(t), rhs.span);
                if let ExprKind::Tuple(elems) = &lhs.unparen().kind {
                    self.destructure_assign(elems, t, &[]);
                }
                self.emit(Op::DropSlot(t), span);
                self.emit(Op::Unit, span);
            }
            ExprKind::Assign(lhs, rhs) => {
                if let ExprKind::Path(p) = &lhs.kind
                    && p.is_single("_")
                {
                    self.expr(rhs);
                    self.emit(Op::Pop, span);
                    self.emit(Op::Unit, span);
                    return;
                }
                match self.place_for_write(lhs) {
                    Some(place) => {
                        self.push_place_operands(&place);
                        self.expr(rhs);
                        self.emit_store_place(place, span);
                    }
                    None => self.bad_assign_target(lhs),
                }
                self.emit(Op::Unit, span);
            }
            ExprKind::AssignOp(op, lhs, rhs) => {
                match self.place_for_write(lhs) {
                    Some(place) => {
                        // place op= rhs  →  place = place op rhs
                        self.push_place_operands(&place);
                        self.load_place(&place, lhs.span);
                        self.expr_borrow(rhs);
                        let ity = self.facts.int(lhs.span).map(int_ty);
                        let ity = ity.or_else(|| if place.proj.is_empty() { self.cur().int_tys.get(&place.root).copied() } else { None });
                        if matches!(op, BinOp::Shl | BinOp::Shr)
                            && let Some(t) = ity
                        {
                            self.emit(Op::CheckShift { ty: t, op: *op }, span);
                        }
                        self.emit(Op::Bin(*op), span);
                        if self.facts.is_f32(lhs.span) {
                            self.emit(Op::RoundF32, span);
                        }
                        if let Some(t) = ity.or_else(|| self.static_int(rhs))
                            && is_arith(*op)
                        {
                            if *op == BinOp::Shl {
                                self.emit(Op::FitInt { ty: t, fit: Fit::Wrap }, span);
                            } else {
                                self.emit(Op::CheckInt { ty: t, op: *op }, span);
                            }
                        }
                        self.emit_store_place(place, span);
                    }
                    None => self.bad_assign_target(lhs),
                }
                self.emit(Op::Unit, span);
            }
            ExprKind::Call { func, args } => self.call(func, args, span, false),
            ExprKind::MethodCall { receiver, method, args, generics }
                if args.is_empty()
                    && generics.len() == 1
                    && matches!(method.name.as_str(), "downcast_ref" | "is" | "downcast")
                    && !self.facts.method_paths.contains_key(&(method.span.start, method.span.end)) =>
            {
                self.downcast(receiver, method, &generics[0], span);
            }
            ExprKind::MethodCall { receiver, method, args, .. } => {
                // A `&mut` a method hands out into a place: a copy of what
                // is there (writes through it are compiled as the place's).
                if crate::check::ref_place_form(e, &self.facts.method_paths).is_some() {
                    if let Some(place) = self.ref_place(e) {
                        self.load_place(&place, span);
                    } else {
                        self.emit(Op::Unit, span);
                    }
                } else {
                    self.typed_method_call(receiver, method, args, span)
                }
            }
            ExprKind::Field(..) | ExprKind::TupleField(..)
                if self.facts.partial_moves.contains(&(span.start, span.end))
                    && let Some(place) = self.place_of(e) =>
            {
                // Moved out: the field's value, and a hole where it was.
                self.load_place(&place, span);
                self.leave_hole(place, span);
            }
            ExprKind::Field(base, name) => {
                self.expr_borrow_temp(base);
                let id = self.name_id(&name.name);
                self.emit(Op::GetField(id), span);
            }
            ExprKind::TupleField(base, idx, _) => {
                // A temporary (`mk().0`) lives to the statement's end.
                self.expr_borrow_temp(base);
                self.emit(Op::GetTupleField(*idx), span);
            }
            ExprKind::Index(base, idx) => {
                self.expr_borrow_temp(base);
                self.expr_borrow(idx);
                // Rust reports an out-of-bounds index at the `[`.
                self.emit(Op::Index, Span::new(base.span.end as usize, span.end as usize));
            }
            ExprKind::Await { expr, .. } => self.await_expr(expr, span),
            ExprKind::Try(inner) => {
                self.expr(inner);
                self.try_tail(span);
            }
            ExprKind::Cast(inner, ty) => {
                self.expr_borrow(inner);
                let to = match &ty.kind {
                    TypeKind::Path(p) if p.segments.len() == 1 => match p.last() {
                        "f64" | "f32" => Some(CastTo::Float),
                        "char" => Some(CastTo::Char),
                        other => IntTy::from_name(other).map(CastTo::Int),
                    },
                    _ => None,
                };
                // `x as Box<dyn Trait>`, `&x as &dyn Trait`: the same value.
                if let Some(to) = to {
                    self.emit(Op::Cast(to), span);
                }
            }
            ExprKind::Block { block, label: Some(label) } => {
                // `'a: { .. break 'a v; .. }`: a loop run once, whose
                // `break 'a` leaves with a value.
                let result = self.alloc_hidden();
                self.emit(Op::Unit, span);
                self.emit(Op::Store(result), span);
                self.loop_cx(Some(label), Some(result), true);
                if let Some(lp) = self.cur().loops.last_mut() {
                    lp.is_block = true;
                }
                self.block_value(block);
                self.emit(Op::Store(result), span);
                let exit = self.here();
                self.end_loop(exit, exit);
                self.emit(Op::Move(result), span);
            }
            ExprKind::Block { block, label: None } => self.block_value(block),
            ExprKind::Unsafe(block) => self.block_value(block),
            ExprKind::Async { is_move, block } => self.async_block(*is_move, block, span),
            ExprKind::If { cond, then, else_ } => self.if_expr(cond, then, else_.as_deref(), span),
            ExprKind::Let { .. } => {
                self.err(span, "`let` expressions are only allowed in `if` and `while` conditions");
                self.emit(Op::Unit, span);
            }
            ExprKind::Match { scrutinee, arms } => self.match_expr(scrutinee, arms, span),
            ExprKind::While { cond, body, label } => self.while_expr(cond, body, label.as_ref(), span),
            ExprKind::Loop { body, label } => self.loop_expr(body, label.as_ref(), span),
            ExprKind::For { pat, iter, body, label } => self.for_expr(pat, iter, body, label.as_ref(), span),
            ExprKind::Break { label, value } => self.break_expr(label.as_ref(), value.as_deref(), span),
            ExprKind::Continue { label } => self.continue_expr(label.as_ref(), span),
            ExprKind::Return(value) => {
                match value {
                    Some(v) => self.expr(v),
                    None => {
                        self.emit(Op::Unit, span);
                    }
                }
                // Values stay on the stack; the VM drops the frame's slots
                // in reverse order on return.
                self.emit_return(span);
                self.emit(Op::Unit, span);
            }
            ExprKind::Range { start: Some(a), end: Some(b), inclusive } if self.facts.char_ranges.contains(&(span.start, span.end)) => {
                for x in [a, b] {
                    self.expr(x);
                    self.emit(Op::Cast(CastTo::Int(IntTy::U32)), x.span);
                }
                self.emit(Op::Range { inclusive: *inclusive, has_start: true, has_end: true }, span);
                self.emit(Op::CharRange, span);
            }
            ExprKind::Range { start, end, inclusive } => {
                if let Some(s) = start {
                    self.expr(s);
                }
                if let Some(en) = end {
                    self.expr(en);
                }
                self.emit(Op::Range { inclusive: *inclusive, has_start: start.is_some(), has_end: end.is_some() }, span);
            }
            ExprKind::StructLit { path, fields, base } => self.struct_lit(path, fields, base.as_deref(), span),
            ExprKind::Macro(m) => self.macro_call(m, span),
            ExprKind::Closure { is_move, is_async, params, body, .. } => self.closure(*is_move, *is_async, params, body, span),
        }
    }

    fn path_expr(&mut self, path: &Path, span: Span) {
        let names = self.strip_mods(path.names());
        if names.len() == 1 {
            let name = names[0];
            if let Some(slot) = self.lookup(name) {
                let depth = self.fcx.len();
                if !self.lend_mut_closure && self.mut_closures.iter().any(|(d, s, _)| *d == depth && *s == slot) {
                    self.err(span, format!("using `{name}`, a closure with a `&mut` parameter, other than by calling it is not supported yet"));
                }
                if let Some(place) = self.aliases.iter().rev().find(|(d, s, _)| *d == depth && *s == slot).map(|(_, _, pl)| pl.clone()) {
                    self.load_place(&place, span);
                    return;
                }
                if self.facts.copies.contains(&(span.start, span.end)) {
                    self.emit(Op::Load(slot), span);
                    return;
                }
                self.emit(Op::Move(slot), span);
                return;
            }
            if name == "None" {
                self.emit(Op::Adt { def: builtin::OPTION, variant: builtin::NONE, n: 0, is_enum: true }, span);
                return;
            }
            if let Some(&i) = self.statics.get(name) {
                self.static_value(i, span);
                return;
            }
            if let Some(e) = self.const_items.get(name).copied() {
                self.const_value(e, self.self_def, span);
                return;
            }
        }
        if let Some((def, variant, is_enum)) = self.resolve_variant(path) {
            match self.variant_shape(def, variant) {
                Some(Shape::Unit) => {
                    self.emit(Op::Adt { def, variant, n: 0, is_enum }, span);
                    return;
                }
                // A constructor used as a function: below.
                Some(Shape::Tuple(_)) if self.facts.fn_values.contains_key(&(span.start, span.end)) => {}
                _ => {
                    self.err(span, format!("`{}` must be called with its fields", names.join("::")));
                    self.emit(Op::Unit, span);
                    return;
                }
            }
        }
        if let Some(v) = self.std_const(&names) {
            let c = self.add_const(v);
            self.emit(Op::Const(c), span);
            return;
        }
        // A function, constructor or method as a value (`.map(double)`,
        // `.map(Some)`, `.map(str::len)`, `.map(RefCell::into_inner)`): a
        // closure that calls it with its arguments.
        let canon = self.canonical(&names);
        if let Some((op, argc)) = self.fn_value_call(path, &names, &canon, span) {
            let id = self.funcs.len() as FuncId;
            self.funcs.push(None);
            let mut cx = FnCx::new(canon.clone(), false, span, true);
            cx.scopes.push(Scope { vars: Vec::new(), drops: Vec::new() });
            self.fcx.push(cx);
            for i in 0..argc {
                let slot = self.declare(&format!("$arg{i}"));
                self.cur().param_slots.push(slot);
                self.emit(Op::Move(slot), span);
            }
            self.emit(op, span);
            self.emit(Op::Return, span);
            let cx = self.fcx.pop().expect("function value context");
            self.funcs[id as usize] = Some(cx.finish());
            self.emit(Op::MakeClosure { func: id, argc: 0, copy: true }, span);
            return;
        }
        if self.facts.fn_values.contains_key(&(span.start, span.end)) || (names.len() == 1 && self.fns.contains_key(names[0])) {
            self.err(span, format!("`{}` used as a function value is not supported yet; call it in a closure instead", names.join("::")));
            self.emit(Op::Unit, span);
            return;
        }
        // An associated constant of a user type.
        if let [ty, item] = names[..] {
            // `Self::NAME` in a provided method, `T::NAME` in a generic
            // function: the hidden method of the value's type.
            let hidden = assoc_const_method(item);
            let via = match ty {
                "Self" if self.in_provided => Some("self".to_string()),
                _ => self.generic_vals.iter().find(|(g, _)| g == ty).map(|(_, v)| v.clone()),
            };
            if self.user_methods.contains_key(&hidden)
                && (via.is_some() || (ty == "Self" && self.in_provided) || self.generic_vals.iter().any(|(g, _)| g == ty))
            {
                if let Some(slot) = via.and_then(|v| self.lookup(&v)) {
                    self.emit(Op::Load(slot), span);
                    let nid = self.name_id(&hidden);
                    self.emit(Op::UserMethod { name: nid, argc: 1 }, span);
                } else {
                    self.err(span, format!("`{ty}::{item}` without a value of type `{ty}` is not supported yet"));
                    self.emit(Op::Unit, span);
                }
                return;
            }
            let mut tys: Vec<String> = match (ty, self.self_def) {
                ("Self", Some(def)) => self.types.iter().filter(|&(_, &d)| d == def).map(|(t, _)| t.clone()).collect(),
                _ => vec![ty.to_string()],
            };
            // `Self::NAME` in an impl for a std type (`impl Tr for
            // Vec<T>`): the constant that impl gave that type, when only
            // one type of that kind has it (every integer type shares one).
            if tys.is_empty()
                && let Some(def) = self.self_def
            {
                let suffix = format!("::{item}");
                let mut owners = self.const_self.iter().filter(|&(k, &d)| d == def && k.ends_with(&suffix)).map(|(k, _)| k.clone());
                if let (Some(k), None) = (owners.next(), owners.next()) {
                    tys.push(k[..k.len() - suffix.len()].to_string());
                }
            }
            if let Some(key) = tys.iter().map(|t| format!("{t}::{item}")).find(|k| self.const_items.contains_key(k))
                && let Some(e) = self.const_items.get(&key).copied()
            {
                // Its value sees the impl's `Self`.
                let owner = self.const_self.get(&key).copied().or(self.self_def);
                self.const_value(e, owner, span);
                return;
            }
        }
        self.err(span, format!("cannot find value `{}` in this scope (or it is not supported yet)", names.join("::")));
        self.emit(Op::Unit, span);
    }

    /// What a function used as a value calls (one operation), and with how many arguments;
    /// `None` when it is not one, or not one the engine can call this way.
    fn fn_value_call(&mut self, path: &Path, names: &[&str], canon: &str, span: Span) -> Option<(Op, usize)> {
        let fact = self.facts.fn_values.get(&(span.start, span.end)).cloned();
        // A primitive's native function (`RefCell::into_inner`, `Arc::new`).
        if let Some((prim, index)) = crate::exec::prim::lookup(canon)
            && let Some(argc) = crate::check::std_fn_arity(canon)
        {
            // One that blocks its thread is awaited where it is called.
            if crate::exec::prim::awaited_at_call(prim, index) {
                return None;
            }
            return Some((Op::Native { prim, index, argc: argc as u32 }, argc));
        }
        if let Some(to) = prim_from_cast(names) {
            return Some((Op::Cast(to), 1));
        }
        // `Trait::method` of a user trait (`.map(Shape::area)`): the method
        // of its first argument's type, found on the value as a call is.
        if let [tr, m] = names[..]
            && self.lookup(tr).is_none()
            && !self.types.contains_key(tr)
            && let Some(f) = self.traits.get(tr).and_then(|items| {
                items.iter().find_map(|i| match &i.kind {
                    ItemKind::Fn(f) if f.name.name == m => Some(f),
                    _ => None,
                })
            })
        {
            // `&mut self` is written back by a call's caller, which a
            // closure's caller cannot do; an `async fn` is not one either.
            let self_param = f.self_param.as_ref()?;
            if (self_param.is_ref && self_param.is_mut) || f.is_async || f.params.iter().any(|p| is_mut_ref(&p.ty)) {
                return None;
            }
            let argc = f.params.len() + 1;
            let nid = self.name_id(m);
            return Some((Op::UserMethod { name: nid, argc: argc as u32 }, argc));
        }
        let fact = fact?;
        let argc = fact.arity as usize;
        // A user function or associated function.
        let key = self.user_fn_key_of(path, names);
        if let Some(info) = self.fns.get(&key) {
            let (id, is_async) = (info.id, info.is_async);
            // `&mut` arguments are written back to their places by the
            // caller, which a closure's caller cannot do.
            // Nor can it pass the witnesses of `T` (`witness_fns`).
            if info.mut_params.iter().any(|&m| m) || info.self_mode == Some(SelfMode::RefMut) || self.witness_fns.contains_key(&id) {
                return None;
            }
            let op = if is_async { Op::MakeFuture { func: id, argc: argc as u32 } } else { Op::Call { func: id, argc: argc as u32 } };
            return Some((op, argc));
        }
        // A tuple struct's or a variant's constructor.
        if let Some((def, variant, is_enum)) = self.resolve_variant(path)
            && let Some(Shape::Tuple(n)) = self.variant_shape(def, variant)
        {
            return Some((Op::Adt { def, variant, n: n as u32, is_enum }, n));
        }
        // A std method: called on its first argument, by name.
        if let Some((mpath, _)) = &fact.method {
            // (An integer method's native takes the receiver's type too.)
            if let Some((prim, index)) = crate::exec::prim::lookup(mpath).filter(|_| !mpath.starts_with("int::")) {
                return Some((Op::Native { prim, index, argc: argc as u32 }, argc));
            }
            let name = *names.last()?;
            let m = MethodName::of(name);
            if !m.is_known() || m.is_mutating() || argc == 0 {
                return None;
            }
            let owner = mpath.rsplit_once("::").map_or("", |(ty, _)| ty);
            let nid = self.name_id(name);
            return Some((Op::Method { name: nid, argc: argc as u32 - 1, on: StdTy::of(owner) }, argc));
        }
        // A std function: a builtin (`String::from`, `Box::new`).
        let b = builtin_fn(canon).or_else(|| self.globs.iter().find_map(|g| builtin_fn(&normalize_path(&format!("{g}::{}", names.join("::"))))))?;
        Some((Op::Builtin { b, argc: argc as u32 }, argc))
    }

    /// The key of a user function or associated function named by a path:
    /// `f`, `Type::f` (`Self::f` inside an impl).
    /// [`Self::user_fn_key`] for a path that may be qualified:
    /// `<Type as Trait>::f` is the trait impl's `f`.
    fn user_fn_key_of(&self, path: &Path, names: &[&str]) -> String {
        // `Trait::method(&x)`: the impl the checker picked by `x`'s type.
        // (Not in a provided method, whose body serves every implementing
        // type: there it is dispatched at run time.)
        if let Some(key) = self.facts.trait_calls.get(&(path.span.start, path.span.end))
            && !self.in_provided
            && self.fns.contains_key(key)
        {
            return key.clone();
        }
        let key = self.user_fn_key(names);
        if let Some(tr) = path.qself.as_ref().and_then(|q| q.trait_.as_ref())
            && let Some((ty, item)) = key.rsplit_once("::")
        {
            let qualified = format!("{ty}::<{}>::{item}", tr.last());
            if self.fns.contains_key(&qualified) {
                return qualified;
            }
        }
        key
    }

    fn user_fn_key(&self, names: &[&str]) -> String {
        let key = if names.len() == 1 {
            names[0].to_string()
        } else if names.len() == 2 && (self.types.contains_key(names[0]) || names[0] == "Self") {
            format!("{}::{}", names[0], names[1])
        } else {
            String::new()
        };
        if key.starts_with("Self::") { self.self_type_key(&key) } else { key }
    }

    /// std's associated constants the VM can hold: `Duration::ZERO`,
    /// `u8::MAX`, `i32::BITS`, ... (`u64::MAX` and 128-bit ones do not fit
    /// the VM's `i64`).
    fn std_const(&self, names: &[&str]) -> Option<Value> {
        // `std::f64::consts::PI` (`use std::f64::consts::PI;`, `consts::E`).
        let canon_all = self.canonical(names);
        if let Some(c) = canon_all.strip_prefix("std::f64::consts::").or_else(|| canon_all.strip_prefix("core::f64::consts::")) {
            return float_const(c).map(Value::Float);
        }
        if let Some(c) = canon_all.strip_prefix("std::f32::consts::").or_else(|| canon_all.strip_prefix("core::f32::consts::")) {
            return float_const(c).map(|x| Value::F32(x as f32));
        }
        let (item, ty) = names.split_last()?;
        let ty_name = ty.last()?;
        let canon = self.canonical(ty);
        if canon == "std::time::Duration" || *ty_name == "Duration" {
            return Some(Value::Duration(match *item {
                "ZERO" => 0,
                "MAX" => u64::MAX,
                "SECOND" => 1_000_000_000,
                "MILLISECOND" => 1_000_000,
                "MICROSECOND" => 1_000,
                "NANOSECOND" => 1,
                _ => return None,
            }));
        }
        if (canon == "tokio::sync::Semaphore" || *ty_name == "Semaphore") && *item == "MAX_PERMITS" {
            return Some(Value::from_i128(i128::from(u64::MAX >> 3)));
        }
        if ty.len() == 1 && matches!(*ty_name, "f64" | "f32") {
            let f32 = *ty_name == "f32";
            let x = match *item {
                "MIN" if f32 => f64::from(f32::MIN),
                "MAX" if f32 => f64::from(f32::MAX),
                "EPSILON" if f32 => f64::from(f32::EPSILON),
                "MIN_POSITIVE" if f32 => f64::from(f32::MIN_POSITIVE),
                "MIN" => f64::MIN,
                "MAX" => f64::MAX,
                "EPSILON" => f64::EPSILON,
                "MIN_POSITIVE" => f64::MIN_POSITIVE,
                "INFINITY" => f64::INFINITY,
                "NEG_INFINITY" => f64::NEG_INFINITY,
                "NAN" => f64::NAN,
                _ => return None,
            };
            return Some(if f32 { Value::F32(x as f32) } else { Value::Float(x) });
        }
        let ity = IntTy::from_name(ty_name).filter(|_| ty.len() == 1)?;
        let (lo, hi) = ity.range128();
        Some(Value::from_i128(match *item {
            "MIN" => lo,
            "MAX" if *ty_name == "u128" => return None,
            "MAX" => hi,
            "BITS" => match ity {
                IntTy::I8 | IntTy::U8 => 8,
                IntTy::I16 | IntTy::U16 => 16,
                IntTy::I32 | IntTy::U32 => 32,
                IntTy::I64 | IntTy::U64 => 64,
                IntTy::I128 | IntTy::U128 => 128,
            },
            _ => return None,
        }))
    }

    /// `std::mem::take(&mut p)`, `replace(&mut p, v)`, `swap(&mut a, &mut
    /// b)` on places: the old value read into a hidden slot, the new one
    /// stored (an assignment: the place's old copy dies, the value read
    /// lives on).
    fn mem_call(&mut self, path: &str, args: &'a [Expr], span: Span) {
        let mut places = Vec::new();
        for a in args.iter().take(if path.ends_with("replace") { 1 } else { args.len() }) {
            let place = match &a.kind {
                ExprKind::Ref { is_mut: true, expr } => self.place_for_write(expr),
                // `mem::take(s.inner())`: the place the returned `&mut`
                // names; `mem::take(r)` of an alias `r`: its place.
                _ if self.is_ret_place_call(a) => self.ret_ref_place(a),
                _ => self.alias_of(a),
            };
            match place {
                Some(p) => places.push(p),
                None => {
                    self.err(
                        a.span,
                        format!("`{}` of this argument (not `&mut` of a variable or its field) is not supported yet", path.trim_start_matches("std::")),
                    );
                    return self.emit_unit(span);
                }
            }
        }
        let default = self.facts.default_calls.get(&(span.start, span.end)).cloned();
        match (path, &places[..], args) {
            ("std::mem::take", [p], _) => {
                let Some(d) = default else {
                    self.err(span, "`mem::take` of a value whose default Taskscope does not know is not supported yet");
                    return self.emit_unit(span);
                };
                let old = self.alloc_hidden();
                self.load_place(p, span);
                self.emit(Op::Store(old), span);
                self.push_place_operands(p);
                self.emit_default(&d, span, 0);
                self.emit_store_place(p.clone(), span);
                self.emit(Op::Move(old), span);
            }
            ("std::mem::replace", [p], [_, v]) => {
                let (old, new) = (self.alloc_hidden(), self.alloc_hidden());
                self.expr(v);
                self.emit(Op::Store(new), span);
                self.load_place(p, span);
                self.emit(Op::Store(old), span);
                self.push_place_operands(p);
                self.emit(Op::Move(new), span);
                self.emit_store_place(p.clone(), span);
                self.emit(Op::Move(old), span);
            }
            ("std::mem::swap", [a, b], _) => {
                let (va, vb) = (self.alloc_hidden(), self.alloc_hidden());
                self.load_place(a, span);
                self.emit(Op::Store(va), span);
                self.load_place(b, span);
                self.emit(Op::Store(vb), span);
                self.push_place_operands(a);
                self.emit(Op::Move(vb), span);
                self.emit_store_place(a.clone(), span);
                self.push_place_operands(b);
                self.emit(Op::Move(va), span);
                self.emit_store_place(b.clone(), span);
                self.emit(Op::Unit, span);
            }
            _ => {
                self.err(span, format!("`{}` called this way is not supported yet", path.trim_start_matches("std::")));
                self.emit_unit(span)
            }
        }
    }

    /// Which formatting trait `x.fmt(f)` calls (`true`: `Debug`), when
    /// exactly one applies: in scope (`use`d, by a `std::fmt` glob, or the
    /// trait of the hand-written `fmt` being compiled) and, on a user type
    /// (`owner`), implemented by it. Std's types have both.
    fn fmt_method_trait(&self, owner: Option<&str>) -> Option<bool> {
        let imported = |t: &str| {
            let full = format!("std::fmt::{t}");
            self.uses.iter().any(|(_, p)| *p == full || *p == format!("core::fmt::{t}"))
                || self.globs.iter().any(|g| g == "std::fmt" || g == "core::fmt")
                || self.anon_traits.contains(&full)
        };
        let own = self.cur_fn.and_then(|f| self.user_fmt.iter().find(|(_, _, id)| *id == f)).map(|(_, debug, _)| *debug);
        let in_scope = |debug: bool| own == Some(debug) || imported(if debug { "Debug" } else { "Display" });
        let implemented = |debug: bool| match owner.and_then(|ty| self.types.get(ty).copied()) {
            Some(def) => self.user_fmt.iter().any(|(d, dbg, _)| *d == def && *dbg == debug) || (debug && self.defs.get(def).is_some_and(|d| d.derives_debug)),
            None => true,
        };
        match (in_scope(false) && implemented(false), in_scope(true) && implemented(true)) {
            (true, false) => Some(false),
            (false, true) => Some(true),
            _ => None,
        }
    }

    /// `&mut x`, or a local that holds a `&mut`.
    fn is_mut_borrow(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Ref { is_mut: true, .. } => true,
            ExprKind::Path(_) => self.facts.mut_refs.contains(&(e.span.start, e.span.end)),
            _ => false,
        }
    }

    fn struct_lit(&mut self, path: &Path, fields: &'a [FieldInit], base: Option<&'a Expr>, span: Span) {
        let Some((def, variant, is_enum)) = self.resolve_variant(path) else {
            self.err(path.span, format!("the struct or variant `{}` is not supported yet here", path.names().join("::")));
            self.emit(Op::Unit, span);
            return;
        };
        let names = match self.variant_shape(def, variant) {
            Some(Shape::Named(n)) => n,
            _ => {
                self.err(path.span, format!("`{}` has no named fields", path.names().join("::")));
                self.emit(Op::Unit, span);
                return;
            }
        };
        let mut idx = Vec::new();
        for f in fields {
            match names.iter().position(|n| *n == f.name.name) {
                Some(i) => idx.push(i),
                None => {
                    self.err(f.name.span, format!("struct `{}` has no field named `{}`", path.last(), f.name.name));
                    return self.emit_unit(span);
                }
            }
        }
        if let Some(base) = base {
            for f in fields {
                self.field_value(&f.value);
            }
            self.expr(base);
            self.emit(Op::AdtUpdate { def, fields: idx.iter().map(|&i| i as u32).collect() }, span);
            return;
        }
        if idx.len() != names.len() {
            let missing: Vec<&String> = names.iter().enumerate().filter(|(i, _)| !idx.contains(i)).map(|(_, n)| n).collect();
            self.err(
                span,
                format!("missing fields in initializer of `{}`: {}", path.last(), missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")),
            );
            return self.emit_unit(span);
        }
        // Evaluate in source order into temps, then push in definition order.
        let mut slots = vec![0; names.len()];
        for (k, f) in fields.iter().enumerate() {
            self.field_value(&f.value);
            let t = self.alloc_hidden();
            self.emit(Op::Store(t), f.value.span);
            slots[idx[k]] = t;
        }
        for s in slots {
            self.emit(Op::Move(s), span);
        }
        self.emit(Op::Adt { def, variant, n: names.len() as u32, is_enum }, span);
    }

    fn emit_unit(&mut self, span: Span) {
        self.emit(Op::Unit, span);
    }

    /// An async fn with `&mut` parameters returns them with its value (the
    /// caller writes them back); its future made where it is not awaited
    /// runs this shim instead, which calls it and gives only the value
    /// (its `&mut`s are lent locals, written already).
    fn handed_back_shim(&mut self, func: FuncId, argc: u32, span: Span) -> FuncId {
        if let Some(&(_, shim)) = self.shims.iter().find(|(f, _)| *f == func) {
            return shim;
        }
        let mut code: Vec<Op> = (0..argc).map(Op::Move).collect();
        code.extend([Op::Call { func, argc }, Op::GetTupleField(0), Op::Return]);
        let n = code.len();
        let shim = self.funcs.len() as FuncId;
        self.funcs.push(Some(Function {
            name: "{future}".into(),
            code,
            spans: vec![span; n],
            nslots: argc,
            param_slots: (0..argc).collect(),
            borrowed_slots: vec![],
            borrow_temps: vec![],
            is_async: true,
            writes_captures: false,
            track_caller: false,
            span,
        }));
        self.shims.push((func, shim));
        shim
    }

    /// A `&mut` argument (or `&mut self` receiver, `receiver` true) of a
    /// future that is not awaited where it is made: the local it borrows
    /// is lent to the future (`Op::LendMut`), or the field of one
    /// (`Op::LendMutPlace`: `self.conn.read_frame()` in a `select!`). A
    /// `&mut` to an element, through a lock, or one passed on from a
    /// `&mut` parameter, is not supported yet.
    fn lend_mut_arg(&mut self, e: &'a Expr, receiver: bool) {
        let target = match &e.kind {
            ExprKind::Ref { is_mut: true, expr } => self.place_of(expr),
            _ if receiver => self.place_of(e),
            _ => None,
        };
        match target {
            Some(p) if p.proj.is_empty() => {
                self.emit(Op::LendMut { slot: p.root }, e.span);
            }
            Some(p) if p.proj.iter().all(|x| matches!(x, PExpr::Field(_) | PExpr::TupleField(_))) => {
                let place = self.add_place(p);
                self.emit(Op::LendMutPlace { place }, e.span);
            }
            _ => {
                let what = if receiver { "an `async fn` method with `&mut self` on" } else { "an `async fn` with a `&mut` argument to" };
                self.err(e.span, format!("{what} something other than a variable or a field of one, not awaited where it is called, is not supported yet"));
                self.emit_unit(e.span);
            }
        }
    }

    /// The arguments of a future made where it is not awaited: each one
    /// flagged `&mut` in `mut_params` is lent (`lend_mut_arg`).
    fn lent_future_args(&mut self, args: &'a [Expr], mut_params: &[bool]) {
        for (i, a) in args.iter().enumerate() {
            if mut_params.get(i).copied().unwrap_or(false) {
                self.lend_mut_arg(a, false);
            } else {
                self.expr(a);
            }
        }
    }

    /// A field's value in a struct literal or a user type's constructor.
    /// A `&mut` to a local kept there (`S { buf: &mut v }`, or a `&mut`
    /// parameter or alias moved in) lends the local to the field
    /// (`Op::LendMut`), so writes through the field reach it; a `&mut` to
    /// part of a value is not supported yet.
    fn field_value(&mut self, e: &'a Expr) {
        if !self.is_mut_borrow(e) {
            return self.expr(e);
        }
        let target = match &e.kind {
            ExprKind::Ref { is_mut: true, expr } => self.place_of(expr),
            _ => self.place_of(e),
        };
        match target {
            Some(p) if p.proj.is_empty() => {
                self.emit(Op::LendMut { slot: p.root }, e.span);
            }
            _ => {
                self.err(e.span, "a `&mut` to part of a value, kept in a struct or enum field, is not supported yet");
                self.emit_unit(e.span);
            }
        }
    }

    // ---------------------------------------------------------------
    // Places
    // ---------------------------------------------------------------

    /// A place expression (local, field, index, deref), if `e` is one.
    /// The place a `&mut` alias local names.
    fn alias_of(&mut self, e: &'a Expr) -> Option<PlaceExpr<'a>> {
        let ExprKind::Path(p) = &e.kind else { return None };
        if p.segments.len() != 1 {
            return None;
        }
        let slot = self.lookup(p.last())?;
        let depth = self.fcx.len();
        self.aliases.iter().rev().find(|(d, s, _)| *d == depth && *s == slot).map(|(_, _, pl)| pl.clone())
    }

    /// The `ref mut` bindings of a pattern on a place scrutinee are
    /// aliases of the places inside it they bind (as `let r = &mut x.f`),
    /// so a write through one changes the scrutinee (the checker marks the
    /// same bindings, `check::ref_mut_aliases`).
    fn ref_mut_aliases(&mut self, scrutinee: &'a Expr, pat: &'a Pat) {
        let facts = self.facts;
        let binds = crate::check::ref_mut_aliases(pat, &|id: &Ident| facts.ref_mut_binds.contains(&(id.span.start, id.span.end)));
        if binds.is_empty() || !crate::check::alias_scrutinee(scrutinee) {
            return;
        }
        let inner = match &scrutinee.kind {
            ExprKind::Ref { is_mut: true, expr } => &**expr,
            _ => scrutinee,
        };
        let Some(place) = self.place_of(inner) else { return };
        if place.proj.iter().any(|p| matches!(p, PExpr::Index(..))) {
            return;
        }
        let depth = self.fcx.len();
        for (name, steps) in binds {
            let Some(slot) = self.lookup(&name.name) else { continue };
            let mut pl = place.clone();
            for st in steps {
                pl.proj.push(match st {
                    crate::check::PatStep::Field(f) => PExpr::Field(self.name_id(&f)),
                    crate::check::PatStep::Pos(k) => PExpr::TupleField(k),
                });
            }
            self.aliases.push((depth, slot, pl));
        }
    }

    fn place_of(&mut self, e: &'a Expr) -> Option<PlaceExpr<'a>> {
        if let Some(alias) = self.alias_of(e) {
            return Some(alias);
        }
        if let ExprKind::Unary(UnOp::Deref, inner) = &e.kind
            && let Some(alias) = self.alias_of(inner)
        {
            return Some(alias);
        }
        match &e.kind {
            ExprKind::Path(p) if p.segments.len() == 1 => {
                let slot = self.lookup(p.last())?;
                Some(PlaceExpr { root: slot, proj: vec![] })
            }
            ExprKind::Paren(inner) => self.place_of(inner),
            ExprKind::Field(base, name) => {
                let mut pl = self.place_of(base)?;
                let id = self.name_id(&name.name);
                pl.proj.push(PExpr::Field(id));
                Some(pl)
            }
            ExprKind::TupleField(base, i, _) => {
                let mut pl = self.place_of(base)?;
                pl.proj.push(PExpr::TupleField(*i));
                Some(pl)
            }
            // A user `Index`: a call, not a place.
            ExprKind::Index(..) if self.facts.user_ops.contains_key(&(e.span.start, e.span.end)) => None,
            ExprKind::Index(base, idx) => {
                let mut pl = self.place_of(base)?;
                pl.proj.push(PExpr::Index(idx, Span::new(base.span.end as usize, e.span.end as usize)));
                Some(pl)
            }
            ExprKind::Unary(UnOp::Deref, inner) => {
                let mut pl = self.place_of(inner)?;
                pl.proj.push(PExpr::Deref);
                Some(pl)
            }
            _ => None,
        }
    }

    /// A place to write to; a non-place base (like `m.lock().await` in
    /// `*m.lock().await += 1`) is stored in a statement temporary first.
    fn place_for_write(&mut self, e: &'a Expr) -> Option<PlaceExpr<'a>> {
        if let Some(p) = self.place_of(e) {
            return Some(p);
        }
        // `b.push(1).push(2)`, `*first(&mut v) += 1`: the place the
        // returned `&mut` names (`*` of it is that place too).
        if self.is_ret_place_call(e) {
            return self.ret_ref_place(e);
        }
        if let ExprKind::Unary(UnOp::Deref, inner) = &e.kind
            && self.is_ret_place_call(inner)
        {
            return self.ret_ref_place(inner);
        }
        if crate::check::ref_place_form(e, &self.facts.method_paths).is_some() {
            return self.ref_place(e);
        }
        match &e.kind {
            ExprKind::Unary(UnOp::Deref, inner) => {
                let mut base = self.place_for_write_base(inner);
                base.proj.push(PExpr::Deref);
                Some(base)
            }
            ExprKind::Field(base, name) => {
                let mut b = self.place_for_write_base(base);
                let id = self.name_id(&name.name);
                b.proj.push(PExpr::Field(id));
                Some(b)
            }
            ExprKind::TupleField(base, i, _) => {
                let mut b = self.place_for_write_base(base);
                b.proj.push(PExpr::TupleField(*i));
                Some(b)
            }
            // `grid[i] = v` on a user type: `*grid.index_mut(i) = v`, when
            // its `index_mut` returns a place of `self`.
            ExprKind::Index(base, idx) if self.facts.user_ops.contains_key(&(e.span.start, e.span.end)) && self.user_methods.contains_key("index_mut") => {
                let method = Ident { name: "index_mut".to_string(), span: Span::new(e.span.end as usize, e.span.end as usize) };
                self.last_call = None;
                self.method_call(base, &method, std::slice::from_ref(&**idx), Span::new(base.span.end as usize, e.span.end as usize), false);
                self.emit(Op::Pop, e.span);
                self.ret_ref_place_of_call(e.span)
            }
            ExprKind::Index(..) if self.facts.user_ops.contains_key(&(e.span.start, e.span.end)) => {
                self.err(e.span, "writing through a user `IndexMut` (`grid[i] = ..`) is not supported yet");
                None
            }
            ExprKind::Index(base, idx) => {
                let mut b = self.place_for_write_base(base);
                b.proj.push(PExpr::Index(idx, Span::new(base.span.end as usize, e.span.end as usize)));
                Some(b)
            }
            ExprKind::Paren(inner) => self.place_for_write(inner),
            _ => None,
        }
    }

    /// A `&mut` place expression (`check::ref_place_form`): emits what
    /// finds or makes the place (the key kept in a hidden slot, the entry
    /// filled, the check `unwrap` makes) and returns the place.
    fn ref_place(&mut self, e: &'a Expr) -> Option<PlaceExpr<'a>> {
        use crate::check::RefForm;
        let (form, unwrap) = crate::check::ref_place_form(e, &self.facts.method_paths)?;
        // `bank.account(id)?`: `?` of the method's copy, then the place.
        if let (ExprKind::Try(_), RefForm::Ret { recv, .. }, None) = (&e.unparen().kind, form, unwrap) {
            let (base, ks, at) = self.form_probe(form)?;
            self.try_tail(e.span);
            self.emit(Op::Pop, e.span);
            return Some(self.elem_place(base, at, ks, recv.span));
        }
        let (RefForm::Elem { recv, .. }
        | RefForm::Lock { recv, .. }
        | RefForm::Entry { recv, .. }
        | RefForm::Fill { recv, .. }
        | RefForm::Whole { recv }
        | RefForm::Ret { recv, .. }) = form;
        if self.place_of(recv).is_none() && !matches!(form, RefForm::Entry { .. } if !matches!(recv.kind, ExprKind::Path(_))) {
            // A path that is not a local (a `static`): no place to name.
            self.err(e.span, "writing through this `&mut` is not supported yet");
            return None;
        }
        match form {
            RefForm::Elem { .. } | RefForm::Ret { .. } => {
                let (base, key, at) = self.form_probe(form)?;
                let (um, msg) = unwrap?;
                self.unwrap_probe(um, msg, e.span);
                Some(self.elem_place(base, at, key, recv.span))
            }
            RefForm::Lock { recv, std, span } => {
                let mut base = self.place_of(recv)?;
                if std {
                    // std's `get_mut` is `Err` once the mutex is poisoned.
                    self.load_place(&base, recv.span);
                    let Some((prim, index)) = crate::exec::prim::lookup("std::sync::Mutex::get_mut") else {
                        self.err(span, "`get_mut` is not supported yet");
                        return None;
                    };
                    self.emit(Op::Native { prim, index, argc: 1 }, span);
                    let (um, msg) = unwrap?;
                    self.unwrap_probe(um, msg, e.span);
                }
                base.proj.push(PExpr::LockData);
                Some(base)
            }
            RefForm::Whole { recv } => self.place_of(recv),
            RefForm::Fill { recv, fill, replace, span } => {
                let base = self.place_of(recv)?;
                self.option_fill(&base, fill, replace, e, span);
                let mut place = base;
                place.proj.push(PExpr::TupleField(0));
                Some(place)
            }
            RefForm::Entry { recv, key, modify, fill, span } => {
                // A temporary map (`m.lock().await`) is kept in a
                // statement temporary.
                let (base, ks, place) = self.entry_place(recv, key, span);
                if let Some(f) = modify {
                    self.entry_modify(&base, ks, &place, f, span);
                }
                // The default is made (`or_insert`'s argument, before the
                // call) and put in only when the key is absent.
                let vs = self.alloc_hidden();
                // `or_insert_with(Vec::new)`: a function's path is called
                // where the value is needed.
                let fn_path = match fill {
                    crate::check::EntryFill::With(f) => match &f.kind {
                        ExprKind::Path(p) if p.segments.len() > 1 || self.lookup(p.last()).is_none() => Some(f),
                        _ => None,
                    },
                    _ => None,
                };
                match fill {
                    crate::check::EntryFill::Value(v) => {
                        self.expr(v);
                        self.emit(Op::Store(vs), v.span);
                    }
                    crate::check::EntryFill::With(_) if fn_path.is_some() => {
                        self.emit(Op::Unit, span);
                        self.emit(Op::Store(vs), span);
                    }
                    crate::check::EntryFill::With(f) => {
                        self.expr(f);
                        self.emit(Op::Store(vs), f.span);
                    }
                    crate::check::EntryFill::Default => {}
                }
                self.contains_key(&base, ks, span);
                let absent = self.emit(Op::JumpIfFalse(0), span);
                self.emit(Op::DropSlot(vs), span);
                let skip = self.emit(Op::Jump(0), span);
                let here = self.here();
                self.patch(absent, here);
                self.push_place_operands(&base);
                self.emit(Op::Load(ks), span);
                match fill {
                    crate::check::EntryFill::Value(_) => {
                        self.emit(Op::Move(vs), span);
                    }
                    crate::check::EntryFill::With(_) if let Some(f) = fn_path => {
                        self.call(f, &[], f.span, false);
                    }
                    crate::check::EntryFill::With(_) => {
                        self.emit(Op::Move(vs), span);
                        self.emit(Op::CallValue { argc: 0 }, span);
                    }
                    crate::check::EntryFill::Default => self.default_of_call(e, span, "or_default"),
                }
                let nid = self.name_id("insert");
                let pid = self.add_place(base);
                self.emit(Op::MethodPlace { place: pid, name: nid, argc: 2 }, span);
                self.emit(Op::Pop, span);
                let end = self.here();
                self.patch(skip, end);
                Some(place)
            }
        }
    }

    /// `Some` of the value on the stack; `None` where the jump `absent`
    /// (emitted before the value was made) goes.
    fn some_else_none(&mut self, absent: usize, span: Span) {
        self.emit(Op::Adt { def: builtin::OPTION, variant: builtin::SOME, n: 1, is_enum: true }, span);
        let done = self.emit(Op::Jump(0), span);
        let here = self.here();
        self.patch(absent, here);
        self.emit(Op::Adt { def: builtin::OPTION, variant: builtin::NONE, n: 0, is_enum: true }, span);
        let end = self.here();
        self.patch(done, end);
    }

    /// `?` of the `Result`/`Option` on the stack: returns from the function
    /// on `Err`/`None` (converting the error with a user `From`), else
    /// leaves the value inside.
    fn try_tail(&mut self, span: Span) {
        if let Some((def, func)) = self.user_from(span) {
            // `Err(e)` returns `Err(From::from(e))`.
            let at = self.emit(Op::TryJump(0), span);
            self.emit(Op::IntoUser { def, func, err: true }, span);
            self.emit_return(span);
            let ok = self.here();
            self.patch(at, ok);
        } else if self.cur().mut_params.is_empty() {
            // The VM returns from the function on Err/None.
            self.emit(Op::Try, span);
        } else {
            // The return hands the `&mut` parameters back.
            let at = self.emit(Op::TryJump(0), span);
            self.emit_return(span);
            let ok = self.here();
            self.patch(at, ok);
        }
    }

    /// Pushes the default value an `or_default()`-like call (`e`, named
    /// `what`) makes, of the type the checker found.
    fn default_of_call(&mut self, e: &'a Expr, span: Span, what: &str) {
        let key = (e.span.start, e.span.end);
        if let Some(crate::check::Special::Default(of)) = self.facts.special.get(&key).copied() {
            self.emit(Op::Adt { def: builtin::OPTION, variant: builtin::NONE, n: 0, is_enum: true }, span);
            self.emit(Op::UnwrapOrDefault(of), span);
        } else if let Some(d) = self.facts.default_calls.get(&key).cloned() {
            self.emit_default(&d, span, 0);
        } else {
            self.err(span, format!("`{what}` of a value of this type is not supported yet"));
            self.emit(Op::Unit, span);
        }
    }

    /// `o.get_or_insert(v)` (`_with(f)`, `_default()`) and `o.insert(v)`
    /// of the `Option` at `base`: a value given is made first (the
    /// argument, evaluated before the call); it is put in as `Some` when
    /// `o` is `None`, or always when `replace`, else dropped; `f` is called
    /// only when it is needed.
    fn option_fill(&mut self, base: &PlaceExpr<'a>, fill: crate::check::EntryFill<'a>, replace: bool, e: &'a Expr, span: Span) {
        use crate::check::EntryFill;
        let vs = self.alloc_hidden();
        match fill {
            EntryFill::Value(v) | EntryFill::With(v) => {
                self.expr(v);
                self.emit(Op::Store(vs), v.span);
            }
            EntryFill::Default => {}
        }
        let mut skip = None;
        if !replace {
            self.load_place(base, span);
            let nid = self.name_id("is_none");
            self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Option }, span);
            let absent = self.emit(Op::JumpIfFalse(0), span);
            skip = Some(absent);
        }
        self.push_place_operands(base);
        match fill {
            EntryFill::Value(_) => {
                self.emit(Op::Move(vs), span);
            }
            EntryFill::With(_) => {
                self.emit(Op::Move(vs), span);
                self.emit(Op::CallValue { argc: 0 }, span);
            }
            EntryFill::Default => self.default_of_call(e, span, "get_or_insert_default"),
        }
        self.emit(Op::Adt { def: builtin::OPTION, variant: builtin::SOME, n: 1, is_enum: true }, span);
        let pid = self.add_place(base.clone());
        self.emit(Op::StorePlace(pid), span);
        if let Some(absent) = skip {
            let done = self.emit(Op::Jump(0), span);
            let here = self.here();
            self.patch(absent, here);
            self.emit(Op::DropSlot(vs), span);
            let end = self.here();
            self.patch(done, end);
        }
    }

    /// Pushes whether the map at `base` has the key in slot `ks`.
    fn contains_key(&mut self, base: &PlaceExpr<'a>, ks: Slot, span: Span) {
        self.load_place(base, span);
        self.emit(Op::Load(ks), span);
        let nid = self.name_id("contains_key");
        self.emit(Op::Method { name: nid, argc: 1, on: StdTy::Map }, span);
    }

    /// The receiver's place and, for `get_mut(key)`, the key in a hidden
    /// slot (`first_mut` keeps 0 there; `last_mut`'s index is computed
    /// once the element is known to exist).
    fn elem_prep(&mut self, recv: &'a Expr, at: crate::check::ElemAt<'a>) -> Option<(PlaceExpr<'a>, Slot)> {
        let base = self.place_of(recv)?;
        let ks = self.alloc_hidden();
        match at {
            crate::check::ElemAt::Key(k) => {
                self.expr_borrow(k);
            }
            crate::check::ElemAt::Pick(pick, f) => {
                // The index of the element picked (an `Option`): the
                // closure sees the elements as it would through
                // `iter_mut()`, in the same order.
                use crate::check::Pick;
                self.load_place(&base, recv.span);
                let nid = self.name_id("iter");
                self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Unknown }, recv.span);
                self.expr(f);
                let name = match pick {
                    Pick::Find => "position",
                    Pick::RevFind => "rposition",
                    Pick::MinByKey => "position_min_by_key",
                    Pick::MaxByKey => "position_max_by_key",
                };
                let nid = self.name_id(name);
                self.emit(Op::Method { name: nid, argc: 1, on: StdTy::Iter }, f.span);
            }
            _ => {
                self.emit(Op::Int(0), recv.span);
            }
        }
        self.emit(Op::Store(ks), recv.span);
        Some((base, ks))
    }

    /// Pushes a copy of what `get`/`first`/`last` would find (an `Option`).
    fn elem_probe(&mut self, base: &PlaceExpr<'a>, at: crate::check::ElemAt<'a>, ks: Slot, map: bool, span: Span) {
        // A picked element's probe is the index found.
        if let crate::check::ElemAt::Pick(..) = at {
            self.emit(Op::Load(ks), span);
            return;
        }
        self.load_place(base, span);
        // `opt.as_mut()`: the `Option` itself.
        if let crate::check::ElemAt::OptValue = at {
            return;
        }
        let (name, argc) = match at {
            crate::check::ElemAt::Key(_) => {
                self.emit(Op::Load(ks), span);
                ("get", 1)
            }
            crate::check::ElemAt::First => ("first", 0),
            crate::check::ElemAt::Last => ("last", 0),
            crate::check::ElemAt::Pick(..) | crate::check::ElemAt::OptValue => return,
        };
        let nid = self.name_id(name);
        let on = if map { StdTy::Map } else { StdTy::Unknown };
        self.emit(Op::Method { name: nid, argc, on }, span);
    }

    /// `unwrap()`/`expect(msg)` of the probe on the stack (its panic, at
    /// the call), the value dropped.
    fn unwrap_probe(&mut self, um: &'a Ident, msg: Option<&'a Expr>, whole: Span) {
        // `.ok_or(e)?`: the error is made (moved), and `?` returns it.
        let try_op = matches!(um.name.as_str(), "ok_or" | "ok_or_else");
        if let Some(m) = msg {
            if try_op {
                self.expr(m);
            } else {
                self.expr_borrow(m);
            }
        }
        let nid = self.name_id(&um.name);
        let on = if self.facts.method_paths.get(&(um.span.start, um.span.end)).is_some_and(|(p, _)| p.starts_with("std::result::")) {
            StdTy::Result
        } else {
            StdTy::Option
        };
        self.emit(Op::Method { name: nid, argc: u32::from(msg.is_some()), on }, um.span);
        if try_op {
            self.try_tail(whole);
        }
        self.emit(Op::Pop, um.span);
    }

    /// The element's place, once it is known to exist.
    fn elem_place(&mut self, mut base: PlaceExpr<'a>, at: crate::check::ElemAt<'a>, ks: Slot, span: Span) -> PlaceExpr<'a> {
        if let crate::check::ElemAt::Last = at {
            self.load_place(&base, span);
            let nid = self.name_id("len");
            self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Unknown }, span);
            self.emit(Op::Int(1), span);
            self.emit(Op::Bin(BinOp::Sub), span);
            self.emit(Op::Store(ks), span);
        }
        if let crate::check::ElemAt::Pick(..) = at {
            self.emit(Op::Load(ks), span);
            let nid = self.name_id("unwrap");
            self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Option }, span);
            self.emit(Op::Store(ks), span);
        }
        if let crate::check::ElemAt::OptValue = at {
            base.proj.push(PExpr::TupleField(0));
        } else {
            base.proj.push(PExpr::Slot(ks, span));
        }
        base
    }

    /// An element form's probe (`RefForm::Elem`: `get`/`first`/`last` or
    /// the index found; `RefForm::Ret`: the method's call, whose value is
    /// a copy and which hands over the key): pushes the `Option` (or
    /// `Result`) and returns the collection's place, the key's slot and
    /// which element it is.
    fn form_probe(&mut self, form: crate::check::RefForm<'a>) -> Option<(PlaceExpr<'a>, Slot, crate::check::ElemAt<'a>)> {
        use crate::check::RefForm;
        match form {
            RefForm::Elem { recv, at, map } => {
                let (base, ks) = self.elem_prep(recv, at)?;
                self.elem_probe(&base, at, ks, map, recv.span);
                Some((base, ks, at))
            }
            RefForm::Ret { call, recv } => {
                self.last_call = None;
                self.expr(call);
                let res = self.alloc_hidden();
                self.emit(Op::Store(res), call.span);
                let ks = self.alloc_hidden();
                self.emit(Op::TakeRetKey, call.span);
                self.emit(Op::Store(ks), call.span);
                let found = self.last_call.take().and_then(|(func, _)| self.ret_elems.get(&func).cloned());
                let Some((steps, at)) = found else {
                    self.err(call.span, "writing through the `&mut` this method returns is not supported yet");
                    return None;
                };
                let Some(mut base) = self.place_of(recv) else {
                    self.err(call.span, "writing through the `&mut` this method returns is not supported yet: its receiver is not a variable or its field");
                    return None;
                };
                for st in steps {
                    base.proj.push(match st {
                        RetField::Named(n) => PExpr::Field(self.name_id(&n)),
                        RetField::Pos(k) => PExpr::TupleField(k),
                    });
                }
                self.emit(Op::Load(res), call.span);
                Some((base, ks, at))
            }
            _ => None,
        }
    }

    /// The body of a method returning an element of its collection
    /// (`check::returned_elem`): its statements; then the element's key,
    /// handed to the caller (`Op::SetRetKey`), and for reads a copy of
    /// the element in its `Option` (then `ok_or`'s `Result`).
    fn ret_elem_body(&mut self, f: &'a FnDecl) {
        let body = &f.body;
        let Some((elem, wrap)) = crate::check::returned_elem(f, self.src) else { return self.block_value(body) };
        let Some((_, rest)) = body.stmts.split_last() else { return self.block_value(body) };
        let Some(crate::check::RefForm::Elem { recv, at, map }) = crate::check::ref_form(elem, &self.facts.method_paths) else {
            self.err(elem.span, "returning this `&mut` is not supported yet");
            return self.block_value(body);
        };
        self.push_scope();
        for st in rest {
            self.stmt(st);
        }
        let span = elem.span;
        match self.elem_prep(recv, at) {
            Some((base, ks)) => {
                if let crate::check::ElemAt::Pick(..) = at {
                    // A copy of the element at the index found, if any.
                    self.emit(Op::Load(ks), span);
                    let nid = self.name_id("is_some");
                    self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Option }, span);
                    let absent = self.emit(Op::JumpIfFalse(0), span);
                    // (In a slot of its own: `ks` goes to the caller as it is.)
                    let ix = self.alloc_hidden();
                    self.emit(Op::Load(ks), span);
                    self.emit(Op::Store(ix), span);
                    let place = self.elem_place(base.clone(), at, ix, span);
                    self.load_place(&place, span);
                    self.some_else_none(absent, span);
                } else {
                    self.elem_probe(&base, at, ks, map, span);
                }
                if let Some(w) = wrap
                    && let ExprKind::MethodCall { method, args, .. } = &w.kind
                    && let [a] = args.as_slice()
                {
                    self.expr(a);
                    let nid = self.name_id(&method.name);
                    self.emit(Op::Method { name: nid, argc: 1, on: StdTy::Option }, method.span);
                }
                self.emit(Op::Load(ks), span);
                self.emit(Op::SetRetKey, span);
            }
            None => self.emit_unit(span),
        }
        self.pop_scope(Span::new(body.span.end as usize, body.span.end as usize));
    }

    /// `m.get_mut(&k).map(|v| body)` (and `first_mut`, `last_mut`,
    /// `as_mut`, a found `iter_mut()` item): `Some(body)` with `v` naming
    /// the element's place, else `None`, as the `match` it amounts to. A
    /// closure that could leave early (`return`, `?`) is left alone.
    fn ref_map(&mut self, recv: &'a Expr, f: &'a Expr, span: Span) -> bool {
        use crate::check::RefForm;
        if !self.facts.ref_map_closures.contains(&(f.span.start, f.span.end)) {
            return false;
        }
        let Some(form) = crate::check::ref_form(recv, &self.facts.method_paths) else { return false };
        // The checker made the closure's parameter name the element: from
        // here on, a shape not run this way must stop, not run a copy.
        let unsupported = |c: &mut Self| {
            c.err(f.span, "this closure given to `map` of a `&mut` element is not supported yet (one plain parameter, no `return` or `?`)");
            c.emit_unit(span);
            true
        };
        let ExprKind::Closure { params, body, is_async: false, .. } = &f.unparen().kind else { return unsupported(self) };
        let [p] = params.as_slice() else { return unsupported(self) };
        if !matches!(p.pat.kind, PatKind::Ident { by_ref: false, sub: None, .. }) {
            return unsupported(self);
        }
        let text = self.src.get(body.span.start as usize..body.span.end as usize).unwrap_or("");
        if text.contains('?') || text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w == "return") {
            return unsupported(self);
        }
        if !matches!(form, RefForm::Elem { .. } | RefForm::Ret { .. })
            || matches!(form, RefForm::Elem { recv: r, .. } | RefForm::Ret { recv: r, .. } if self.place_of(r).is_none())
        {
            return unsupported(self);
        }
        let Some((base, ks, at)) = self.form_probe(form) else {
            self.emit_unit(span);
            return true;
        };
        let nid = self.name_id("is_some");
        self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Option }, recv.span);
        let absent = self.emit(Op::JumpIfFalse(0), recv.span);
        self.push_scope();
        let place = self.elem_place(base, at, ks, recv.span);
        self.bind_ref_aliases(&p.pat, place);
        self.push_temps();
        self.expr(body);
        let res = self.alloc_hidden();
        self.emit(Op::Store(res), body.span);
        self.pop_temps(body.span);
        self.pop_scope(body.span);
        self.emit(Op::Move(res), body.span);
        self.some_else_none(absent, span);
        true
    }

    /// `match m.get_mut(&k) { Some(x) => a, None => b }`: `x` names the
    /// element's place in `a`.
    fn match_ref(&mut self, form: crate::check::RefForm<'a>, recv: &'a Expr, some: &'a Arm, none: &'a Arm, span: Span) {
        let Some((base, ks, at)) = self.form_probe(form) else { return self.emit_unit(span) };
        // The probe stays for an `Err(e)` arm to match.
        let pv = self.alloc_hidden();
        self.emit(Op::Store(pv), recv.span);
        self.emit(Op::Load(pv), recv.span);
        let ok = matches!(&some.pat.kind, PatKind::TupleStruct(p, _) if p.names().last() == Some(&"Ok"));
        let (name, on) = if ok { ("is_ok", StdTy::Result) } else { ("is_some", StdTy::Option) };
        let nid = self.name_id(name);
        self.emit(Op::Method { name: nid, argc: 0, on }, recv.span);
        let to_none = self.emit(Op::JumpIfFalse(0), recv.span);
        let res = self.alloc_hidden();
        self.push_scope();
        let place = self.elem_place(base, at, ks, recv.span);
        if let PatKind::TupleStruct(_, subs) = &some.pat.kind
            && let [sub] = subs.as_slice()
        {
            self.bind_ref_aliases(sub, place);
        }
        self.expr(&some.body);
        self.emit(Op::Store(res), some.body.span);
        self.pop_scope(some.body.span);
        let to_end = self.emit(Op::Jump(0), span);
        let here = self.here();
        self.patch(to_none, here);
        self.push_scope();
        if let PatKind::TupleStruct(..) = &none.pat.kind {
            // `Err(e)`: the error, as a plain `match` binds it.
            self.emit(Op::Load(pv), none.pat.span);
            let cp = self.pattern(&none.pat, true);
            let pid = self.add_pat(cp);
            let at = self.emit(Op::Match { pat: pid, fail: 0 }, none.pat.span);
            self.patch_to_unreachable(at, none.pat.span);
        }
        self.expr(&none.body);
        self.emit(Op::Store(res), none.body.span);
        self.pop_scope(none.body.span);
        let end = self.here();
        self.patch(to_end, end);
        self.emit(Op::Move(res), span);
    }

    /// `if let Some(x) = m.get_mut(&k)` (and `first_mut`, `last_mut`,
    /// `Ok(x)` of std's `Mutex::get_mut`): `x` names the element's place.
    fn if_let_ref(&mut self, pat: &'a Pat, expr: &'a Expr, fails: &mut Vec<usize>) -> bool {
        use crate::check::RefForm;
        let PatKind::TupleStruct(path, subs) = &pat.kind else { return false };
        let [sub] = subs.as_slice() else { return false };
        if crate::check::ref_bindings(sub).is_none() {
            return false;
        }
        let Some(form) = crate::check::ref_form(expr, &self.facts.method_paths) else { return false };
        let variant = path.names().last().copied().unwrap_or("");
        let place = match form {
            RefForm::Elem { recv, .. } | RefForm::Ret { recv, .. } if variant == "Some" || (variant == "Ok" && matches!(form, RefForm::Ret { .. })) => {
                let Some((base, ks, at)) = self.form_probe(form) else { return false };
                let (name, on) = if variant == "Ok" { ("is_ok", StdTy::Result) } else { ("is_some", StdTy::Option) };
                let nid = self.name_id(name);
                self.emit(Op::Method { name: nid, argc: 0, on }, expr.span);
                let at_fail = self.emit(Op::JumpIfFalse(0), expr.span);
                fails.push(at_fail);
                self.elem_place(base, at, ks, recv.span)
            }
            RefForm::Lock { recv, std: true, span } if variant == "Ok" => {
                let Some(mut base) = self.place_of(recv) else { return false };
                let Some((prim, index)) = crate::exec::prim::lookup("std::sync::Mutex::get_mut") else { return false };
                self.load_place(&base, recv.span);
                self.emit(Op::Native { prim, index, argc: 1 }, span);
                let nid = self.name_id("is_ok");
                self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Result }, expr.span);
                let at_fail = self.emit(Op::JumpIfFalse(0), expr.span);
                fails.push(at_fail);
                base.proj.push(PExpr::LockData);
                base
            }
            _ => return false,
        };
        self.bind_ref_aliases(sub, place);
        true
    }

    /// Binds what `pat` names in the `&mut` element at `place`
    /// (`check::ref_bindings`): `x` the element, `(_, c)` its field 1.
    fn bind_ref_aliases(&mut self, pat: &'a Pat, place: PlaceExpr<'a>) {
        for (field, name) in crate::check::ref_bindings(pat).unwrap_or_default() {
            let mut p = place.clone();
            if let Some(i) = field {
                p.proj.push(PExpr::TupleField(i));
            }
            self.bind_alias(name, pat.span, Some(p));
        }
    }

    /// `recv.entry(key)`: the map's place (a temporary map, like
    /// `m.lock().await`, kept in a statement temporary), the hidden slot
    /// with the key, and the place of the key's value.
    fn entry_place(&mut self, recv: &'a Expr, key: &'a Expr, span: Span) -> (PlaceExpr<'a>, Slot, PlaceExpr<'a>) {
        let base = self.place_for_write_base(recv);
        self.expr(key);
        let ks = self.alloc_hidden();
        self.emit(Op::Store(ks), key.span);
        let mut place = base.clone();
        place.proj.push(PExpr::Slot(ks, span));
        (base, ks, place)
    }

    /// An entry's `and_modify(f)`: runs `f` on the value now, if there is
    /// one.
    fn entry_modify(&mut self, base: &PlaceExpr<'a>, ks: Slot, place: &PlaceExpr<'a>, f: &'a Expr, span: Span) {
        self.expr(f);
        let fs = self.alloc_hidden();
        self.emit(Op::Store(fs), f.span);
        self.contains_key(base, ks, span);
        let absent = self.emit(Op::JumpIfFalse(0), span);
        self.emit(Op::Move(fs), f.span);
        let pid = self.add_place(place.clone());
        self.push_place_operands(place);
        self.emit(Op::TakePlace(pid), f.span);
        self.emit(Op::CallValue { argc: 1 }, f.span);
        self.emit_writeback(vec![place.clone()], f.span);
        self.emit(Op::Pop, f.span);
        let here = self.here();
        self.patch(absent, here);
        self.emit(Op::DropSlot(fs), f.span);
    }

    /// `m.entry(k).and_modify(f);` as a statement (the entry it returns
    /// unused): the map, the key and `f`.
    fn entry_modify_stmt(&self, e: &'a Expr) -> Option<(&'a Expr, &'a Expr, &'a Expr)> {
        let ExprKind::MethodCall { receiver, method, args, .. } = &e.kind else { return None };
        let [f] = args.as_slice() else { return None };
        let (path, _) = self.facts.method_paths.get(&(method.span.start, method.span.end))?;
        if !matches!(path.as_str(), "std::collections::hash_map::Entry::and_modify" | "std::collections::btree_map::Entry::and_modify") {
            return None;
        }
        let (map, key) = crate::check::entry_call(receiver, &self.facts.method_paths)?;
        Some((map, key, f))
    }

    fn place_for_write_base(&mut self, e: &'a Expr) -> PlaceExpr<'a> {
        if let Some(p) = self.place_for_write(e) {
            return p;
        }
        // `Pin::new(&mut x)` (a hand-written future polling the future it
        // owns) is `x` itself.
        if let ExprKind::Call { func, args } = &e.kind
            && let ExprKind::Path(p) = &func.kind
            && p.segments.len() >= 2
            && p.segments[p.segments.len() - 2].ident.name == "Pin"
            && p.last() == "new"
            && let [arg] = args.as_slice()
        {
            if let ExprKind::Ref { is_mut: true, expr: inner } = &arg.kind
                && let Some(p) = self.place_for_write(inner)
            {
                return p;
            }
            // `Pin::new(f)` of a `ref mut f` binding: the place it aliases.
            if let Some(p) = self.alias_of(arg) {
                return p;
            }
        }
        self.expr(e);
        let t = self.temp_slot();
        self.emit(Op::Store(t), e.span);
        PlaceExpr { root: t, proj: vec![] }
    }

    /// Moves the value at `place` into a future's cell there (a
    /// hand-written future; other values stay as they are), then pushes
    /// it: `&mut fut` that polls change `fut` itself. Indices are
    /// evaluated once.
    fn pin_in_place(&mut self, mut place: PlaceExpr<'a>, span: Span) {
        for pr in place.proj.iter_mut() {
            if let PExpr::Index(e, bracket) = *pr {
                self.expr_borrow(e);
                let s = self.alloc_hidden();
                self.emit(Op::Store(s), bracket);
                *pr = PExpr::Slot(s, bracket);
            }
        }
        self.push_place_operands(&place);
        self.load_place(&place, span);
        self.emit(Op::Builtin { b: Builtin::Pin, argc: 1 }, span);
        let pid = self.add_place(place.clone());
        self.emit(Op::StorePlace(pid), span);
        self.load_place(&place, span);
    }

    fn push_place_operands(&mut self, p: &PlaceExpr<'a>) {
        for pr in &p.proj {
            match pr {
                PExpr::Index(e, _) => self.expr_borrow(e),
                PExpr::Slot(s, span) => {
                    self.emit(Op::Load(*s), *span);
                }
                _ => {}
            }
        }
    }

    fn add_place(&mut self, p: PlaceExpr<'a>) -> u32 {
        let proj = p
            .proj
            .into_iter()
            .map(|x| match x {
                PExpr::Field(id) => Proj::Field(id),
                PExpr::TupleField(i) => Proj::TupleField(i),
                PExpr::Index(..) | PExpr::Slot(..) => Proj::Index,
                PExpr::LockData => Proj::LockData,
                PExpr::Deref => Proj::Deref,
            })
            .collect();
        self.places.push(Place { root: p.root, proj });
        (self.places.len() - 1) as u32
    }

    /// Pushes a copy of the place's value (index operands evaluated here).
    fn load_place(&mut self, p: &PlaceExpr<'a>, span: Span) {
        self.emit(Op::Load(p.root), span);
        for pr in &p.proj {
            match pr {
                PExpr::Field(id) => {
                    self.emit(Op::GetField(*id), span);
                }
                PExpr::TupleField(i) => {
                    self.emit(Op::GetTupleField(*i), span);
                }
                PExpr::Index(e, bracket) => {
                    self.expr_borrow(e);
                    self.emit(Op::Index, *bracket);
                }
                PExpr::Slot(s, at) => {
                    self.emit(Op::Load(*s), *at);
                    self.emit(Op::Index, *at);
                }
                PExpr::LockData => {
                    self.emit(Op::LockData, span);
                }
                PExpr::Deref => {
                    self.emit(Op::Deref, span);
                }
            }
        }
    }

    // ---------------------------------------------------------------
    // Calls
    // ---------------------------------------------------------------

    /// Pushes call arguments; `&mut place` arguments to user functions are
    /// taken out of their place (copy-in/copy-out), returning those places.
    fn push_args(&mut self, args: &'a [Expr], mut_params: &[bool]) -> Vec<PlaceExpr<'a>> {
        let mut writeback = Vec::new();
        let mut indices = Vec::new();
        for (i, a) in args.iter().enumerate() {
            // A `&mut` local passed on to a `&mut` parameter is reborrowed:
            // copied in and written back like `&mut *v`.
            // So is `*r` of an `r: &mut &mut T` (a `ref mut` binding of a
            // field that holds a `&mut`).
            let reborrow = |this: &mut Self, e: &'a Expr| this.alias_of(e).is_some() || this.facts.mut_refs.contains(&(e.span.start, e.span.end));
            if mut_params.get(i).copied().unwrap_or(false)
                && let Some(place) = self.alias_of(a).or_else(|| match &a.kind {
                    _ if self.facts.mut_refs.contains(&(a.span.start, a.span.end)) => self.place_of(a),
                    ExprKind::Unary(UnOp::Deref, inner) if reborrow(self, inner) => self.place_of(a),
                    _ => None,
                })
            {
                self.push_place_operands(&place);
                let pid = self.add_place(place.clone());
                self.emit(Op::TakePlace(pid), a.span);
                writeback.push(place);
                indices.push(i);
                continue;
            }
            // `bump(m.get_mut(&k).unwrap())`: the element's place; `&mut
            // x.f`: the place itself; `bump(b.inner())`: the place of `b`
            // the method returns.
            let mut place = None;
            if mut_params.get(i).copied().unwrap_or(false) {
                if crate::check::ref_place_form(a, &self.facts.method_paths).is_some() {
                    place = self.ref_place(a);
                } else if self.is_ret_place_call(a) {
                    place = self.ret_ref_place(a);
                }
                if place.is_none()
                    && let ExprKind::Ref { is_mut: true, expr } = &a.kind
                {
                    place = self.place_for_write(expr);
                }
            }
            if let Some(place) = place {
                self.push_place_operands(&place);
                let pid = self.add_place(place.clone());
                self.emit(Op::TakePlace(pid), a.span);
                writeback.push(place);
                indices.push(i);
                continue;
            }
            self.expr(a);
        }
        self.last_wb_params = indices;
        writeback
    }

    /// A call of a user function whose returned `&mut` is a place of one
    /// of its arguments (`TypeFacts::ret_place_calls`).
    fn is_ret_place_call(&self, e: &Expr) -> bool {
        let e = e.unparen();
        self.facts.ret_place_calls.contains_key(&(e.span.start, e.span.end))
    }

    /// Compiles such a call (its value dropped) and returns the place its
    /// `&mut` names: the argument's place, then the function's steps
    /// (`b.push(1)` is `b`, `s.inner()` is `s.v`, `first(&mut b.v)` is
    /// `b.v[0]`).
    fn ret_ref_place(&mut self, e: &'a Expr) -> Option<PlaceExpr<'a>> {
        let e = e.unparen();
        self.last_call = None;
        self.expr(e);
        self.emit(Op::Pop, e.span);
        self.ret_ref_place_of_call(e.span)
    }

    /// The place the `&mut` returned by the call just compiled (and its
    /// value popped) names; the indices the function computed come from
    /// `Op::TakeRetKey`, a tuple of them.
    fn ret_ref_place_of_call(&mut self, span: Span) -> Option<PlaceExpr<'a>> {
        let call = self.last_call.take();
        let found = call.and_then(|(func, args)| {
            let (param, steps) = self.ret_places.get(&func)?.clone();
            let (_, place) = args.into_iter().find(|(i, _)| *i == param)?;
            Some((place, steps))
        });
        let Some((mut place, steps)) = found else {
            self.err(span, "writing through the `&mut` this call returns is not supported yet: its argument is not a variable, its field or an element");
            let t = self.temp_slot();
            self.emit(Op::Unit, span);
            self.emit(Op::Store(t), span);
            return Some(PlaceExpr { root: t, proj: vec![] });
        };
        let mut computed = None;
        let mut k = 0;
        for st in steps {
            place.proj.push(match self.ret_step(&st) {
                Some(p) => p,
                None => {
                    let keys = *computed.get_or_insert_with(|| {
                        let ks = self.alloc_hidden();
                        self.emit(Op::TakeRetKey, span);
                        self.emit(Op::Store(ks), span);
                        ks
                    });
                    let at = self.alloc_hidden();
                    self.load_place(&PlaceExpr { root: keys, proj: vec![PExpr::TupleField(k)] }, span);
                    self.emit(Op::Store(at), span);
                    k += 1;
                    PExpr::Slot(at, span)
                }
            });
        }
        Some(place)
    }

    /// The body of a function whose returned `&mut` the caller names
    /// (`check::returned_place`): its statements, then a copy of its
    /// tail's place (what a read through the `&mut` sees; an index out of
    /// bounds panics here, as in Rust), never a move out of the parameter,
    /// which goes back to the caller.
    fn ret_place_body(&mut self, body: &'a Block) {
        let Some((tail, rest)) = body.stmts.split_last() else { return self.block_value(body) };
        let StmtKind::Expr { expr: tail, semi: false } = &tail.kind else { return self.block_value(body) };
        self.push_scope();
        for st in rest {
            self.stmt(st);
        }
        let mut inner = tail;
        while let ExprKind::Paren(x) | ExprKind::Ref { expr: x, .. } = &inner.kind {
            inner = x;
        }
        if let ExprKind::Unary(UnOp::Deref, x) = &inner.kind
            && matches!(x.kind, ExprKind::Path(_))
        {
            inner = x;
        }
        match self.computed_ret_place(inner) {
            Some(place) => self.load_place(&place, inner.span),
            None => match self.place_of(inner) {
                Some(place) => self.load_place(&place, inner.span),
                None => self.expr(tail),
            },
        }
        self.pop_scope(Span::new(body.span.end as usize, body.span.end as usize));
    }

    /// A returned place's step as a projection; `None` for a computed
    /// index, which each caller of this handles its own way.
    fn ret_step(&mut self, st: &crate::check::RetStep<'a>) -> Option<PExpr<'a>> {
        Some(match *st {
            crate::check::RetStep::Field(f) => PExpr::Field(self.name_id(f)),
            crate::check::RetStep::Pos(k) => PExpr::TupleField(k),
            crate::check::RetStep::Index(i) => PExpr::Index(i, i.span),
            crate::check::RetStep::Computed(_) => return None,
        })
    }

    /// The place of a returned `&mut` whose indices are computed
    /// (`&mut self.data[r * self.cols + c]`, `check::RetStep::Computed`):
    /// each index is evaluated once into a slot, and the tuple of them
    /// goes to the caller (`Op::SetRetKey`). `None` without such an index.
    fn computed_ret_place(&mut self, inner: &'a Expr) -> Option<PlaceExpr<'a>> {
        let steps = self.cur_fn.and_then(|f| self.ret_places.get(&f)).map(|(_, st)| st.clone())?;
        if !steps.iter().any(|s| matches!(s, crate::check::RetStep::Computed(_))) {
            return None;
        }
        // The root: the path under the projections.
        let mut root = inner;
        while let ExprKind::Paren(x) | ExprKind::Field(x, _) | ExprKind::TupleField(x, _, _) | ExprKind::Index(x, _) | ExprKind::Unary(UnOp::Deref, x) =
            &root.kind
        {
            root = x;
        }
        let mut place = self.place_of(root)?;
        let mut keys = Vec::new();
        for st in steps {
            place.proj.push(match (self.ret_step(&st), st) {
                (Some(p), _) => p,
                (None, crate::check::RetStep::Computed(i)) => {
                    self.expr(i);
                    let at = self.alloc_hidden();
                    self.emit(Op::Store(at), i.span);
                    keys.push(at);
                    PExpr::Slot(at, Span::new(i.span.start.saturating_sub(1) as usize, i.span.end as usize + 1))
                }
                (None, _) => continue,
            });
        }
        for &k in &keys {
            self.emit(Op::Load(k), inner.span);
        }
        self.emit(Op::Tuple(keys.len() as u32), inner.span);
        self.emit(Op::SetRetKey, inner.span);
        Some(place)
    }

    /// After a call returning `(ret, mut1, mut2..)`, writes the `&mut`
    /// arguments back and leaves `ret`.
    fn emit_writeback(&mut self, places: Vec<PlaceExpr<'a>>, span: Span) {
        if places.is_empty() {
            return;
        }
        let tup = self.alloc_hidden();
        self.emit(Op::Store(tup), span);
        for (i, place) in places.into_iter().enumerate() {
            self.push_place_operands(&place);
            self.emit(Op::Load(tup), span);
            self.emit(Op::GetTupleField(i as u32 + 1), span);
            let pid = self.add_place(place);
            self.emit(Op::StorePlace(pid), span);
        }
        self.emit(Op::Load(tup), span);
        self.emit(Op::GetTupleField(0), span);
        self.emit(Op::DropSlot(tup), span);
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], span: Span, awaited: bool) {
        let ExprKind::Path(path) = &func.kind else {
            // `(self.on_done)(x)`, `make()(x)`: a closure value.
            self.expr_borrow(func);
            for a in args {
                self.expr(a);
            }
            self.emit(Op::CallValue { argc: args.len() as u32 }, span);
            return;
        };
        let names = self.strip_mods(path.names());
        if !awaited && matches!(self.canonical(&names).as_str(), crate::exec::prim::join::JOIN_ALL | crate::exec::prim::join::TRY_JOIN_ALL) {
            self.err(span, format!("a `{}` future that is not awaited where it is called is not supported yet", path.last()));
            return self.emit_unit(span);
        }
        // `i32::pow(3, 4)` is `3.pow(4)`; `u8::try_from(x)` checks the range.
        // `i32::from_str_radix(s, 16)`: parsed, then fitted as `parse` is.
        if names.len() == 2
            && let Some(ty) = IntTy::from_name(names[0])
            && names[1] == "from_str_radix"
            && let [text, radix] = args
        {
            self.expr_borrow(text);
            self.expr(radix);
            let nid = self.name_id("from_str_radix");
            self.emit(Op::Method { name: nid, argc: 1, on: StdTy::Unknown }, span);
            self.emit(Op::FitInt { ty, fit: Fit::Parse }, span);
            return;
        }
        if names.len() == 2 && IntTy::from_name(names[0]).is_some() && names[1] == "try_from" && args.len() == 1 {
            let ty = IntTy::from_name(names[0]).unwrap_or(IntTy::I64);
            self.expr(&args[0]);
            self.emit(Op::FitInt { ty, fit: Fit::TryFrom }, span);
            return;
        }
        // `Default::default()`, of the type the checker inferred.
        if let [.., ty, "default"] = names[..]
            && (ty == "Default" || crate::check::DEFAULT_WRAPPERS.contains(&ty))
            && args.is_empty()
            && let Some(d) = self.facts.default_calls.get(&(span.start, span.end)).cloned()
        {
            return self.emit_default(&d, span, 0);
        }
        // `i64::from(x)`, `f64::from(x)`, `char::from(b)`: the cast, which
        // the checker found lossless (unless it picked the user's `impl
        // From<Celsius> for f64`, below).
        if let [arg] = args
            && let Some(to) = prim_from_cast(&names)
            && !self.facts.from_calls.contains_key(&(func.span.start, func.span.end))
        {
            return self.cast(arg, to, span);
        }
        if names.len() == 2 && !args.is_empty() && crate::check::is_prim_method(names[0], names[1]) {
            let method = &path.segments[1].ident;
            return self.typed_method_call(&args[0], method, &args[1..], span);
        }
        // User functions and associated functions.
        let key = self.user_fn_key_of(path, &names);
        // `Type::from(x)` of a type with several `From` impls: the one the
        // checker picked by `x`'s type (or `x` itself, already a `Type`).
        if let Some(&picked) = self.facts.from_calls.get(&(func.span.start, func.span.end))
            && let [arg] = args
        {
            self.expr(arg);
            if let Some(func) = picked.and_then(|start| self.from_fns.get(&start).copied()) {
                self.emit(Op::Call { func, argc: 1 }, span);
            }
            return;
        }
        // `T::default()` of a struct that derives `Default`.
        if args.is_empty()
            && !self.fns.contains_key(&key)
            && let Some((ty, "default")) = key.rsplit_once("::")
            && self.facts.derived_defaults.contains_key(ty)
        {
            self.emit_default(&crate::check::FieldDefault::Struct(ty.to_string()), span, 0);
            return;
        }
        if names.len() == 1 && self.lookup(names[0]).is_some() {
            // A closure in a local: `FnOnce` consumes it, `Fn` and `FnMut`
            // are called through it.
            let slot = self.lookup(names[0]).unwrap_or(0);
            if self.facts.once_calls.contains(&(func.span.start, func.span.end)) {
                self.emit(Op::Move(slot), func.span);
            } else {
                self.emit(Op::Load(slot), func.span);
            }
            let depth = self.fcx.len();
            if let Some(flags) = self.mut_closures.iter().rev().find(|(d, s, _)| *d == depth && *s == slot).map(|(_, _, f)| f.clone()) {
                let wb = self.push_args(args, &flags);
                if wb.len() != flags.iter().filter(|&&m| m).count() {
                    self.err(span, "passing this closure a `&mut` that is not `&mut` of a variable, its field or an element is not supported yet");
                }
                self.emit(Op::CallValue { argc: args.len() as u32 }, span);
                self.emit_writeback(wb, span);
                return;
            }
            for a in args {
                self.expr(a);
            }
            self.emit(Op::CallValue { argc: args.len() as u32 }, span);
            return;
        }
        if let Some(info) = self.fns.get(&key) {
            let (id, is_async, mut_params, self_mode) = (info.id, info.is_async, info.mut_params.clone(), info.self_mode);
            let mut mp = mut_params;
            if let Some(m) = self_mode {
                mp.insert(0, m == SelfMode::RefMut);
            }
            if self.arity_check(id, args.len(), span) {
                return self.emit_unit(span);
            }
            if is_async && !awaited {
                // Its `&mut` arguments are lent to the future, as a
                // method's `&mut self` is (see `method_call`).
                self.lent_future_args(args, &mp);
                let w = self.push_witnesses(id, span);
                let argc = (args.len() + w) as u32;
                let id = if mp.iter().any(|&m| m) { self.handed_back_shim(id, argc, span) } else { id };
                self.emit(Op::MakeFuture { func: id, argc }, span);
                return;
            }
            let wb = self.push_args(args, &mp);
            let indices = std::mem::take(&mut self.last_wb_params);
            let w = self.push_witnesses(id, span);
            self.emit(Op::Call { func: id, argc: (args.len() + w) as u32 }, span);
            self.last_call = Some((id, indices.into_iter().zip(wb.iter().cloned()).collect()));
            self.emit_writeback(wb, span);
            return;
        }
        // Tuple-struct and variant constructors.
        if let Some((def, variant, is_enum)) = self.resolve_variant(path)
            && let Some(Shape::Tuple(n)) = self.variant_shape(def, variant)
        {
            if n != args.len() {
                self.err(span, format!("this constructor takes {n} argument(s) but {} were supplied", args.len()));
                return self.emit_unit(span);
            }
            // A user type keeping a `&mut` (as `struct_lit` does).
            let user = self.types.values().any(|&d| d == def);
            for a in args {
                if user {
                    self.field_value(a);
                } else {
                    self.expr(a);
                }
            }
            self.emit(Op::Adt { def, variant, n: n as u32, is_enum }, span);
            return;
        }
        let canon = self.canonical(&names);
        if matches!(canon.as_str(), "std::mem::size_of" | "std::mem::align_of")
            && let Some(&n) = self.facts.layouts.get(&(span.start, span.end))
        {
            self.emit(Op::Int(n as i64), span);
            return;
        }
        if matches!(canon.as_str(), "std::mem::take" | "std::mem::replace" | "std::mem::swap") {
            return self.mem_call(&canon, args, span);
        }
        // `HashMap::from([(k, v), ..])`, `BTreeSet::from_iter(iter)`: a
        // `collect()` into that collection.
        if let [_, "from" | "from_iter"] = names[..]
            && let [arg] = args
            && let Some(into) = collection_of(&canon)
        {
            self.expr(arg);
            self.emit(Op::Collect(crate::vm::Collect { into, wrap: crate::vm::CollectWrap::Plain }), span);
            return;
        }
        let callee = |path: &str| -> Option<Callee> {
            match builtin_fn(path) {
                Some(b) => Some(Callee::Builtin(b)),
                None => crate::exec::prim::lookup(path).map(|(prim, index)| Callee::Native(prim, index)),
            }
        };
        let b = callee(&canon).or_else(|| self.globs.iter().find_map(|g| callee(&normalize_path(&format!("{g}::{}", names.join("::"))))));
        let b = match b {
            Some(Callee::Native(prim, index)) => {
                for a in args {
                    // A `&mut` passed on is reborrowed (`Display::fmt(&x, f)`).
                    if matches!(a.kind, ExprKind::Path(_)) && self.is_mut_borrow(a) {
                        self.expr_borrow(a);
                    } else {
                        self.expr(a);
                    }
                }
                self.emit(Op::Native { prim, index, argc: args.len() as u32 }, span);
                // `std::thread::sleep(d)`: its thread waits for the future.
                if crate::exec::prim::awaited_at_call(prim, index) {
                    self.emit(Op::Await, span);
                }
                return;
            }
            Some(Callee::Builtin(b)) => Some(b),
            None => None,
        };
        let Some(b) = b else {
            // `Self::area(self)` (or `<Self as Shape>::area(self)`) in a
            // trait's provided method, `T::area(s)` for a generic `T`: the
            // method called on its first argument, of the implementing
            // type found at run time.
            if let ([ty, m], [recv, rest @ ..]) = (&names[..], args)
                && ((*ty == "Self" && self.in_provided) || self.generic_vals.iter().any(|(g, _)| g == ty) || self.traits.contains_key(*ty))
                && self.user_methods.contains_key(*m)
            {
                // Through a trait (`Trait::m`, `<T as Trait>::m`): that
                // trait's method of the value's type.
                let tr = if self.traits.contains_key(*ty) {
                    Some(ty.to_string())
                } else if let Some(q) = path.qself.as_ref().and_then(|q| q.trait_.as_ref()) {
                    Some(q.last().to_string())
                } else if *ty == "Self" {
                    self.cur_trait.clone()
                } else {
                    None
                };
                let hidden = tr.map(|t| trait_method(&t, m)).filter(|h| self.user_methods.contains_key(h));
                let method = Ident { name: hidden.unwrap_or_else(|| m.to_string()), span: func.span };
                return self.method_call(recv, &method, rest, span, awaited);
            }
            // `<T as Trait>::f(..)` of a generic `T` with a value, and
            // `Self::f(..)` in a provided method, for a trait's function
            // without `self`: its hidden method, on that value.
            if let [ty, m] = names[..]
                && let Some(via) = match ty {
                    "Self" if self.in_provided => Some("self".to_string()),
                    _ => self.generic_vals.iter().find(|(g, _)| g == ty).map(|(_, v)| v.clone()),
                }
                && let Some(slot) = self.lookup(&via)
            {
                let suffix = format!(">::{m}");
                let tr = path.qself.as_ref().and_then(|q| q.trait_.as_ref()).map(|t| t.last().to_string());
                let tr = tr.or_else(|| if ty == "Self" { self.cur_trait.clone() } else { None });
                let hidden = match tr {
                    Some(tr) => Some(trait_method(&tr, m)).filter(|h| self.user_methods.contains_key(h)),
                    None => {
                        let all: Vec<&String> = self.user_methods.keys().filter(|k| k.starts_with('<') && k.ends_with(&suffix)).collect();
                        if all.len() == 1 { all.first().map(|k| (*k).clone()) } else { None }
                    }
                };
                if let Some(hidden) = hidden {
                    self.emit(Op::Load(slot), func.span);
                    for a in args {
                        self.expr(a);
                    }
                    let nid = self.name_id(&hidden);
                    self.emit(Op::UserMethod { name: nid, argc: args.len() as u32 + 1 }, span);
                    return;
                }
            }
            // `i32::default()`, `<bool as Default>::default()`.
            if let ([ty, "default"], []) = (&names[..], args) {
                let d = match *ty {
                    "bool" => Some(crate::check::FieldDefault::Bool),
                    "char" => Some(crate::check::FieldDefault::Char),
                    "f32" | "f64" => Some(crate::check::FieldDefault::Float),
                    "String" => Some(crate::check::FieldDefault::String),
                    "Vec" => Some(crate::check::FieldDefault::Vec),
                    "HashMap" => Some(crate::check::FieldDefault::Map),
                    "HashSet" => Some(crate::check::FieldDefault::Set),
                    "Option" => Some(crate::check::FieldDefault::None),
                    t if IntTy::from_name(t).is_some() => Some(crate::check::FieldDefault::Int),
                    _ => None,
                };
                if let Some(d) = d {
                    return self.emit_default(&d, span, 0);
                }
            }
            self.err(func.span, format!("cannot find function `{}` (or it is not supported yet)", names.join("::")));
            return self.emit_unit(span);
        };
        match b {
            Builtin::Drop => {
                for a in args {
                    self.expr(a);
                }
                self.emit(Op::Builtin { b, argc: args.len() as u32 }, span);
            }
            Builtin::ArcClone => {
                for a in args {
                    self.expr_borrow(a);
                }
                self.emit(Op::Builtin { b, argc: args.len() as u32 }, span);
            }
            _ => {
                for a in args {
                    self.expr(a);
                }
                self.emit(Op::Builtin { b, argc: args.len() as u32 }, span);
            }
        }
    }

    /// `Self::m` inside `impl T` is `T::m` (left as is outside an impl, or
    /// when `T` has no such function, so the caller reports it).
    fn self_type_key(&self, key: &str) -> String {
        let (Some(def), Some(m)) = (self.self_def, key.strip_prefix("Self::")) else { return key.to_string() };
        // The smallest name, should two names ever map to one definition:
        // the answer must not depend on the map's order.
        self.types
            .iter()
            .filter(|&(ty, &d)| d == def && self.fns.contains_key(&format!("{ty}::{m}")))
            .map(|(ty, _)| format!("{ty}::{m}"))
            .min()
            .unwrap_or_else(|| key.to_string())
    }

    /// A generic function passing its own `T` to one that needs a witness
    /// of it (`make::<T>(..)` in `pair<T>`) needs one too: to a fixpoint.
    fn witness_callers(&mut self, bodies: &[(FuncId, &'a FnDecl, Option<DefId>)]) {
        loop {
            let mut changed = false;
            for &(id, decl, self_def) in bodies {
                if self_def.is_some() {
                    continue;
                }
                for (at, callee) in path_calls(&decl.body) {
                    let Some(cid) = self.fns.get(&callee).map(|i| i.id) else { continue };
                    let Some(ws) = self.witness_fns.get(&cid).cloned() else { continue };
                    let args = self.facts.call_generics.get(&(at.start, at.end)).cloned().unwrap_or_default();
                    for (gi, _) in ws {
                        let Some(Some(crate::check::GenericArg::Param(p))) = args.get(gi) else { continue };
                        let Some(mine) = decl.generics.iter().position(|g| g.name == *p) else { continue };
                        let has_value = value_param(decl, p).is_some();
                        let list = self.witness_fns.get_or_insert(id, Vec::new());
                        if !has_value && !list.iter().any(|(i, _)| *i == mine) {
                            list.push((mine, p.clone()));
                            list.sort();
                            changed = true;
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// The witnesses a call of `id` passes after its arguments
    /// (`witness_fns`): for each, a value of the type the checker found
    /// for that generic parameter at this call (an empty one of a user
    /// type, or the caller's own value or witness of its parameter).
    fn push_witnesses(&mut self, id: FuncId, span: Span) -> usize {
        let Some(ws) = self.witness_fns.get(&id).cloned() else { return 0 };
        // An awaited call is compiled with the `.await`'s span: the call
        // is the longest one that starts there.
        let args = self
            .facts
            .call_generics
            .get(&(span.start, span.end))
            .or_else(|| self.facts.call_generics.iter().filter(|((a, b), _)| *a == span.start && *b < span.end).max_by_key(|((_, b), _)| *b).map(|(_, v)| v))
            .cloned()
            .unwrap_or_default();
        for (gi, name) in &ws {
            match args.get(*gi).cloned().flatten() {
                Some(crate::check::GenericArg::Type(t)) if let Some(&def) = self.types.get(&t) => {
                    let c = self.add_const(Value::Struct(std::rc::Rc::new(crate::value::Adt::new(def, 0, Vec::new()))));
                    self.emit(Op::Const(c), span);
                }
                Some(crate::check::GenericArg::Param(p))
                    if let Some(slot) = self.generic_vals.iter().find(|(g, _)| *g == p).map(|(_, v)| v.clone()).and_then(|v| self.lookup(&v)) =>
                {
                    self.emit(Op::Load(slot), span);
                }
                _ => {
                    self.err(span, format!("calling this generic function, whose `{name}::..` calls need to know `{name}`, with a `{name}` that is not a user type is not supported yet"));
                    self.emit(Op::Unit, span);
                }
            }
        }
        ws.len()
    }

    fn arity_check(&mut self, id: FuncId, argc: usize, span: Span) -> bool {
        let _ = (id, argc, span);
        false
    }

    /// A method call with what the checker knows of its types: the VM's
    /// integers are `i64`, so results of a narrower type are fitted to it,
    /// and `parse`/`collect`/`unwrap_or_default` learn their target type.
    fn typed_method_call(&mut self, receiver: &'a Expr, method: &Ident, args: &'a [Expr], span: Span) {
        use crate::check::Special;
        // `x.try_into()` into a user type: its `TryFrom` impl's `try_from`.
        if method.name == "try_into"
            && args.is_empty()
            && let Some(t) = self.facts.user_try_from.get(&(span.start, span.end))
            && let Some(f) = self.fns.get(&format!("{t}::try_from"))
        {
            let func = f.id;
            self.expr(receiver);
            self.emit(Op::Call { func, argc: 1 }, method.span);
            return;
        }
        // `it.sum()` into a user type: its `Sum` (`Product`) impl's function
        // of the iterator.
        if let Some((t, m)) = self.facts.user_sums.get(&(method.span.start, method.span.end))
            && let Some(f) = self.fns.get(&format!("{t}::<{}>::{m}", if m == "sum" { "Sum" } else { "Product" })).or_else(|| self.fns.get(&format!("{t}::{m}")))
        {
            let func = f.id;
            self.expr(receiver);
            self.emit(Op::Call { func, argc: 1 }, method.span);
            return;
        }
        // `s.parse()` into a user type: its `FromStr` impl.
        if method.name == "parse"
            && args.is_empty()
            && let Some(t) = self.facts.user_parse.get(&(span.start, span.end))
            && let Some(f) = self.fns.get(&format!("{t}::from_str"))
        {
            let func = f.id;
            self.expr_borrow(receiver);
            self.emit(Op::Call { func, argc: 1 }, method.span);
            return;
        }
        // `x.into()` into an `Option`: `Some(x)`.
        if method.name == "into" && args.is_empty() && self.facts.into_some.contains(&(span.start, span.end)) {
            self.expr(receiver);
            self.emit(Op::Adt { def: builtin::OPTION, variant: builtin::SOME, n: 1, is_enum: true }, method.span);
            return;
        }
        // `x.into()` into a user type: its `From` impl.
        if method.name == "into"
            && args.is_empty()
            && let Some((def, func)) = self.user_from(span)
        {
            self.expr(receiver);
            self.emit(Op::IntoUser { def, func, err: false }, method.span);
            return;
        }
        // `x.unwrap_or_default()` of a type whose default the checker found:
        // `x.unwrap_or(default)`.
        if method.name == "unwrap_or_default"
            && args.is_empty()
            && let Some(d) = self.facts.default_calls.get(&(span.start, span.end)).cloned()
        {
            self.push_receiver(receiver, true);
            self.emit_default(&d, span, 0);
            let nid = self.name_id("unwrap_or");
            self.emit(Op::Method { name: nid, argc: 1, on: StdTy::Unknown }, method.span);
            return;
        }
        let special = self.facts.special.get(&(span.start, span.end)).copied();
        match special {
            Some(Special::ParseFloat) if args.is_empty() => {
                self.expr_borrow(receiver);
                self.emit(Op::ParseFloat, method.span);
                return;
            }
            Some(Special::Default(of)) if args.is_empty() => {
                self.expr(receiver);
                self.emit(Op::UnwrapOrDefault(of), method.span);
                return;
            }
            // The kind of its closure's results goes last, for the VM.
            // (`&mut self`: the iterator is left for later, as `any`'s.)
            Some(Special::TryWith(option)) => {
                self.push_receiver(receiver, false);
                for a in args {
                    self.expr(a);
                }
                self.emit(Op::Bool(option), method.span);
                let nid = self.name_id(&method.name);
                self.emit(Op::Method { name: nid, argc: args.len() as u32 + 1, on: StdTy::Iter }, method.span);
                return;
            }
            Some(Special::IntoFloat) if args.is_empty() => return self.cast(receiver, CastTo::Float, method.span),
            Some(Special::IntoChar) if args.is_empty() => return self.cast(receiver, CastTo::Char, method.span),
            Some(Special::IntoInt(i)) if args.is_empty() => return self.cast(receiver, CastTo::Int(int_ty(i)), method.span),
            Some(Special::IntoBytes) if args.is_empty() => {
                self.expr(receiver);
                self.emit(Op::Builtin { b: Builtin::VecFrom, argc: 1 }, method.span);
                return;
            }
            Some(Special::TryIntoInt(i)) if args.is_empty() => {
                self.expr(receiver);
                self.emit(Op::FitInt { ty: int_ty(i), fit: Fit::TryFrom }, method.span);
                return;
            }
            // `Iterator::collect` (not a user method of that name), and
            // `into()` a std map, set or heap.
            Some(Special::Collect(c))
                if args.is_empty()
                    && (method.name == "into"
                        || !self.user_methods.contains_key("collect")
                        || self.facts.std_methods.contains(&(method.span.start, method.span.end))) =>
            {
                self.push_receiver(receiver, true);
                self.emit(Op::Collect(c), method.span);
                return;
            }
            _ => {}
        }
        self.method_call(receiver, method, args, span, false);
        if let Some(Special::ParseInt(i)) = special {
            self.emit(Op::FitInt { ty: int_ty(i), fit: Fit::Parse }, method.span);
        }
        let Some(int) = self.facts.int(receiver.span) else { return };
        let ty = int_ty(int);
        let name = method.name.as_str();
        let fit = if name.starts_with("wrapping_") {
            Some(Fit::Wrap)
        } else if name.starts_with("checked_") {
            Some(Fit::Checked)
        } else if name.starts_with("saturating_") {
            Some(Fit::Saturate)
        } else {
            None
        };
        if let Some(fit) = fit {
            self.emit(Op::FitInt { ty, fit }, method.span);
        } else if name == "pow" {
            self.emit(Op::CheckPow { ty, core_line: core_pow_line(int) }, method.span);
        } else if name == "abs" {
            self.emit(Op::FitInt { ty, fit: Fit::Negate }, method.span);
        }
    }

    fn method_call(&mut self, receiver: &'a Expr, method: &Ident, args: &'a [Expr], span: Span, awaited: bool) {
        if self.in_provided
            && let Some(tr) = &self.cur_trait
            && matches!(&receiver.kind, ExprKind::Path(p) if p.segments.len() == 1 && p.last() == "self")
            && !self.facts.std_methods.contains(&(method.span.start, method.span.end))
        {
            let hidden = trait_method(tr, &method.name);
            if self.user_methods.contains_key(&hidden) {
                let m = Ident { name: hidden, span: method.span };
                return self.method_call(receiver, &m, args, span, awaited);
            }
        }
        let name = method.name.as_str();
        // `fut.as_mut()` of a pinned hand-written future: its place holds
        // the future's cell (again, if a field was written since).
        if name == "as_mut"
            && args.is_empty()
            && self.facts.pin_borrows.contains(&(receiver.span.start, receiver.span.end))
            && let Some(place) = self.place_of(receiver)
            && place.proj.iter().all(|p| matches!(p, PExpr::Field(_) | PExpr::TupleField(_) | PExpr::Deref))
        {
            self.pin_in_place(place, span);
            return;
        }
        if name == "map"
            && let [f] = args
            && self.ref_map(receiver, f, span)
        {
            return;
        }
        // User methods (unless the checker resolved this call to std's:
        // `self.items.push(x)` inside a user `push`).
        let std_method = self.facts.std_methods.contains(&(method.span.start, method.span.end));
        // What the checker resolved the call to: the method's path
        // (`Type::name`) and whether it takes `self` by value.
        let resolved = self.facts.method_paths.get(&(method.span.start, method.span.end));
        // Not bound by the checker, with a type's inherent method of this
        // name about: the receiver is a `dyn Trait` or a generic `T:
        // Trait`, whose methods are the trait's only. When one user trait
        // has a method of this name, it is called by the trait's name (the
        // VM falls back to the plain name for a type without it).
        if resolved.is_none() && !std_method && !name.starts_with('<') && self.inherent.keys().any(|k| k.rsplit_once("::").is_some_and(|(_, m)| m == name)) {
            let suffix = format!(">::{name}");
            let traits: Vec<&String> = self.user_methods.keys().filter(|k| k.starts_with('<') && k.ends_with(&suffix)).collect();
            if let [one] = traits[..] {
                let m = Ident { name: one.clone(), span: method.span };
                return self.method_call(receiver, &m, args, span, awaited);
            }
        }
        let owner = resolved.and_then(|(path, _)| path.rsplit_once("::")).map(|(ty, _)| ty);
        // `it.next()` on a value the checker did not type (a generic
        // `I: Iterator`) may be a std iterator's: the VM decides
        // (`method_place` calls a user iterator's `next`).
        let iter_next_unknown = name == "next"
            && args.is_empty()
            && resolved.is_none()
            && !self.in_provided
            && self.user_methods.get(name).is_some_and(|cands| cands.iter().all(|c| self.user_iters.iter().any(|(_, f)| *f == c.1)));
        if let Some(cands) = self.user_methods.get(name).cloned().filter(|_| !std_method && !iter_next_unknown) {
            // The checker's pick, when several types have a method of this
            // name: bound here, not looked up on the value at run time.
            let picked = owner
                .filter(|_| !self.in_provided)
                .and_then(|ty| self.types.get(ty).or_else(|| self.foreign_owners.get(ty)).copied())
                .and_then(|def| cands.iter().find(|c| c.0 == def).cloned());
            let static_pick = picked.is_some();
            let (_, func, mode, mut_params, is_async) = picked.unwrap_or_else(|| cands[0].clone());
            let mut mp = mut_params.clone();
            mp.insert(0, mode == SelfMode::RefMut);
            if is_async && !awaited {
                // A future that keeps `&mut` of locals (`conn.read_frame()`
                // as a `select!` branch): each local is lent to it
                // (`Op::LendMut`), so what the future writes before it
                // finishes or is dropped is there at the local's next use.
                if mode == SelfMode::RefMut {
                    self.lend_mut_arg(receiver, true);
                } else {
                    self.expr_borrow(receiver);
                    self.user_derefs_of(receiver);
                }
                self.lent_future_args(args, &mp[1..]);
                let func = if mp.iter().any(|&m| m) { self.handed_back_shim(func, args.len() as u32 + 1, span) } else { func };
                self.emit(Op::MakeFuture { func, argc: args.len() as u32 + 1 }, span);
                return;
            }
            let mut wb = Vec::new();
            match mode {
                SelfMode::RefMut => {
                    let place = self.place_for_write_base(receiver);
                    self.push_place_operands(&place);
                    let pid = self.add_place(place.clone());
                    self.emit(Op::TakePlace(pid), receiver.span);
                    wb.push(place);
                }
                // A temporary receiver lives to the end of the statement
                // (or of the `if let`/`match` it is in), not the call.
                SelfMode::Ref if self.place_of(receiver).is_none() && !matches!(receiver.kind, ExprKind::Ref { .. }) => self.push_receiver(receiver, false),
                SelfMode::Ref => self.expr_borrow(receiver),
                SelfMode::Value => self.expr(receiver),
            }
            if mode != SelfMode::RefMut {
                self.user_derefs_of(receiver);
            }
            let rest = self.push_args(args, &mp[1..]);
            let mut indices: Vec<usize> = if wb.is_empty() { Vec::new() } else { vec![0] };
            indices.extend(self.last_wb_params.drain(..).map(|i| i + 1));
            wb.extend(rest);
            // `Error::source` through a `dyn Error`: provided by the trait
            // for the types that do not override it, so found on the value.
            let provided_default = name == "source" && resolved.is_none();
            if (cands.len() == 1 && !provided_default) || static_pick {
                self.emit(Op::Call { func, argc: args.len() as u32 + 1 }, span);
                let call = indices.into_iter().zip(wb.iter().cloned()).collect();
                self.last_call = Some((func, call));
            } else {
                let nid = self.name_id(name);
                self.emit(Op::UserMethod { name: nid, argc: args.len() as u32 + 1 }, span);
            }
            self.emit_writeback(wb, span);
            return;
        }
        if self.is_recv_many(method) {
            self.err(span, "a `recv_many` future that is not awaited where it is called is not supported yet");
            return self.emit_unit(span);
        }
        // `rx.blocking_recv_many(&mut buf, limit)`: its thread waits.
        if self.facts.method_paths.get(&(method.span.start, method.span.end)).is_some_and(|(p, _)| p.ends_with("Receiver::blocking_recv_many"))
            && self.awaited_recv_many(receiver, method, args, span)
        {
            return;
        }
        if self.is_user_stream_next(method) {
            self.err(span, "a `next()` future of a hand-written stream that is not awaited where it is called is not supported yet");
            return self.emit_unit(span);
        }
        // `x.to_string()` of an `f32` (or a reference to one): `{}` with
        // an `f32`'s shortest digits (the VM's floats are `f64`).
        if name == "to_string" && args.is_empty() && (self.facts.is_f32(receiver.span) || self.facts.f32_inside(receiver.span) == Some(true)) {
            self.expr_borrow(receiver);
            let spec = vfmt::FormatSpec { single: true, ..Default::default() };
            let piece = vfmt::Piece::Arg { arg: vfmt::ArgRef::Index(0), spec, range: (0, 2), implicit: true };
            let fmt = self.add_fmt(vec![piece], span);
            self.emit(Op::Format { fmt, argc: 1 }, span);
            return;
        }
        // `VecDeque::remove(i)` is `Some` of the element (a `Vec`'s
        // `remove`), or `None` past the end where a `Vec` panics.
        if let Some((path, _)) = resolved
            && path == "std::collections::VecDeque::remove"
            && let [i] = args
        {
            let Some(base) = self.place_of(receiver) else {
                self.err(method.span, "`VecDeque::remove` of a value that is not a variable or its field is not supported yet");
                return self.emit_unit(span);
            };
            let ix = self.alloc_hidden();
            self.expr(i);
            self.emit(Op::Store(ix), i.span);
            self.emit(Op::Load(ix), span);
            self.load_place(&base, span);
            let nid = self.name_id("len");
            self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Unknown }, span);
            self.emit(Op::Bin(BinOp::Lt), span);
            let past = self.emit(Op::JumpIfFalse(0), span);
            self.push_place_operands(&base);
            self.emit(Op::Load(ix), span);
            let nid = self.name_id("remove");
            let pid = self.add_place(base);
            self.emit(Op::MethodPlace { place: pid, name: nid, argc: 1 }, method.span);
            self.some_else_none(past, span);
            return;
        }
        // `rx.poll_recv_many(cx, &mut buf, limit)`: the buffer comes back
        // with the result and is written to its place.
        if let Some((path, _)) = resolved
            && crate::exec::prim::POLL_RECV_MANY.contains(&path.as_str())
            && let [cx, rest @ ..] = args
            && rest.len() == 2
            && let Some((prim, index)) = crate::exec::prim::lookup(path)
        {
            self.push_receiver(receiver, false);
            self.expr_borrow(cx);
            let wb = self.push_args(rest, &[true, false]);
            self.emit(Op::Native { prim, index, argc: 4 }, method.span);
            if wb.is_empty() {
                self.emit(Op::GetTupleField(0), span);
            }
            self.emit_writeback(wb, span);
            return;
        }
        // A primitive's method, bound here to its native code.
        if let Some((path, by_value)) = resolved
            && let Some((prim, index)) = crate::exec::prim::lookup(path)
        {
            self.push_receiver(receiver, *by_value);
            for (i, a) in args.iter().enumerate() {
                // `fut.poll(cx)`, `rx.poll_recv(cx)`: `cx` is reborrowed,
                // not moved.
                if path == crate::exec::prim::FUTURE_POLL || (i == 0 && method.name.starts_with("poll_")) {
                    self.expr_borrow(a);
                } else {
                    self.lend_mut_closure = crate::exec::prim::HANDS_BACK.contains(&path.as_str()) && matches!(a.kind, ExprKind::Path(_));
                    self.expr(a);
                    self.lend_mut_closure = false;
                }
            }
            // An integer method: the receiver's type, last.
            let mut argc = args.len() as u32 + 1;
            if path.starts_with("int::") {
                let ty = self.facts.int(receiver.span).map(int_ty);
                let code = ty.and_then(|t| crate::exec::prim::int::TYPES.iter().position(|x| *x == t)).map_or(-1, |i| i as i64);
                self.emit(Op::Int(code), method.span);
                argc += 1;
            }
            // A float method: whether the receiver is an `f32`, last.
            if path.starts_with("float::") {
                self.emit(Op::Bool(self.facts.is_f32(receiver.span)), method.span);
                argc += 1;
            }
            self.emit(Op::Native { prim, index, argc }, method.span);
            // `rx.blocking_recv()`: its thread waits for the future.
            if crate::exec::prim::awaited_at_call(prim, index) {
                self.emit(Op::Await, span);
            }
            // `handle.block_on(fut)` (awaited above): a std thread leaves
            // the runtime's context after it.
            if path == crate::exec::prim::runtime::HANDLE_BLOCK_ON
                && let Some((prim, index)) = crate::exec::prim::lookup(crate::exec::prim::runtime::BLOCK_ON_EXIT)
            {
                self.emit(Op::Native { prim, index, argc: 1 }, span);
            }
            // `rt.block_on(fut)`: main enters the runtime, awaits the
            // future as `#[tokio::main]`'s main future, and leaves.
            if (path == "tokio::runtime::Runtime::block_on" || path == "tokio::task::LocalSet::block_on")
                && let Some((prim, index)) = crate::exec::prim::lookup(crate::exec::prim::runtime::BLOCK_ON_EXIT)
            {
                self.emit(Op::Await, span);
                self.emit(Op::Native { prim, index, argc: 1 }, span);
            }
            return;
        }
        // A std channel's method with no native: its handle is a Tokio
        // channel's, so the run-time lookup would name Tokio's type.
        if let Some((path, _)) = resolved
            && path.starts_with("std::sync::mpsc::")
        {
            let msg = if name == "iter" {
                format!("`{path}` is supported only as what a `for` loop runs over; adapters on it are not supported yet")
            } else {
                format!("`{path}` is not supported yet")
            };
            self.err(method.span, msg);
            return self.emit_unit(span);
        }
        // `self.0.fmt(f)`: `Display::fmt` or `Debug::fmt`, whichever of the
        // two traits is in scope (imported, or the trait of the impl whose
        // `fmt` this is) and, on a user type, implemented by it; with the
        // caller's `Formatter`.
        if name == "fmt"
            && args.len() == 1
            && let Some(debug) = self.fmt_method_trait(owner)
        {
            let path = if debug { "std::fmt::Debug::fmt" } else { "std::fmt::Display::fmt" };
            if let Some((prim, index)) = crate::exec::prim::lookup(path) {
                self.expr_borrow(receiver);
                self.expr_borrow(&args[0]);
                self.emit(Op::Native { prim, index, argc: 2 }, method.span);
                return;
            }
        }
        // An `f32` sum or product rounds each step, as `f32` arithmetic does.
        let name = match name {
            "sum" | "product" if args.is_empty() && (self.facts.is_f32(span) || self.facts.is_f64(span)) => match (name, self.facts.is_f32(span)) {
                ("sum", true) => "sum_f32",
                ("sum", false) => "sum_f64",
                (_, true) => "product_f32",
                _ => "product_f64",
            },
            _ => name,
        };
        let builtin_method = MethodName::of(name);
        if !builtin_method.is_known() {
            self.err(method.span, format!("the method `{name}` is not supported yet"));
            return self.emit_unit(span);
        }
        let nid = self.name_id(name);
        // The type whose method this is, as the checker resolved it.
        let on = owner.map_or(StdTy::Unknown, StdTy::of);
        // `Iterator::take` leaves its receiver alone; `Option::take` writes
        // it. (`str::replace` goes through the place too, and leaves it.)
        let mutating = match on {
            _ if iter_next_unknown => true,
            // `let mut r = 0..5; r.next()`: the range in `r` advances.
            StdTy::Range if matches!(name, "next" | "next_back") && args.is_empty() => true,
            StdTy::Unknown => builtin_method.is_mutating() && (name != "take" || args.is_empty()),
            StdTy::Iter if name == "take" => false,
            _ => builtin_method.is_mutating(),
        };
        if mutating {
            let place = self.place_for_write_base(receiver);
            self.push_place_operands(&place);
            for a in args {
                self.expr(a);
            }
            let pid = self.add_place(place);
            self.emit(Op::MethodPlace { place: pid, name: nid, argc: args.len() as u32 }, method.span);
            return;
        }
        // `m.range(a..b)` of a `BTreeMap`/`BTreeSet`: the bounds as they
        // are written, which the VM's integer ranges would lose (a missing
        // start, a key that is not an integer).
        if builtin_method == MethodName::Range {
            let [arg] = args else { return self.emit_unit(span) };
            let ExprKind::Range { start, end, inclusive } = &arg.unparen().kind else {
                self.err(arg.span, "`range` of bounds held in a variable or given as `Bound`s is not supported yet");
                return self.emit_unit(span);
            };
            self.push_receiver(receiver, false);
            for b in [start, end] {
                match b {
                    Some(b) => self.expr(b),
                    None => {
                        self.emit(Op::Unit, arg.span);
                    }
                }
                self.emit(Op::Bool(b.is_some()), arg.span);
            }
            self.emit(Op::Bool(*inclusive), arg.span);
            self.emit(Op::Tuple(5), arg.span);
            self.emit(Op::Method { name: nid, argc: 1, on }, method.span);
            return;
        }
        self.push_receiver(receiver, builtin_method.is_consuming());
        for a in args {
            if name == "send" || name == "try_send" || name == "push" {
                self.expr(a);
            } else {
                self.expr_borrow(a);
            }
        }
        self.emit(Op::Method { name: nid, argc: args.len() as u32, on }, method.span);
    }

    /// Pushes a method's receiver: moved when the method takes `self` by
    /// value, else a copy of its place, or a temporary that lives to the
    /// end of the statement.
    /// A call the checker resolved to an mpsc receiver's `recv_many`.
    fn is_user_stream_next(&self, method: &Ident) -> bool {
        self.facts.method_paths.get(&(method.span.start, method.span.end)).is_some_and(|(p, _)| p == crate::exec::prim::USER_STREAM_NEXT)
    }

    fn is_recv_many(&self, method: &Ident) -> bool {
        self.facts
            .method_paths
            .get(&(method.span.start, method.span.end))
            .is_some_and(|(p, _)| matches!(p.as_str(), "tokio::sync::mpsc::Receiver::recv_many" | "tokio::sync::mpsc::UnboundedReceiver::recv_many"))
    }

    /// `rx.recv_many(&mut buf, limit).await` and `rx.blocking_recv_many(&mut
    /// buf, limit)`: the buffer is taken out of its place for the wait and
    /// written back with the count.
    fn awaited_recv_many(&mut self, receiver: &'a Expr, method: &Ident, args: &'a [Expr], span: Span) -> bool {
        let Some(prim) = self.facts.method_paths.get(&(method.span.start, method.span.end)).and_then(|(p, _)| crate::exec::prim::lookup(p)) else {
            return false;
        };
        if args.len() != 2 {
            return false;
        }
        self.push_receiver(receiver, false);
        let wb = self.push_args(args, &[true, false]);
        self.emit(Op::Native { prim: prim.0, index: prim.1, argc: 3 }, method.span);
        self.emit(Op::Await, span);
        if wb.is_empty() {
            // Not a place (`&mut vec![]`): only the count.
            self.emit(Op::GetTupleField(0), span);
        }
        self.emit_writeback(wb, span);
        true
    }

    fn push_receiver(&mut self, receiver: &'a Expr, by_value: bool) {
        if by_value {
            self.expr(receiver);
        } else if let Some(place) = self.place_of(receiver) {
            self.load_place(&place, receiver.span);
        } else {
            self.expr(receiver);
            let t = self.temp_slot();
            self.cur().borrow_temps.push(t);
            self.emit(Op::Store(t), receiver.span);
            self.emit(Op::Load(t), receiver.span);
        }
    }

    fn await_expr(&mut self, inner: &'a Expr, span: Span) {
        // `stream.collect().await`: the stream's items in a `Vec`, then
        // into what was expected.
        if let Some(c) = self.facts.stream_collects.get(&(span.start, span.end)).copied() {
            self.expr(inner);
            self.emit(Op::Await, span);
            self.emit(Op::Collect(c), span);
            return;
        }
        // `f(args).await` on an async fn runs it as a plain call.
        match &inner.kind {
            ExprKind::Call { func, args } => {
                if let ExprKind::Path(p) = &func.kind {
                    let names = self.strip_mods(p.names());
                    let key = if names.len() == 1 { names[0].to_string() } else { names.join("::") };
                    let key = if key.starts_with("Self::") { self.self_type_key(&key) } else { key };
                    if self.fns.get(&key).map(|f| f.is_async).unwrap_or(false) {
                        self.call(func, args, span, true);
                        return;
                    }
                    // `join_all(futs).await`: the futures in a `Vec`, then
                    // `Op::JoinVec` polls them.
                    let full = self.canonical(&names);
                    let try_ = full == crate::exec::prim::join::TRY_JOIN_ALL;
                    if (try_ || full == crate::exec::prim::join::JOIN_ALL)
                        && let [futs] = &args[..]
                        && let Some((prim, index)) = crate::exec::prim::lookup(&full)
                    {
                        self.expr(futs);
                        self.emit(Op::Native { prim, index, argc: 1 }, func.span);
                        self.emit(Op::JoinVec { try_ }, span);
                        return;
                    }
                }
            }
            ExprKind::MethodCall { receiver, method, args, .. } => {
                // `rx.recv_many(&mut buf, limit).await`: the buffer is
                // taken out of its place for the await and written back.
                if self.is_recv_many(method) && self.awaited_recv_many(receiver, method, args, span) {
                    return;
                }
                // `s.next().await` of a hand-written stream: its value is
                // polled in the future and written back to `s`.
                if self.is_user_stream_next(method)
                    && args.is_empty()
                    && let Some((prim, index)) = crate::exec::prim::lookup(crate::exec::prim::USER_STREAM_NEXT)
                {
                    let place = self.place_of(receiver);
                    self.push_receiver(receiver, false);
                    self.emit(Op::Native { prim, index, argc: 1 }, method.span);
                    self.emit(Op::Await, span);
                    match place {
                        Some(p) => self.emit_writeback(vec![p], span),
                        None => {
                            self.emit(Op::GetTupleField(0), span);
                        }
                    }
                    return;
                }
                if let Some(c) = self.user_methods.get(&method.name)
                    && !self.facts.std_methods.contains(&(method.span.start, method.span.end))
                    && c[0].4
                {
                    self.method_call(receiver, method, args, span, true);
                    return;
                }
            }
            // A pinned `fut.await` polls the future in its place.
            ExprKind::Path(p) if p.names().len() == 1 => {
                let depth = self.fcx.len();
                if let Some(slot) = self.lookup(p.names()[0])
                    && self.pinned.contains(&(depth, slot))
                {
                    self.emit(Op::Load(slot), span);
                    self.emit(Op::Await, span);
                    return;
                }
            }
            _ => {}
        }
        self.expr(inner);
        self.emit(Op::Await, span);
    }

    /// `e.downcast_ref::<T>()` (`is`, `downcast`) of a `dyn Error`: a test
    /// of the value's type (a user type, or one of std's and Tokio's
    /// errors the VM models).
    fn downcast(&mut self, receiver: &'a Expr, method: &Ident, target: &crate::ast::Type, span: Span) {
        let how = match method.name.as_str() {
            "downcast_ref" => DowncastHow::Ref,
            "is" => DowncastHow::Is,
            _ => DowncastHow::Owned,
        };
        let def = match &target.kind {
            // A panic's payload, `&'static str` or `String`.
            crate::ast::TypeKind::Ref { is_mut: false, inner } if matches!(&inner.kind, crate::ast::TypeKind::Path(p) if p.names() == ["str"]) => {
                Some(builtin::DOWNCAST_STR)
            }
            crate::ast::TypeKind::Path(p) if matches!(p.names().as_slice(), ["String"] | ["std", "string", "String"]) => Some(builtin::DOWNCAST_STRING),
            crate::ast::TypeKind::Path(p) => {
                let names = self.strip_mods(p.names());
                match self.canonical(&names).as_str() {
                    "std::num::ParseIntError" => Some(builtin::PARSE_INT_ERROR),
                    "std::num::ParseFloatError" => Some(builtin::PARSE_FLOAT_ERROR),
                    "std::fmt::Error" => Some(builtin::FMT_ERROR),
                    "tokio::time::error::Elapsed" => Some(builtin::ELAPSED),
                    "tokio::task::JoinError" => Some(builtin::JOIN_ERROR),
                    _ => names.last().and_then(|n| self.types.get(*n).copied()),
                }
            }
            _ => None,
        };
        let Some(def) = def else {
            self.err(method.span, format!("`{}` to this type is not supported yet", method.name));
            return self.emit_unit(span);
        };
        if how == DowncastHow::Owned {
            self.expr(receiver);
        } else {
            self.expr_borrow(receiver);
        }
        self.emit(Op::Downcast { def, how }, method.span);
    }

    /// The receiver on top, reached through user `impl Deref`s: their
    /// `deref`.
    fn user_derefs_of(&mut self, receiver: &Expr) {
        let n = self.facts.user_deref_recvs.get(&(receiver.span.start, receiver.span.end)).copied().unwrap_or(0);
        self.emit_user_derefs(n, receiver.span);
    }

    /// `&guard` (the value of `e`) where `&Target` is expected: deref
    /// coercion through user `impl Deref`s.
    fn user_deref_coercion(&mut self, e: &Expr) {
        let n = self.facts.user_deref_coercions.get(&(e.span.start, e.span.end)).copied().unwrap_or(0);
        self.emit_user_derefs(n, e.span);
    }

    fn emit_user_derefs(&mut self, n: u8, span: Span) {
        for _ in 0..n {
            self.emit(Op::UserDeref, span);
        }
    }

    /// The user type (and its `from`) that an `into()` or a `?` at `span`
    /// converts into.
    fn user_from(&self, span: Span) -> Option<(DefId, FuncId)> {
        let (t, picked) = self.facts.user_from.get(&(span.start, span.end))?;
        let func = match picked {
            Some(start) => *self.from_fns.get(start)?,
            None => self.fns.get(&format!("{t}::from"))?.id,
        };
        // A std type (`impl From<Celsius> for f64`): the def its impls
        // are kept under, which no value of the user's has.
        let def = self.types.get(t).or_else(|| self.foreign_names.get(t))?;
        Some((*def, func))
    }

    /// Pushes a type's `Default::default()`.
    fn emit_default(&mut self, d: &crate::check::FieldDefault, span: Span, depth: u32) {
        use crate::check::FieldDefault as D;
        match d {
            D::Int => {
                self.emit(Op::Int(0), span);
            }
            D::Bool => {
                self.emit(Op::Bool(false), span);
            }
            D::Unit => {
                self.emit(Op::Unit, span);
            }
            D::Vec => {
                self.emit(Op::Vec(0), span);
            }
            D::Float | D::Char | D::String | D::Map | D::Set | D::None => {
                let v = match d {
                    D::Float => Value::Float(0.0),
                    D::Char => Value::Char('\0'),
                    D::String => Value::string(""),
                    D::Map => Value::Map(std::rc::Rc::new(Vec::new())),
                    D::Set => Value::Set(std::rc::Rc::new(Vec::new())),
                    _ => Value::none(),
                };
                let c = self.add_const(v);
                self.emit(Op::Const(c), span);
            }
            D::Tuple(xs) => {
                for x in xs {
                    self.emit_default(x, span, depth + 1);
                }
                self.emit(Op::Tuple(xs.len() as u32), span);
            }
            D::New(path, inner) => {
                self.emit_default(inner, span, depth + 1);
                if let Some(b) = builtin_fn(path) {
                    self.emit(Op::Builtin { b, argc: 1 }, span);
                } else if let Some((prim, index)) = crate::exec::prim::lookup(path) {
                    self.emit(Op::Native { prim, index, argc: 1 }, span);
                } else {
                    self.err(span, format!("the default of a `{path}` value is not supported yet"));
                }
            }
            D::User(name) => match self.fns.get(&format!("{name}::<Default>::default")).or_else(|| self.fns.get(&format!("{name}::default"))) {
                Some(f) => {
                    let func = f.id;
                    self.emit(Op::Call { func, argc: 0 }, span);
                }
                None => {
                    self.err(span, format!("`{name}::default()` is not supported yet"));
                    self.emit(Op::Unit, span);
                }
            },
            D::Variant(name, variant) => match self.types.get(name).copied() {
                Some(def) => {
                    self.emit(Op::Adt { def, variant: *variant, n: 0, is_enum: true }, span);
                }
                None => {
                    self.err(span, format!("`{name}::default()` is not supported yet"));
                    self.emit(Op::Unit, span);
                }
            },
            D::Struct(name) => {
                let fields = self.facts.derived_defaults.get(name).cloned();
                // An enum's entry is its default variant.
                if let Some([v @ D::Variant(..)]) = fields.as_deref() {
                    let v = v.clone();
                    return self.emit_default(&v, span, depth + 1);
                }
                let def = self.types.get(name).copied();
                match (fields, def) {
                    (Some(fields), Some(def)) if depth < 16 => {
                        for f in &fields {
                            self.emit_default(f, span, depth + 1);
                        }
                        self.emit(Op::Adt { def, variant: 0, n: fields.len() as u32, is_enum: false }, span);
                    }
                    _ => {
                        self.err(span, format!("`{name}::default()` is not supported yet"));
                        self.emit(Op::Unit, span);
                    }
                }
            }
        }
    }

    /// A closure: a function whose parameters are the closure's, then its
    /// captures, each taken as the checker decided (moved, copied for a
    /// `&` capture, lent for a `&mut` one).
    /// A closure; an `async` one is an async function of its captures and
    /// parameters (the VM makes each call a future).
    fn closure(&mut self, is_move: bool, is_async: bool, params: &'a [crate::ast::Param], body: &'a Expr, span: Span) {
        let id = self.funcs.len() as FuncId;
        self.funcs.push(None);
        let parent_name = self.fcx.last().map(|c| c.name.clone()).unwrap_or_default();
        let modes = self.facts.captures.get(&(span.start, span.end)).cloned().unwrap_or_default();
        let mut cx = FnCx::new(format!("{parent_name}::{{closure}}"), is_async, span, true);
        cx.lent = modes.iter().filter(|(_, m)| *m == Capture::Mut && !is_move).map(|(n, _)| n.clone()).collect();
        cx.capture_modes = modes;
        cx.scopes.push(Scope { vars: Vec::new(), drops: Vec::new() });
        self.fcx.push(cx);
        // `&mut` parameters of `send_modify`'s closure are handed back on
        // return, as a function's are.
        let mut_flags = self.facts.closure_mut_params.get(&(span.start, span.end)).cloned().unwrap_or_default();
        // A closure handed to a guard's `map`: what it picks is a lens.
        let lens = if self.facts.lens_closures.contains(&(span.start, span.end)) { closure_lens(params, body) } else { None };
        self.bind_params(params, &mut_flags);
        if let Some(crate::value::Lens::Opt(steps)) = &lens
            && let Some(last) = steps.last().filter(|s| matches!(s, crate::value::LensStep::Get(_) | crate::value::LensStep::SomeOf))
        {
            // `|v| v.get_mut(0)` is read as a lens by a guard's `try_map`,
            // which does not call it; called, it is not supported yet.
            let what = if matches!(last, crate::value::LensStep::Get(_)) { "`get`/`get_mut`" } else { "`as_ref`/`as_mut`" };
            let i = self.unsupported.len() as u32;
            self.unsupported.push(format!("a closure returning {what} of its parameter, called other than by a lock guard's `try_map`, is not supported yet"));
            self.emit(Op::Unsupported(i), span);
        } else {
            self.expr(body);
        }
        if let Some(lens) = lens {
            self.lenses.push((id, lens));
        }
        self.emit_return(span);
        let depth = self.fcx.len();
        self.aliases.retain(|(d, _, _)| *d < depth);
        self.mut_closures.retain(|(d, _, _)| *d < depth);
        let cx = self.fcx.pop().expect("closure context");
        let captures = cx.captures.clone();
        let modes = cx.capture_modes.clone();
        let mut func = cx.finish();
        func.writes_captures = modes.iter().any(|(_, m)| *m == Capture::Mut);
        // Captures by `&` are copies of the caller's values (an `Rc`
        // counted inside is not one more owner).
        if !is_move {
            for (name, _, inner) in &captures {
                if modes.iter().find(|(n, _)| n == name).is_none_or(|(_, m)| *m == Capture::Ref) {
                    func.borrowed_slots.push(*inner);
                }
            }
        }
        self.funcs[id as usize] = Some(func);
        let mut copy = true;
        let owned_writes = self.facts.owned_writes.get(&(span.start, span.end)).cloned().unwrap_or_default();
        let partial = self.facts.partial_captures.get(&(span.start, span.end)).cloned().unwrap_or_default();
        for (name, outer, _) in &captures {
            let mode = modes.iter().find(|(n, _)| n == name).map_or(Capture::Ref, |(_, m)| *m);
            match mode {
                Capture::Mut if !is_move => {
                    copy = false;
                    self.emit(Op::Lend { slot: *outer, shared: false }, span);
                }
                Capture::Ref if !is_move => match partial.iter().find(|(n, _)| n == name) {
                    // Some fields, read: copies, as rustc lets the function
                    // change the others meanwhile.
                    Some((_, Some(paths))) => self.capture_fields(*outer, paths, span),
                    _ => {
                        self.emit(Op::Lend { slot: *outer, shared: true }, span);
                    }
                },
                // Moved in (`move`, or a body that moves it).
                _ => {
                    match partial.iter().find(|(n, _)| n == name) {
                        Some((_, Some(paths))) => {
                            copy &= paths.iter().all(|(_, moved)| !moved);
                            self.capture_fields(*outer, paths, span);
                        }
                        Some((_, None)) => {
                            copy = false;
                            self.err(span, format!("a closure that moves some fields of `{name}` and borrows others is not supported yet"));
                            self.emit(Op::Unit, span);
                        }
                        None => {
                            copy = false;
                            self.emit(Op::Move(*outer), span);
                        }
                    }
                    // Written by the body: kept in a cell of the closure's
                    // own, so the next call sees it.
                    if owned_writes.contains(name) {
                        self.emit(Op::Own, span);
                    }
                }
            }
        }
        self.emit(Op::MakeClosure { func: id, argc: captures.len() as u32, copy }, span);
    }

    /// A capture of some fields of the variable in `outer` (Rust 2021's
    /// disjoint captures): a copy keeping only those fields; the moved
    /// ones leave holes in the variable, whose other fields stay its own.
    fn capture_fields(&mut self, outer: Slot, paths: &[(Vec<String>, bool)], span: Span) {
        let proj = |this: &mut Self, path: &[String]| -> Vec<PExpr<'a>> {
            path.iter()
                .map(|f| match f.parse::<u32>() {
                    Ok(i) => PExpr::TupleField(i),
                    Err(_) => PExpr::Field(this.name_id(f)),
                })
                .collect()
        };
        self.emit(Op::Load(outer), span);
        let first = self.places.len() as u32;
        for (path, _) in paths {
            let p = proj(self, path);
            self.add_place(PlaceExpr { root: outer, proj: p });
        }
        self.emit(Op::Keep { first, n: paths.len() as u32 }, span);
        for (path, moved) in paths {
            if *moved {
                let p = proj(self, path);
                self.leave_hole(PlaceExpr { root: outer, proj: p }, span);
            }
        }
    }

    fn async_block(&mut self, is_move: bool, block: &'a Block, span: Span) {
        let id = self.funcs.len() as FuncId;
        self.funcs.push(None);
        let parent_name = self.fcx.last().map(|c| c.name.clone()).unwrap_or_default();
        let mut cx = FnCx::new(format!("{parent_name}::{{async block}}"), true, span, true);
        cx.scopes.push(Scope { vars: Vec::new(), drops: Vec::new() });
        self.fcx.push(cx);
        self.block_value(block);
        self.emit(Op::Return, span);
        let depth = self.fcx.len();
        self.aliases.retain(|(d, _, _)| *d < depth);
        self.mut_closures.retain(|(d, _, _)| *d < depth);
        self.pinned.retain(|(d, _)| *d < depth);
        let cx = self.fcx.pop().expect("async block context");
        let captures = cx.captures.clone();
        let mut func = cx.finish();
        // A block that is not `move` borrows what it uses: copies.
        if !is_move {
            func.borrowed_slots.extend(captures.iter().map(|(_, _, inner)| *inner));
        }
        self.funcs[id as usize] = Some(func);
        let partial = self.facts.partial_captures.get(&(block.span.start, block.span.end)).cloned().unwrap_or_default();
        for (name, outer, _) in &captures {
            if let Some((_, Some(paths))) = partial.iter().find(|(n, _)| n == name).filter(|_| is_move) {
                self.capture_fields(*outer, paths, span);
            } else if is_move {
                self.emit(Op::Move(*outer), span);
            } else {
                self.emit(Op::Load(*outer), span);
            }
        }
        self.emit(Op::MakeFuture { func: id, argc: captures.len() as u32 }, span);
    }

    // ---------------------------------------------------------------
    // Control flow
    // ---------------------------------------------------------------

    /// Compiles a condition (with `let` parts and `&&` chains); every
    /// failure jump is collected in `fails`.
    fn cond(&mut self, c: &'a Expr, fails: &mut Vec<usize>) {
        match &c.kind {
            ExprKind::Binary(BinOp::And, l, r) if c.contains_let() => {
                self.cond(l, fails);
                self.cond(r, fails);
            }
            ExprKind::Let { pat, expr } => {
                if self.if_let_ref(pat, expr, fails) {
                    return;
                }
                // `ref mut` bindings into a place borrow it, not move it.
                // A pattern that binds nothing by value (`Err(ref e)`,
                // `Some(_)`, `None`) leaves the scrutinee where it is.
                let facts = self.facts;
                if (crate::check::alias_scrutinee(expr)
                    && !crate::check::ref_mut_aliases(pat, &|id: &Ident| facts.ref_mut_binds.contains(&(id.span.start, id.span.end))).is_empty())
                    || !self.binds_by_value(pat)
                    || self.facts.copying_lets.contains(&(expr.span.start, expr.span.end))
                {
                    self.expr_borrow(expr);
                } else if self.facts.moving_matches.contains(&(expr.span.start, expr.span.end))
                    && let Some(PlaceExpr { root, proj }) = self.place_of(expr)
                    && proj.is_empty()
                {
                    // `if let Some(s) = opt { .. } else { use(opt) }`: the
                    // local moves only if the pattern matched.
                    self.match_place(expr, pat, fails);
                    self.emit(Op::Move(root), expr.span);
                    self.emit(Op::Pop, expr.span);
                    return;
                } else if self.facts.partial_lets.contains(&(pat.span.start, pat.span.end)) && self.place_of(expr).is_some() {
                    // `if let P { name, .. } = p`: the fields bound move out.
                    self.match_place(expr, pat, fails);
                    self.pattern_holes(pat, expr);
                    return;
                } else {
                    self.expr(expr);
                }
                let cp = self.pattern(pat, false);
                let pid = self.add_pat(cp);
                let at = self.emit(Op::Match { pat: pid, fail: 0 }, pat.span);
                fails.push(at);
                self.ref_mut_aliases(expr, pat);
            }
            ExprKind::Paren(inner) if inner.contains_let() => self.cond(inner, fails),
            _ => {
                // A plain boolean condition drops its temporaries before the
                // block runs.
                self.push_temps();
                self.expr_borrow(c);
                if self.cur().temps.last().map(|t| t.is_empty()).unwrap_or(true) {
                    self.pop_temps(c.span);
                } else {
                    let t = self.alloc_hidden();
                    self.emit(Op::Store(t), c.span);
                    self.pop_temps(c.span);
                    self.emit(Op::Move(t), c.span);
                }
                let at = self.emit(Op::JumpIfFalse(0), c.span);
                fails.push(at);
            }
        }
    }

    /// `x` as `to` (`i64::from(x)`, `x.into()` between primitives of
    /// different kinds).
    fn cast(&mut self, x: &'a Expr, to: CastTo, span: Span) {
        self.expr(x);
        self.emit(Op::Cast(to), span);
    }

    /// `if let pat = place`, the place read (not moved): its bindings
    /// made from a copy, the failure jump added to `fails`. What moves out
    /// once it matched is the caller's to say.
    fn match_place(&mut self, place: &'a Expr, pat: &'a Pat, fails: &mut Vec<usize>) {
        self.expr_borrow(place);
        let cp = self.pattern(pat, false);
        let pid = self.add_pat(cp);
        let at = self.emit(Op::Match { pat: pid, fail: 0 }, pat.span);
        fails.push(at);
    }

    fn if_expr(&mut self, cond: &'a Expr, then: &'a Block, else_: Option<&'a Expr>, span: Span) {
        self.push_temps();
        self.push_scope();
        let mut fails = Vec::new();
        self.cond(cond, &mut fails);
        self.block_value(then);
        let then_res = self.alloc_hidden();
        self.emit(Op::Store(then_res), then.span);
        // Rust 2024: scrutinee temporaries and bindings drop before `else`.
        self.pop_scope(then.span);
        self.emit_temp_drops(then.span);
        let skip = self.emit(Op::Jump(0), span);
        let else_at = self.here();
        for f in fails {
            self.patch(f, else_at);
        }
        // On the failure path, drop whatever bindings were made.
        self.push_scope_reopen_drops();
        self.pop_temps(span);
        match else_ {
            Some(e) => self.expr(e),
            None => {
                self.emit(Op::Unit, span);
            }
        }
        self.emit(Op::Store(then_res), span);
        let end = self.here();
        self.patch(skip, end);
        self.emit(Op::Move(then_res), span);
    }

    /// Re-emits drops of the slots of the scope just closed (for the failure
    /// path of a condition, where some bindings may have been made).
    fn push_scope_reopen_drops(&mut self) {
        // The popped scope's slots are not tracked anymore; bindings made by
        // a failed let-chain are dropped when overwritten or at function
        // end. This keeps the code small; handles in such bindings are rare.
    }

    fn match_expr(&mut self, scrutinee: &'a Expr, arms: &'a [Arm], span: Span) {
        if let Some((form @ (crate::check::RefForm::Elem { recv, .. } | crate::check::RefForm::Ret { recv, .. }), some)) =
            crate::check::match_ref_arms(scrutinee, arms, &self.facts.method_paths)
            && self.place_of(recv).is_some()
        {
            return self.match_ref(form, recv, &arms[some], &arms[1 - some], span);
        }
        self.push_temps();
        // An arm that takes a value out of the local (`match r { Ok(g) =>
        // .. }`) moves the local once it matched (its guard too), so a lock
        // guard in it is not held on, and the other arms may still use it.
        let mut moved_local = None;
        if self.facts.moving_matches.contains(&(scrutinee.span.start, scrutinee.span.end)) {
            match self.place_of(scrutinee) {
                Some(PlaceExpr { root, proj }) if proj.is_empty() => {
                    moved_local = Some(root);
                    self.expr_borrow(scrutinee);
                }
                _ => self.expr(scrutinee),
            }
        } else {
            self.expr_borrow(scrutinee);
        }
        let scrut = self.temp_slot();
        self.emit(Op::Store(scrut), scrutinee.span);
        let result = self.alloc_hidden();
        let mut end_jumps = Vec::new();
        for arm in arms {
            self.push_scope();
            self.emit(Op::Load(scrut), arm.pat.span);
            let cp = self.pattern(&arm.pat, false);
            let pid = self.add_pat(cp);
            let m = self.emit(Op::Match { pat: pid, fail: 0 }, arm.pat.span);
            self.ref_mut_aliases(scrutinee, &arm.pat);
            let mut guard_fail = None;
            if let Some(g) = &arm.guard {
                self.guard(g);
                guard_fail = Some(self.emit(Op::JumpIfFalse(0), g.span));
            }
            if let Some(root) = moved_local
                && self.facts.moving_matches.contains(&(arm.pat.span.start, arm.pat.span.end))
            {
                self.emit(Op::Move(root), scrutinee.span);
                self.emit(Op::Pop, scrutinee.span);
            } else if moved_local.is_some() {
                self.pattern_holes(&arm.pat, scrutinee);
            }
            self.arm_body(&arm.body, result);
            let drops: Vec<Slot> = self.cur().scopes.last().map(|s| s.drops.clone()).unwrap_or_default();
            self.pop_scope(arm.body.span);
            end_jumps.push(self.emit(Op::Jump(0), arm.span));
            let next = self.here();
            if let Some(gf) = guard_fail {
                self.patch(gf, next);
                // Guard failed: drop the arm's bindings, try the next arm.
                for &s in drops.iter().rev() {
                    self.emit(Op::DropSlot(s), arm.span);
                }
            }
            let next2 = self.here();
            self.patch(m, next2);
        }
        let msg = self.add_const(Value::string("internal error: entered unreachable code: no match arm matched"));
        self.emit(Op::PanicConst(msg), span);
        let end = self.here();
        for j in end_jumps {
            self.patch(j, end);
        }
        self.pop_temps(span);
        self.emit(Op::Move(result), span);
    }

    /// One arm of a `match` (or a `select!` handler): its value goes to
    /// `result`, its temporaries end with it.
    fn arm_body(&mut self, body: &'a Expr, result: Slot) {
        self.push_temps();
        self.expr(body);
        self.emit(Op::Store(result), body.span);
        self.pop_temps(body.span);
    }

    fn loop_cx(&mut self, label: Option<&Ident>, result: Option<Slot>, is_loop: bool) {
        let depth = self.cur().scopes.len();
        let temp_depth = self.cur().temps.len();
        self.cur().loops.push(LoopCx {
            label: label.map(|l| l.name.clone()),
            scope_depth: depth,
            temp_depth,
            break_jumps: Vec::new(),
            continue_jumps: Vec::new(),
            result,
            is_loop,
            is_block: false,
        });
    }

    /// The end of a `for` loop: its body, the jump back to `start` (the
    /// next item), and the exit `next` jumps to when there is none.
    fn for_body_and_exit(&mut self, body: &'a Block, start: u32, next: usize, span: Span) {
        self.block_value(body);
        self.emit(Op::Pop, body.span);
        self.pop_scope(body.span);
        self.emit(Op::Jump(start), span);
        let exit = self.here();
        self.patch(next, exit);
        self.end_loop(start, exit);
        self.pop_temps(span);
        self.emit(Op::Unit, span);
    }

    fn end_loop(&mut self, continue_target: u32, break_target: u32) {
        let Some(lp) = self.cur().loops.pop() else { return };
        for j in lp.break_jumps {
            self.patch(j, break_target);
        }
        for j in lp.continue_jumps {
            self.patch(j, continue_target);
        }
    }

    fn while_expr(&mut self, cond: &'a Expr, body: &'a Block, label: Option<&Ident>, span: Span) {
        let start = self.here();
        self.loop_cx(label, None, false);
        self.push_temps();
        self.push_scope();
        let mut fails = Vec::new();
        self.cond(cond, &mut fails);
        self.block_value(body);
        self.emit(Op::Pop, body.span);
        let cont = self.here();
        self.pop_scope(body.span);
        let cond_temps = self.cur().temps.last().cloned().unwrap_or_default();
        self.pop_temps(body.span);
        self.emit(Op::Jump(start), span);
        let exit = self.here();
        for f in fails {
            self.patch(f, exit);
        }
        // Failure path: the condition's temporaries drop as the loop ends
        // (`while let Some(x) = q.lock().unwrap().pop_front()` unlocks).
        for &slot in cond_temps.iter().rev() {
            self.emit(Op::DropSlot(slot), cond.span);
        }
        let brk = self.here();
        self.end_loop(cont, brk);
        self.emit(Op::Unit, span);
    }

    fn loop_expr(&mut self, body: &'a Block, label: Option<&Ident>, span: Span) {
        let result = self.alloc_hidden();
        self.emit(Op::Unit, span);
        self.emit(Op::Store(result), span);
        let start = self.here();
        self.loop_cx(label, Some(result), true);
        self.block_value(body);
        self.emit(Op::Pop, body.span);
        self.emit(Op::Jump(start), span);
        let exit = self.here();
        self.end_loop(start, exit);
        self.emit(Op::Move(result), span);
    }

    fn for_expr(&mut self, pat: &'a Pat, iter: &'a Expr, body: &'a Block, label: Option<&Ident>, span: Span) {
        if self.facts.std_recv_loops.contains(&(iter.span.start, iter.span.end)) {
            return self.for_std_recv(pat, iter, body, label, span);
        }
        if let Some(&kind) = self.facts.iter_mut_loops.get(&(iter.span.start, iter.span.end))
            && let Some(recv) = crate::check::iter_mut_recv(iter)
            && let Some(base) = self.place_of(recv)
        {
            return self.for_mut_elems(kind, base, pat, iter, body, label, span);
        }
        self.push_temps();
        self.expr(iter);
        self.emit(Op::IntoIter, iter.span);
        let it = self.temp_slot();
        self.emit(Op::Store(it), iter.span);
        let start = self.here();
        self.loop_cx(label, None, false);
        let next = self.emit(Op::IterNext { slot: it, done: 0 }, iter.span);
        self.push_scope();
        match &pat.kind {
            PatKind::Ident { name, sub: None, .. } => {
                let slot = self.declare(&name.name);
                self.emit(Op::Store(slot), pat.span);
            }
            _ => {
                let cp = self.pattern(pat, true);
                let pid = self.add_pat(cp);
                let at = self.emit(Op::Match { pat: pid, fail: 0 }, pat.span);
                self.patch_to_unreachable(at, pat.span);
            }
        }
        self.for_body_and_exit(body, start, next, span);
    }

    /// `for msg in rx` (`&rx`, `rx.iter()`) of a `std::sync::mpsc`
    /// receiver: `recv()`, awaited as its thread blocks, until it is
    /// `Err(RecvError)`; each `Ok(msg)` runs the body.
    fn for_std_recv(&mut self, pat: &'a Pat, iter: &'a Expr, body: &'a Block, label: Option<&Ident>, span: Span) {
        self.push_temps();
        match &iter.kind {
            ExprKind::Ref { expr, .. } => self.expr_borrow(expr),
            ExprKind::MethodCall { receiver, .. } => self.expr_borrow(receiver),
            _ => self.expr(iter),
        }
        let it = self.temp_slot();
        self.emit(Op::Store(it), iter.span);
        let start = self.here();
        self.loop_cx(label, None, false);
        let Some((prim, index)) = crate::exec::prim::lookup(crate::exec::prim::std_mpsc::RECV) else {
            return self.err(iter.span, "internal error: no `recv`");
        };
        self.emit(Op::Load(it), iter.span);
        self.emit(Op::Native { prim, index, argc: 1 }, iter.span);
        self.emit(Op::Await, iter.span);
        self.push_scope();
        let inner = self.pattern(pat, true);
        let pid = self.add_pat(CPat::Adt { def: builtin::RESULT, variant: builtin::OK, fields: vec![(0, inner)], is_enum: true });
        let next = self.emit(Op::Match { pat: pid, fail: 0 }, pat.span);
        self.for_body_and_exit(body, start, next, span);
    }

    /// `for x in v.iter_mut()` (`&mut v`, `m.values_mut()`, `(k, v) in
    /// m.iter_mut()`): the loop runs over the indices (a map's keys, a
    /// copy taken first: the loop's borrow keeps them) and `x` names the
    /// element's place.
    #[allow(clippy::too_many_arguments)]
    fn for_mut_elems(
        &mut self,
        kind: crate::check::IterMut,
        base: PlaceExpr<'a>,
        pat: &'a Pat,
        iter: &'a Expr,
        body: &'a Block,
        label: Option<&Ident>,
        span: Span,
    ) {
        use crate::check::IterMut;
        self.push_temps();
        if matches!(kind, IterMut::Elems | IterMut::Enumerated) {
            self.emit(Op::Int(0), iter.span);
            self.load_place(&base, iter.span);
            let nid = self.name_id("len");
            self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Unknown }, iter.span);
            self.emit(Op::Range { inclusive: false, has_start: true, has_end: true }, iter.span);
        } else {
            self.load_place(&base, iter.span);
            let nid = self.name_id("keys");
            self.emit(Op::Method { name: nid, argc: 0, on: StdTy::Map }, iter.span);
        }
        self.emit(Op::IntoIter, iter.span);
        let it = self.temp_slot();
        self.emit(Op::Store(it), iter.span);
        let ks = self.alloc_hidden();
        let start = self.here();
        self.loop_cx(label, None, false);
        let next = self.emit(Op::IterNext { slot: it, done: 0 }, iter.span);
        self.push_scope();
        self.emit(Op::Store(ks), pat.span);
        let (key, elem) = match &pat.kind {
            PatKind::Tuple(ps) if ps.len() == 2 && !matches!(kind, IterMut::Elems) => (Some(&ps[0]), &ps[1]),
            _ => (None, pat),
        };
        if let Some(Pat { kind: PatKind::Ident { name, .. }, .. }) = key {
            let slot = self.declare(&name.name);
            self.emit(Op::Load(ks), pat.span);
            self.emit(Op::Store(slot), pat.span);
        }
        // Each binding aliases its place: the element, or a field of a
        // tuple element (`for (name, qty) in v.iter_mut()`).
        let mut bindings: Vec<(&Ident, Option<u32>)> = Vec::new();
        match &elem.kind {
            PatKind::Ident { name, .. } => bindings.push((name, None)),
            PatKind::Tuple(ps) => {
                for (k, p) in ps.iter().enumerate() {
                    if let PatKind::Ident { name, .. } = &p.kind {
                        bindings.push((name, Some(k as u32)));
                    }
                }
            }
            _ => {}
        }
        for (name, field) in bindings {
            let slot = self.declare(&name.name);
            let depth = self.fcx.len();
            self.mut_closures.retain(|(d, s, _)| !(*d == depth && *s == slot));
            self.emit(Op::Unit, elem.span);
            self.emit(Op::Store(slot), elem.span);
            let mut place = base.clone();
            place.proj.push(PExpr::Slot(ks, iter.span));
            if let Some(k) = field {
                place.proj.push(PExpr::TupleField(k));
            }
            self.aliases.push((depth, slot, place));
        }
        self.for_body_and_exit(body, start, next, span);
    }

    fn find_loop(&mut self, label: Option<&Ident>, span: Span) -> Option<usize> {
        let loops = &self.cur().loops;
        let idx = match label {
            None => loops.iter().rposition(|lp| !lp.is_block),
            Some(l) => loops.iter().rposition(|lp| lp.label.as_deref() == Some(l.name.as_str())),
        };
        if idx.is_none() {
            match label {
                Some(l) => self.err(l.span, format!("use of undeclared label `{}`", l.name)),
                None => self.err(span, "`break` or `continue` outside of a loop"),
            }
        }
        idx
    }

    fn break_expr(&mut self, label: Option<&Ident>, value: Option<&'a Expr>, span: Span) {
        let Some(i) = self.find_loop(label, span) else { return self.emit_unit(span) };
        if let Some(v) = value {
            self.expr(v);
            let (res, is_loop) = (self.cur().loops[i].result, self.cur().loops[i].is_loop);
            match res {
                Some(slot) if is_loop => {
                    self.emit(Op::Store(slot), span);
                }
                _ => {
                    self.err(span, "`break` with a value is only allowed in `loop`");
                    self.emit(Op::Pop, span);
                }
            }
        }
        let (depth, td) = (self.cur().loops[i].scope_depth, self.cur().loops[i].temp_depth);
        self.emit_drops_to(depth, td, span);
        let j = self.emit(Op::Jump(0), span);
        self.cur().loops[i].break_jumps.push(j);
        self.emit(Op::Unit, span);
    }

    fn continue_expr(&mut self, label: Option<&Ident>, span: Span) {
        let Some(i) = self.find_loop(label, span) else { return self.emit_unit(span) };
        let (depth, td) = (self.cur().loops[i].scope_depth, self.cur().loops[i].temp_depth);
        self.emit_drops_to(depth, td, span);
        let j = self.emit(Op::Jump(0), span);
        self.cur().loops[i].continue_jumps.push(j);
        self.emit(Op::Unit, span);
    }

    // ---------------------------------------------------------------
    // Macros
    // ---------------------------------------------------------------

    fn macro_call(&mut self, m: &'a MacroCall, span: Span) {
        let names = m.path.names();
        let name = *names.last().unwrap_or(&"");
        let exprs: &[Expr] = match &m.args {
            MacroArgs::Exprs(e) => e,
            MacroArgs::Repeat { value, count } => {
                if name == "vec" {
                    self.expr(value);
                    self.expr(count);
                    self.emit(Op::VecRepeat, span);
                } else {
                    self.err(span, format!("`{name}!` does not take this form"));
                    self.emit_unit(span);
                }
                return;
            }
            MacroArgs::Matches { expr, pat, guard } => {
                // `match expr { pat if guard => true, _ => false }`: the
                // guard's value is the result once the pattern matched.
                self.push_scope();
                self.expr_borrow(expr);
                let cp = self.pattern(pat, false);
                let pid = self.add_pat(cp);
                let at = self.emit(Op::Match { pat: pid, fail: 0 }, span);
                match guard {
                    Some(g) => self.guard(g),
                    None => {
                        self.emit(Op::Bool(true), span);
                    }
                }
                let skip = self.emit(Op::Jump(0), span);
                let f = self.here();
                self.patch(at, f);
                self.emit(Op::Bool(false), span);
                let e = self.here();
                self.patch(skip, e);
                self.pop_scope(span);
                return;
            }
            MacroArgs::Select(sel) => return self.select(sel, span),
            MacroArgs::Unparsed => {
                self.err(m.name_span, format!("`{}!` is not supported yet", names.join("::")));
                return self.emit_unit(span);
            }
        };
        match name {
            "println" | "print" | "eprintln" | "eprint" => {
                let stderr = name.starts_with('e');
                let newline = name.ends_with("ln");
                if exprs.is_empty() {
                    let fmt = self.add_fmt(Vec::new(), span);
                    self.emit(Op::Print { fmt, argc: 0, stderr, newline }, span);
                } else if let Some((fmt, argc)) = self.format_args(exprs, span) {
                    self.emit(Op::Print { fmt, argc, stderr, newline }, span);
                }
                self.emit(Op::Unit, span);
            }
            "write" | "writeln" if !exprs.is_empty() && self.facts.fmt_writes.contains(&(exprs[0].span.start, exprs[0].span.end)) => {
                // `write!(f, ..)` into a `Formatter`: the VM's
                // (`Formatter::write_str`).
                let Some((prim, index)) = crate::exec::prim::lookup("std::fmt::Formatter::write_str") else { return self.emit_unit(span) };
                self.expr_borrow(&exprs[0]);
                if !self.write_text(&exprs[1..], name == "writeln", span) {
                    return;
                }
                self.emit(Op::Native { prim, index, argc: 2 }, span);
            }
            "write" | "writeln" if !exprs.is_empty() => {
                // `write!(f, ..)` into a `String` (or a `Formatter` the
                // checker did not type): the text is appended to the place; `Ok(())`.
                // `write!(&mut s, ..)` writes to `s`.
                let mut target = &exprs[0];
                while let ExprKind::Ref { is_mut: true, expr } | ExprKind::Paren(expr) = &target.kind {
                    target = expr;
                }
                let place = self.place_for_write_base(target);
                self.push_place_operands(&place);
                if !self.write_text(&exprs[1..], name == "writeln", span) {
                    return;
                }
                let nid = self.name_id("push_str");
                let pid = self.add_place(place);
                self.emit(Op::MethodPlace { place: pid, name: nid, argc: 1 }, span);
                self.emit(Op::Pop, span);
                let ok = self.add_const(Value::ok(Value::Unit));
                self.emit(Op::Const(ok), span);
            }
            "format" | "format_args" => match self.format_args(exprs, span) {
                Some((fmt, argc)) => {
                    self.emit(Op::Format { fmt, argc }, span);
                }
                None => self.emit_unit(span),
            },
            "panic" | "unreachable" | "todo" | "unimplemented" => {
                let prefix = match name {
                    "unreachable" => "internal error: entered unreachable code",
                    "todo" => "not yet implemented",
                    "unimplemented" => "not implemented",
                    _ => "",
                };
                if exprs.is_empty() {
                    let msg = if prefix.is_empty() { "explicit panic" } else { prefix };
                    let c = self.add_const(Value::string(msg));
                    self.emit(Op::PanicConst(c), span);
                } else if let Some((fmt, argc)) = self.format_args_prefixed(exprs, span, if prefix.is_empty() { "" } else { prefix }) {
                    let static_ = static_panic_message(exprs);
                    self.emit(Op::Panic { fmt, argc, static_ }, span);
                }
                self.emit(Op::Unit, span);
            }
            "assert" | "debug_assert" => {
                let Some(cond) = exprs.first() else {
                    self.err(span, "`assert!` needs a condition");
                    return self.emit_unit(span);
                };
                self.push_temps();
                self.expr_borrow(cond);
                let j = self.emit(Op::JumpIfFalse(0), span);
                let skip = self.emit(Op::Jump(0), span);
                let f = self.here();
                self.patch(j, f);
                if exprs.len() > 1 {
                    if let Some((fmt, argc)) = self.format_args(&exprs[1..], span) {
                        let static_ = static_panic_message(&exprs[1..]);
                        self.emit(Op::Panic { fmt, argc, static_ }, span);
                    }
                } else {
                    let text = self.src.get(cond.span.start as usize..cond.span.end as usize).unwrap_or("").to_string();
                    let c = self.add_const(Value::string(format!("assertion failed: {text}")));
                    self.emit(Op::PanicConst(c), span);
                }
                let e = self.here();
                self.patch(skip, e);
                self.pop_temps(span);
                self.emit(Op::Unit, span);
            }
            "assert_eq" | "assert_ne" | "debug_assert_eq" | "debug_assert_ne" => {
                if exprs.len() < 2 {
                    self.err(span, format!("`{name}!` needs two arguments"));
                    return self.emit_unit(span);
                }
                self.push_temps();
                self.expr_borrow(&exprs[0]);
                self.expr_borrow(&exprs[1]);
                let has_msg = exprs.len() > 2;
                if has_msg {
                    match self.format_args(&exprs[2..], span) {
                        Some((fmt, argc)) => {
                            self.emit(Op::Format { fmt, argc }, span);
                        }
                        None => self.emit_unit(span),
                    }
                }
                self.emit(Op::AssertCmp { eq: name.ends_with("eq"), has_msg }, span);
                self.pop_temps(span);
                self.emit(Op::Unit, span);
            }
            "vec" => {
                for e in exprs {
                    self.expr(e);
                }
                self.emit(Op::Vec(exprs.len() as u32), span);
            }
            // `tokio::pin!(fut)` leaves `fut` where it is; `pin!(fut)` is
            // `fut`: a pinned future is the future itself.
            "pin" if self.canonical(&names) == "tokio::pin" => {
                let depth = self.fcx.len();
                for e in exprs {
                    if let ExprKind::Path(p) = &e.kind
                        && let [name] = p.names()[..]
                        && let Some(slot) = self.lookup(name)
                    {
                        self.pinned.push((depth, slot));
                        // A hand-written future moves into a future's cell.
                        self.emit(Op::Move(slot), e.span);
                        self.emit(Op::Builtin { b: Builtin::Pin, argc: 1 }, e.span);
                        self.emit(Op::Store(slot), e.span);
                    }
                }
                self.emit_unit(span)
            }
            "pin" if exprs.len() == 1 => {
                self.expr(&exprs[0]);
                self.emit(Op::Builtin { b: Builtin::Pin, argc: 1 }, span);
            }
            // `futures::poll!(fut)`: one poll, with the task's context.
            "poll" if exprs.len() == 1 && self.canonical(&names) == "futures::poll" => {
                let Some((prim, index)) = crate::exec::prim::lookup(crate::exec::prim::FUTURE_POLL) else { return self.emit_unit(span) };
                self.expr(&exprs[0]);
                self.emit(Op::Unit, span);
                self.emit(Op::Native { prim, index, argc: 2 }, span);
            }
            "join" => {
                if exprs.is_empty() {
                    return self.emit_unit(span);
                }
                for e in exprs {
                    self.expr(e);
                }
                self.emit(Op::JoinAll { n: exprs.len() as u32, biased: m.biased }, span);
            }
            "try_join" => {
                if exprs.is_empty() {
                    self.err(m.name_span, "`try_join!()` with no futures is not supported yet");
                    return self.emit_unit(span);
                }
                for e in exprs {
                    self.expr(e);
                }
                self.emit(Op::TryJoinAll { n: exprs.len() as u32, biased: m.biased }, span);
            }
            // `dbg!(a, b)`: each value printed to stderr with the macro's
            // place and the expression's text (`{:#?}`), then handed back
            // (a tuple for several); `dbg!()` prints the place alone.
            "dbg" => {
                let lc = crate::span::LineIndex::new(self.src).line_col(self.src, m.name_span.start);
                let place = format!("[src/main.rs:{}:{}]", lc.line, lc.col);
                let escape = |t: &str| t.replace('{', "{{").replace('}', "}}");
                if exprs.is_empty() {
                    let fmt = self.add_fmt(vec![vfmt::Piece::Lit(place)], span);
                    self.emit(Op::Print { fmt, argc: 0, stderr: true, newline: true }, span);
                    return self.emit_unit(span);
                }
                for e in exprs {
                    self.expr(e);
                    self.emit(Op::Dup, e.span);
                    // `stringify!(e)`: the text as written, on one line.
                    let written = self.src.get(e.span.start as usize..e.span.end as usize).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
                    let text = format!("{} {} = {{:#?}}", escape(&place), escape(&written));
                    let Ok(pieces) = vfmt::parse_format_string(&text) else { return self.emit_unit(span) };
                    let fmt = self.add_fmt(pieces, span);
                    self.emit(Op::Print { fmt, argc: 1, stderr: true, newline: true }, span);
                }
                if exprs.len() > 1 {
                    self.emit(Op::Tuple(exprs.len() as u32), span);
                }
            }
            _ => {
                self.err(m.name_span, format!("`{}!` is not supported yet", names.join("::")));
                self.emit_unit(span);
            }
        }
    }

    /// `tokio::select!`: the preconditions and the futures, in order; the
    /// `Select` op polls them and gives the winner's index and output,
    /// after the futures are dropped; then the winner's handler runs with
    /// its pattern's bindings, like a `match` arm. The output lives to the
    /// end of the `select!` (what the pattern does not move out of it is
    /// dropped then, as in Tokio's expansion).
    fn select(&mut self, sel: &'a Select, span: Span) {
        self.push_temps();
        for b in &sel.branches {
            match &b.cond {
                Some(c) => self.expr(c),
                None => {
                    self.emit(Op::Bool(true), span);
                }
            }
        }
        for b in &sel.branches {
            self.expr(&b.fut);
        }
        let sid = self.selects.len();
        let spans = sel.branches.iter().map(|b| b.span).collect();
        self.selects.push(crate::vm::SelectInfo { biased: sel.biased, pats: Vec::new(), spans });
        self.emit(Op::Select(sid as u32), span);
        let idx = self.temp_slot();
        self.emit(Op::Store(idx), span);
        let out = self.temp_slot();
        self.emit(Op::Store(out), span);
        let result = self.alloc_hidden();
        let mut end_jumps = Vec::new();
        for (i, b) in sel.branches.iter().enumerate() {
            self.push_scope();
            self.emit(Op::Load(idx), b.span);
            self.emit(Op::Int(i as i64), b.span);
            self.emit(Op::Bin(BinOp::Eq), b.span);
            let skip = self.emit(Op::JumpIfFalse(0), b.span);
            self.emit(if b.pat.binds_by_value() { Op::Move(out) } else { Op::Load(out) }, b.pat.span);
            let cp = self.pattern(&b.pat, false);
            let pid = self.add_pat(cp);
            if let Some(info) = self.selects.get_mut(sid) {
                info.pats.push(pid);
            }
            let m = self.emit(Op::Match { pat: pid, fail: 0 }, b.pat.span);
            self.arm_body(&b.body, result);
            self.pop_scope(b.body.span);
            end_jumps.push(self.emit(Op::Jump(0), b.span));
            // The op only picks a branch whose output matched.
            let bad = self.here();
            self.patch(m, bad);
            let msg = self.add_const(Value::string("internal error: entered unreachable code: failed to match bind"));
            self.emit(Op::PanicConst(msg), b.span);
            let next = self.here();
            self.patch(skip, next);
        }
        match &sel.else_ {
            Some(e) => {
                self.arm_body(e, result);
            }
            None => {
                let msg = self.add_const(Value::string("all branches are disabled and there is no else branch"));
                self.emit(Op::PanicConst(msg), span);
            }
        }
        let end = self.here();
        for j in end_jumps {
            self.patch(j, end);
        }
        self.pop_temps(span);
        self.emit(Op::Move(result), span);
    }

    fn add_fmt(&mut self, pieces: Vec<vfmt::Piece>, span: Span) -> u32 {
        self.fmts.push(FmtEntry { pieces, span });
        (self.fmts.len() - 1) as u32
    }

    fn format_args(&mut self, exprs: &'a [Expr], span: Span) -> Option<(u32, u32)> {
        self.format_args_prefixed(exprs, span, "")
    }

    /// Compiles a format string and its arguments: pushes the arguments
    /// (borrowed) and returns (format id, number of arguments).
    fn format_args_prefixed(&mut self, exprs: &'a [Expr], span: Span, prefix: &str) -> Option<(u32, u32)> {
        let first = &exprs[0];
        let ExprKind::Lit(Lit::Str(text)) = &first.kind else {
            self.err(first.span, "format argument must be a string literal");
            self.emit_unit(span);
            return None;
        };
        let text = if prefix.is_empty() { text.clone() } else { format!("{prefix}: {text}") };
        let mut pieces = match vfmt::parse_format_string(&text) {
            Ok(p) => p,
            Err(e) => {
                self.err(first.span, e.message.to_string());
                self.emit_unit(span);
                return None;
            }
        };
        // Positional and named arguments.
        let mut positional: Vec<&Expr> = Vec::new();
        let mut named: Vec<(String, &Expr)> = Vec::new();
        for a in &exprs[1..] {
            if let ExprKind::Assign(l, r) = &a.kind
                && let ExprKind::Path(p) = &l.kind
                && p.segments.len() == 1
            {
                named.push((p.last().to_string(), r));
                continue;
            }
            positional.push(a);
        }
        let mut args: Vec<ArgSrc> = positional.iter().map(|e| ArgSrc::Expr(e)).collect();
        for (n, e) in &named {
            let _ = n;
            args.push(ArgSrc::Expr(e));
        }
        let npos = positional.len();
        let mut used = vec![false; args.len()];
        let resolve = |this: &mut Self, r: &mut vfmt::ArgRef, args: &mut Vec<ArgSrc>, used: &mut Vec<bool>| -> bool {
            match r {
                vfmt::ArgRef::Index(i) => {
                    if *i >= args.len() {
                        this.err(
                            first.span,
                            format!(
                                "invalid reference to positional argument {i} (there {} {} argument{})",
                                if npos == 1 { "is" } else { "are" },
                                npos,
                                if npos == 1 { "" } else { "s" }
                            ),
                        );
                        return false;
                    }
                    used[*i] = true;
                    true
                }
                vfmt::ArgRef::Named(n) => {
                    if let Some(k) = named.iter().position(|(nn, _)| nn == n) {
                        *r = vfmt::ArgRef::Index(npos + k);
                        used[npos + k] = true;
                        return true;
                    }
                    let name = n.clone();
                    if let Some(pos) = args.iter().position(|a| matches!(a, ArgSrc::Capture(x) if *x == name)) {
                        *r = vfmt::ArgRef::Index(pos);
                        return true;
                    }
                    if this.lookup(&name).is_none() && !this.const_items.contains_key(&name) && !this.statics.contains_key(&name) {
                        this.err(first.span, format!("cannot find value `{name}` in this scope (or it is not supported yet)"));
                        return false;
                    }
                    args.push(ArgSrc::Capture(name));
                    used.push(true);
                    *r = vfmt::ArgRef::Index(args.len() - 1);
                    true
                }
            }
        };
        let mut ok = true;
        for p in pieces.iter_mut() {
            if let vfmt::Piece::Arg { arg, spec, .. } = p {
                ok &= resolve(self, arg, &mut args, &mut used);
                if let Some(vfmt::Count::Arg(r)) = &mut spec.width {
                    ok &= resolve(self, r, &mut args, &mut used);
                }
                if let Some(vfmt::Count::Arg(r)) = &mut spec.precision {
                    ok &= resolve(self, r, &mut args, &mut used);
                }
            }
        }
        if ok && let Some(i) = used.iter().position(|u| !u) {
            let sp = match &args[i] {
                ArgSrc::Expr(e) => e.span,
                ArgSrc::Capture(_) => first.span,
            };
            self.err(sp, if i < npos { "argument never used".to_string() } else { "named argument never used".to_string() });
            ok = false;
        }
        if !ok {
            self.emit_unit(span);
            return None;
        }
        let argc = args.len() as u32;
        // `{:x}` of a negative `i32` shows its 32 bits: the VM's `i64` is
        // fitted to the unsigned type of the same width first.
        for p in pieces.iter_mut() {
            if let vfmt::Piece::Arg { arg: vfmt::ArgRef::Index(i), spec, range, .. } = p
                && let Some(a) = args.get(*i)
            {
                let at = match a {
                    ArgSrc::Expr(e) => e.span,
                    // `{x}`: the checker typed the name where it stands
                    // in the literal (after the quote and the brace).
                    ArgSrc::Capture(name) => {
                        let skip = if prefix.is_empty() { 0 } else { prefix.len() + 2 };
                        let start = first.span.start as usize + 2 + range.0.saturating_sub(skip);
                        Span::new(start, start + name.len())
                    }
                };
                match self.facts.f32_inside(at) {
                    _ if self.facts.is_f32(at) => spec.single = true,
                    Some(true) => spec.single = true,
                    Some(false) => {
                        self.err(at, "formatting a value that holds both `f32` and `f64` numbers is not supported yet");
                        ok = false;
                    }
                    None => {}
                }
            }
        }
        if !ok {
            self.emit_unit(span);
            return None;
        }
        let mut radix_only = vec![None::<bool>; args.len()];
        for p in pieces.iter() {
            if let vfmt::Piece::Arg { arg: vfmt::ArgRef::Index(i), spec, .. } = p
                && let Some(slot) = radix_only.get_mut(*i)
            {
                let radix = matches!(spec.ty, vfmt::FmtType::LowerHex | vfmt::FmtType::UpperHex | vfmt::FmtType::Octal | vfmt::FmtType::Binary);
                *slot = Some(slot.unwrap_or(true) && radix);
            }
        }
        for (i, a) in args.into_iter().enumerate() {
            let unsigned = match &a {
                ArgSrc::Expr(e) if radix_only.get(i).copied().flatten() == Some(true) => match self.facts.int(e.span) {
                    Some(crate::check::ty::Int::I8) => Some(IntTy::U8),
                    Some(crate::check::ty::Int::I16) => Some(IntTy::U16),
                    Some(crate::check::ty::Int::I32) => Some(IntTy::U32),
                    _ => None,
                },
                _ => None,
            };
            match a {
                ArgSrc::Expr(e) => {
                    self.expr_borrow(e);
                    if let Some(ty) = unsigned {
                        self.emit(Op::FitInt { ty, fit: Fit::Wrap }, e.span);
                    }
                }
                ArgSrc::Capture(name) => match self.lookup(&name) {
                    Some(slot) => {
                        // `{r}` of a `&mut` alias reads the place it names.
                        let depth = self.fcx.len();
                        match self.aliases.iter().rev().find(|(d, s, _)| *d == depth && *s == slot).map(|(_, _, pl)| pl.clone()) {
                            Some(place) => self.load_place(&place, first.span),
                            None => {
                                self.emit(Op::Load(slot), first.span);
                            }
                        }
                    }
                    None => {
                        if let Some(&i) = self.statics.get(&name) {
                            self.static_value(i, first.span);
                        } else if let Some(e) = self.const_items.get(&name).copied() {
                            self.expr(e);
                        } else {
                            self.emit_unit(first.span);
                        }
                    }
                },
            }
        }
        let fmt = self.add_fmt(pieces, first.span);
        Some((fmt, argc))
    }
}

enum ArgSrc<'a> {
    Expr(&'a Expr),
    Capture(String),
}

#[derive(Clone, Debug)]
struct PlaceExpr<'a> {
    root: Slot,
    proj: Vec<PExpr<'a>>,
}

#[derive(Clone, Debug)]
enum PExpr<'a> {
    Field(u32),
    TupleField(u32),
    /// The index expression and the span of `[..]` (where Rust reports an
    /// out-of-bounds index).
    Index(&'a Expr, Span),
    /// An index or key kept in a hidden slot (`m.get_mut(&k)`'s key).
    Slot(Slot, Span),
    /// A lock's value, reached by `get_mut` without locking.
    LockData,
    Deref,
}

/// The VM's integer type for the checker's: the VM's integers are `i64`,
/// so 128-bit types are checked as `i64` and `u64`/`usize` as `u64` within
/// `i64`'s range.
/// Where core 1.95 (`library/core/src/num/mod.rs`) declares `pow` for each
/// integer type: a debug build reports `pow`'s overflow there, not at the
/// caller (recorded with rustc 1.95.0; see `probes/int_pow_overflow_panics.rs`).
fn core_pow_line(i: crate::check::ty::Int) -> u16 {
    use crate::check::ty::Int;
    match i {
        Int::I8 => 346,
        Int::I16 => 370,
        Int::I32 => 394,
        Int::I64 => 418,
        Int::I128 => 442,
        Int::Isize => 519,
        Int::U8 => 546,
        Int::U16 => 1188,
        Int::U32 => 1243,
        Int::U64 => 1274,
        Int::U128 => 1305,
        Int::Usize => 1400,
    }
}

fn int_ty(i: crate::check::ty::Int) -> IntTy {
    use crate::check::ty::Int;
    match i {
        Int::I8 => IntTy::I8,
        Int::I16 => IntTy::I16,
        Int::I32 => IntTy::I32,
        Int::I64 | Int::Isize => IntTy::I64,
        Int::I128 => IntTy::I128,
        Int::U128 => IntTy::U128,
        Int::U8 => IntTy::U8,
        Int::U16 => IntTy::U16,
        Int::U32 => IntTy::U32,
        Int::U64 | Int::Usize => IntTy::U64,
    }
}

fn is_arith(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem | BinOp::Shl)
}

/// The integer type a written type names, if any.
fn type_int(ty: &Type) -> Option<IntTy> {
    match &ty.kind {
        TypeKind::Path(p) if p.segments.len() == 1 => IntTy::from_name(p.last()),
        _ => None,
    }
}

fn remap_pat(p: CPat, m: &[(Slot, Slot)]) -> CPat {
    let remap = |slot: Slot| m.iter().rev().find(|(from, _)| *from == slot).map_or(slot, |&(_, to)| to);
    match p {
        CPat::Bind { slot, sub } => CPat::Bind { slot: remap(slot), sub: sub.map(|s| Box::new(remap_pat(*s, m))) },
        CPat::Tuple(ps) => CPat::Tuple(ps.into_iter().map(|p| remap_pat(p, m)).collect()),
        CPat::Slice { before, rest, after } => CPat::Slice {
            before: before.into_iter().map(|p| remap_pat(p, m)).collect(),
            rest: rest.map(|r| r.map(remap)),
            after: after.into_iter().map(|p| remap_pat(p, m)).collect(),
        },
        CPat::Adt { def, variant, fields, is_enum } => {
            CPat::Adt { def, variant, fields: fields.into_iter().map(|(i, p)| (i, remap_pat(p, m))).collect(), is_enum }
        }
        CPat::Or(ps) => CPat::Or(ps.into_iter().map(|p| remap_pat(p, m)).collect()),
        CPat::Deref(p) => CPat::Deref(Box::new(remap_pat(*p, m))),
        other => other,
    }
}

impl FnCx {
    fn new(name: String, is_async: bool, span: Span, is_closure: bool) -> FnCx {
        FnCx {
            int_tys: SlotMap::default(),
            name,
            code: Vec::new(),
            spans: Vec::new(),
            label: 0,
            nslots: 0,
            scopes: Vec::new(),
            temps: Vec::new(),
            loops: Vec::new(),
            captures: Vec::new(),
            lent: Vec::new(),
            capture_modes: Vec::new(),
            is_closure,
            mut_params: Vec::new(),
            borrowed_slots: Vec::new(),
            borrow_temps: Vec::new(),
            param_slots: Vec::new(),
            is_async,
            span,
        }
    }

    fn finish(self) -> Function {
        Function {
            name: self.name,
            code: self.code,
            spans: self.spans,
            nslots: self.nslots,
            param_slots: self.param_slots,
            borrowed_slots: self.borrowed_slots,
            borrow_temps: self.borrow_temps,
            is_async: self.is_async,
            writes_captures: false,
            track_caller: false,
            span: self.span,
        }
    }
}

/// Every call of a function by its path in `b` (the call's span and the
/// path as written, without generic arguments), closures and blocks included.
fn path_calls(b: &Block) -> Vec<(Span, String)> {
    let found = std::cell::RefCell::new(Vec::new());
    b.any(&|e| {
        if let ExprKind::Call { func, .. } = &e.kind
            && let ExprKind::Path(p) = &func.kind
        {
            found.borrow_mut().push((e.span, p.names().join("::")));
        }
        false
    });
    found.into_inner()
}

/// The name of `f`'s parameter that holds a value of the generic type
/// `g` (typed `g`, `&g` or `&mut g`, bound to a plain name), which
/// `g::NAME` and `g::f(..)` dispatch on.
fn value_param<'f>(f: &'f FnDecl, g: &str) -> Option<&'f str> {
    let p = f.params.iter().find(|p| {
        let mut t = &p.ty;
        while let TypeKind::Ref { inner, .. } = &t.kind {
            t = inner;
        }
        matches!(&t.kind, TypeKind::Path(path) if path.segments.len() == 1 && path.last() == g)
    })?;
    match &p.pat.kind {
        PatKind::Ident { name, sub: None, .. } => Some(&name.name),
        _ => None,
    }
}

/// The generic parameters of `f` that its body calls a function of
/// (`T::new(..)`) while no parameter holds a value of type `T` (`T`, `&T`,
/// `&mut T`) to find the impl on: by index among `f`'s generics.
fn witness_generics(f: &FnDecl) -> Vec<(usize, String)> {
    f.generics
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            value_param(f, &g.name).is_none()
                && f.body.any(&|e| {
                    matches!(&e.kind, ExprKind::Call { func, .. } if matches!(&func.kind, ExprKind::Path(p) if p.segments.len() == 2 && p.segments[0].ident.name == g.name))
                })
        })
        .map(|(i, g)| (i, g.name.clone()))
        .collect()
}

/// Maps equivalent spellings of a path to one canonical form.
/// The hidden method name of trait `tr`'s method `m`: what `Trait::m(x)`
/// dispatches on, so that two traits' methods of one name stay apart.
fn trait_method(tr: &str, m: &str) -> String {
    format!("<{tr}>::{m}")
}

pub fn normalize_path(p: &str) -> String {
    let mut p = p;
    while let Some(rest) = p.strip_prefix("::") {
        p = rest;
    }
    let mut s = p.to_string();
    for (from, to) in [
        ("core::", "std::"),
        ("alloc::", "std::"),
        ("tokio::time::Duration", "std::time::Duration"),
        ("std::time::Duration", "std::time::Duration"),
        ("tokio::task::spawn", "tokio::spawn"),
        ("tokio::sync::mpsc::error::", "tokio::sync::mpsc::error::"),
        ("std::string::String", "String"),
        ("std::vec::Vec", "Vec"),
        ("std::boxed::Box", "Box"),
        ("std::collections::hash_map::HashMap", "std::collections::HashMap"),
        ("std::collections::btree_map::BTreeMap", "std::collections::BTreeMap"),
        ("std::collections::vec_deque::VecDeque", "std::collections::VecDeque"),
        ("std::collections::binary_heap::BinaryHeap", "std::collections::BinaryHeap"),
        ("std::collections::hash_set::HashSet", "std::collections::HashSet"),
        ("std::collections::btree_set::BTreeSet", "std::collections::BTreeSet"),
    ] {
        // A whole segment only: `tokio::task::spawn_blocking` is not
        // `tokio::spawn` + `_blocking`.
        if let Some(rest) = s.strip_prefix(from)
            && (rest.is_empty() || rest.starts_with("::") || from.ends_with("::"))
        {
            s = format!("{to}{rest}");
        }
    }
    s
}

/// What a path to a std or Tokio function calls.
enum Callee {
    Builtin(Builtin),
    /// A primitive's function: `(primitive, index)` in `exec::prim`.
    Native(u8, u16),
}

/// `i64::from`, `f64::from`, `char::from`: the cast they are.
fn prim_from_cast(names: &[&str]) -> Option<CastTo> {
    match names {
        ["f64" | "f32", "from"] => Some(CastTo::Float),
        ["char", "from"] => Some(CastTo::Char),
        [ty, "from"] => IntTy::from_name(ty).map(CastTo::Int),
        _ => None,
    }
}

/// The one name a pattern is (`x`, `LIMIT`), if it is one.
fn single_name(p: &Pat) -> Option<&str> {
    match &p.kind {
        PatKind::Ident { name, sub: None, .. } => Some(name.name.as_str()),
        PatKind::Path(path) if path.segments.len() == 1 => Some(path.segments[0].ident.name.as_str()),
        _ => None,
    }
}

/// The run-time shape of the std collection whose associated function
/// `path` names (`std::collections::HashMap::from`).
fn collection_of(path: &str) -> Option<crate::vm::CollectInto> {
    use crate::vm::CollectInto;
    let (ty, _) = path.rsplit_once("::")?;
    match ty {
        "std::collections::HashMap" | "std::collections::BTreeMap" => Some(CollectInto::Map),
        "std::collections::HashSet" | "std::collections::BTreeSet" => Some(CollectInto::Set),
        "std::collections::VecDeque" => Some(CollectInto::Vec),
        _ => None,
    }
}

fn builtin_fn(path: &str) -> Option<Builtin> {
    use Builtin::*;
    Some(match path {
        "std::time::Duration::from_millis" => DurationFromMillis,
        "std::time::Duration::from_secs" => DurationFromSecs,
        "std::time::Duration::from_micros" => DurationFromMicros,
        "std::time::Duration::from_nanos" => DurationFromNanos,
        "std::time::Duration::from_secs_f64" => DurationFromSecsF64,
        "std::time::Duration::from_secs_f32" => DurationFromSecsF32,
        "std::time::Duration::new" => DurationNew,
        "std::sync::Arc::new" | "std::rc::Rc::new" | "Arc::new" | "Rc::new" => ArcNew,
        "std::sync::Arc::clone" | "std::rc::Rc::clone" | "Arc::clone" | "Rc::clone" => ArcClone,
        "std::sync::Arc::ptr_eq" | "std::rc::Rc::ptr_eq" | "Arc::ptr_eq" | "Rc::ptr_eq" => PtrEq,
        "String::from" => StringFrom,
        "String::new" | "String::with_capacity" | "std::string::String::with_capacity" => StringNew,
        // A `VecDeque` is a `Vec` at run time (its `Debug` is the same).
        "Vec::new"
        | "Vec::with_capacity"
        | "std::collections::VecDeque::new"
        | "std::collections::VecDeque::with_capacity"
        | "VecDeque::new"
        | "VecDeque::with_capacity" => VecNew,
        "Vec::from" | "Vec::from_iter" => VecFrom,
        "std::collections::HashMap::new" | "std::collections::BTreeMap::new" | "HashMap::new" | "BTreeMap::new" => MapNew,
        "std::collections::HashSet::new"
        | "std::collections::BTreeSet::new"
        | "HashSet::new"
        | "BTreeSet::new"
        | "std::collections::HashSet::with_capacity"
        | "HashSet::with_capacity" => SetNew,
        "drop" | "std::mem::drop" => Drop,
        "std::mem::forget" => Forget,
        "Box::new" | "std::boxed::Box::new" => BoxNew,
        "Box::pin" | "std::boxed::Box::pin" => Pin,
        "std::pin::Pin::new" | "Pin::new" => Identity,
        "std::cmp::max" => Max,
        "std::cmp::min" => Min,
        "Some" | "Ok" | "Err" => Identity,
        _ => return None,
    })
}

/// The items declared in `item`'s function bodies (its own, or its
/// methods'), in any of their blocks, and theirs, in source order (`use`s
/// stay where they are).
fn nested_items<'a>(item: &'a Item, out: &mut Vec<&'a Item>) {
    let bodies: Vec<&'a Block> = match &item.kind {
        ItemKind::Fn(f) => vec![&f.body],
        ItemKind::Impl(imp) => imp.items.iter().filter_map(|i| if let ItemKind::Fn(f) = &i.kind { Some(&f.body) } else { None }).collect(),
        _ => Vec::new(),
    };
    for b in bodies {
        let mut mine = Vec::new();
        b.items(&mut mine);
        for inner in mine {
            if !matches!(inner.kind, ItemKind::Use(_) | ItemKind::Mod { .. }) {
                out.push(inner);
                nested_items(inner, out);
            }
        }
    }
}

/// The hidden method that holds a trait's associated constant `name` for
/// each implementing type (not a name a program can write).
fn assoc_const_method(name: &str) -> String {
    format!("<const>{name}")
}

/// The name an item declares in the type namespace or the value one.
fn item_name(item: &Item) -> Option<&Ident> {
    match &item.kind {
        ItemKind::Fn(f) => Some(&f.name),
        ItemKind::Const { name, .. } => Some(name),
        ItemKind::Struct(s) => Some(&s.name),
        ItemKind::Enum(e) => Some(&e.name),
        ItemKind::Trait { name, .. } | ItemKind::TypeAlias { name, .. } => Some(name),
        _ => None,
    }
}

fn is_type_item(item: &Item) -> bool {
    matches!(item.kind, ItemKind::Struct(_) | ItemKind::Enum(_) | ItemKind::Trait { .. } | ItemKind::TypeAlias { .. })
}

/// A std type that a user trait can be implemented for, as the VM tells
/// its values apart: (kind, the checker's name for its methods' owner, the
/// name paths give it).
fn foreign_of(ty: &Type) -> Option<(crate::vm::Foreign, &'static str, String)> {
    use crate::vm::Foreign;
    match &ty.kind {
        TypeKind::Ref { inner, .. } => foreign_of(inner),
        TypeKind::Array { .. } => Some((Foreign::Slice, "slice", "slice".to_string())),
        TypeKind::Path(p) => {
            let name = p.last();
            let (kind, owner) = match name {
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => (Foreign::Int, "int"),
                "f32" | "f64" => (Foreign::Float, "float"),
                "bool" => (Foreign::Bool, "bool"),
                "char" => (Foreign::Char, "char"),
                "str" => (Foreign::Str, "str"),
                "String" => (Foreign::String, "std::string::String"),
                "Vec" => (Foreign::Vec, "std::vec::Vec"),
                _ => return None,
            };
            Some((kind, owner, name.to_string()))
        }
        _ => None,
    }
}

/// A step from `self` to a collection (`ret_elems`).
#[derive(Clone, Debug)]
enum RetField {
    Named(String),
    Pos(u32),
}

/// What `Compiler::ret_elems` keeps of a [`crate::check::returned_elem`]
/// method: the field steps from `self` to its collection and the element's
/// kind (`ElemAt`, with the element call as a stand-in expression).
fn ret_elem_shape<'a>(decl: &'a FnDecl, src: &str) -> Option<(Vec<RetField>, crate::check::ElemAt<'a>)> {
    use crate::check::{ElemAt, Pick};
    let (elem, _) = crate::check::returned_elem(decl, src)?;
    let ExprKind::MethodCall { receiver, method, .. } = &elem.kind else { return None };
    let (mut coll, at) = match method.name.as_str() {
        "get_mut" => (&**receiver, ElemAt::Key(elem)),
        "first_mut" | "front_mut" => (&**receiver, ElemAt::First),
        "last_mut" | "back_mut" => (&**receiver, ElemAt::Last),
        name => {
            // `iter_mut()[.rev()].find(..)` and the others.
            let mut r = &**receiver;
            let mut rev = false;
            if let ExprKind::MethodCall { receiver: inner, method: m, .. } = &r.kind
                && m.name == "rev"
            {
                r = inner;
                rev = true;
            }
            let ExprKind::MethodCall { receiver: inner, .. } = &r.kind else { return None };
            (&**inner, ElemAt::Pick(Pick::of(name, rev)?, elem))
        }
    };
    let mut steps = Vec::new();
    loop {
        match &coll.kind {
            ExprKind::Paren(x) => coll = x,
            ExprKind::Field(b, n) => {
                steps.push(RetField::Named(n.name.clone()));
                coll = b;
            }
            ExprKind::TupleField(b, i, _) => {
                steps.push(RetField::Pos(*i));
                coll = b;
            }
            ExprKind::Path(p) if p.is_single("self") => break,
            _ => return None,
        }
    }
    steps.reverse();
    Some((steps, at))
}

/// `std::f64::consts`'s constants by name.
fn float_const(name: &str) -> Option<f64> {
    use std::f64::consts as c;
    Some(match name {
        "PI" => c::PI,
        "TAU" => c::TAU,
        "E" => c::E,
        "SQRT_2" => c::SQRT_2,
        "LN_2" => c::LN_2,
        "LN_10" => c::LN_10,
        "LOG2_E" => c::LOG2_E,
        "LOG10_E" => c::LOG10_E,
        "LOG2_10" => c::LOG2_10,
        "LOG10_2" => c::LOG10_2,
        "FRAC_PI_2" => c::FRAC_PI_2,
        "FRAC_PI_3" => c::FRAC_PI_3,
        "FRAC_PI_4" => c::FRAC_PI_4,
        "FRAC_PI_6" => c::FRAC_PI_6,
        "FRAC_PI_8" => c::FRAC_PI_8,
        "FRAC_1_PI" => c::FRAC_1_PI,
        "FRAC_2_PI" => c::FRAC_2_PI,
        "FRAC_1_SQRT_2" => c::FRAC_1_SQRT_2,
        "FRAC_2_SQRT_PI" => c::FRAC_2_SQRT_PI,
        _ => return None,
    })
}

/// Whether a `panic!`'s message makes a `&'static str` payload rather than
/// a `String`: rustc inlines a string literal, or an integer literal that
/// fits its type, shown with a plain `{}`, into the format string, and a
/// message with no argument left is a static string.
fn static_panic_message(exprs: &[Expr]) -> bool {
    let Some(first) = exprs.first() else { return true };
    let ExprKind::Lit(Lit::Str(text)) = &first.kind else { return false };
    let Ok(pieces) = vfmt::parse_format_string(text) else { return false };
    let mut positional: Vec<&Expr> = Vec::new();
    let mut named: Vec<(&str, &Expr)> = Vec::new();
    for a in &exprs[1..] {
        if let ExprKind::Assign(l, r) = &a.kind
            && let ExprKind::Path(p) = &l.kind
            && p.segments.len() == 1
        {
            named.push((p.last(), r));
        } else {
            positional.push(a);
        }
    }
    let inlined = |e: &Expr| {
        let mut e = e;
        while let ExprKind::Paren(x) | ExprKind::Ref { expr: x, .. } = &e.kind {
            e = x;
        }
        match &e.kind {
            ExprKind::Lit(Lit::Str(_)) => true,
            ExprKind::Lit(Lit::Int { value, suffix }) => {
                let max: u128 = match suffix.as_deref() {
                    None | Some("i32") => i32::MAX as u128,
                    Some("i8") => i8::MAX as u128,
                    Some("i16") => i16::MAX as u128,
                    Some("i64" | "isize") => i64::MAX as u128,
                    Some("i128") => i128::MAX as u128,
                    Some("u8") => u8::MAX as u128,
                    Some("u16") => u16::MAX as u128,
                    Some("u32") => u32::MAX as u128,
                    Some("u64" | "usize") => u64::MAX as u128,
                    _ => u128::MAX,
                };
                *value <= max
            }
            _ => false,
        }
    };
    pieces.iter().all(|p| match p {
        vfmt::Piece::Lit(_) => true,
        vfmt::Piece::Arg { arg, spec, .. } => {
            let plain = spec.ty == vfmt::FmtType::Display
                && spec.fill == ' '
                && spec.align.is_none()
                && !spec.sign_plus
                && !spec.sign_minus
                && !spec.alternate
                && !spec.zero
                && spec.width.is_none()
                && spec.precision.is_none();
            let e = match arg {
                vfmt::ArgRef::Index(i) => positional.get(*i).copied(),
                vfmt::ArgRef::Named(n) => named.iter().find(|(m, _)| m == n).map(|(_, e)| *e),
            };
            plain && e.is_some_and(inlined)
        }
    })
}
