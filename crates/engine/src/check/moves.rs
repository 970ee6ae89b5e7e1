//! Moves (E0382): a "maybe moved" dataflow over one function body.
//!
//! Inference records, for every path expression naming a local, whether it
//! is used by value or through a reference, and which field expressions
//! move a field out. This pass walks the body's control flow (blocks,
//! branches, loops, `break`/`continue`/`return`, async blocks) and keeps
//! the set of locals that may have been moved on some path to here. A use
//! of a maybe-moved local is E0382. Loop bodies are walked twice, the
//! second time from the state at the end of the first, which finds
//! "value moved here, in previous iteration of loop".

use crate::map::SortedMap;

use crate::ast::{Block, Expr, ExprKind, MacroArgs, Pat, PatKind, StmtKind};
use crate::diag::Diagnostic;
use crate::span::Span;

/// What inference recorded about one body.
#[derive(Default, Debug)]
pub struct Uses {
    /// Path expressions naming a local: (start, end) → (local, by value).
    pub paths: SortedMap<(u32, u32), (usize, bool)>,
    /// Field expressions that move a non-`Copy` field out of a local: the
    /// local and the field.
    pub partial: SortedMap<(u32, u32), (usize, String)>,
    /// `{name}` captured by a format string: the literal's span → the
    /// captures.
    pub inline: SortedMap<(u32, u32), Vec<(Span, usize)>>,
    /// Binding spans → local.
    pub bindings: SortedMap<(u32, u32), usize>,
    /// Per local: name, whether its type is `Copy`, its type as text.
    pub locals: Vec<(String, bool, String)>,
    /// Per local: where it was declared.
    pub decls: Vec<Span>,
    /// Paths to `&mut` locals that move the reference rather than reborrow
    /// it: passed where the expected type is not yet known to be a
    /// reference (a generic `T`: `Pin::new(r)`, `Some(r)`, `drop(r)`), or
    /// bound by a `let` without a type.
    pub ref_moves: crate::map::SortedSet<(u32, u32)>,
    /// `move` closures and async blocks (by span) that take some fields
    /// of a local, not all of it: the local, and each field (the first of
    /// its path) with whether it is moved (else copied).
    pub partial_caps: SortedMap<(u32, u32), Vec<(usize, Vec<(String, bool)>)>>,
    /// The type (as text) of each field moved out of a local.
    pub field_tys: SortedMap<(usize, String), String>,
    /// Patterns (by span) that move out of their scrutinee, a local
    /// (`Some(s)` of `opt: Option<String>`): the local and the
    /// scrutinee's span. The move happens only where the pattern matched:
    /// in its arm, or an `if let`/`while let` body, never on the way out.
    /// With the binding where a destructuring pattern moves part of it.
    pub pattern_moves: SortedMap<(u32, u32), (usize, Span, PatMove)>,
    /// A local destructured by a struct or tuple pattern (`let P { age,
    /// .. } = p;`): its path is not a use of the whole, only the fields
    /// the pattern moves are (`pattern_moves`).
    pub destructured: crate::map::SortedSet<(u32, u32)>,
}

/// What a pattern moves out of its scrutinee, a local.
#[derive(Clone, Debug)]
pub enum PatMove {
    Whole,
    /// Part of it, through an enum's variant: the first binding.
    Partial(Span),
    /// Fields of a struct or tuple, each with its binding.
    Fields(Vec<(String, Span)>),
}

#[derive(Clone, Debug)]
struct Moved {
    at: Span,
    partial: bool,
    /// Not moved: declared without a value (`let y: i32;`) and not
    /// assigned yet on some path (E0381 on a use).
    uninit: bool,
}

/// What may be moved: `(local, "")` for the whole local, `(local, field)`
/// for one field moved out of it. `None`: unreachable.
type State = Option<SortedMap<(usize, String), Moved>>;

struct LoopFrame {
    label: Option<String>,
    breaks: Vec<State>,
    continues: Vec<State>,
    body: Span,
}

