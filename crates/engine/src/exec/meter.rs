//! The memory and time budgets.
//!
//! Memory is the bytes of live values: every task's stack (its `join!`
//! branches and pending futures included), the channels' buffers, the
//! mutexes' data, and the text the trace holds (what was printed, the
//! values' descriptions). The trace's events are not values: `max_events`
//! bounds them. Counting it exactly at
//! every allocation would slow every operation, so the operations that can
//! grow a value (formatting, concatenation, pushing, collecting, cloning,
//! sending) add what they allocate to a meter, and when that reaches an
//! eighth of the budget, the live values are walked and measured (shared
//! values once). A walk also runs every few million steps, for growth no
//! operation reported. Past the budget, the run stops and says what grew
//! and where.

use super::*;

/// Steps between two checks of the wall clock and the periodic walk.
pub(super) const CHECK_EVERY: u64 = 1 << 16;
/// Checks between two periodic walks.
const WALK_EVERY_CHECKS: u32 = 64;

#[cfg(test)]
mod tests {
    #[test]
    fn mib_rounds_up_to_a_tenth() {
        assert_eq!(super::Mib(0).to_string(), "0.0");
        assert_eq!(super::Mib(1 << 20).to_string(), "1.0");
        assert_eq!(super::Mib((1 << 20) + 1).to_string(), "1.1");
        assert_eq!(super::Mib(256 << 20).to_string(), "256.0");
        assert_eq!(super::Mib(3 << 19).to_string(), "1.5");
    }

    #[test]
    fn seen_is_a_set_of_addresses() {
        let mut seen = super::Seen::new();
        let addrs: Vec<usize> = (1..5000usize).map(|i| i.wrapping_mul(0x9e37) & 0xffff_fff8 | 8).collect();
        let mut want = std::collections::HashSet::new();
        for &a in addrs.iter().chain(&addrs) {
            assert_eq!(seen.insert(a), want.insert(a), "{a}");
        }
        assert_eq!(seen.len, want.len());
    }
}

/// The allocations a walk counted already, by address: a set with open
/// addressing (linear probing over a power-of-two table, 0 for an empty
/// slot: no allocation is at address 0). Less wasm than a `HashSet` with
/// its SipHash.
struct Seen {
    slots: Vec<usize>,
    len: usize,
}

impl Seen {
    fn new() -> Seen {
        Seen { slots: vec![0; 64], len: 0 }
    }

    /// Adds `addr`: whether it was not there yet.
    fn insert(&mut self, addr: usize) -> bool {
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            let grown = vec![0; self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, grown);
            for a in old.into_iter().filter(|&a| a != 0) {
                let i = self.slot_of(a);
                self.slots[i] = a;
            }
        }
        let i = self.slot_of(addr);
        if self.slots[i] == addr {
            return false;
        }
        self.slots[i] = addr;
        self.len += 1;
        true
    }

    /// Where `addr` is, or the empty slot where it goes.
    fn slot_of(&self, addr: usize) -> usize {
        let mask = self.slots.len() - 1;
        let h = (addr as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut i = (h ^ (h >> 32)) as usize & mask;
        while self.slots[i] != 0 && self.slots[i] != addr {
            i = (i + 1) & mask;
        }
        i
    }
}

#[derive(Default)]
pub(super) struct Meter {
    /// Bytes the operations reported since the last walk.
    since_walk: usize,
    /// The meter is full: walk at the next step.
    walk_due: bool,
    checks: u32,
    /// When the run started, by the host's clock.
    started: Option<f64>,
}

/// The biggest single value a walk saw: its size and its type.
struct Biggest {
    bytes: usize,
    what: String,
}

