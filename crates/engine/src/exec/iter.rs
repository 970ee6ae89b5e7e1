//! Iterators and the std methods that take closures.
//!
//! Adapters are lazy, as std's are: `map`, `filter`, `take`... build an
//! [`IterState`] around their source, and an item is computed only when a
//! consumer (a `for` loop, `next`, `collect`, `any`...) asks for it. So a
//! closure with a side effect runs exactly when, and as often as, Rust's
//! would: `v.iter().map(|x| { println!(..); x }).take(2)` prints twice.
//! Closures run to completion on a coroutine of their own
//! (`Vm::call_closure`): a closure that is not async never suspends.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use super::{Fail, R, Vm, panic};
use crate::exec::{cmp_values, values_eq_static};
use crate::run::Budget;
use crate::span::Span;
use crate::value::{IterState, Value, builtin};
use crate::vm::{Collect, CollectInto, CollectWrap, MethodName as M, StdTy};

pub(super) fn truthy(v: &Value) -> bool {
    matches!(v, Value::Bool(true))
}

/// `Some(x)` → `Some(x)`, `None` → `None`, anything else → not an option.
pub(super) fn option(v: &Value) -> Option<Option<Value>> {
    match v {
        Value::Enum(a) if a.def == builtin::OPTION => Some((a.variant == builtin::SOME).then(|| a.fields.first().cloned().unwrap_or(Value::Unit))),
        _ => None,
    }
}

/// `Ok(x)` → `Ok(x)`, `Err(e)` → `Err(e)`, anything else → not a result.
pub(in crate::exec) fn result(v: &Value) -> Option<Result<Value, Value>> {
    match v {
        Value::Enum(a) if a.def == builtin::RESULT => {
            let x = a.fields.first().cloned().unwrap_or(Value::Unit);
            Some(if a.variant == builtin::OK { Ok(x) } else { Err(x) })
        }
        _ => None,
    }
}

/// An `Ordering` value as Rust's (`Equal` for anything else).
fn ordering(v: &Value) -> Ordering {
    ordering_of(v).unwrap_or(Ordering::Equal)
}

/// An `Ordering` value as Rust's; `None` when `v` is not one.
pub(super) fn ordering_of(v: &Value) -> Option<Ordering> {
    match v {
        Value::Enum(a) if a.def == builtin::ORDERING => Some(match a.variant {
            0 => Ordering::Less,
            1 => Ordering::Equal,
            _ => Ordering::Greater,
        }),
        _ => None,
    }
}

