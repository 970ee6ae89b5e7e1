//! Loans (E0502, E0499, E0503, E0506, E0505, E0597, E0716): which borrows
//! are still in use when a place is mutated, moved, read or borrowed again.
//!
//! Inference records every loan a binding holds (`let r = &v[0];`,
//! `let it = v.iter();`, `let g = m.lock().await;`, the iterator of
//! `for x in &v`) and every access to a place (a `&mut self` method call, an
//! assignment, a move). As in NLL, a loan lives until the last use of the
//! binding that holds it. An access to an overlapping place between the
//! loan and that last use conflicts, unless control cannot get from the
//! access to the use (the access's block leaves by `return`, `break`,
//! `continue` or a panic first). Only accesses in the same body as the
//! loan (not inside another async block or closure) are compared.
//!
//! A format macro's arguments are borrowed until the macro has read them
//! all (`println!("{} {}", v, v.pop())`), and so is a temporary receiver
//! that borrows (`v.iter()` in `v.iter().for_each(|x| v.push(*x))`) while
//! the call's arguments are evaluated. Making a closure or a non-`move`
//! async block is an access of each capture it takes by reference (a
//! mutable one for what it writes), and the loans it holds last while the
//! binding it is stored in is used.
//!
//! What this does not see (and so never reports): other loans held by
//! temporaries across a statement, loans through function calls that
//! return references, loans that come back around a loop to an earlier
//! use. It reports nothing it is not sure of.

use crate::map::SortedMap;

use crate::ast::{Block, Expr, ExprKind, MacroArgs, StmtKind};
use crate::diag::Diagnostic;
use crate::span::Span;

/// A place: a local and a path of projections (`.field`, `[]`, `*`).
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub root: usize,
    pub proj: Vec<String>,
}

