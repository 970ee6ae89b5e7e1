//! `tokio::sync::Barrier`: `wait()` counts the arrivals of a generation;
//! the `n`-th to arrive is the leader, whose `wait()` returns at once
//! (`is_leader()` true, no budget used) after waking the others. Inside,
//! Tokio 1.54 releases a generation by sending it on a watch channel, and
//! every other waiter awaits `changed()` on a fresh clone of a receiver
//! that has seen nothing: so a waiter of a later generation first finds a
//! change at once (using a unit of budget), and **the waiters of one
//! generation wake in a random order** on real Tokio, as any watch
//! waiters do (see `watch.rs`; recorded: four tasks passed in six
//! different orders over 30 runs, the leader always first). This module
//! draws their order from the run's seed as `watch.rs` does (four tasks:
//! the same 6 orders over 100 seeds as over 100 runs of Tokio); the corpus
//! relies only on the leader and on output that does not depend on the
//! order (`conformance/barrier_*`).

use super::*;
use crate::rt::BarrierObj;
use crate::trace::BarrierId;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$BARRIER",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::Barrier::new", f: new },
        Native { path: "tokio::sync::Barrier::wait", f: wait },
        Native { path: "tokio::sync::BarrierWaitResult::is_leader", f: is_leader },
    ],
    kinds: &[(HandleKind::Barrier, "tokio::sync::Barrier")],
    on_drop: |_, _, _| {},
    debug: |_, _, h, _, _| Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        #[complete]
        #[impls(Debug)]
        pub struct Barrier;
        impl Barrier {
            pub fn new(n: usize) -> Barrier;
            pub async fn wait(&self) -> BarrierWaitResult;
        }
        #[derive(Clone, Debug)]
        #[complete]
        pub struct BarrierWaitResult;
        impl BarrierWaitResult {
            pub fn is_leader(&self) -> bool;
            pub fn clone(&self) -> BarrierWaitResult;
        }
"#;

fn new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let n = match arg(a) {
        Value::Int(n) => n.clamp(1, i64::from(u32::MAX)) as u32,
        // Beyond `u32::MAX` arrivals no run gets there.
        _ => u32::MAX,
    };
    let id = BarrierId::from_index(vm.w.barriers.len());
    vm.w.barriers.push(BarrierObj { n, arrived: 0, generation: 1, released: 0, waiters: Vec::new() });
    vm.w.emit(EventKind::BarrierCreated { barrier: id, n, span });
    Ok(handle(HandleKind::Barrier, id, &vm.w))
}

fn wait(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::BarrierWait { barrier: BarrierId(h.id), generation: None, seen: 0 }))
}

fn result(leader: bool) -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::BARRIER_WAIT_RESULT, variant: 0, fields: vec![Value::Bool(leader)], drop: None }))
}

fn is_leader(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match vm.auto_deref(arg(a)) {
        Value::Struct(r) if r.def == builtin::BARRIER_WAIT_RESULT => Ok(r.fields.first().cloned().unwrap_or(Value::Bool(false))),
        _ => panic("internal error: `is_leader` called on something else than a `BarrierWaitResult`"),
    }
}

impl<'p> Vm<'p> {
    /// `barrier.wait().await`: arrive (the `n`-th releases the generation
    /// and leads), then, as Tokio's waiters do, await `changed()` on the
    /// barrier's watch channel until the generation is released; each
    /// `changed()` checks the budget first and uses a unit when it finds a
    /// change.
    pub(super) fn poll_barrier_wait(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::BarrierWait { barrier, generation, seen } = st else { return panic("internal: not a barrier wait") };
        let (id, cur) = (*barrier, self.w.current);
        let Some(b) = self.w.barriers.get_mut(id.index()) else { return panic("internal error: no such barrier") };
        let gen_ = match *generation {
            Some(g) => g,
            None => {
                b.arrived += 1;
                let arrived = b.arrived;
                if arrived >= b.n {
                    b.released += 1;
                    b.arrived = 0;
                    b.generation += 1;
                    let woken = std::mem::take(&mut b.waiters);
                    self.w.emit(EventKind::BarrierArrived { task: cur, barrier: id, arrived, leader: true, span });
                    for (t, _) in woken {
                        self.w.wake(t);
                    }
                    return Ok(Poll::Ready(result(true)));
                }
                let g = b.generation;
                *generation = Some(g);
                self.w.emit(EventKind::BarrierArrived { task: cur, barrier: id, arrived, leader: false, span });
                g
            }
        };
        loop {
            if !self.w.has_budget() {
                self.w.defer_current();
                return Ok(Poll::Pending(WaitOn::Yield));
            }
            let b = &self.w.barriers[id.index()];
            if *seen == b.released {
                if !b.waiters.iter().any(|w| w.0 == cur) {
                    let slot = self.w.draw_watch_notify();
                    let waiters = &mut self.w.barriers[id.index()].waiters;
                    waiters.insert(crate::rt::notify_order_at(waiters.iter().map(|w| w.1), slot), (cur, slot));
                }
                return Ok(Poll::Pending(WaitOn::Barrier(id)));
            }
            let b = &mut self.w.barriers[id.index()];
            *seen = b.released;
            b.waiters.retain(|w| w.0 != cur);
            self.w.consume_budget();
            if *seen >= gen_ {
                self.w.emit(EventKind::BarrierPassed { task: cur, barrier: id });
                return Ok(Poll::Ready(result(false)));
            }
        }
    }

    /// A task waiting at a barrier waits for whoever arrives next: nobody
    /// in particular.
    pub(super) fn barrier_wait_edges(&self, name: &str, id: BarrierId, line: u32) -> (Vec<TaskId>, String) {
        let (arrived, n) = self.w.barriers.get(id.index()).map_or((0, 0), |b| (b.arrived, b.n));
        (Vec::new(), format!("{name} waits at line {line} at barrier #{id}, which {arrived} of {n} tasks reached"))
    }
}

impl World {
    /// A dropped task leaves the barrier's waiters (its arrival still
    /// counts, as in Tokio).
    pub(in crate::exec) fn forget_barrier_waiter(&mut self, task: TaskId) {
        for b in &mut self.barriers {
            b.waiters.retain(|w| w.0 != task);
        }
    }
}
