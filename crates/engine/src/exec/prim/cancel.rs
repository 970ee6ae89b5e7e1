//! tokio-util's `CancellationToken` (`tokio_util::sync`, 0.7.20): a tree
//! of nodes, each with a cancelled flag and a `Notify`. `child_token`
//! links a child (an already cancelled parent gives a cancelled,
//! unlinked one); `cancel` marks the node and every descendant at once,
//! walking the child list as tokio-util does (popping from the end,
//! adopting grandchildren, swapping the cancelled child into place), then
//! wakes the waiters of each child left in the list, in that order, and
//! the node's own last (`notify_waiters`: oldest first). When a node's
//! last handle is dropped its children move to its parent (appended) and
//! it leaves the parent's list by a swap-remove. `cancelled()` checks the
//! flag first and uses no budget (`conformance/cancel_token_*`).

use super::*;
use crate::rt::TokenObj;
use crate::trace::TokenId;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$UTIL_CANCEL",
    decl: DECL,
    natives: &[
        Native { path: "tokio_util::sync::CancellationToken::new", f: new },
        Native { path: "tokio_util::sync::CancellationToken::default", f: new },
        Native { path: "tokio_util::sync::CancellationToken::clone", f: clone },
        Native { path: "tokio_util::sync::CancellationToken::child_token", f: child_token },
        Native { path: "tokio_util::sync::CancellationToken::cancel", f: cancel },
        Native { path: "tokio_util::sync::CancellationToken::is_cancelled", f: is_cancelled },
        Native { path: "tokio_util::sync::CancellationToken::cancelled", f: cancelled },
        Native { path: "tokio_util::sync::CancellationToken::cancelled_owned", f: cancelled_owned },
        Native { path: "tokio_util::sync::CancellationToken::drop_guard", f: drop_guard },
        Native { path: "tokio_util::sync::CancellationToken::run_until_cancelled", f: run_until_cancelled },
        Native { path: "tokio_util::sync::CancellationToken::run_until_cancelled_owned", f: run_until_cancelled_owned },
        Native { path: "tokio_util::sync::CancellationToken::eq", f: eq },
        Native { path: "tokio_util::sync::CancellationToken::ne", f: ne },
        Native { path: "tokio_util::sync::DropGuard::disarm", f: disarm },
    ],
    kinds: &[(HandleKind::CancelToken, "tokio_util::sync::CancellationToken"), (HandleKind::CancelDropGuard, "tokio_util::sync::DropGuard")],
    on_drop: |vm, kind, id| match kind {
        HandleKind::CancelDropGuard => vm.drop_token_guard(id),
        _ => vm.drop_token_handle(TokenId(id)),
    },
    debug: |out, _, h, spec, ctx| match (h.kind, ctx.deref_handle(h)) {
        (HandleKind::CancelToken, Some(Value::Bool(c))) => {
            if spec.alternate {
                out.push_str(&format!("CancellationToken {{\n    is_cancelled: {c},\n}}"));
            } else {
                out.push_str(&format!("CancellationToken {{ is_cancelled: {c} }}"));
            }
            Ok(())
        }
        _ => Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
    },
};

