//! `tokio::join!`: the branches are child coroutines polled in rotation
//! inside one task (each poll starts one branch further along, as Tokio's
//! `join!` does), and it completes when every branch has.
//!
//! The macro is not an item: the checker types it where it types macros,
//! so this primitive declares nothing.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    // A pinned future is the future itself (`tokio::pin!` compiles to
    // nothing): `set` replaces it in place, `as_mut` reborrows it.
    natives: &[
        Native { path: "std::pin::Pin::set", f: pin_set },
        Native { path: "std::pin::Pin::as_mut", f: pin_as_mut },
        Native { path: "std::future::ready", f: ready },
        Native { path: "std::future::pending", f: pending },
        Native { path: "futures::future::ready", f: ready },
        Native { path: "futures::future::pending", f: pending },
        Native { path: JOIN_ALL, f: join_all_futures },
        Native { path: TRY_JOIN_ALL, f: join_all_futures },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, h, _, _| Err(format!("`{:?}` is not a join! value", h.kind)),
};

/// `futures::future::join_all(iter)` and `try_join_all`, which the
/// compiler calls where they are awaited: the futures, in a `Vec`, for
/// `Op::JoinVec` to poll as futures-util 0.3's "small" mode does (each
/// pending one, in order, at every poll; `join!(biased; ..)`).
pub const JOIN_ALL: &str = "futures::future::join_all";
pub const TRY_JOIN_ALL: &str = "futures::future::try_join_all";

/// futures-util's `SMALL`: past this many futures (by the iterator's
/// `size_hint` upper bound), `join_all` runs them in a `FuturesOrdered`.
const SMALL: usize = 30;

fn join_all_futures(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let Value::Iter(it) = vm.make_iter(arg(a))? else { return panic("internal error: `join_all` needs an iterator") };
    let upper = it.borrow().upper_bound();
    if upper.is_none_or(|n| n > SMALL) {
        let why = match upper {
            Some(n) => format!("of up to {n} futures"),
            None => "of an iterator without an upper bound on its length".to_string(),
        };
        vm.unsupported_stop(span, format!("`join_all` {why} is not supported yet: past {SMALL}, futures-util polls them in a `FuturesOrdered`"))?;
    }
    let mut futs = Vec::new();
    while let Some(f) = vm.next_of(&it, span)? {
        futs.push(f);
    }
    Ok(Value::Vec(Rc::new(futs)))
}

/// `pinned.set(fut)`: the new future takes the old one's place, which is
/// dropped with what it had registered.
fn pin_set(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (Value::Future(old), Value::Future(new)) = (arg(a), arg(a)) else { return panic("internal error: `Pin::set` of a value that is not a future") };
    let next = new.borrow_mut().take();
    let prev = std::mem::replace(&mut *old.borrow_mut(), next);
    if let Some(r) = prev.as_ref().and_then(FutureState::registration) {
        vm.apply_drop(DropEffect::Wait(r));
    }
    drop(prev);
    vm.process_drops();
    Ok(Value::Unit)
}

fn ready(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = arg(a);
    Ok(vm.future(FutureState::Ready(Some(v))))
}

fn pending(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(vm.future(FutureState::Never))
}

fn pin_as_mut(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(arg(a))
}

/// A `join!` in progress: its branches and their results so far.
pub(in crate::exec) struct JoinState {
    pub(in crate::exec) children: Vec<Option<Co>>,
    pub(in crate::exec) results: Vec<Value>,
    /// The branch polled first at the next poll.
    start: usize,
    /// A `select!`: which branches are disabled (by their precondition, or
    /// done with an output their pattern refused).
    disabled: Vec<bool>,
}

impl Co {
    /// This coroutine and its `join!` branches, theirs too: every stack a
    /// task holds values on.
    pub(in crate::exec) fn branches(&self) -> Vec<&Co> {
        let mut out = vec![self];
        let mut i = 0;
        while let Some(co) = out.get(i).copied() {
            if let Some(j) = &co.join {
                out.extend(j.children.iter().flatten());
            }
            i += 1;
        }
        out
    }

