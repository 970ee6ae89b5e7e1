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
        Native { path: "tokio::time::Instant::now", f: now },
        Native { path: "std::time::Instant::now", f: std_now },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, h, _, _| Err(format!("`{:?}` is not a time value", h.kind)),
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
    pub mod time {
        pub fn sleep(duration: Duration) -> Sleep;
        pub fn sleep_until(deadline: Instant) -> Sleep;
        #[derive(Debug)]
        pub struct Sleep;
        impl Sleep {
            pub fn deadline(&self) -> Instant;
            pub fn is_elapsed(&self) -> bool;
            pub fn reset(self: _, deadline: Instant);
        }
        impl Future for Sleep { type Output = (); }
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

fn ceil_ms(ns: u64) -> u64 {
    ns.div_ceil(1_000_000).saturating_mul(1_000_000)
}

fn sleep(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    needs_runtime(vm)?;
    if !vm.timers_enabled() {
        return panic("A Tokio 1.x context was found, but timers are disabled. Call `enable_time` on the runtime builder to enable timers.");
    }
    let Value::Duration(d) = arg(a) else { return panic("`sleep` needs a Duration") };
    let deadline = ceil_ms(vm.w.now.saturating_add(d));
    Ok(vm.future(FutureState::Sleep { deadline, registered: false }))
}

/// `tokio::time::Instant::now()`: virtual time.
fn now(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Instant(vm.w.now))
}

/// `std::time::Instant::now()` measures real time, and the simulated
/// program takes none: its `elapsed()` is zero.
fn std_now(_: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Instant(u64::MAX))
}

impl<'p> Vm<'p> {
    /// `sleep(d).await`: the budget first, then the deadline.
    pub(super) fn poll_sleep(&mut self, deadline: u64, registered: &mut bool, span: Span) -> R<Poll> {
        let cur = self.w.current;
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        if self.w.now >= deadline {
            self.w.consume_budget();
            return Ok(Poll::Ready(Value::Unit));
        }
        if !*registered {
            *registered = true;
            self.w.add_timer(deadline, cur);
            self.w.emit(EventKind::SleepRegistered { task: cur, deadline, span });
        }
        Ok(Poll::Pending(WaitOn::Sleep { until: deadline }))
    }
}