/// Declared as the checker reads it (see `check/stubs.rs`), inside
/// `tokio_util::sync`. Not `#[complete]`: `drop_guard_ref` is not
/// supported yet.
const DECL: &str = r#"
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[not_declared(drop_guard_ref)]
        pub struct CancellationToken;
        impl CancellationToken {
            pub fn new() -> CancellationToken;
            pub fn default() -> CancellationToken;
            pub fn clone(&self) -> CancellationToken;
            pub fn child_token(&self) -> CancellationToken;
            pub fn cancel(&self);
            pub fn is_cancelled(&self) -> bool;
            pub fn cancelled(&self) -> WaitForCancellationFuture;
            pub fn cancelled_owned(self) -> WaitForCancellationFutureOwned;
            pub fn drop_guard(self) -> DropGuard;
            pub fn eq(&self, other: &CancellationToken) -> bool;
            pub fn ne(&self, other: &CancellationToken) -> bool;
            pub fn run_until_cancelled<F>(&self, fut: F) -> RunUntilCancelled<F>;
            pub fn run_until_cancelled_owned<F>(self, fut: F) -> RunUntilCancelled<F>;
        }
        /// The future of `run_until_cancelled` (an `async fn` in
        /// tokio-util): `Option` of `F`'s output.
        pub struct RunUntilCancelled<F>;
        #[impls(Debug)]
        pub struct WaitForCancellationFuture;
        impl Future for WaitForCancellationFuture { type Output = (); }
        #[impls(Debug)]
        pub struct WaitForCancellationFutureOwned;
        impl Future for WaitForCancellationFutureOwned { type Output = (); }
        #[complete]
        #[impls(Debug)]
        pub struct DropGuard;
        impl DropGuard {
            pub fn disarm(self) -> CancellationToken;
        }
"#;

fn token_of(vm: &Vm, a: &mut Args) -> R<TokenId> {
    let h = receiver(vm, a)?;
    match h.kind {
        HandleKind::CancelToken if vm.w.tokens.get(h.id as usize).is_some() => Ok(TokenId(h.id)),
        _ => panic("internal error: not a cancellation token"),
    }
}

fn new(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    let id = TokenId::from_index(vm.w.tokens.len());
    vm.w.tokens.push(TokenObj { handles: 1, ..TokenObj::default() });
    vm.w.emit(EventKind::TokenCreated { token: id, parent: None, cancelled: false, span });
    Ok(handle(HandleKind::CancelToken, id, &vm.w))
}

fn clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = token_of(vm, a)?;
    vm.w.tokens[id.index()].handles += 1;
    Ok(handle(HandleKind::CancelToken, id, &vm.w))
}

/// A child linked to this token, or, when it is cancelled, a cancelled
/// token of its own (tokio-util does not link those).
fn child_token(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let parent = token_of(vm, a)?;
    let id = TokenId::from_index(vm.w.tokens.len());
    let cancelled = vm.w.tokens[parent.index()].cancelled;
    if cancelled {
        vm.w.tokens.push(TokenObj { handles: 1, cancelled: true, ..TokenObj::default() });
        vm.w.emit(EventKind::TokenCreated { token: id, parent: None, cancelled: true, span });
    } else {
        vm.w.tokens.push(TokenObj { handles: 1, parent: Some(parent), ..TokenObj::default() });
        vm.w.tokens[parent.index()].children.push(id);
        vm.w.emit(EventKind::TokenCreated { token: id, parent: Some(parent), cancelled: false, span });
    }
    Ok(handle(HandleKind::CancelToken, id, &vm.w))
}

fn cancel(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = token_of(vm, a)?;
    vm.w.cancel_token(id);
    Ok(Value::Unit)
}

fn is_cancelled(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = token_of(vm, a)?;
    Ok(Value::Bool(vm.w.tokens[id.index()].cancelled))
}

fn eq(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (x, y) = (token_of(vm, a)?, token_of(vm, a)?);
    Ok(Value::Bool(x == y))
}

fn ne(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (x, y) = (token_of(vm, a)?, token_of(vm, a)?);
    Ok(Value::Bool(x != y))
}

fn cancelled(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let token = token_of(vm, a)?;
    Ok(vm.future(FutureState::Cancelled { token, ticket: None, owned: None }))
}

/// `cancelled_owned(self)`: the future keeps the token's handle.
fn cancelled_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = arg(a);
    let token = match vm.auto_deref(v.clone()) {
        Value::Handle(h) if h.kind == HandleKind::CancelToken && vm.w.tokens.get(h.id as usize).is_some() => TokenId(h.id),
        _ => return panic("internal error: not a cancellation token"),
    };
    Ok(vm.future(FutureState::Cancelled { token, ticket: None, owned: Some(v) }))
}

