//! `tokio::time`: `sleep` on the paused clock. A timer registers on the
//! first poll and fires in (deadline, registration) order when virtual
//! time reaches it; deadlines round up to the millisecond as Tokio's
//! timer wheel does.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$TIME",
    decl: DECL,
    natives: &[
        Native { path: "tokio::time::sleep", f: sleep },
        Native { path: "tokio::time::sleep_until", f: sleep_until },
        Native { path: "tokio::time::timeout", f: timeout },
        Native { path: "tokio::time::pause", f: pause },
        Native { path: "tokio::time::resume", f: resume },
        Native { path: "tokio::time::advance", f: advance },
        Native { path: "tokio::time::Sleep::reset", f: sleep_reset },
        Native { path: "tokio::time::Sleep::deadline", f: sleep_deadline },
        Native { path: "tokio::time::Sleep::is_elapsed", f: sleep_is_elapsed },
        Native { path: "tokio::time::timeout_at", f: timeout_at },
        Native { path: "tokio::time::interval", f: interval },
        Native { path: "tokio::time::interval_at", f: interval_at },
        Native { path: "tokio::time::Interval::tick", f: tick },
        Native { path: "tokio::time::Interval::period", f: period },
        Native { path: "tokio::time::Interval::missed_tick_behavior", f: missed_tick_behavior },
        Native { path: "tokio::time::Interval::set_missed_tick_behavior", f: set_missed_tick_behavior },
        Native { path: "tokio::time::Instant::now", f: now },
        Native { path: "std::time::Instant::now", f: std_now },
        Native { path: "tokio::time::Interval::reset", f: interval_reset },
        Native { path: "tokio::time::Interval::reset_immediately", f: interval_reset_immediately },
        Native { path: "tokio::time::Interval::reset_after", f: interval_reset_after },
        Native { path: "tokio::time::Interval::reset_at", f: interval_reset_at },
        Native { path: "tokio::time::Instant::checked_duration_since", f: checked_duration_since },
        Native { path: "tokio::time::Instant::saturating_duration_since", f: saturating_duration_since },
        Native { path: "std::time::Instant::checked_duration_since", f: checked_duration_since },
        Native { path: "std::time::Instant::saturating_duration_since", f: saturating_duration_since },
    ],
    kinds: &[(HandleKind::Interval, "tokio::time::Interval")],
    // A dropped `Interval` takes its timer back.
    on_drop: |vm, _, id| {
        if let Some(seq) = vm.w.intervals.get_mut(id as usize).and_then(|i| i.3.take()) {
            vm.w.remove_timer(seq);
        }
    },
    debug: |_, _, h, _, _| Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
    pub mod time {
        pub fn sleep(duration: Duration) -> Sleep;
        pub fn sleep_until(deadline: Instant) -> Sleep;
        pub fn timeout<F>(duration: Duration, future: F) -> Timeout<F>;
        pub fn pause();
        pub fn resume();
        pub async fn advance(duration: Duration);
        pub fn timeout_at<F>(deadline: Instant, future: F) -> Timeout<F>;
        #[not_declared(get_mut, get_ref, into_inner)]
        #[derive(Debug)]
        pub struct Timeout<F>;
        pub mod error {
            #[derive(Debug, Display, PartialEq, Eq)]
            pub struct Elapsed;
        }
        #[derive(Debug)]
        #[complete]
        pub struct Sleep;
        impl Sleep {
            pub fn deadline(&self) -> Instant;
            pub fn is_elapsed(&self) -> bool;
            pub fn reset(self: _, deadline: Instant);
        }
        impl Future for Sleep { type Output = (); }
        pub fn interval(period: Duration) -> Interval;
        pub fn interval_at(start: Instant, period: Duration) -> Interval;
        #[not_declared(poll_tick)]
        #[impls(Debug)]
        pub struct Interval;
        impl Interval {
            pub async fn tick(&mut self) -> Instant;
            pub fn period(&self) -> Duration;
            pub fn missed_tick_behavior(&self) -> MissedTickBehavior;
            pub fn set_missed_tick_behavior(&mut self, behavior: MissedTickBehavior);
            pub fn reset(&mut self);
            pub fn reset_immediately(&mut self);
            pub fn reset_after(&mut self, after: Duration);
            pub fn reset_at(&mut self, deadline: Instant);
        }
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
        pub enum MissedTickBehavior { Burst, Delay, Skip }
        #[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Hash)]
        pub struct Instant;
        impl Instant {
            pub fn now() -> Instant;
            pub fn elapsed(&self) -> Duration;
            pub fn duration_since(&self, earlier: Instant) -> Duration;
            pub fn saturating_duration_since(&self, earlier: Instant) -> Duration;
            pub fn checked_duration_since(&self, earlier: Instant) -> Option<Duration>;
            pub fn checked_add(&self, duration: Duration) -> Option<Instant>;
            pub fn checked_sub(&self, duration: Duration) -> Option<Instant>;
            pub fn into_std(self) -> _;
            pub fn from_std(std: _) -> Instant;
            pub fn clone(&self) -> Instant;
        }
        impl Add<Duration> for Instant { type Output = Instant; }
        impl Sub<Duration> for Instant { type Output = Instant; }
        impl Sub<Instant> for Instant { type Output = Duration; }
        impl AddAssign<Duration> for Instant {}
        impl SubAssign<Duration> for Instant {}
    }
