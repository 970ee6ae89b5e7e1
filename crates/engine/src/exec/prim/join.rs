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
    natives: &[],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, h, _, _| Err(format!("`{:?}` is not a join! value", h.kind)),
};

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
    /// A coroutine that awaits `fut` and returns its output: a `join!`
    /// branch, a `timeout`'s future.
    pub(in crate::exec) fn child_co(&mut self, fut: Value) -> Co {
        let mut c = Co { stack: Vec::new(), frames: Vec::new(), join: None };
        self.push_frame(&mut c, self.p.root, vec![fut]);
        c
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

    /// Polls a `join!` of the `n` futures on top of the stack (taken into
    /// the task's `JoinState` at the first poll).
    pub(in crate::exec) fn join_all(&mut self, co: &mut Co, n: usize) -> R<Flow> {
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
        js.start = if start + 1 >= n { 0 } else { start + 1 };
        for k in 0..n {
            let i = (start + k) % n;
            let Some(child) = js.children[i].as_mut() else { continue };
            match self.run_co(child) {
                Step::Done(v) => {
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
            let results = std::mem::take(&mut js.results);
            co.stack.push(Value::Tuple(Rc::new(results)));
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