/// `run_until_cancelled(fut)`: `fut` runs as a child coroutine; see
/// [`Vm::poll_run_until_cancelled`].
fn run_until_cancelled(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let token = token_of(vm, a)?;
    let fut = vm.child_future(arg(a));
    Ok(vm.future(FutureState::RunUntilCancelled { token, fut, cancel: None, owned: None }))
}

/// `run_until_cancelled_owned(fut)`: the same, keeping the token's handle.
fn run_until_cancelled_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = arg(a);
    let token = match vm.auto_deref(v.clone()) {
        Value::Handle(h) if h.kind == HandleKind::CancelToken && vm.w.tokens.get(h.id as usize).is_some() => TokenId(h.id),
        _ => return panic("internal error: not a cancellation token"),
    };
    let fut = vm.child_future(arg(a));
    Ok(vm.future(FutureState::RunUntilCancelled { token, fut, cancel: None, owned: Some(v) }))
}

/// `drop_guard(self)`: the guard holds the token's handle (its count does
/// not change) and cancels it when dropped, unless disarmed.
fn drop_guard(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let token = token_of(vm, a)?;
    // The token's handle count moves to the guard: the handle value
    // dropped with the call's argument must not count down.
    vm.w.tokens[token.index()].handles += 1;
    let id = vm.w.token_guards.len() as u32;
    vm.w.token_guards.push((token, true));
    Ok(handle(HandleKind::CancelDropGuard, id, &vm.w))
}

fn disarm(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some(g) = vm.w.token_guards.get_mut(h.id as usize) else { return panic("internal error: not a drop guard") };
    g.1 = false;
    let token = g.0;
    Ok(handle(HandleKind::CancelToken, token, &vm.w))
}

impl<'p> Vm<'p> {
    /// `cancelled().await`: ready when the token is cancelled; else wait
    /// on its `Notify` (no budget is used either way).
    pub(super) fn poll_cancelled(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::Cancelled { token, ticket, .. } = st else { return panic("internal: not a cancelled()") };
        let (id, cur) = (*token, self.w.current);
        let Some(t) = self.w.tokens.get_mut(id.index()) else { return panic("internal error: no such cancellation token") };
        if t.cancelled {
            if let Some(k) = ticket.take() {
                t.waiters.retain(|w| w.0 != k);
                self.w.emit(EventKind::TokenWaitDone { task: cur, token: id, left: false });
            }
            return Ok(Poll::Ready(Value::Unit));
        }
        if ticket.is_none() {
            let k = self.w.ticket();
            *ticket = Some(k);
            self.w.tokens[id.index()].waiters.push((k, cur));
            self.w.emit(EventKind::TokenWaiting { task: cur, token: id, span });
        }
        Ok(Poll::Pending(WaitOn::Cancelled(id)))
    }

    /// tokio-util 0.7.20's `run_until_cancelled`, an `async fn`: at its
    /// first poll, a token already cancelled gives `None` (and drops `fut`
    /// unpolled); then each poll polls `fut` first (`Some` of its output)
    /// and then its `cancelled()` future (`None`, dropping `fut`).
    pub(super) fn poll_run_until_cancelled(&mut self, st: &mut FutureState) -> R<Poll> {
        let FutureState::RunUntilCancelled { token, fut, cancel, .. } = st else { return panic("internal: not a run_until_cancelled") };
        let (token, fut) = (*token, *fut);
        let cancel = match *cancel {
            Some(c) => c,
            None => {
                if self.w.tokens.get(token.index()).is_some_and(|t| t.cancelled) {
                    self.free_child(fut);
                    return Ok(Poll::Ready(Value::opt(None)));
                }
                let wait = self.future(FutureState::Cancelled { token, ticket: None, owned: None });
                let c = self.child_future(wait);
                if let FutureState::RunUntilCancelled { cancel, .. } = st {
                    *cancel = Some(c);
                }
                c
            }
        };
        let on = match self.poll_child(fut)? {
            Poll::Ready(v) => {
                self.free_child(cancel);
                return Ok(Poll::Ready(Value::some(v)));
            }
            Poll::Pending(on) => on,
        };
        match self.poll_child(cancel)? {
            Poll::Ready(_) => {
                self.free_child(fut);
                Ok(Poll::Ready(Value::opt(None)))
            }
            Poll::Pending(_) => Ok(Poll::Pending(on)),
        }
    }