"#;

pub(super) fn ceil_ms(ns: u64) -> u64 {
    ns.div_ceil(1_000_000).saturating_mul(1_000_000)
}

fn sleep(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    needs_runtime(vm)?;
    if !vm.timers_enabled() {
        return panic("A Tokio 1.x context was found, but timers are disabled. Call `enable_time` on the runtime builder to enable timers.");
    }
    let Value::Duration(d) = arg(a) else { return panic("internal error: `sleep` needs a Duration") };
    let deadline = ceil_ms(vm.w.now.saturating_add(d));
    Ok(vm.future(FutureState::Sleep { deadline, timer: None }))
}

/// `sleep_until(deadline)`: a past deadline completes at once.
fn sleep_until(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    needs_runtime(vm)?;
    if !vm.timers_enabled() {
        return panic("A Tokio 1.x context was found, but timers are disabled. Call `enable_time` on the runtime builder to enable timers.");
    }
    let Value::Instant(at) = arg(a) else { return panic("internal error: `sleep_until` needs an Instant") };
    Ok(vm.future(FutureState::Sleep { deadline: ceil_ms(at), timer: None }))
}

/// Tokio's panic when a timer is made on a runtime without `enable_time`.
pub(super) const TIMERS_DISABLED: &str = "A Tokio 1.x context was found, but timers are disabled. Call `enable_time` on the runtime builder to enable timers.";

/// `timeout(d, fut)`: the deadline is fixed now (Tokio reads the clock in
/// `timeout`, not at the first poll); a deadline past the end of time
/// never elapses.
fn timeout(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    needs_runtime(vm)?;
    let Value::Duration(d) = arg(a) else { return panic("internal error: `timeout` needs a Duration") };
    let deadline = vm.timeout_deadline(d);
    let fut = arg(a);
    vm.timeout_future(fut, deadline, span)
}

fn timeout_at(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    needs_runtime(vm)?;
    let Value::Instant(at) = arg(a) else { return panic("internal error: `timeout_at` needs an Instant") };
    let fut = arg(a);
    vm.timeout_future(fut, Some(ceil_ms(at)), span)
}

/// Where `time::advance` panics in Tokio 1.54.1 (`with_clock`'s call in
/// `src/time/clock.rs`), as a build from crates.io prints it.
const TOKIO_CLOCK_RS: &str = "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/tokio-1.54.1/src/time/clock.rs:271:9";

const OUTSIDE: &str = "time cannot be frozen from outside the Tokio runtime";
const NOT_FROZEN: &str = "time is not frozen";

/// `time::pause()`: Tokio's panics for a runtime that is not
/// current_thread, or already paused.
fn pause(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    let Some(c) = vm.runtime_clock() else { return panic(OUTSIDE) };
    if c.multi {
        return panic("`time::pause()` requires the `current_thread` Tokio runtime. This is the default Runtime used by `#[tokio::test].");
    }
    if c.paused {
        return panic("time is already frozen");
    }
    c.paused = true;
    Ok(Value::Unit)
}

/// `time::resume()`: the clock follows real time again, which the
/// simulation approximates as it does an unpaused runtime's.
fn resume(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    let Some(c) = vm.runtime_clock() else { return panic(OUTSIDE) };
    if !c.paused {
        return panic(NOT_FROZEN);
    }
    c.paused = false;
    Ok(Value::Unit)
}

/// `time::advance(d).await`: moves the paused clock at its first poll,
/// then yields once (Tokio's `advance` is that, then `yield_now`); the
/// timers now due fire when the runtime next looks at them.
fn advance(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Duration(d) = arg(a) else { return panic("`advance` needs a Duration") };
    Ok(vm.future(FutureState::Advance { by: Some(d) }))
}