impl Place {
    /// Whether two places may be the same memory (one is a prefix of the
    /// other; any two indexes may be equal).
    fn overlaps(&self, other: &Place) -> bool {
        self.root == other.root && self.proj.iter().zip(&other.proj).all(|(a, b)| a == b)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Shared,
    Mut,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessKind {
    Borrow,
    BorrowMut,
    Assign,
    Move,
    /// A `Copy` value read (copied) out of the place.
    Use,
    /// `x += 1`: read, then written; while mutably borrowed rustc reports
    /// the read (E0503), while shared-borrowed the write (E0506).
    AssignOp,
}

#[derive(Clone, Debug)]
pub enum Holder {
    /// A binding: the loan lives to its last use.
    Local(usize),
    /// A `for` loop's iterator: the loan lives through the body.
    Loop { body: Span, head: Span },
    /// A format macro's argument (`println!("{} {}", v, v.pop())`): the
    /// loan lives until the macro (`at`) has read every argument.
    Macro { at: Span },
}

#[derive(Clone, Debug)]
pub struct Loan {
    pub holder: Holder,
    pub place: Place,
    pub kind: Kind,
    /// The borrow expression.
    pub span: Span,
    /// Where the holder took it: after `span`, when handed on from one
    /// binding to another (`let s = &data[..]; v = s;`).
    pub held: u32,
    pub body: u32,
}

#[derive(Clone, Debug)]
pub struct Access {
    pub place: Place,
    pub kind: AccessKind,
    pub span: Span,
    pub body: u32,
}

#[derive(Default, Debug)]
pub struct Facts {
    pub loans: Vec<Loan>,
    pub accesses: Vec<Access>,
    /// `let x = temp().method()` where `method` borrows the temporary:
    /// (the temporary, the binding, the body).
    pub temp_borrows: Vec<(Span, usize, u32)>,
    /// Per local: the end of the block it lives in.
    pub scope_end: Vec<u32>,
    /// Per local: where it was declared, and its name.
    pub decl: Vec<(Span, String)>,
    /// Per local: the start positions of its uses.
    pub uses: SortedMap<usize, Vec<u32>>,
    /// Per local: where it is assigned a new value (`r = &other;`).
    pub assigns: SortedMap<usize, Vec<u32>>,
    /// Locals returned (`return v;`) from a function whose result is a
    /// reference: the loans they hold last to the end of the body on every
    /// path (NLL's region is the whole rest of the function), with the
    /// `return`'s value.
    pub returned: SortedMap<usize, Span>,
    /// Locals that are references (a `&mut HashMap` parameter): a loan of
    /// one is a reborrow of what it points to (`*map`).
    pub ref_roots: crate::map::SortedSet<usize>,
}

impl Facts {
    /// The last use of `local` after `after` that still sees the value it
    /// had then (before it is assigned a new one).
    fn last_use_after(&self, local: usize, after: u32) -> Option<u32> {
        let cutoff = self.assigns.get(&local).and_then(|v| v.iter().copied().filter(|&p| p > after).min()).unwrap_or(u32::MAX);
        self.uses.get(&local)?.iter().copied().filter(|&p| p > after && p < cutoff).max()
    }

    fn name(&self, local: usize) -> String {
        self.decl.get(local).map_or_else(String::new, |d| d.1.clone())
    }

    fn place_text(&self, p: &Place) -> String {
        let mut s = self.name(p.root);
        for (i, pr) in p.proj.iter().enumerate() {
            match pr.as_str() {
                // `(*self).map` reads `self.map`, as rustc writes it.
                "*" if p.proj.get(i + 1).is_some_and(|n| n != "*" && n != "[]") => {}
                "*" => s = format!("*{s}"),
                "[]" => s.push_str("[..]"),
                f => {
                    s.push('.');
                    s.push_str(f);
                }
            }
        }
        s
    }
}

/// The errors the facts show, for the body `body`.
pub fn check(facts: &Facts, body: &Block) -> Vec<Diagnostic> {
    let mut errors: Vec<Diagnostic> = Vec::new();
    for loan in &facts.loans {
        let returned = match &loan.holder {
            Holder::Local(h) if loan.place.proj.first().map(String::as_str) == Some("*") || facts.ref_roots.contains(&loan.place.root) => {
                facts.returned.get(h).copied().filter(|r| r.start > loan.span.start)
            }
            _ => None,
        };
        let (live_to, used_at) = match &loan.holder {
            Holder::Local(_) if let Some(r) = returned => (body.span.end, r),
            Holder::Local(h) => match facts.last_use_after(*h, loan.span.end.max(loan.held)) {
                Some(u) => (u, Span::new(u as usize, u as usize + facts.name(*h).len().max(1))),
                None => continue,
            },
            Holder::Loop { body, head } => (body.end, *head),
            Holder::Macro { at } => (at.end, *at),
        };
        // E0597: the borrowed local dies before the holder's last use.
        if let Holder::Local(h) = &loan.holder
            && loan.place.proj.first().map(String::as_str) != Some("*")
            && let Some(&end) = facts.scope_end.get(loan.place.root)
            && end < live_to
            && facts.scope_end.get(*h).is_some_and(|&he| he > end)
        {
            let name = facts.name(loan.place.root);
            errors.push(
                Diagnostic::error(loan.span, format!("`{name}` does not live long enough"))
                    .with_code("E0597")
                    .with_label(loan.span, "borrowed value does not live long enough")
                    .with_label(Span::new(end.saturating_sub(1) as usize, end as usize), format!("`{name}` dropped here while still borrowed"))
                    .with_label(used_at, "borrow later used here")
                    .with_note(format!(
                        "help: `{name}` is dropped at the end of its block; keep the value itself (move it out of the block) instead of a reference to it"
                    )),
            );
            continue;
        }
        for a in &facts.accesses {
            if a.body != loan.body || a.span.start <= loan.span.start || a.span.start >= live_to || !a.place.overlaps(&loan.place) {
                continue;
            }
            if a.span == loan.span || (loan.span.start <= a.span.start && a.span.end <= loan.span.end) {
                continue;
            }
            if returned.is_none() && leaves_before(body, a.span.start, live_to) {
                continue;
            }
            // A returned reborrow of a reference local names its referent.
            let star = |p: &Place| if returned.is_some() && p.proj.is_empty() && facts.ref_roots.contains(&p.root) { "*" } else { "" };
            let what = format!("{}{}", star(&a.place), facts.place_text(&a.place));
            let loan_what = format!("{}{}", star(&loan.place), facts.place_text(&loan.place));
            let later = match (loan.kind, a.kind) {
                (_, AccessKind::Assign | AccessKind::AssignOp | AccessKind::Move) => "borrow later used here",
                (Kind::Shared, _) => "immutable borrow later used here",
                (Kind::Mut, AccessKind::Use) => "borrow later used here",
                (Kind::Mut, _) => "first borrow later used here",
            };
            let d = match (loan.kind, a.kind) {
                (Kind::Shared, AccessKind::Borrow | AccessKind::Use) => continue,
                (Kind::Mut, AccessKind::Use | AccessKind::AssignOp) => {
                    Diagnostic::error(a.span, format!("cannot use `{what}` because it was mutably borrowed"))
                        .with_code("E0503")
                        .with_label(loan.span, format!("`{loan_what}` is borrowed here"))
                        .with_label(a.span, format!("use of borrowed `{loan_what}`"))
                }
                (Kind::Shared, AccessKind::BorrowMut) => {
                    Diagnostic::error(a.span, format!("cannot borrow `{what}` as mutable because it is also borrowed as immutable"))
                        .with_code("E0502")
                        .with_label(loan.span, "immutable borrow occurs here")
                        .with_label(a.span, "mutable borrow occurs here")
                }
                (Kind::Mut, AccessKind::Borrow) => {
                    Diagnostic::error(a.span, format!("cannot borrow `{what}` as immutable because it is also borrowed as mutable"))
                        .with_code("E0502")
                        .with_label(loan.span, "mutable borrow occurs here")
                        .with_label(a.span, "immutable borrow occurs here")
                }
                (Kind::Mut, AccessKind::BorrowMut) => Diagnostic::error(a.span, format!("cannot borrow `{what}` as mutable more than once at a time"))
                    .with_code("E0499")
                    .with_label(loan.span, "first mutable borrow occurs here")
                    .with_label(a.span, "second mutable borrow occurs here"),
                (_, AccessKind::Assign | AccessKind::AssignOp) => Diagnostic::error(a.span, format!("cannot assign to `{what}` because it is borrowed"))
                    .with_code("E0506")
                    .with_label(loan.span, format!("`{what}` is borrowed here"))
                    .with_label(a.span, format!("`{what}` is assigned to here but it was already borrowed")),
                (_, AccessKind::Move) => Diagnostic::error(a.span, format!("cannot move out of `{what}` because it is borrowed"))
                    .with_code("E0505")
                    .with_label(loan.span, format!("borrow of `{loan_what}` occurs here"))
                    .with_label(a.span, format!("move out of `{what}` occurs here")),
            };
            let later = match returned {
                Some(_) => format!("returning this value requires that `{loan_what}` is borrowed for `'1`"),
                None => later.to_string(),
            };
            errors.push(d.with_label(used_at, later).with_note(
                "note: a reference keeps what it borrows frozen until its last use: finish using it (or copy the value out of it) before changing, moving or borrowing the original again",
            ));
        }
    }
    for &(temp, holder, _) in &facts.temp_borrows {
        let Some(u) = facts.last_use_after(holder, temp.end) else { continue };
        errors.push(
            Diagnostic::error(temp, "temporary value dropped while borrowed")
                .with_code("E0716")
                .with_label(temp, "creates a temporary value which is freed while still in use")
                .with_label(Span::new(u as usize, u as usize + 1), "borrow later used here")
                .with_note("help: the temporary is freed at the end of the `let` statement; bind it to a variable first (`let value = ...;`), then borrow from that variable"),
        );
    }
    errors
}

/// Whether control cannot get from `at` to `to`: a block around `at`
/// leaves (by `return`, `break`, `continue` or a panic) after `at` and
/// before `to`.
fn leaves_before(body: &Block, at: u32, to: u32) -> bool {
    let mut chain: Vec<&Block> = Vec::new();
    innermost_block(body, at, 0, &mut chain);
    chain.iter().any(|b| b.stmts.iter().any(|s| s.span.start > at && s.span.start < to && diverges(s)))
}

fn diverges(s: &crate::ast::Stmt) -> bool {
    match &s.kind {
        StmtKind::Expr { expr, .. } => expr_diverges(expr),
        _ => false,
    }
}

fn expr_diverges(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Return(_) | ExprKind::Break { .. } | ExprKind::Continue { .. } => true,
        ExprKind::Macro(m) => matches!(m.path.last(), "panic" | "todo" | "unimplemented" | "unreachable"),
        ExprKind::Paren(x) => expr_diverges(x),
        _ => false,
    }
}

/// The innermost block whose statements contain `at`.
fn innermost_block<'b>(b: &'b Block, at: u32, depth: u32, out: &mut Vec<&'b Block>) -> Option<&'b Block> {
    if depth > 200 || at < b.span.start || at >= b.span.end {
        return None;
    }
    out.push(b);
    for s in &b.stmts {
        if at < s.span.start || at >= s.span.end {
            continue;
        }
        let found = match &s.kind {
            StmtKind::Let { init, else_block, .. } => init
                .as_ref()
                .and_then(|e| block_in_expr(e, at, depth + 1, out))
                .or_else(|| else_block.as_ref().and_then(|eb| innermost_block(eb, at, depth + 1, out))),
            StmtKind::Expr { expr, .. } => block_in_expr(expr, at, depth + 1, out),
            _ => None,
        };
        return found.or(Some(b));
    }
    Some(b)
}

fn block_in_expr<'b>(e: &'b Expr, at: u32, depth: u32, out: &mut Vec<&'b Block>) -> Option<&'b Block> {
    if depth > 200 || at < e.span.start || at >= e.span.end {
        return None;
    }
    let d = depth + 1;
    let sub = |x: &'_ Expr| -> bool { x.span.start <= at && at < x.span.end };
    match &e.kind {
        ExprKind::Block { block, .. } | ExprKind::Unsafe(block) | ExprKind::Async { block, .. } | ExprKind::Loop { body: block, .. } => {
            innermost_block(block, at, d, out)
        }
        ExprKind::While { cond, body, .. } => {
            if sub(cond) {
                block_in_expr(cond, at, d, out)
            } else {
                innermost_block(body, at, d, out)
            }
        }
        ExprKind::For { iter, body, .. } => {
            if sub(iter) {
                block_in_expr(iter, at, d, out)
            } else {
                innermost_block(body, at, d, out)
            }
        }
        ExprKind::If { cond, then, else_ } => {
            if sub(cond) {
                block_in_expr(cond, at, d, out)
            } else if then.span.start <= at && at < then.span.end {
                innermost_block(then, at, d, out)
            } else {
                else_.as_ref().and_then(|x| block_in_expr(x, at, d, out))
            }
        }
        ExprKind::Match { scrutinee, arms } => {
            if sub(scrutinee) {
                return block_in_expr(scrutinee, at, d, out);
            }
            arms.iter().find(|a| sub(&a.body)).and_then(|a| block_in_expr(&a.body, at, d, out))
        }
        ExprKind::Paren(x)
        | ExprKind::Unary(_, x)
        | ExprKind::Ref { expr: x, .. }
        | ExprKind::Try(x)
        | ExprKind::Await { expr: x, .. }
        | ExprKind::Field(x, _)
        | ExprKind::Cast(x, _)
        | ExprKind::TupleField(x, _, _) => block_in_expr(x, at, d, out),
        ExprKind::Closure { body, .. } => block_in_expr(body, at, d, out),
        ExprKind::Call { func, args } => std::iter::once(&**func).chain(args.iter()).find(|x| sub(x)).and_then(|x| block_in_expr(x, at, d, out)),
        ExprKind::MethodCall { receiver, args, .. } => {
            std::iter::once(&**receiver).chain(args.iter()).find(|x| sub(x)).and_then(|x| block_in_expr(x, at, d, out))
        }
        ExprKind::Binary(_, l, r) | ExprKind::Assign(l, r) | ExprKind::AssignOp(_, l, r) | ExprKind::Index(l, r) => {
            [&**l, &**r].into_iter().find(|x| sub(x)).and_then(|x| block_in_expr(x, at, d, out))
        }
        ExprKind::Tuple(xs) | ExprKind::Array(xs) => xs.iter().find(|x| sub(x)).and_then(|x| block_in_expr(x, at, d, out)),
        ExprKind::Macro(m) => match &m.args {
            MacroArgs::Exprs(xs) => xs.iter().find(|x| sub(x)).and_then(|x| block_in_expr(x, at, d, out)),
            _ => None,
        },
        ExprKind::StructLit { fields, .. } => fields.iter().map(|f| &f.value).find(|x| sub(x)).and_then(|x| block_in_expr(x, at, d, out)),
        _ => None,
    }
}