pub struct MovePass<'u> {
    uses: &'u Uses,
    state: State,
    loops: Vec<LoopFrame>,
    /// Errors are reported only on the last walk of a loop body.
    quiet: u32,
    pub errors: Vec<Diagnostic>,
    depth: u32,
}

fn key(s: Span) -> (u32, u32) {
    (s.start, s.end)
}

fn merge(a: State, b: State) -> State {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(mut x), Some(y)) => {
            for (k, v) in y {
                x.get_or_insert(k, v);
            }
            Some(x)
        }
    }
}

impl<'u> MovePass<'u> {
    pub fn new(uses: &'u Uses) -> MovePass<'u> {
        MovePass { uses, state: Some(SortedMap::new()), loops: Vec::new(), quiet: 0, errors: Vec::new(), depth: 0 }
    }

    pub fn body(&mut self, b: &Block) {
        self.block(b);
    }

    fn report(&mut self, d: Diagnostic) {
        if self.quiet == 0 && self.errors.len() < 20 && !self.errors.iter().any(|e| e.span == d.span) {
            self.errors.push(d);
        }
    }

    fn in_loop_body(&self, at: Span) -> bool {
        self.loops.iter().any(|l| l.body.start <= at.start && at.end <= l.body.end)
    }

    /// A use of `local` at `span`, by value or not.
    fn use_local(&mut self, local: usize, span: Span, by_value: bool) {
        let Some(state) = &mut self.state else { return };
        let (name, copy, ty) = self.uses.locals.get(local).cloned().unwrap_or_default();
        let found = state.get(&(local, String::new())).cloned().or_else(|| state.iter().find(|((l, _), _)| *l == local).map(|(_, m)| m.clone()));
        if let Some(m) = found {
            let verb = if by_value && !copy { "use" } else { "borrow" };
            self.moved_error(local, &name, &ty, verb, &m, span, None);
            return;
        }
        if by_value && !copy {
            state.insert((local, String::new()), Moved { at: span, partial: false, uninit: false });
        }
    }

    /// A use of field `field` of local `l`, moving it out or not.
    fn use_field(&mut self, l: usize, field: &str, span: Span, moving: bool) {
        let Some(state) = &self.state else { return };
        let (name, _, ty) = self.uses.locals.get(l).cloned().unwrap_or_default();
        if let Some(m) = state.get(&(l, String::new())).cloned() {
            self.moved_error(l, &name, &ty, if moving { "use" } else { "borrow" }, &m, span, None);
            return;
        }
        if let Some(m) = state.get(&(l, field.to_string())).cloned() {
            self.moved_error(l, &name, &ty, if moving { "use" } else { "borrow" }, &m, span, Some(field));
            return;
        }
        if moving && let Some(state) = &mut self.state {
            // `let name = job.name;`: the rest of `job` stays usable,
            // the whole of it does not.
            state.insert((l, field.to_string()), Moved { at: span, partial: true, uninit: false });
        }
    }

    /// A `&mut` local (`Copy` for every other use: reborrowed) moved.
    fn move_ref(&mut self, local: usize, span: Span) {
        self.use_local(local, span, false);
        if let Some(state) = &mut self.state {
            state.insert((local, String::new()), Moved { at: span, partial: false, uninit: false });
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn moved_error(&mut self, local: usize, name: &str, ty: &str, verb: &str, m: &Moved, span: Span, field: Option<&str>) {
        if m.uninit {
            let d = Diagnostic::error(span, format!("used binding `{name}` isn't initialized"))
                .with_code("E0381")
                .with_label(m.at, "binding declared here but left uninitialized")
                .with_label(span, format!("`{name}` used here but it isn't initialized"))
                .with_note(format!("help: give `{name}` a value on every path before this use, or where it is declared: `let {name} = ...;`"));
            self.report(d);
            if let Some(s) = &mut self.state {
                s.retain(|(l, _), _| *l != local);
            }
            return;
        }
        let partially = if m.partial && field.is_none() { "partially " } else { "" };
        let later = m.at.start >= span.start && self.in_loop_body(m.at);
        let moved_label = match (m.partial, later) {
            (true, _) if field.is_none() => "value partially moved here".to_string(),
            (_, true) => "value moved here, in previous iteration of loop".to_string(),
            _ => "value moved here".to_string(),
        };
        let what = match field {
            Some(f) => format!("{name}.{f}"),
            None => name.to_string(),
        };
        // The field and its own type when the field was moved.
        let (name, ty) = match field.and_then(|f| self.uses.field_tys.get(&(local, f.to_string()))) {
            Some(t) => (what.clone(), t.clone()),
            None => (name.to_string(), ty.to_string()),
        };
        let d = Diagnostic::error(span, format!("{verb} of {partially}moved value: `{what}`"))
            .with_code("E0382")
            .with_label(m.at, moved_label)
            .with_label(span, format!("value {} here after {}", if verb == "use" { "used" } else { "borrowed" }, if partially.is_empty() { "move" } else { "partial move" }))
            .with_note(format!(
                "note: move occurs because `{name}` has type `{ty}`, which does not implement the `Copy` trait: once moved (into a task, a channel or a function) it belongs there; clone it first if both places need it"
            ));
        self.report(d);
        // Report each move once.
        if let Some(s) = &mut self.state {
            s.retain(|(l, _), _| *l != local);
        }
    }

    fn block(&mut self, b: &Block) {
        for st in &b.stmts {
            match &st.kind {
                StmtKind::Let { pat, init, else_block, .. } => {
                    if let Some(e) = init {
                        self.expr(e);
                        self.pattern_move(pat);
                    }
                    if let Some(eb) = else_block {
                        let saved = self.state.clone();
                        self.block(eb);
                        self.state = saved;
                    }
                    self.bind(pat);
                    // `let y: i32;`: no value until it is assigned.
                    if init.is_none()
                        && let PatKind::Ident { name, sub: None, .. } = &pat.kind
                        && let Some(&id) = self.uses.bindings.get(&key(name.span))
                        && let Some(state) = &mut self.state
                    {
                        state.insert((id, String::new()), Moved { at: name.span, partial: false, uninit: true });
                    }
                }
                StmtKind::Expr { expr, .. } => self.expr(expr),
                StmtKind::Item(_) | StmtKind::Empty => {}
            }
        }
    }

    /// New bindings start out unmoved (a `let` in a loop is fresh each
    /// iteration).
    fn bind(&mut self, p: &Pat) {
        let Some(state) = &mut self.state else { return };
        let mut stack = vec![p];
        while let Some(p) = stack.pop() {
            match &p.kind {
                PatKind::Ident { name, sub, .. } => {
                    if let Some(&id) = self.uses.bindings.get(&key(name.span)) {
                        state.retain(|(l, _), _| *l != id);
                    }
                    if let Some(s) = sub {
                        stack.push(s);
                    }
                }
                PatKind::Tuple(ps) | PatKind::Slice(ps) | PatKind::TupleStruct(_, ps) | PatKind::Or(ps) => stack.extend(ps.iter()),
                PatKind::Struct(_, fs, _) => stack.extend(fs.iter().map(|f| &f.pat)),
                PatKind::Ref(inner, _) => stack.push(inner),
                _ => {}
            }
        }
    }

    fn exprs<'e>(&mut self, es: impl IntoIterator<Item = &'e Expr>) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        self.depth += 1;
        if self.depth < 200 {
            self.expr_inner(e);
        }
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Path(_) => {
                if let Some(&(local, by_value)) = self.uses.paths.get(&key(e.span)) {
                    if self.uses.destructured.contains(&key(e.span)) {
                        // Read field by field, by its pattern.
                    } else if self.uses.ref_moves.contains(&key(e.span)) {
                        self.move_ref(local, e.span);
                    } else {
                        self.use_local(local, e.span, by_value);
                    }
                }
            }
            ExprKind::Lit(_) => {}
            ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Ref { expr: x, .. } | ExprKind::Try(x) | ExprKind::Cast(x, _) => {
                self.expr(x);
            }
            ExprKind::Field(..) | ExprKind::TupleField(..) => {
                let (base, field) = match &e.kind {
                    ExprKind::Field(base, fname) => (base, fname.name.clone()),
                    ExprKind::TupleField(base, i, _) => (base, i.to_string()),
                    _ => return,
                };
                let Some(&(l, _)) = self.uses.paths.get(&key(base.span)) else {
                    self.expr(base);
                    return;
                };
                let moving = self.uses.partial.get(&key(e.span)).is_some_and(|(pl, f)| *pl == l && *f == field);
                self.use_field(l, &field, e.span, moving);
            }
            ExprKind::Tuple(xs) | ExprKind::Array(xs) => self.exprs(xs.iter()),
            ExprKind::ArrayRepeat { value, count } => self.exprs([&**value, &**count]),
            ExprKind::Binary(_, l, r) => self.exprs([&**l, &**r]),
            ExprKind::Assign(l, r) => {
                self.expr(r);
                // `x = ..` gives `x` a value again; `x.f = ..` its field.
                if let Some(&(local, _)) = self.uses.paths.get(&key(l.span)) {
                    if let Some(s) = &mut self.state {
                        s.retain(|(x, _), _| *x != local);
                    }
                } else if let ExprKind::Field(base, f) = &l.kind
                    && let Some(&(local, _)) = self.uses.paths.get(&key(base.span))
                {
                    if let Some(s) = &mut self.state {
                        s.remove(&(local, f.name.clone()));
                    }
                } else {
                    self.expr(l);
                }
            }
            ExprKind::AssignOp(_, l, r) => self.exprs([&**r, &**l]),
            ExprKind::Call { func, args } => {
                self.expr(func);
                self.exprs(args.iter());
            }
            ExprKind::MethodCall { receiver, args, .. } => {
                self.expr(receiver);
                self.exprs(args.iter());
            }
            ExprKind::Index(b, i) => self.exprs([&**b, &**i]),
            ExprKind::Await { expr, .. } => self.expr(expr),
            ExprKind::Block { block, label } => {
                if label.is_some() {
                    self.loops.push(LoopFrame { label: label.as_ref().map(|l| l.name.clone()), breaks: Vec::new(), continues: Vec::new(), body: Span::DUMMY });
                    self.block(block);
                    if let Some(frame) = self.loops.pop() {
                        let mut st = self.state.take();
                        for b in frame.breaks {
                            st = merge(st, b);
                        }
                        self.state = st;
                    }
                } else {
                    self.block(block);
                }
            }
            ExprKind::Unsafe(block) => self.block(block),
            ExprKind::Async { is_move, block } => self.async_block(*is_move, block, e.span),
            ExprKind::If { cond, then, else_ } => {
                self.expr(cond);
                let before = self.state.clone();
                self.pattern_moves(cond);
                self.block(then);
                let after_then = self.state.take();
                self.state = before;
                if let Some(el) = else_ {
                    self.expr(el);
                }
                let after_else = self.state.take();
                self.state = merge(after_then, after_else);
            }
            ExprKind::Let { expr, pat } => {
                self.expr(expr);
                self.bind(pat);
            }
            ExprKind::Match { scrutinee, arms } => {
                self.expr(scrutinee);
                let before = self.state.clone();
                let mut out: State = None;
                for arm in arms {
                    self.state = before.clone();
                    self.bind(&arm.pat);
                    self.pattern_move(&arm.pat);
                    if let Some(g) = &arm.guard {
                        self.expr(g);
                    }
                    self.expr(&arm.body);
                    out = merge(out, self.state.take());
                }
                self.state = if arms.is_empty() { before } else { out };
            }
            ExprKind::While { cond, body, label } => self.loop_(label.as_ref().map(|l| l.name.clone()), Some(cond), None, body, false),
            ExprKind::Loop { body, label } => self.loop_(label.as_ref().map(|l| l.name.clone()), None, None, body, true),
            ExprKind::For { pat, iter, body, label } => {
                self.expr(iter);
                self.loop_(label.as_ref().map(|l| l.name.clone()), None, Some(pat), body, false);
            }
            ExprKind::Break { label, value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                let st = self.state.take();
                if let Some(frame) = self.find_loop(label.as_ref().map(|l| l.name.as_str())) {
                    frame.breaks.push(st);
                }
            }
            ExprKind::Continue { label } => {
                let st = self.state.take();
                if let Some(frame) = self.find_loop(label.as_ref().map(|l| l.name.as_str())) {
                    frame.continues.push(st);
                }
            }
            ExprKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
                self.state = None;
            }
            ExprKind::Range { start, end, .. } => {
                for b in [start, end].into_iter().flatten() {
                    self.expr(b);
                }
            }
            ExprKind::StructLit { fields, base, .. } => {
                for f in fields {
                    self.expr(&f.value);
                }
                if let Some(b) = base {
                    self.expr(b);
                }
            }
            ExprKind::Macro(m) => {
                match &m.args {
                    MacroArgs::Exprs(v) => {
                        self.exprs(v.iter());
                        for a in v {
                            if let Some(caps) = self.uses.inline.get(&key(a.span)) {
                                for &(span, local) in caps {
                                    self.use_local(local, span, false);
                                }
                            }
                        }
                    }
                    MacroArgs::Repeat { value, count } => self.exprs([&**value, &**count]),
                    MacroArgs::Matches { expr, guard, .. } => {
                        self.expr(expr);
                        if let Some(g) = guard {
                            self.expr(g);
                        }
                    }
                    MacroArgs::Select(sel) => {
                        self.exprs(sel.branches.iter().filter_map(|b| b.cond.as_ref()));
                        self.exprs(sel.branches.iter().map(|b| &b.fut));
                        // One handler runs, as one arm of a `match` does.
                        let before = self.state.clone();
                        let mut out: State = None;
                        for b in &sel.branches {
                            self.state = before.clone();
                            self.bind(&b.pat);
                            self.expr(&b.body);
                            out = merge(out, self.state.take());
                        }
                        if let Some(e) = &sel.else_ {
                            self.state = before.clone();
                            self.expr(e);
                            out = merge(out, self.state.take());
                        }
                        self.state = out;
                    }
                    MacroArgs::Unparsed => {}
                }
                let name = m.path.last();
                if matches!(name, "panic" | "todo" | "unimplemented" | "unreachable") {
                    self.state = None;
                }
            }
            ExprKind::Closure { body, params, is_move, .. } => {
                // Its uses count where it is written: a non-`move` closure's
                // moves are the enclosing body's (it may run once or never:
                // "maybe moved" either way); a `move` closure takes every
                // captured variable where it is written.
                if *is_move {
                    self.capture_all(e, e.span);
                }
                let outer = if *is_move { self.state.take() } else { None };
                if *is_move {
                    self.state = Some(SortedMap::new());
                }
                let saved_loops = std::mem::take(&mut self.loops);
                let before = self.state.clone();
                for p in params {
                    self.bind(&p.pat);
                }
                self.expr(body);
                self.loops = saved_loops;
                if *is_move {
                    self.state = outer;
                } else {
                    // `return` inside ends the closure, not the body.
                    let after = self.state.take();
                    self.state = merge(before, after);
                }
            }
        }
    }

    fn find_loop(&mut self, label: Option<&str>) -> Option<&mut LoopFrame> {
        match label {
            Some(l) => self.loops.iter_mut().rev().find(|f| f.label.as_deref() == Some(l)),
            None => self.loops.iter_mut().rev().find(|f| f.body != Span::DUMMY),
        }
    }

    /// The move out of its scrutinee a matched pattern makes.
    fn pattern_move(&mut self, p: &Pat) {
        let Some((local, at, how)) = self.uses.pattern_moves.get(&key(p.span)).cloned() else { return };
        match how {
            PatMove::Whole => self.use_local(local, at, true),
            PatMove::Partial(binding) => {
                self.use_local(local, at, true);
                if let Some(state) = &mut self.state
                    && let Some(m) = state.get_mut(&(local, String::new()))
                {
                    *m = Moved { at: binding, partial: true, uninit: false };
                }
            }
            PatMove::Fields(fields) => {
                for (field, binding) in fields {
                    self.use_field(local, &field, binding, true);
                }
            }
        }
    }

    /// The moves of the `let` patterns of a condition (`if let`, a chain
    /// of them with `&&`), once it held.
    fn pattern_moves(&mut self, cond: &Expr) {
        match &cond.kind {
            ExprKind::Let { pat, .. } => self.pattern_move(pat),
            ExprKind::Binary(crate::ast::BinOp::And, a, b) => {
                self.pattern_moves(a);
                self.pattern_moves(b);
            }
            ExprKind::Paren(x) => self.pattern_moves(x),
            _ => {}
        }
    }

    /// A loop: the body twice (the second walk sees the moves of the
    /// first), then the state where it exits.
    fn loop_(&mut self, label: Option<String>, cond: Option<&Expr>, pat: Option<&Pat>, body: &Block, is_loop: bool) {
        let start = self.state.clone();
        let mut head = start.clone();
        let walks = if self.loops.len() < 4 { 2 } else { 1 };
        let mut exit: State = None;
        for walk in 0..walks {
            let last = walk + 1 == walks;
            if !last {
                self.quiet += 1;
            }
            self.state = head.clone();
            self.loops.push(LoopFrame { label: label.clone(), breaks: Vec::new(), continues: Vec::new(), body: body.span });
            if let Some(c) = cond {
                self.expr(c);
            }
            let after_cond = self.state.clone();
            if let Some(c) = cond {
                self.pattern_moves(c);
            }
            if let Some(p) = pat {
                self.bind(p);
            }
            self.block(body);
            let frame = self.loops.pop();
            let mut end = self.state.take();
            let mut breaks: State = None;
            if let Some(frame) = frame {
                for c in frame.continues {
                    end = merge(end, c);
                }
                for b in frame.breaks {
                    breaks = merge(breaks, b);
                }
            }
            if !last {
                self.quiet -= 1;
            }
            head = merge(start.clone(), end.clone());
            exit = if is_loop { breaks } else { merge(merge(after_cond, end), breaks) };
        }
        self.state = exit;
    }

    /// An async block: `move` takes every captured non-`Copy` local here;
    /// otherwise captures are uses where they appear.
    /// A `move` block or closure takes the locals named inside `body` and
    /// declared outside, at `at`.
    fn capture_all(&mut self, body: &Expr, at: Span) {
        let mut captured: Vec<usize> = Vec::new();
        let inline = self.uses.inline.values().flatten().map(|&(span, local)| ((span.start, span.end), local));
        let paths = self.uses.paths.iter().map(|(&k, &(local, _))| (k, local));
        let (lo, hi) = (body.span.start, body.span.end);
        for ((s, e), local) in paths.chain(inline) {
            if lo <= s && e <= hi {
                let decl = self.uses.decls.get(local).copied().unwrap_or(Span::DUMMY);
                if !(lo <= decl.start && decl.end <= hi) && !captured.contains(&local) {
                    captured.push(local);
                }
            }
        }
        crate::sort::sort_by(&mut captured, |a, b| a <= b);
        let partial = self.uses.partial_caps.get(&key(body.span));
        for local in captured {
            match partial.and_then(|p| p.iter().find(|(l, _)| *l == local)) {
                Some((_, fields)) => {
                    for (field, moving) in fields {
                        self.use_field(local, field, at, *moving);
                    }
                }
                None => self.use_local(local, at, true),
            }
        }
    }

    fn async_block(&mut self, is_move: bool, block: &Block, span: Span) {
        if !is_move {
            let saved_loops = std::mem::take(&mut self.loops);
            let before = self.state.clone();
            self.block(block);
            self.loops = saved_loops;
            // `return` inside the block ends the block, not the body.
            let after = self.state.take();
            self.state = merge(before, after);
            return;
        }
        let kw = Span::new(span.start as usize, (span.start as usize + 10).min(block.span.start as usize).max(span.start as usize + 5));
        self.capture_all(&Expr { kind: ExprKind::Tuple(vec![]), span: block.span }, kw);
        // The block's own walk: its captures are its own values.
        let outer = self.state.take();
        let saved_loops = std::mem::take(&mut self.loops);
        self.state = Some(SortedMap::new());
        self.block(block);
        self.loops = saved_loops;
        self.state = outer;
    }
}