/// The `Sleep` a method is called on (through `Pin`s and references).
fn sleep_cell(a: &mut Args) -> R<crate::value::FutureCell> {
    match arg(a) {
        Value::Future(f) => Ok(f),
        _ => panic("internal error: a `Sleep` method on a value that is not a sleep"),
    }
}

/// `sleep.as_mut().reset(deadline)`: the sleep waits for the new deadline
/// (again, if it had fired); a registered timer moves to it now.
fn sleep_reset(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let cell = sleep_cell(a)?;
    let Value::Instant(at) = arg(a) else { return panic("internal error: `reset` needs an Instant") };
    let deadline = ceil_ms(at);
    let old = cell.borrow_mut().take();
    let timer = match old {
        Some(FutureState::Sleep { timer: Some(seq), .. }) => {
            vm.w.remove_timer(seq);
            let cur = vm.w.current;
            let seq = vm.w.add_timer(deadline, cur);
            vm.w.emit(EventKind::SleepRegistered { task: cur, deadline, span });
            Some(seq)
        }
        Some(FutureState::Sleep { timer: None, .. }) | None => None,
        Some(other) => {
            *cell.borrow_mut() = Some(other);
            return panic("internal error: `reset` of a future that is not a sleep");
        }
    };
    *cell.borrow_mut() = Some(FutureState::Sleep { deadline, timer });
    Ok(Value::Unit)
}

fn sleep_deadline(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let cell = sleep_cell(a)?;
    let d = match &*cell.borrow() {
        Some(FutureState::Sleep { deadline, .. }) => *deadline,
        _ => return panic("internal error: `deadline` of a future that is not a sleep"),
    };
    Ok(Value::Instant(d))
}

fn sleep_is_elapsed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let cell = sleep_cell(a)?;
    let d = match &*cell.borrow() {
        Some(FutureState::Sleep { deadline, .. }) => *deadline,
        _ => return panic("internal error: `is_elapsed` of a future that is not a sleep"),
    };
    Ok(Value::Bool(vm.w.now >= d))
}

const ZERO_PERIOD: &str = "`period` must be non-zero.";

fn new_interval(vm: &mut Vm, start: u64, period: Value) -> R<Value> {
    needs_runtime(vm)?;
    let Value::Duration(p) = period else { return panic("internal error: an interval needs a Duration") };
    if p == 0 {
        return panic(ZERO_PERIOD);
    }
    vm.w.intervals.push((start, p, 0, None));
    Ok(handle(HandleKind::Interval, vm.w.intervals.len() as u32 - 1, &vm.w))
}

/// `interval(period)`: the first tick is now.
fn interval(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let now = vm.w.now;
    new_interval(vm, now, arg(a))
}

fn interval_at(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Instant(start) = arg(a) else { return panic("`interval_at` needs an Instant") };
    new_interval(vm, start, arg(a))
}

fn tick(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::Tick { interval: h.id }))
}

fn period(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Duration(vm.w.intervals.get(h.id as usize).map_or(0, |i| i.1)))
}

/// `interval.reset*()`: the next tick is at `at` (Tokio resets the
/// interval's `Sleep`). A timer a dropped `tick()` left registered moves to
/// the new deadline, registered again now; otherwise the next `tick()`
/// registers it.
fn reset_interval_to(vm: &mut Vm, a: &mut Args, at: impl FnOnce(&mut Vm, &mut Args, u64) -> R<u64>, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some(&(_, period, _, _)) = vm.w.intervals.get(h.id as usize) else { return panic("internal error: no such interval") };
    let next = at(vm, a, period)?;
    vm.reset_interval(h.id, next, span)
}

impl Vm<'_> {
    /// Interval `id`'s next tick moved to `next` (its timer with it).
    pub(super) fn reset_interval(&mut self, id: u32, next: u64, span: Span) -> R<Value> {
        let vm = self;
        let Some(&(_, _, _, timer)) = vm.w.intervals.get(id as usize) else { return panic("internal error: no such interval") };
        let timer = match timer {
            Some(seq) => {
                vm.w.remove_timer(seq);
                let cur = vm.w.current;
                let deadline = ceil_ms(next);
                let seq = vm.w.add_timer(deadline, cur);
                vm.w.emit(EventKind::SleepRegistered { task: cur, deadline, span });
                Some(seq)
            }
            None => None,
        };
        if let Some(i) = vm.w.intervals.get_mut(id as usize) {
            i.0 = next;
            i.3 = timer;
        }
        Ok(Value::Unit)
    }

    /// The period of interval `id`.
    pub(super) fn interval_period(&self, id: u32) -> u64 {
        self.w.intervals.get(id as usize).map_or(0, |i| i.1)
    }
}