impl Vm<'_> {
    /// One step of work that no closure counts (skipping, zipping).
    fn tick(&mut self) -> R<()> {
        self.steps += 1;
        if self.steps > self.config.max_steps {
            return Err(self.budget_stop(Budget::Steps));
        }
        Ok(())
    }

    /// The next item of an iterator value (`None` when it is exhausted).
    /// The state is taken out of its cell while it runs, so a closure it
    /// calls never finds the cell borrowed.
    pub(super) fn next_of(&mut self, it: &Rc<RefCell<IterState>>, span: Span) -> R<Option<Value>> {
        let empty = IterState::Range { cur: 0, end: 0, rev: false };
        let Ok(mut cell) = it.try_borrow_mut() else { return panic("internal error: an iterator advanced inside itself") };
        let mut st = std::mem::replace(&mut *cell, empty);
        drop(cell);
        let r = self.iter_next(&mut st, span);
        if let Ok(mut cell) = it.try_borrow_mut() {
            *cell = st;
        }
        r
    }

    /// The next item of `st`.
    pub(super) fn iter_next(&mut self, st: &mut IterState, span: Span) -> R<Option<Value>> {
        match st {
            IterState::Range { .. } | IterState::Chars { .. } | IterState::Items { .. } => Ok(st.next_item()),
            IterState::ChanTry { chan } => Ok(self.take_buffered(crate::trace::ChanId(*chan), span)),
            IterState::ChanIter { chan } => {
                let chan = crate::trace::ChanId(*chan);
                if let Some(v) = self.take_buffered(chan, span) {
                    return Ok(Some(v));
                }
                if self.w.chans.get(chan.index()).is_none_or(|c| c.senders == 0) {
                    return Ok(None);
                }
                self.unsupported_stop(
                    span,
                    "`rx.iter()` with an adapter, waiting for a message a sender has not sent yet, is not supported yet; a `for` loop over `rx.iter()` waits"
                        .into(),
                )?;
                Ok(None)
            }
            IterState::Enumerate { inner, count } => {
                let Some(v) = self.iter_next(inner, span)? else { return Ok(None) };
                let i = *count;
                *count += 1;
                Ok(Some(Value::Tuple(Rc::new(vec![Value::Int(i), v]))))
            }
            IterState::Peekable { inner, peeked } => match peeked.take() {
                Some(v) => Ok(v),
                None => self.iter_next(inner, span),
            },
            IterState::Map { inner, f } => {
                let Some(x) = self.iter_next(inner, span)? else { return Ok(None) };
                // `()`: `cloned()` where a hand-written `Clone` may run.
                if matches!(f, Value::Unit) {
                    return Ok(Some(self.clone_value(&x)?));
                }
                let f = f.clone();
                Ok(Some(self.call_closure(f, vec![x], span)?))
            }
            IterState::Filter { inner, f } => loop {
                let Some(x) = self.iter_next(inner, span)? else { return Ok(None) };
                if truthy(&self.call_closure(f.clone(), vec![x.clone()], span)?) {
                    return Ok(Some(x));
                }
            },
            IterState::FilterMap { inner, f } => loop {
                let Some(x) = self.iter_next(inner, span)? else { return Ok(None) };
                let y = self.call_closure(f.clone(), vec![x], span)?;
                if let Some(Some(y)) = option(&y) {
                    return Ok(Some(y));
                }
            },
            IterState::Inspect { inner, f } => {
                let Some(x) = self.iter_next(inner, span)? else { return Ok(None) };
                self.call_closure(f.clone(), vec![x.clone()], span)?;
                Ok(Some(x))
            }
            IterState::TakeWhile { inner, f, done } => {
                if *done {
                    return Ok(None);
                }
                let Some(x) = self.iter_next(inner, span)? else { return Ok(None) };
                if truthy(&self.call_closure(f.clone(), vec![x.clone()], span)?) {
                    Ok(Some(x))
                } else {
                    *done = true;
                    Ok(None)
                }
            }
            IterState::SkipWhile { inner, f, skipping } => loop {
                let Some(x) = self.iter_next(inner, span)? else { return Ok(None) };
                if !*skipping || !truthy(&self.call_closure(f.clone(), vec![x.clone()], span)?) {
                    *skipping = false;
                    return Ok(Some(x));
                }
            },
            IterState::FlatMap { inner, f, cur } => loop {
                if let Some(c) = cur {
                    if let Some(x) = self.iter_next(c, span)? {
                        return Ok(Some(x));
                    }
                    *cur = None;
                }
                let Some(x) = self.iter_next(inner, span)? else { return Ok(None) };
                let x = match f {
                    Some(f) => {
                        let f = f.clone();
                        self.call_closure(f, vec![x], span)?
                    }
                    None => x,
                };
                let it = self.make_iter(x)?;
                let Value::Iter(it) = it else { return Ok(None) };
                let st = it.borrow().clone();
                *cur = Some(Box::new(st));
            },
            IterState::Take { inner, n } => {
                if *n == 0 {
                    return Ok(None);
                }
                *n -= 1;
                self.iter_next(inner, span)
            }
            IterState::Skip { inner, n } => {
                while *n > 0 {
                    *n -= 1;
                    self.tick()?;
                    if self.iter_next(inner, span)?.is_none() {
                        return Ok(None);
                    }
                }
                self.iter_next(inner, span)
            }
            IterState::StepBy { inner, step, first } => {
                if !*first {
                    for _ in 1..*step {
                        self.tick()?;
                        if self.iter_next(inner, span)?.is_none() {
                            return Ok(None);
                        }
                    }
                }
                *first = false;
                self.iter_next(inner, span)
            }
            IterState::Chain { a, b } => match self.iter_next(a, span)? {
                Some(x) => Ok(Some(x)),
                None => {
                    // std's `Chain` drops its first half once it ends: its
                    // `next` is not called again.
                    **a = IterState::Range { cur: 0, end: 0, rev: false };
                    self.iter_next(b, span)
                }
            },
            IterState::Scan { inner, state, f } => {
                let Some(x) = self.iter_next(inner, span)? else { return Ok(None) };
                let st = std::mem::replace(state, Value::Unit);
                // The closure hands its `&mut` state back: `(result, state)`.
                match self.call_closure(f.clone(), vec![st, x], span)? {
                    Value::Tuple(t) if t.len() == 2 => {
                        *state = t[1].clone();
                        Ok(option(&t[0]).flatten())
                    }
                    _ => {
                        self.unsupported_stop(span, "`scan` with a closure that is not written at the call is not supported yet".into())?;
                        Ok(None)
                    }
                }
            }
            IterState::Cycle { orig, cur } => match self.iter_next(cur, span)? {
                Some(x) => Ok(Some(x)),
                None => {
                    self.tick()?;
                    **cur = (**orig).clone();
                    self.iter_next(cur, span)
                }
            },
            IterState::Zip { a, b } => {
                let Some(x) = self.iter_next(a, span)? else { return Ok(None) };
                let Some(y) = self.iter_next(b, span)? else { return Ok(None) };
                Ok(Some(Value::Tuple(Rc::new(vec![x, y]))))
            }
            IterState::Shared(it) => {
                let it = it.clone();
                self.next_of(&it, span)
            }
            IterState::RepeatWith { f } => {
                let f = f.clone();
                Ok(Some(self.call_closure(f, vec![], span)?))
            }
            IterState::FromFn { f } => {
                let f = f.clone();
                let r = self.call_closure(f, vec![], span)?;
                Ok(option(&r).flatten())
            }
            IterState::Successors { next, f } => {
                let Some(x) = next.take() else { return Ok(None) };
                let f = f.clone();
                let after = self.call_closure(f, vec![x.clone()], span)?;
                *next = option(&after).flatten();
                Ok(Some(x))
            }
            IterState::User { value, next } => {
                // `next(&mut self)` hands `self` back with its result.
                let this = std::mem::replace(value, Value::Unit);
                let r = self.call_sync(*next, vec![this])?;
                let Value::Tuple(t) = r else { return panic("internal error: a user `next` returned no `self`") };
                let (Some(item), Some(this)) = (t.first(), t.get(1)) else { return panic("internal error: a user `next` returned no `self`") };
                *value = this.clone();
                Ok(option(item).flatten())
            }
        }
    }

    /// Every item of an iterator (or of a collection), in order.
    pub(super) fn drain_all(&mut self, v: Value, span: Span) -> R<Vec<Value>> {
        let it = self.make_iter(v)?;
        let Value::Iter(it) = it else { return Ok(vec![]) };
        let mut out = Vec::new();
        while let Some(x) = self.next_of(&it, span)? {
            out.push(x);
            self.tick()?;
            if out.len() > self.config.max_collection_len {
                return Err(self.budget_stop(Budget::CollectionLen));
            }
        }
        Ok(out)
    }

    /// `collect()` into a `String`, a map, a set or a `Vec`, maybe inside a
    /// `Result` or `Option`: the first `Err` or `None` is the result, and
    /// the items after it are never pulled (as std's `collect` does).
    pub(super) fn collect_into(&mut self, v: Value, c: Collect, span: Span) -> R<Value> {
        let it = self.make_iter(v)?;
        let Value::Iter(it) = it else { return panic("internal error: not an iterator") };
        // A `JoinSet` spawns each future as it comes, as its `FromIterator`
        // does: a new set's `extend`.
        if c.into == CollectInto::JoinSet {
            let (Some((pn, inew)), Some((pe, iextend))) =
                (crate::exec::prim::lookup("tokio::task::JoinSet::new"), crate::exec::prim::lookup("tokio::task::JoinSet::extend"))
            else {
                return panic("internal error: no JoinSet natives");
            };
            let set = self.call_native(pn, inew, &mut std::iter::empty(), span)?;
            self.call_native(pe, iextend, &mut [set.clone(), Value::Iter(it)].into_iter(), span)?;
            return Ok(set);
        }
        let mut items = Vec::new();
        while let Some(x) = self.next_of(&it, span)? {
            let x = match c.wrap {
                CollectWrap::Plain => x,
                CollectWrap::Result | CollectWrap::Option => match x {
                    Value::Enum(e) if e.def == builtin::RESULT && e.variant == builtin::ERR => return Ok(Value::Enum(e)),
                    Value::Enum(e) if e.def == builtin::OPTION && e.variant == builtin::NONE => return Ok(Value::Enum(e)),
                    Value::Enum(e) => e.fields.first().cloned().unwrap_or(Value::Unit),
                    x => x,
                },
            };
            items.push(x);
            self.tick()?;
            if items.len() > self.config.max_collection_len {
                return Err(self.budget_stop(Budget::CollectionLen));
            }
        }
        if matches!(c.into, CollectInto::Map | CollectInto::Set) && items.iter().any(|x| self.user_keyed(x)) {
            return self.user_keyed_stop(span);
        }
        let out = match c.into {
            CollectInto::Vec | CollectInto::JoinSet => Value::Vec(Rc::new(items)),
            CollectInto::Heap => {
                let mut items = items;
                self.heap_rebuild(&mut items)?;
                super::prim::heap_value(items)
            }
            CollectInto::String => {
                let mut s = String::new();
                for x in &items {
                    match x {
                        Value::Char(ch) => s.push(*ch),
                        Value::Str(t) => s.push_str(t),
                        Value::String(t) => s.push_str(t),
                        _ => {}
                    }
                }
                Value::String(Rc::new(s))
            }
            // Sorted by key, as the VM keeps maps and sets; a later equal
            // key replaces the value (not the key), as `insert` does.
            CollectInto::Map => {
                let mut m: Vec<(Value, Value)> = Vec::with_capacity(items.len());
                for x in items {
                    let (k, v) = match x {
                        Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
                        _ => return panic("internal error: collecting a map from items that are not pairs"),
                    };
                    match m.iter().position(|(y, _)| values_eq_static(y, &k)) {
                        Some(p) => m[p].1 = v,
                        None => {
                            let pos = m.partition_point(|(y, _)| cmp_values(y, &k).map(|o| o.is_lt()).unwrap_or(true));
                            m.insert(pos, (k, v));
                        }
                    }
                }
                Value::Map(Rc::new(m))
            }
            CollectInto::Set => {
                let mut m: Vec<Value> = Vec::with_capacity(items.len());
                for k in items {
                    if !m.iter().any(|y| values_eq_static(y, &k)) {
                        let pos = m.partition_point(|y| cmp_values(y, &k).map(|o| o.is_lt()).unwrap_or(true));
                        m.insert(pos, k);
                    }
                }
                Value::Set(Rc::new(m))
            }
        };
        Ok(match c.wrap {
            CollectWrap::Plain => out,
            CollectWrap::Result => Value::ok(out),
            CollectWrap::Option => Value::some(out),
        })
    }

    /// `it.peek()`: the next item, pulled ahead and kept for the next
    /// `next` (an iterator that is not `Peekable` yet becomes one).
    pub(super) fn peek(&mut self, it: &Rc<RefCell<IterState>>, span: Span) -> R<Value> {
        let empty = IterState::Range { cur: 0, end: 0, rev: false };
        let Ok(mut cell) = it.try_borrow_mut() else { return panic("internal error: an iterator advanced inside itself") };
        let st = std::mem::replace(&mut *cell, empty);
        drop(cell);
        let (inner, peeked) = match st {
            IterState::Peekable { inner, peeked } => (inner, peeked),
            other => (Box::new(other), None),
        };
        let mut st = IterState::Peekable { inner, peeked };
        let r = match &mut st {
            IterState::Peekable { inner, peeked } => {
                if peeked.is_none() {
                    match self.iter_next(inner, span) {
                        Ok(v) => *peeked = Some(v),
                        Err(e) => {
                            *it.borrow_mut() = st;
                            return Err(e);
                        }
                    }
                }
                Value::opt(peeked.clone().flatten())
            }
            _ => Value::none(),
        };
        *it.borrow_mut() = st;
        Ok(r)
    }

    /// The state of a fresh iterator over `v` (which it consumes).
    fn state_of(&mut self, v: Value) -> R<IterState> {
        let it = self.make_iter(v)?;
        let Value::Iter(it) = it else { return panic("internal error: not an iterator") };
        Ok(match Rc::try_unwrap(it) {
            Ok(cell) => cell.into_inner(),
            Err(shared) => shared.borrow().clone(),
        })
    }

    pub(super) fn wrap(st: IterState) -> Value {
        Value::Iter(Rc::new(RefCell::new(st)))
    }

    /// An iterator adapter that needs no closure, lazily: `take`, `skip`,
    /// `step_by`, `chain`, `zip`, `nth`, `flatten`, `rev`.
    pub(super) fn lazy_adapter(&mut self, recv: Value, mn: M, arg: &mut dyn FnMut() -> Value, span: Span) -> R<Value> {
        let inner = Box::new(self.state_of(recv)?);
        Ok(Self::wrap(match mn {
            M::Take | M::Skip | M::StepBy => {
                let n = arg().as_int().unwrap_or(0).max(0) as usize;
                match mn {
                    M::Take => IterState::Take { inner, n },
                    M::Skip => IterState::Skip { inner, n },
                    _ => {
                        if n == 0 {
                            return panic("assertion failed: step != 0");
                        }
                        IterState::StepBy { inner, step: n, first: true }
                    }
                }
            }
            M::Nth => {
                let n = arg().as_int().unwrap_or(0).max(0) as usize;
                let mut st = IterState::Skip { inner, n };
                return Ok(Value::opt(self.iter_next(&mut st, span)?));
            }
            M::Chain | M::Zip => {
                let other = Box::new(self.state_of(arg())?);
                if mn == M::Chain { IterState::Chain { a: inner, b: other } } else { IterState::Zip { a: inner, b: other } }
            }
            M::Flatten => IterState::FlatMap { inner, f: None, cur: None },
            M::Peekable => IterState::Peekable { inner, peeked: None },
            M::Cycle => IterState::Cycle { orig: inner.clone(), cur: inner },
            _ => return self.reversed(*inner, span),
        }))
    }

    /// `rev()`: the closures of `map`, `filter`... then run from the back,
    /// as Rust's `DoubleEndedIterator` does.
    fn reversed(&mut self, st: IterState, span: Span) -> R<Value> {
        match self.flip(st, span)? {
            Some(st) => Ok(Self::wrap(st)),
            None => {
                self.unsupported_stop(span, "`rev()` of this iterator adapter is not supported yet".into())?;
                Err(Fail::Stop)
            }
        }
    }

    /// `st` run from the back: ranges and collections turn around, the
    /// closure adapters keep their closures over a reversed inner, and an
    /// adapter without closures (`zip`, `chain`, `enumerate`...) is
    /// drained, which nothing can observe. `None`: not supported.
    pub(super) fn flip(&mut self, mut st: IterState, span: Span) -> R<Option<IterState>> {
        match &mut st {
            IterState::Range { rev, .. } | IterState::Chars { rev, .. } | IterState::Items { rev, .. } => {
                *rev = !*rev;
                return Ok(Some(st));
            }
            IterState::Map { inner, .. } | IterState::Filter { inner, .. } | IterState::FilterMap { inner, .. } | IterState::Inspect { inner, .. } => {
                let Some(flipped) = self.flip(std::mem::replace(&mut **inner, IterState::exhausted()), span)? else { return Ok(None) };
                **inner = flipped;
                return Ok(Some(st));
            }
            _ => {}
        }
        if st.calls_closures() {
            return Ok(None);
        }
        let items = self.drain_all(Self::wrap(st), span)?;
        let n = items.len();
        Ok(Some(IterState::Items { items: Rc::new(items), front: 0, back: n, rev: true }))
    }

    /// A std method that takes a closure, on an iterator, an `Option`, a
    /// `Result` or a `bool`; `None` when `mn` is not one.
    pub(super) fn closure_method(&mut self, recv: &Value, mn: M, on: StdTy, arg: &mut dyn FnMut() -> Value, span: Span) -> R<Option<Value>> {
        let is_opt = on == StdTy::Option || (on == StdTy::Unknown && option(recv).is_some());
        let is_res = on == StdTy::Result || (on == StdTy::Unknown && result(recv).is_some());
        if is_opt && let Some(o) = option(recv) {
            return self.option_method(o, mn, arg, span);
        }
        if is_res && let Some(r) = result(recv) {
            return self.result_method(r, mn, arg, span);
        }
        // `std::cmp::Ordering`'s combinators.
        if let Value::Enum(o) = recv
            && o.def == builtin::ORDERING
        {
            const EQUAL: u32 = 1;
            let v = o.variant;
            let b = |x: bool| Some(Value::Bool(x));
            return Ok(match mn {
                M::Then if v == EQUAL => Some(arg()),
                M::Then => Some(recv.clone()),
                M::ThenWith if v == EQUAL => {
                    let f = arg();
                    Some(self.call_closure(f, vec![], span)?)
                }
                M::ThenWith => Some(recv.clone()),
                M::Reverse => Some(Value::adt_enum(builtin::ORDERING, 2 - v, Vec::new())),
                M::IsLt => b(v == 0),
                M::IsGt => b(v == 2),
                M::IsLe => b(v != 2),
                M::IsGe => b(v != 0),
                M::IsEq => b(v == EQUAL),
                M::IsNe => b(v != EQUAL),
                _ => None,
            });
        }
        if let (M::Then, Value::Bool(b)) = (mn, recv) {
            let f = arg();
            return Ok(Some(if *b { Value::some(self.call_closure(f, vec![], span)?) } else { Value::none() }));
        }
        let iterable = matches!(on, StdTy::Iter | StdTy::Range) || matches!(recv, Value::Iter(_) | Value::Range(..));
        if !iterable {
            return Ok(None);
        }
        // The lazy adapters: the receiver's state wrapped with the closure.
        type Make = fn(Box<IterState>, Value) -> IterState;
        let make: Option<Make> = match mn {
            M::Map => Some(|inner, f| IterState::Map { inner, f }),
            M::Filter => Some(|inner, f| IterState::Filter { inner, f }),
            M::FilterMap => Some(|inner, f| IterState::FilterMap { inner, f }),
            M::Inspect => Some(|inner, f| IterState::Inspect { inner, f }),
            M::TakeWhile => Some(|inner, f| IterState::TakeWhile { inner, f, done: false }),
            M::SkipWhile => Some(|inner, f| IterState::SkipWhile { inner, f, skipping: true }),
            M::FlatMap => Some(|inner, f| IterState::FlatMap { inner, f: Some(f), cur: None }),
            _ => None,
        };
        if mn == M::Scan {
            let st = Box::new(self.state_of(recv.clone())?);
            let state = arg();
            let f = arg();
            return Ok(Some(Self::wrap(IterState::Scan { inner: st, state, f })));
        }
        if let Some(make) = make {
            let st = Box::new(self.state_of(recv.clone())?);
            let f = arg();
            return Ok(Some(Self::wrap(make(st, f))));
        }
        // `cloned()` of items that may hold a value whose `Clone` is
        // written by hand, or that drops by a user `Drop`: each item cloned
        // as it is taken (a `Map` with no closure); else the items, which
        // are copies already.
        if mn == M::Cloned && self.clones_observable() {
            let st = Box::new(self.state_of(recv.clone())?);
            return Ok(Some(Self::wrap(IterState::Map { inner: st, f: Value::Unit })));
        }
        // `rposition(f)` of a slice's iterator: from the back, leaving the
        // items before the one found.
        if mn == M::Rposition {
            let it = match recv {
                Value::Iter(it) => it.clone(),
                other => match self.make_iter(other.clone())? {
                    Value::Iter(it) => it,
                    _ => return panic("internal error: not an iterator"),
                },
            };
            let f = arg();
            let (items, front, back) = match &*it.borrow() {
                IterState::Items { items, front, back, rev: false } => (items.clone(), *front, *back),
                _ => return Err(self.unsupported_stop(span, "`rposition` of this iterator is not supported yet".into()).err().unwrap_or(Fail::Stop)),
            };
            let mut j = back;
            while j > front {
                j -= 1;
                if let IterState::Items { back, .. } = &mut *it.borrow_mut() {
                    *back = j;
                }
                if truthy(&self.call_closure(f.clone(), vec![items[j].clone()], span)?) {
                    return Ok(Some(Value::some(Value::Int((j - front) as i64))));
                }
            }
            return Ok(Some(Value::none()));
        }
        if !matches!(
            mn,
            M::ForEach
                | M::Fold
                | M::Reduce
                | M::TryFold
                | M::TryForEach
                | M::Any
                | M::All
                | M::Find
                | M::FindMap
                | M::Position
                | M::MinByKey
                | M::MaxByKey
                | M::PositionMinByKey
                | M::PositionMaxByKey
                | M::MinBy
                | M::MaxBy
                | M::Partition
        ) {
            return Ok(None);
        }
        // The consumers: they advance the receiver (`any`, `find` and
        // `position` leave the rest of it for later).
        let it = match recv {
            Value::Iter(it) => it.clone(),
            other => match self.make_iter(other.clone())? {
                Value::Iter(it) => it,
                _ => return panic("internal error: not an iterator"),
            },
        };
        let init = if matches!(mn, M::Fold | M::TryFold) { Some(arg()) } else { None };
        let f = arg();
        // `try_fold`/`try_for_each`: `Option`s (else `Result`s).
        let of_options = matches!(mn, M::TryFold | M::TryForEach) && truthy(&arg());
        let mut acc = init.unwrap_or(Value::Unit);
        let mut best: Option<(Value, Value)> = None;
        let (mut yes, mut no) = (Vec::new(), Vec::new());
        let mut i = 0i64;
        while let Some(x) = self.next_of(&it, span)? {
            match mn {
                M::ForEach => {
                    self.call_closure(f.clone(), vec![x], span)?;
                }
                M::Fold => {
                    let a = std::mem::replace(&mut acc, Value::Unit);
                    acc = self.call_closure(f.clone(), vec![a, x], span)?;
                }
                // The first `None` or `Err` ends it, given back as it is.
                M::TryFold | M::TryForEach => {
                    let args = if mn == M::TryFold { vec![std::mem::replace(&mut acc, Value::Unit), x] } else { vec![x] };
                    let r = self.call_closure(f.clone(), args, span)?;
                    let go_on = if of_options { option(&r).flatten() } else { result(&r).and_then(Result::ok) };
                    match go_on {
                        Some(v) => acc = v,
                        None => return Ok(Some(r)),
                    }
                }
                // The first item starts the accumulator (kept in `best`).
                M::Reduce => {
                    best = Some(match best.take() {
                        None => (Value::Unit, x),
                        Some((_, a)) => (Value::Unit, self.call_closure(f.clone(), vec![a, x], span)?),
                    });
                }
                M::Any | M::All => {
                    let b = truthy(&self.call_closure(f.clone(), vec![x], span)?);
                    if b == (mn == M::Any) {
                        return Ok(Some(Value::Bool(b)));
                    }
                }
                M::Find => {
                    if truthy(&self.call_closure(f.clone(), vec![x.clone()], span)?) {
                        return Ok(Some(Value::some(x)));
                    }
                }
                M::FindMap => {
                    let y = self.call_closure(f.clone(), vec![x], span)?;
                    if let Some(Some(_)) = option(&y) {
                        return Ok(Some(y));
                    }
                }
                M::Position => {
                    if truthy(&self.call_closure(f.clone(), vec![x], span)?) {
                        return Ok(Some(Value::some(Value::Int(i))));
                    }
                }
                M::MinBy | M::MaxBy => {
                    // std's `reduce` with `cmp::min_by`/`max_by`: the
                    // comparison is of the best so far with the next; ties
                    // keep the first for `min_by`, the last for `max_by`.
                    best = Some(match best.take() {
                        None => (Value::Unit, x),
                        Some((_, b)) => {
                            let o = self.call_closure(f.clone(), vec![b.clone(), x.clone()], span)?;
                            let greater = matches!(&o, Value::Enum(a) if a.def == builtin::ORDERING && a.variant == 2);
                            let keep_best = if mn == M::MinBy { !greater } else { greater };
                            (Value::Unit, if keep_best { b } else { x })
                        }
                    });
                }
                M::Partition => {
                    if truthy(&self.call_closure(f.clone(), vec![x.clone()], span)?) {
                        yes.push(x);
                    } else {
                        no.push(x);
                    }
                }
                _ => {
                    // `min_by_key` keeps the first least, `max_by_key` the
                    // last greatest (their `Position` forms keep its index).
                    let k = self.call_closure(f.clone(), vec![x.clone()], span)?;
                    let min = matches!(mn, M::MinByKey | M::PositionMinByKey);
                    let better = match &best {
                        None => true,
                        Some((bk, _)) => {
                            let o = self.total_order(&k, bk)?;
                            if min { o.is_lt() } else { o.is_ge() }
                        }
                    };
                    if better {
                        best = Some((k, if matches!(mn, M::PositionMinByKey | M::PositionMaxByKey) { Value::Int(i) } else { x }));
                    }
                }
            }
            i += 1;
            self.tick()?;
        }
        Ok(Some(match mn {
            M::ForEach => Value::Unit,
            M::Fold => acc,
            M::TryFold | M::TryForEach => {
                let done = if mn == M::TryFold { acc } else { Value::Unit };
                if of_options { Value::some(done) } else { Value::ok(done) }
            }
            M::Any => Value::Bool(false),
            M::All => Value::Bool(true),
            M::Find | M::FindMap | M::Position => Value::none(),
            M::Partition => Value::Tuple(Rc::new(vec![Value::Vec(Rc::new(yes)), Value::Vec(Rc::new(no))])),
            _ => Value::opt(best.map(|(_, x)| x)),
        }))
    }

    fn option_method(&mut self, o: Option<Value>, mn: M, arg: &mut dyn FnMut() -> Value, span: Span) -> R<Option<Value>> {
        Ok(Some(match (mn, o) {
            (M::Map, Some(x)) => Value::some(self.call_closure(arg(), vec![x], span)?),
            (M::Map | M::AndThen | M::Filter, None) => Value::none(),
            (M::AndThen, Some(x)) => self.call_closure(arg(), vec![x], span)?,
            (M::Filter, Some(x)) => {
                if truthy(&self.call_closure(arg(), vec![x.clone()], span)?) {
                    Value::some(x)
                } else {
                    Value::none()
                }
            }
            (M::OrElse, None) => self.call_closure(arg(), vec![], span)?,
            (M::OrElse, Some(x)) => Value::some(x),
            (M::OkOrElse | M::OkOr, Some(x)) => Value::ok(x),
            (M::OkOr, None) => Value::err(arg()),
            (M::OkOrElse, None) => Value::err(self.call_closure(arg(), vec![], span)?),
            (M::UnwrapOrElse, Some(x)) => x,
            (M::UnwrapOrElse, None) => self.call_closure(arg(), vec![], span)?,
            (M::MapOr | M::MapOrElse, Some(x)) => {
                let _default = arg();
                self.call_closure(arg(), vec![x], span)?
            }
            (M::MapOr, None) => arg(),
            (M::MapOrElse, None) => self.call_closure(arg(), vec![], span)?,
            (M::IsSomeAnd, Some(x)) => self.call_closure(arg(), vec![x], span)?,
            (M::IsSomeAnd, None) => Value::Bool(false),
            (M::IsNoneOr, Some(x)) => self.call_closure(arg(), vec![x], span)?,
            (M::IsNoneOr, None) => Value::Bool(true),
            // `Option<Option<T>>::flatten`: the inner option.
            (M::Flatten, Some(x)) => x,
            (M::Flatten, None) => Value::none(),
            _ => return Ok(None),
        }))
    }

    fn result_method(&mut self, r: Result<Value, Value>, mn: M, arg: &mut dyn FnMut() -> Value, span: Span) -> R<Option<Value>> {
        Ok(Some(match (mn, r) {
            (M::Map, Ok(x)) => Value::ok(self.call_closure(arg(), vec![x], span)?),
            (M::Map | M::AndThen, Err(e)) => Value::err(e),
            (M::MapErr, Err(e)) => Value::err(self.call_closure(arg(), vec![e], span)?),
            (M::MapErr | M::OrElse, Ok(x)) => Value::ok(x),
            (M::AndThen, Ok(x)) => self.call_closure(arg(), vec![x], span)?,
            (M::OrElse, Err(e)) => self.call_closure(arg(), vec![e], span)?,
            (M::UnwrapOrElse, Ok(x)) => x,
            (M::UnwrapOrElse, Err(e)) => self.call_closure(arg(), vec![e], span)?,
            (M::MapOr | M::MapOrElse, Ok(x)) => {
                let _default = arg();
                self.call_closure(arg(), vec![x], span)?
            }
            (M::MapOr, Err(_)) => arg(),
            (M::MapOrElse, Err(e)) => self.call_closure(arg(), vec![e], span)?,
            (M::IsOkAnd, Ok(x)) | (M::IsErrAnd, Err(x)) => self.call_closure(arg(), vec![x], span)?,
            (M::IsOkAnd | M::IsErrAnd, _) => Value::Bool(false),
            _ => return Ok(None),
        }))
    }

    /// `retain`, `sort_by_key` and `sort_by` on the value of a place: the
    /// new value; `None` when `mn` is not one of them.
    pub(super) fn closure_place_method(&mut self, target: Value, mn: M, f: Value, span: Span) -> R<Option<Value>> {
        let is_set = matches!(target, Value::Set(_));
        match (mn, target) {
            (M::Retain, Value::Vec(v)) | (M::Retain, Value::Set(v)) => {
                let mut kept = Vec::with_capacity(v.len());
                for x in v.iter() {
                    if truthy(&self.call_closure(f.clone(), vec![x.clone()], span)?) {
                        kept.push(x.clone());
                    }
                }
                Ok(Some(if is_set { Value::Set(Rc::new(kept)) } else { Value::Vec(Rc::new(kept)) }))
            }
            (M::Retain, Value::String(st)) => {
                let mut kept = String::with_capacity(st.len());
                for c in st.chars() {
                    if truthy(&self.call_closure(f.clone(), vec![Value::Char(c)], span)?) {
                        kept.push(c);
                    }
                }
                Ok(Some(Value::string(kept)))
            }
            (M::Retain, Value::Map(m)) => {
                let mut kept = Vec::with_capacity(m.len());
                for (k, x) in m.iter() {
                    if truthy(&self.call_closure(f.clone(), vec![k.clone(), x.clone()], span)?) {
                        kept.push((k.clone(), x.clone()));
                    }
                }
                Ok(Some(Value::Map(Rc::new(kept))))
            }
            // `retain_mut(f)`: `f` hands its `&mut` element back with the
            // verdict, `(keep, element)`; kept elements keep its changes.
            (M::RetainMut, Value::Vec(v)) => {
                let mut kept: Vec<Value> = Vec::with_capacity(v.len());
                for x in v.iter() {
                    match self.call_closure(f.clone(), vec![x.clone()], span)? {
                        Value::Tuple(t) if t.len() == 2 => {
                            if truthy(&t[0]) {
                                kept.push(t[1].clone());
                            }
                        }
                        _ => {
                            self.unsupported_stop(span, "`retain_mut` with a closure that is not written at the call is not supported yet".into())?;
                        }
                    }
                }
                Ok(Some(Value::Vec(Rc::new(kept))))
            }
            // `dedup_by_key(f)`: drops each element whose key equals the
            // key of the one kept before it (std calls `f` on both each time).
            (M::DedupByKey, Value::Vec(v)) => {
                let mut kept: Vec<Value> = Vec::with_capacity(v.len());
                for x in v.iter() {
                    if let Some(last) = kept.last() {
                        let a = self.call_closure(f.clone(), vec![x.clone()], span)?;
                        let b = self.call_closure(f.clone(), vec![last.clone()], span)?;
                        if self.values_eq(&a, &b) {
                            continue;
                        }
                    }
                    kept.push(x.clone());
                }
                Ok(Some(Value::Vec(Rc::new(kept))))
            }
            // `dedup_by(|a, b| ..)`: `a` is the element, `b` the one kept
            // before it; `true` drops `a`.
            (M::DedupBy, Value::Vec(v)) => {
                let mut kept: Vec<Value> = Vec::with_capacity(v.len());
                for x in v.iter() {
                    if let Some(last) = kept.last()
                        && truthy(&self.call_closure(f.clone(), vec![x.clone(), last.clone()], span)?)
                    {
                        continue;
                    }
                    kept.push(x.clone());
                }
                Ok(Some(Value::Vec(Rc::new(kept))))
            }
            (M::SortByKey | M::SortByCachedKey | M::SortBy | M::SortUnstableByKey | M::SortUnstableBy, Value::Vec(v)) => {
                // std's unstable sort is an insertion sort, so stable, up to
                // 20 elements; past that, the order it leaves elements that
                // compare equal but differ is not modelled.
                let unstable = matches!(mn, M::SortUnstableBy | M::SortUnstableByKey) && v.len() > 20;
                let by_key = matches!(mn, M::SortByKey | M::SortUnstableByKey | M::SortByCachedKey);
                // `sort_by_cached_key`: each key once, in order, then a
                // stable sort of the keys.
                let cached = mn == M::SortByCachedKey;
                let mut tie = false;
                let items: Vec<Value> = v.iter().cloned().collect();
                // Up to 20 elements std runs an insertion sort, calling the
                // closure in an order `sort_stable_by` repeats (a key
                // closure twice a comparison: `f(a).lt(&f(b))`). Past that,
                // its comparisons are not modelled: a closure whose calls
                // can be seen (it writes what it captures, or prints) stops.
                let seen_calls = |vm: &Self| match &f {
                    Value::Func(c) => vm.p.funcs.get(c.func as usize).is_some_and(|x| x.writes_captures),
                    _ => false,
                };
                let long = items.len() > crate::exec::INSERTION_SORT_MAX || cached;
                let name = match mn {
                    M::SortByKey => "sort_by_key",
                    M::SortByCachedKey => "sort_by_cached_key",
                    M::SortBy => "sort_by",
                    M::SortUnstableBy => "sort_unstable_by",
                    _ => "sort_unstable_by_key",
                };
                if long && !cached && seen_calls(self) {
                    self.unsupported_stop(
                        span,
                        format!(
                            "`{name}` of more than {} elements with a closure that writes what it captures: how often std's sort calls it is not supported yet",
                            crate::exec::INSERTION_SORT_MAX
                        ),
                    )?;
                }
                let events = self.w.trace.events.len();
                let items = if by_key && long {
                    // Keys first: the order is the same however often the
                    // key is computed (a key closure's calls are unseen).
                    let mut keyed = Vec::with_capacity(items.len());
                    for x in items {
                        let k = self.call_closure(f.clone(), vec![x.clone()], span)?;
                        keyed.push((k, x));
                    }
                    if self.has_user_order() {
                        keyed = self.sort_stable_by(keyed, &mut |vm, a, b| {
                            let o = vm.total_order(&a.0, &b.0)?;
                            tie |= unstable && o.is_eq() && !vm.values_eq(&a.1, &b.1);
                            Ok(o)
                        })?;
                    } else {
                        crate::sort::sort_by(&mut keyed, |a, b| cmp_values(&a.0, &b.0).unwrap_or(Ordering::Equal).is_le());
                        tie = unstable
                            && keyed.windows(2).any(|w| cmp_values(&w[0].0, &w[1].0).unwrap_or(Ordering::Equal).is_eq() && !self.values_eq(&w[0].1, &w[1].1));
                    }
                    keyed.into_iter().map(|(_, x)| x).collect()
                } else if by_key {
                    self.sort_stable_by(items, &mut |vm, a, b| {
                        let ka = vm.call_closure(f.clone(), vec![a.clone()], span)?;
                        let kb = vm.call_closure(f.clone(), vec![b.clone()], span)?;
                        vm.total_order(&ka, &kb)
                    })?
                } else {
                    // Through the closure: stable, as std's.
                    self.sort_stable_by(items, &mut |vm, a, b| {
                        let o = ordering(&vm.call_closure(f.clone(), vec![a.clone(), b.clone()], span)?);
                        tie |= unstable && o.is_eq() && !vm.values_eq(a, b);
                        Ok(o)
                    })?
                };
                if long && !cached && self.w.trace.events.len() != events {
                    self.unsupported_stop(
                        span,
                        format!(
                            "`{name}` of more than {} elements with a closure that prints: how often std's sort calls it is not supported yet",
                            crate::exec::INSERTION_SORT_MAX
                        ),
                    )?;
                }
                if tie {
                    let name = if mn == M::SortUnstableBy { "sort_unstable_by" } else { "sort_unstable_by_key" };
                    self.unsupported_stop(
                        span,
                        format!("`{name}` of more than 20 elements, some of which compare equal but differ: the order std's unstable sort leaves them in is not supported yet"),
                    )?;
                }
                Ok(Some(Value::Vec(Rc::new(items))))
            }
            _ => Ok(None),
        }
    }
}