impl<'p> Vm<'p> {
    /// An operation allocated about `bytes`: walk when the meter is full.
    /// An operation allocated about `bytes`: when the meter is full, the
    /// next step walks the live values (`run_co` has the running task's
    /// stack, which is not in `self.tasks` while it runs). A single value
    /// bigger than the whole budget stops the run at once.
    #[inline]
    pub(super) fn charge(&mut self, bytes: usize) -> R<()> {
        self.meter.since_walk = self.meter.since_walk.saturating_add(bytes);
        if bytes > self.config.max_memory_bytes || self.meter.since_walk > (self.config.max_memory_bytes / 8).max(1 << 20) {
            return self.meter_full(bytes);
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn meter_full(&mut self, bytes: usize) -> R<()> {
        if bytes > self.config.max_memory_bytes {
            return Err(self.memory_stop(bytes, Some(Biggest { bytes, what: "the value this line builds".to_string() })));
        }
        self.meter.walk_due = true;
        self.next_check = self.steps;
        Ok(())
    }

    /// Every `CHECK_EVERY` steps, and when a walk is due: the wall clock,
    /// and the live values now and then. `current` is the running task.
    #[cold]
    #[inline(never)]
    pub(super) fn periodic_check(&mut self, current: &Co) -> R<()> {
        if let (Some(clock), Some(started)) = (self.config.clock, self.meter.started)
            && clock() - started > self.config.max_wall_ms
        {
            return Err(self.budget_stop(Budget::WallTime));
        }
        if std::mem::take(&mut self.meter.walk_due) {
            return self.walk(current);
        }
        self.meter.checks += 1;
        if self.meter.checks.is_multiple_of(WALK_EVERY_CHECKS) {
            return self.walk(current);
        }
        Ok(())
    }

    /// Starts the wall clock.
    pub(super) fn start_clock(&mut self) {
        self.meter.started = self.config.clock.map(|c| c());
    }

    /// Measures the live values; stops the run past the budget.
    fn walk(&mut self, current: &Co) -> R<()> {
        self.meter.since_walk = 0;
        let (live, biggest) = self.live_bytes(current);
        if live <= self.config.max_memory_bytes {
            return Ok(());
        }
        Err(self.memory_stop(live, biggest))
    }

    fn memory_stop(&mut self, live: usize, biggest: Option<Biggest>) -> Fail {
        let mut message =
            format!("memory budget exceeded: the program's values took {} MiB, more than the {} MiB allowed", Mib(live), self.config.max_memory_bytes >> 20);
        if let Some(b) = biggest {
            message.push_str(&format!("; the largest is {} ({} MiB)", b.what, Mib(b.bytes)));
        }
        message.push_str(&self.at_line());
        self.stop_with(Outcome::BudgetExceeded { budget: Budget::Memory, message });
        Fail::Stop
    }

    /// The bytes of every live value, and the biggest one.
    fn live_bytes(&self, current: &Co) -> (usize, Option<Biggest>) {
        let mut seen = Seen::new();
        let mut total = self.w.trace.text_len();
        let mut biggest: Option<Biggest> = None;
        let mut measure = |v: &Value, seen: &mut Seen, total: &mut usize| {
            let n = value_bytes(v, seen);
            *total += n;
            if biggest.as_ref().is_none_or(|b| n > b.bytes) {
                biggest = Some(Biggest { bytes: n, what: describe(v, &self.ctx()) });
            }
        };
        let children = self.children.iter().flatten().map(|(_, co)| co);
        for co in self.tasks.iter().flatten().chain(children).chain(std::iter::once(current)) {
            for b in co.branches() {
                total += b.stack.capacity() * std::mem::size_of::<Value>();
                for v in b.own_values() {
                    measure(v, &mut seen, &mut total);
                }
            }
        }
        for c in &self.w.chans {
            total += c.buf.capacity() * std::mem::size_of::<(u32, Value)>();
            for (_, v) in &c.buf {
                measure(v, &mut seen, &mut total);
            }
        }
        for m in &self.w.mutexes {
            measure(&m.data, &mut seen, &mut total);
        }
        for w in &self.w.watches {
            measure(&w.value, &mut seen, &mut total);
        }
        (total, biggest)
    }
}

/// Bytes in MiB with one decimal, rounded up (never "256.0 MiB, more than
/// 256 MiB"), without float formatting (core's costs the page ~20 KB).
struct Mib(usize);

impl std::fmt::Display for Mib {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 as u128 * 10).div_ceil(1 << 20);
        write!(f, "{}.{}", tenths / 10, tenths % 10)
    }
}

/// About what `v` took to build, in O(1): for the meter.
pub(super) fn rough_bytes(v: &Value) -> usize {
    let slot = std::mem::size_of::<Value>();
    slot + match v {
        Value::String(s) => s.capacity(),
        Value::Str(s) => s.len(),
        Value::Vec(xs) | Value::Tuple(xs) | Value::Set(xs) => xs.len() * slot,
        Value::Map(kv) => kv.len() * 2 * slot,
        Value::Struct(a) | Value::Enum(a) => a.fields.len() * slot,
        _ => 0,
    }
}