    /// The values this coroutine holds itself: its stack, and the results
    /// of its finished `join!` branches.
    pub(in crate::exec) fn own_values(&self) -> impl Iterator<Item = &Value> {
        self.stack.iter().chain(self.join.iter().flat_map(|j| j.results.iter()))
    }
}

impl<'p> Vm<'p> {
    /// A coroutine that awaits `fut` and returns its output: a task, a
    /// `join!` branch, a `timeout`'s future.
    pub(in crate::exec) fn child_co(&mut self, fut: Value) -> Co {
        self.new_co(self.p.root, vec![fut])
    }

    /// A coroutine that awaits `fut`, kept in the arena for the task
    /// running now (a `timeout`'s future, a stream's `then`): its index.
    pub(in crate::exec) fn child_future(&mut self, fut: Value) -> u32 {
        let co = self.child_co(fut);
        self.add_child(co)
    }

    /// Keeps a future's child coroutine (a `timeout`'s) in the arena, for
    /// the task running now; returns its index.
    pub(in crate::exec) fn add_child(&mut self, co: Co) -> u32 {
        let owner = self.w.current;
        match self.free_children.pop() {
            Some(i) => {
                if let Some(slot) = self.children.get_mut(i as usize) {
                    *slot = Some((owner, co));
                }
                i
            }
            None => {
                self.children.push(Some((owner, co)));
                self.children.len() as u32 - 1
            }
        }
    }

    /// Drops a child coroutine whose future was dropped: the values it
    /// holds are dropped, and what its own futures registered taken back.
    pub(in crate::exec) fn free_child(&mut self, i: u32) {
        if let Some(slot) = self.children.get_mut(i as usize)
            && let Some((_, co)) = slot.take()
        {
            self.free_children.push(i);
            drop(co);
            self.process_drops();
        }
    }

    /// Polls a future's own coroutine: its output when it returns.
    pub(in crate::exec) fn poll_child(&mut self, child: u32) -> R<Poll> {
        let Some(Some((owner, mut co))) = self.children.get_mut(child as usize).map(Option::take) else {
            return panic("`async fn` resumed after completion");
        };
        let step = self.run_co(&mut co);
        if let Some(slot) = self.children.get_mut(child as usize) {
            *slot = Some((owner, co));
        }
        match step {
            Step::Done(v) => {
                self.free_child(child);
                Ok(Poll::Ready(v))
            }
            Step::Pending(on, _) => Ok(Poll::Pending(on)),
            Step::Panic(m, s) => {
                self.panic_span = Some(s);
                Err(Fail::Panic(m))
            }
            Step::Stop => Err(Fail::Stop),
        }
    }

    /// Polls a `join!` of the `n` futures on top of the stack (taken into
    /// the task's `JoinState` at the first poll).
    /// `try_join!`: `join!`, which ends at the first branch that returns an
    /// `Err` (the others are dropped) and wraps the outputs in `Ok`.
    /// `biased`: every poll starts at the first branch.
    /// `vec`: the outputs come as a `Vec` (`futures::future::join_all`),
    /// not a tuple.
    pub(in crate::exec) fn join_all(&mut self, co: &mut Co, n: usize, try_: bool, biased: bool, vec: bool) -> R<Flow> {
        if co.join.is_none() {
            let futs = Self::pop_n(co, n);
            let mut children = Vec::with_capacity(n);
            for f in futs {
                children.push(Some(self.child_co(f)));
            }
            co.join = Some(Box::new(JoinState { children, results: vec![Value::Unit; n], start: 0, disabled: Vec::new() }));
        }
        let Some(mut js) = co.join.take() else { return Ok(Flow::Next) };
        let n = js.children.len();
        let start = js.start;
        js.start = if biased || start + 1 >= n { 0 } else { start + 1 };
        for k in 0..n {
            let i = (start + k) % n;
            let Some(child) = js.children[i].as_mut() else { continue };
            match self.run_co(child) {
                Step::Done(v) => {
                    if try_ && matches!(&v, Value::Enum(e) if e.def == builtin::RESULT && e.variant == builtin::ERR) {
                        drop(js);
                        self.process_drops();
                        co.stack.push(v);
                        return Ok(Flow::Next);
                    }
                    js.results[i] = v;
                    js.children[i] = None;
                }
                Step::Pending(..) => {}
                Step::Panic(m, s) => {
                    self.panic_span = Some(s);
                    return Err(Fail::Panic(m));
                }
                Step::Stop => {
                    co.join = Some(js);
                    return Err(Fail::Stop);
                }
            }
        }
        if js.children.iter().all(|c| c.is_none()) {
            let mut results = std::mem::take(&mut js.results);
            if try_ {
                for r in results.iter_mut() {
                    if let Value::Enum(e) = r
                        && let Some(x) = e.fields.first()
                    {
                        *r = x.clone();
                    }
                }
            }
            let out = if vec { Value::Vec(Rc::new(results)) } else { Value::Tuple(Rc::new(results)) };
            co.stack.push(if try_ { Value::ok(out) } else { out });
            Ok(Flow::Next)
        } else {
            co.join = Some(js);
            Ok(Flow::Pending(WaitOn::JoinAll))
        }
    }