/// `reset()`: one period from now.
fn interval_reset(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    reset_interval_to(vm, a, |vm, _, period| Ok(vm.w.now.saturating_add(period)), span)
}

/// `reset_immediately()`: now.
fn interval_reset_immediately(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    reset_interval_to(vm, a, |vm, _, _| Ok(vm.w.now), span)
}

/// `reset_after(after)`: `after` from now.
fn interval_reset_after(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    reset_interval_to(
        vm,
        a,
        |vm, a, _| match arg(a) {
            Value::Duration(d) => Ok(vm.w.now.saturating_add(d)),
            _ => panic("internal error: `reset_after` needs a Duration"),
        },
        span,
    )
}

/// `reset_at(deadline)`.
fn interval_reset_at(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    reset_interval_to(
        vm,
        a,
        |_, a, _| match arg(a) {
            Value::Instant(t) => Ok(t),
            _ => panic("internal error: `reset_at` needs an Instant"),
        },
        span,
    )
}

fn missed_tick_behavior(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let b = vm.w.intervals.get(h.id as usize).map_or(0, |i| i.2);
    Ok(Value::adt_enum(builtin::MISSED_TICK_BEHAVIOR, b, vec![]))
}

fn set_missed_tick_behavior(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let b = match vm.auto_deref(arg(a)) {
        Value::Enum(e) if e.def == builtin::MISSED_TICK_BEHAVIOR => e.variant,
        _ => return panic("internal error: not a MissedTickBehavior"),
    };
    if let Some(i) = vm.w.intervals.get_mut(h.id as usize) {
        i.2 = b;
    }
    Ok(Value::Unit)
}

/// `tokio::time::Instant::now()`: virtual time.
fn now(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Instant(vm.w.now))
}

/// The receiver and argument of `a.checked_duration_since(b)` and friends.
fn two_instants(vm: &mut Vm, a: &mut Args) -> R<(u64, u64)> {
    let x = vm.auto_deref(arg(a));
    let y = vm.auto_deref(arg(a));
    match (x, y) {
        (Value::Instant(x), Value::Instant(y)) => Ok((x, y)),
        _ => panic("internal error: `duration_since` without two Instants"),
    }
}

/// `a.checked_duration_since(b)`: `None` when `b` is later.
fn checked_duration_since(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (x, y) = two_instants(vm, a)?;
    Ok(x.checked_sub(y).map_or_else(Value::none, |d| Value::some(Value::Duration(d))))
}

/// `a.saturating_duration_since(b)`: zero when `b` is later.
fn saturating_duration_since(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (x, y) = two_instants(vm, a)?;
    Ok(Value::Duration(x.saturating_sub(y)))
}

/// `std::time::Instant::now()` measures real time, which only
/// `std::thread::sleep` spends (`prim/thread.rs`).
fn std_now(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Instant(super::thread::std_instant(&vm.w)))
}

impl<'p> Vm<'p> {
    pub(super) fn poll_advance(&mut self, by: &mut Option<u64>) -> R<Poll> {
        let Some(d) = by.take() else { return self.poll_yield(&mut true) };
        let fail = match self.runtime_clock() {
            None => Some(OUTSIDE),
            Some(c) if !c.paused => Some(NOT_FROZEN),
            Some(_) => None,
        };
        if let Some(msg) = fail {
            // `advance` is an `async fn`: its panic is located in Tokio's
            // source, not at the caller.
            self.panic_location = Some(TOKIO_CLOCK_RS.to_string());
            return panic(msg);
        }
        let to = self.w.now.saturating_add(d);
        self.w.now = to;
        self.w.emit(EventKind::TimeAdvanced { to });
        self.poll_yield(&mut false)
    }

    /// The deadline `timeout(d, ..)` sets now: `None` past the end of time.
    pub(super) fn timeout_deadline(&self, d: u64) -> Option<u64> {
        self.w.now.checked_add(d).map(ceil_ms)
    }

    fn timeout_future(&mut self, fut: Value, deadline: Option<u64>, _span: Span) -> R<Value> {
        if deadline.is_some() && !self.timers_enabled() {
            return panic(TIMERS_DISABLED);
        }
        let child = self.child_future(fut);
        Ok(self.future(FutureState::Timeout { child, deadline, timer: None }))
    }

