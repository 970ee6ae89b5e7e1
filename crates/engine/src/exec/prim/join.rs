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
#[derive(Debug)]
pub(in crate::exec) struct JoinState {
    pub(in crate::exec) children: Vec<Option<Co>>,
    pub(in crate::exec) results: Vec<Value>,
    /// The branch polled first at the next poll.
    start: usize,
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

    /// Polls a `join!` of the `n` futures on top of the stack (taken into
    /// the task's `JoinState` at the first poll).
    pub(in crate::exec) fn join_all(&mut self, co: &mut Co, n: usize) -> R<Flow> {
        if co.join.is_none() {
            let futs = Self::pop_n(co, n);
            let mut children = Vec::with_capacity(n);
            for f in futs {
                children.push(Some(self.child_co(f)));
            }
            co.join = Some(Box::new(JoinState { children, results: vec![Value::Unit; n], start: 0 }));
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
}