    /// Polls `select!` number `sid` (Tokio 1.54's expansion): nothing when
    /// the task's budget is spent; else, from a random branch (the first
    /// when `biased`), each enabled branch once, until one is ready with an
    /// output its pattern matches. A ready branch whose pattern fails is
    /// disabled and the next one polled. Then every future is dropped, in
    /// branch order, and the winner's output and index are pushed (index
    /// `n` when every branch is disabled: the `else`).
    pub(in crate::exec) fn select(&mut self, co: &mut Co, sid: u32, span: Span) -> R<Flow> {
        let p: &'p Program = self.p;
        let Some(info) = p.selects.get(sid as usize) else { return panic("internal error: no such select!") };
        let n = info.pats.len();
        if co.join.is_none() {
            let futs = Self::pop_n(co, n);
            let conds = Self::pop_n(co, n);
            let children = futs.into_iter().map(|f| Some(self.child_co(f))).collect();
            let disabled = conds.iter().map(|c| !matches!(c, Value::Bool(true))).collect();
            co.join = Some(Box::new(JoinState { children, results: Vec::new(), start: 0, disabled }));
        }
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Flow::Pending(WaitOn::Yield));
        }
        let Some(mut js) = co.join.take() else { return Ok(Flow::Next) };
        let start = if info.biased { 0 } else { self.w.rng_below(n as u32) as usize };
        let mut pending = false;
        let mut winner = None;
        for k in 0..n {
            let i = (start + k) % n;
            if js.disabled.get(i).copied().unwrap_or(true) {
                continue;
            }
            let Some(child) = js.children.get_mut(i).and_then(Option::as_mut) else { continue };
            match self.run_co(child) {
                Step::Done(v) => {
                    js.disabled[i] = true;
                    js.children[i] = None;
                    let mut binds = std::mem::take(&mut self.binds);
                    binds.clear();
                    let fits = p.pats.get(info.pats[i] as usize).is_some_and(|pat| self.match_pat(pat, &v, &mut binds));
                    binds.clear();
                    self.binds = binds;
                    if fits {
                        winner = Some((i, v));
                        break;
                    }
                    drop(v);
                    self.process_drops();
                }
                Step::Pending(..) => pending = true,
                Step::Panic(m, s) => {
                    self.panic_span = Some(s);
                    return Err(Fail::Panic(m));
                }
                Step::Stop => {
                    co.join = Some(js);
                    return Err(Fail::Stop);
                }
            }
        }
        if winner.is_none() && pending {
            co.join = Some(js);
            return Ok(Flow::Pending(WaitOn::Select(n as u32)));
        }
        drop(js);
        self.process_drops();
        let (i, v) = winner.unwrap_or((n, Value::Unit));
        let task = self.w.current;
        let at = info.spans.get(i).copied().unwrap_or(span);
        self.w.emit(EventKind::SelectDone { task, branch: i as u32, of: n as u32, span: at, select: span });
        co.stack.push(v);
        co.stack.push(Value::Int(i as i64));
        Ok(Flow::Next)
    }
}