    /// `timeout(..).await`: the future first, then the deadline (Tokio
    /// 1.54's `Timeout::poll`). When the future spent the last of the
    /// task's budget, the deadline is still checked, outside the budget.
    pub(super) fn poll_timeout(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::Timeout { child, deadline, timer } = st else { return panic("internal: not a timeout") };
        self.poll_timeout_parts(*child, *deadline, timer, None, span)
    }

    /// A `Timeout`'s poll, on its parts: `Ok(output)` of the child
    /// coroutine (gone with its output), or `Err(Elapsed)` once the
    /// deadline passed (the child still there: the caller drops it). `send`: the
    /// channel of the `send_timeout` this is (for the trace).
    pub(super) fn poll_timeout_parts(&mut self, child: u32, deadline: Option<u64>, timer: &mut Option<u64>, send: Option<ChanId>, span: Span) -> R<Poll> {
        let had_budget = self.w.has_budget();
        let on = match self.poll_child(child)? {
            Poll::Ready(v) => {
                if let Some(seq) = timer.take() {
                    self.w.remove_timer(seq);
                    if let Some(deadline) = deadline {
                        let task = self.w.current;
                        self.w.emit(EventKind::TimeoutCleared { task, deadline, dropped: false });
                    }
                }
                return Ok(Poll::Ready(Value::ok(v)));
            }
            Poll::Pending(on) => on,
        };
        let Some(deadline) = deadline else { return Ok(Poll::Pending(on)) };
        let unconstrained = had_budget && !self.w.has_budget();
        if !unconstrained && !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        if self.w.now >= deadline {
            if !unconstrained {
                self.w.consume_budget();
            }
            if let Some(seq) = timer.take() {
                self.w.remove_timer(seq);
            }
            let cur = self.w.current;
            self.w.emit(EventKind::TimeoutElapsed { task: cur, deadline, span, send });
            // The future lives on inside the `Timeout` (Tokio's does not
            // drop it): it is dropped with the `Timeout`, at once unless
            // that is pinned and awaited through a reference.
            return Ok(Poll::Ready(Value::err(elapsed())));
        }
        if timer.is_none() {
            let cur = self.w.current;
            *timer = Some(self.w.add_timer(deadline, cur));
            self.w.emit(EventKind::TimeoutSet { task: cur, deadline, span, send });
        }
        Ok(Poll::Pending(on))
    }

    /// `interval.tick().await`: a sleep until the scheduled tick, which it
    /// returns; the next tick is a period later, or, when this one came
    /// more than 5 ms late, what the missed-tick behavior says (Tokio 1.54).
    pub(super) fn poll_tick(&mut self, interval: u32, span: Span) -> R<Poll> {
        let Some(&(timeout, period, behavior, mut timer)) = self.w.intervals.get(interval as usize) else { return panic("internal: no such interval") };
        let p = self.poll_sleep(ceil_ms(timeout), &mut timer, span)?;
        if let Some(i) = self.w.intervals.get_mut(interval as usize) {
            i.3 = timer;
        }
        match p {
            Poll::Pending(on) => Ok(Poll::Pending(on)),
            Poll::Ready(_) => {
                let now = self.w.now;
                let next = if now > timeout.saturating_add(5_000_000) {
                    match behavior {
                        1 => now.saturating_add(period),
                        2 => now.saturating_add(period) - (now - timeout) % period,
                        _ => timeout.saturating_add(period),
                    }
                } else {
                    timeout.saturating_add(period)
                };
                // Registered again at the next `tick()`'s poll.
                self.w.intervals[interval as usize].0 = next;
                self.w.intervals[interval as usize].3 = None;
                Ok(Poll::Ready(Value::Instant(timeout)))
            }
        }
    }

    /// `sleep(d).await`: the budget first, then the deadline.
    pub(super) fn poll_sleep(&mut self, deadline: u64, timer: &mut Option<u64>, span: Span) -> R<Poll> {
        let cur = self.w.current;
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        if self.w.now >= deadline {
            self.w.consume_budget();
            return Ok(Poll::Ready(Value::Unit));
        }
        if timer.is_none() {
            *timer = Some(self.w.add_timer(deadline, cur));
            self.w.emit(EventKind::SleepRegistered { task: cur, deadline, span });
        }
        Ok(Poll::Pending(WaitOn::Sleep { until: deadline }))
    }
}

/// `Elapsed(())`: Tokio's, and tokio-stream's (whose `Debug` and
/// `Display` are the same).
pub(super) fn elapsed() -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::ELAPSED, variant: 0, fields: vec![Value::Unit], drop: None }))
}