/// "a String", "a Vec<..> of 1200000 elements": the biggest value, named.
fn describe(v: &Value, ctx: &dyn vfmt::FmtCtx) -> String {
    match v {
        Value::String(s) => format!("a String of {} bytes", s.len()),
        Value::Str(s) => format!("a &str of {} bytes", s.len()),
        Value::Vec(xs) => format!("a Vec of {} elements", xs.len()),
        Value::Map(xs) => format!("a map of {} entries", xs.len()),
        Value::Set(xs) => format!("a set of {} elements", xs.len()),
        other => format!("a value of type `{}`", vfmt::type_name(other, ctx)),
    }
}

/// The heap bytes behind `v` (its own 24 bytes are its container's), each
/// shared allocation counted once.
fn value_bytes(v: &Value, seen: &mut Seen) -> usize {
    let slot = std::mem::size_of::<Value>();
    // An `Rc` box (counts and contents) and the allocator's own bytes, per
    // allocation.
    const RC: usize = 16;
    const ALLOC: usize = 16;
    let mut total = 0;
    let mut work = vec![v];
    // A new allocation: count it; false when it was counted already.
    let first = |p: *const u8, seen: &mut Seen| seen.insert(p as usize);
    while let Some(v) = work.pop() {
        match v {
            Value::Str(s) => {
                if first(s.as_ptr(), seen) {
                    total += s.len() + RC + ALLOC;
                }
            }
            Value::String(s) => {
                if first(Rc::as_ptr(s) as *const u8, seen) {
                    total += s.capacity() + RC + 24 + 2 * ALLOC;
                }
            }
            Value::Wide(w) => {
                if first(Rc::as_ptr(w) as *const u8, seen) {
                    total += 16;
                }
            }
            Value::Tuple(xs) | Value::Vec(xs) | Value::Set(xs) => {
                if first(Rc::as_ptr(xs) as *const u8, seen) {
                    total += xs.capacity() * slot + RC + 24 + 2 * ALLOC;
                    work.extend(xs.iter());
                }
            }
            Value::Map(kv) => {
                if first(Rc::as_ptr(kv) as *const u8, seen) {
                    total += kv.capacity() * 2 * slot + RC + 24 + 2 * ALLOC;
                    for (k, x) in kv.iter() {
                        work.push(k);
                        work.push(x);
                    }
                }
            }
            Value::Struct(a) | Value::Enum(a) => {
                if first(Rc::as_ptr(a) as *const u8, seen) {
                    total += a.fields.capacity() * slot + RC + 32 + 2 * ALLOC;
                    work.extend(a.fields.iter());
                }
            }
            Value::Arc(x) => {
                if first(Rc::as_ptr(x) as *const u8, seen) {
                    total += slot;
                    work.push(x);
                }
            }
            // What it points at is counted through the strong `Arc`s.
            Value::Weak(_) => {}
            Value::Lent(cell, _) => {
                if first(Rc::as_ptr(cell) as *const u8, seen) {
                    total += slot + RC + ALLOC;
                    if let Ok(x) = cell.try_borrow() {
                        total += value_bytes(&x, seen);
                    }
                }
            }
            Value::Future(f) => {
                if first(Rc::as_ptr(f) as *const u8, seen) {
                    total += std::mem::size_of::<Option<FutureState>>();
                    if let Ok(st) = f.try_borrow() {
                        match &*st {
                            Some(FutureState::Call { args, .. }) => total += args.iter().map(|a| slot + value_bytes(a, seen)).sum::<usize>(),
                            Some(FutureState::Send { value: Some(x), .. }) | Some(FutureState::Ready(Some(x))) => total += value_bytes(x, seen),
                            _ => {}
                        }
                    }
                }
            }
            Value::Iter(it) => {
                if first(Rc::as_ptr(it) as *const u8, seen) {
                    total += 64;
                    if let Ok(st) = it.try_borrow()
                        && let IterState::Items { items, .. } = &*st
                        && first(Rc::as_ptr(items) as *const u8, seen)
                    {
                        total += items.capacity() * slot;
                        total += items.iter().map(|x| value_bytes(x, seen)).sum::<usize>();
                    }
                }
            }
            Value::Handle(_) => total += 32,
            Value::Func(c) => {
                if first(Rc::as_ptr(c) as *const u8, seen) {
                    total += 32 + c.captures.capacity() * slot;
                    work.extend(c.captures.iter());
                }
            }
            Value::Unit
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::F32(_)
            | Value::Char(_)
            | Value::Duration(_)
            | Value::Instant(_)
            | Value::Range(..)
            | Value::Moved(_)
            | Value::Uninit => {}
        }
    }
    total
}