    /// A task waiting on a token waits for whoever cancels it: nobody in
    /// particular.
    pub(super) fn token_wait_edges(&self, name: &str, id: TokenId, line: u32) -> (Vec<TaskId>, String) {
        (Vec::new(), format!("{name} waits at line {line} for cancellation token #{id} to be cancelled"))
    }

    fn drop_token_handle(&mut self, id: TokenId) {
        self.w.release_token_handle(id);
    }

    fn drop_token_guard(&mut self, g: u32) {
        let Some(&(token, armed)) = self.w.token_guards.get(g as usize) else { return };
        if armed {
            self.w.cancel_token(token);
            self.w.release_token_handle(token);
        }
    }
}

impl World {
    /// tokio-util's `cancel`: marks the node and every descendant, then
    /// wakes the waiters of the children left in its list (in the list's
    /// order) and its own.
    pub(in crate::exec) fn cancel_token(&mut self, id: TokenId) {
        let cur = self.current;
        let Some(node) = self.tokens.get(id.index()) else { return };
        if node.cancelled {
            return;
        }
        let mut children = std::mem::take(&mut self.tokens[id.index()].children);
        let mut idx = 0;
        while idx < children.len() {
            let Some(child) = children.pop() else { break };
            let c = &mut self.tokens[child.index()];
            c.parent = None;
            if c.cancelled {
                continue;
            }
            let mut grand = std::mem::take(&mut c.children);
            c.cancelled = true;
            while let Some(g) = grand.pop() {
                let gc = &mut self.tokens[g.index()];
                gc.parent = None;
                if gc.cancelled {
                    continue;
                }
                gc.parent = Some(id);
                children.push(g);
            }
            self.emit(EventKind::TokenCancelled { task: cur, token: child, by: id });
            children.push(child);
            let last = children.len() - 1;
            children.swap(idx, last);
            idx += 1;
        }
        self.tokens[id.index()].cancelled = true;
        self.emit(EventKind::TokenCancelled { task: cur, token: id, by: id });
        for t in children.into_iter().chain(std::iter::once(id)) {
            self.tokens[t.index()].parent = None;
            let woken = std::mem::take(&mut self.tokens[t.index()].waiters);
            for (_, w) in woken {
                self.wake(w);
            }
        }
    }

    /// A token handle died: at the last one the node leaves the tree, its
    /// children moving to its parent.
    pub(in crate::exec) fn release_token_handle(&mut self, id: TokenId) {
        let Some(t) = self.tokens.get_mut(id.index()) else { return };
        t.handles = t.handles.saturating_sub(1);
        if t.handles > 0 {
            return;
        }
        let parent = t.parent.take();
        let children = std::mem::take(&mut t.children);
        match parent {
            Some(p) => {
                for &c in &children {
                    self.tokens[c.index()].parent = Some(p);
                }
                let list = &mut self.tokens[p.index()].children;
                list.extend(children);
                if let Some(pos) = list.iter().position(|&c| c == id) {
                    list.swap_remove(pos);
                }
            }
            None => {
                for c in children {
                    self.tokens[c.index()].parent = None;
                }
            }
        }
        self.emit(EventKind::TokenDropped { token: id, parent });
    }

    /// A dropped task leaves the tokens' waiters.
    pub(in crate::exec) fn forget_token_waiter(&mut self, task: TaskId) {
        for t in &mut self.tokens {
            t.waiters.retain(|w| w.1 != task);
        }
    }
}
