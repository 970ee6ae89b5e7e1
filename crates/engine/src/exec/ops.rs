//! Awaiting futures, builtin functions and the methods of plain values
//! (strings, collections, numbers, `Option`, `Result`). The primitives'
//! own functions, methods and futures are in `prim/`.

use super::*;
use crate::vm::MethodName as M;

/// An iterator over `items`, front to back.
/// The pieces of `s` between the matches `ms` (byte ranges, in order), at
/// most `limit` of them (the last takes the rest), as `splitn` makes.
fn split_at_matches(s: &str, ms: &[(usize, usize)], limit: usize) -> Vec<Value> {
    let mut out = Vec::new();
    if limit == 0 {
        return out;
    }
    let mut start = 0;
    for &(a, b) in ms {
        if out.len() + 1 == limit {
            break;
        }
        out.push(Value::Str(s[start..a].into()));
        start = b;
    }
    out.push(Value::Str(s[start..].into()));
    out
}

/// `Err(ParseIntError { kind })` of std's error kind.
fn parse_int_error(kind: &std::num::IntErrorKind) -> Value {
    let kind = match kind {
        std::num::IntErrorKind::Empty => 0,
        std::num::IntErrorKind::PosOverflow => 2,
        std::num::IntErrorKind::NegOverflow => 3,
        std::num::IntErrorKind::Zero => 4,
        _ => 1,
    };
    let kind = Value::adt_enum(builtin::INT_ERROR_KIND, kind, vec![]);
    Value::err(Value::Struct(Rc::new(Adt { def: builtin::PARSE_INT_ERROR, variant: 0, fields: vec![kind], drop: None })))
}

/// A pattern of several chars (`['a', 'b']`, `&[',', ';'][..]`): them.
fn char_set(v: &Value) -> Option<Vec<char>> {
    let Value::Vec(cs) = v else { return None };
    cs.iter().map(|c| if let Value::Char(c) = c { Some(*c) } else { None }).collect()
}

fn items_iter(items: Vec<Value>) -> Value {
    let n = items.len();
    Value::Iter(Rc::new(RefCell::new(IterState::Items { items: Rc::new(items), front: 0, back: n, rev: false })))
}

impl<'p> Vm<'p> {
    pub(super) fn await_top(&mut self, co: &mut Co, span: Span) -> R<Flow> {
        // A value of a type with a hand-written `impl Future`: from its
        // first poll on, it lives in a future's cell, which keeps what each
        // `poll` changed.
        if let Some(top) = co.stack.last_mut()
            && matches!(top, Value::Struct(_) | Value::Enum(_))
        {
            let v = std::mem::replace(top, Value::Unit);
            *top = self.user_future(v);
        }
        let Some(top) = co.stack.last().cloned() else { return panic("internal error: nothing to await") };
        let poll = match &top {
            Value::Future(rc) => {
                let st = rc.borrow_mut().take();
                let Some(mut st) = st else { return panic("`async fn` resumed after completion") };
                // Held elsewhere too (the stack and `top` are two): awaited
                // through a reference, so it must keep its own progress.
                let shared = Rc::strong_count(rc) > 2;
                if let FutureState::Call { .. } = st {
                    let FutureState::Call { func, args } = st else { unreachable!() };
                    if !shared {
                        co.stack.pop();
                        return Ok(Flow::Call(func, args));
                    }
                    let c = self.new_co(func, args);
                    st = FutureState::Coroutine { child: self.add_child(c) };
                }
                let p = self.poll_future(&mut st, span)?;
                match (&p, st) {
                    (Poll::Pending(_), st) => *rc.borrow_mut() = Some(st),
                    // A sleep polled again after it fired is ready again.
                    (Poll::Ready(_), FutureState::Sleep { deadline, .. }) if shared => {
                        *rc.borrow_mut() = Some(FutureState::Sleep { deadline, timer: None });
                    }
                    // A hand-written future awaited through a reference
                    // (`tokio::pin!`, `&mut fut`) is still its value after:
                    // its fields can be read, and a poll calls `poll` again.
                    (Poll::Ready(_), st @ FutureState::User { .. }) if shared => *rc.borrow_mut() = Some(st),
                    // A pinned task-local scope keeps its value until it is
                    // dropped (or `take_value` takes it).
                    (Poll::Ready(_), FutureState::TaskLocalScope { key, slot, .. }) if shared => {
                        *rc.borrow_mut() = Some(FutureState::TaskLocalScope { key, slot, child: None });
                    }
                    // A timeout that elapsed still holds its future: a pinned
                    // one keeps it until it is dropped (and polls it again if
                    // awaited again), one awaited by value drops it now.
                    (Poll::Ready(Value::Enum(r)), st @ FutureState::Timeout { child, .. }) if r.def == builtin::RESULT && r.variant == builtin::ERR => {
                        if shared {
                            *rc.borrow_mut() = Some(st);
                        } else {
                            self.free_child(child);
                        }
                    }
                    _ => {}
                }
                p
            }
            Value::Handle(h) => self.poll_handle(h, span)?,
            other => return panic(format!("`{}` is not a future", vfmt::type_name(other, &self.ctx()))),
        };
        match poll {
            Poll::Ready(v) => {
                co.stack.pop();
                if let Value::Future(cell) = top {
                    self.recycle_future(cell);
                }
                co.stack.push(v);
                Ok(Flow::Next)
            }
            Poll::Pending(on) => Ok(Flow::Pending(on)),
        }
    }

    /// A value of a type with a hand-written `impl Future` as a future
    /// (the future's cell keeps what each `poll` changes); other values as
    /// they are.
    pub(super) fn user_future(&mut self, v: Value) -> Value {
        match &v {
            Value::Struct(a) | Value::Enum(a) => match self.p.user_futures.iter().find(|(d, _)| *d == a.def) {
                Some(&(_, poll)) => self.future(FutureState::User { value: v, poll }),
                None => v,
            },
            _ => v,
        }
    }

    // -----------------------------------------------------------------
    // Builtin functions
    // -----------------------------------------------------------------

    pub(super) fn builtin(&mut self, b: Builtin, args: Vec<Value>) -> R<Value> {
        let mut args = args.into_iter();
        let mut arg = || args.next().unwrap_or(Value::Unit);
        let int = |v: Value| -> R<i64> {
            match v {
                Value::Int(i) => Ok(i),
                _ => panic("internal error: expected an integer"),
            }
        };
        let dur = |n: i64, mul: u64| -> R<Value> {
            if n < 0 {
                return panic("duration cannot be negative");
            }
            Ok(Value::Duration((n as u64).saturating_mul(mul)))
        };
        Ok(match b {
            Builtin::DurationFromMillis => dur(int(arg())?, 1_000_000)?,
            Builtin::DurationFromSecs => dur(int(arg())?, 1_000_000_000)?,
            Builtin::DurationFromMicros => dur(int(arg())?, 1_000)?,
            Builtin::DurationFromNanos => dur(int(arg())?, 1)?,
            Builtin::DurationFromSecsF64 | Builtin::DurationFromSecsF32 => match arg().as_float() {
                Some(f) => Value::Duration(float_secs_to_nanos(f)?),
                None => return panic("internal error: expected a float"),
            },
            Builtin::DurationNew => {
                let secs = int(arg())?;
                let nanos = int(arg())?;
                // `secs` is a `u64`, `nanos` a `u32`: the checker saw to that.
                // Past the engine's `u64` nanoseconds it saturates, as `from_secs` does.
                Value::Duration((secs as u64).saturating_mul(1_000_000_000).saturating_add(nanos as u64))
            }
            Builtin::ArcNew | Builtin::BoxNew => {
                let v = arg();
                if b == Builtin::BoxNew { v } else { Value::Arc(Rc::new(v)) }
            }
            Builtin::PtrEq => return panic("`ptr_eq` is compared where it is called"),
            Builtin::ArcClone => {
                let v = arg();
                match v {
                    Value::Arc(_) => v,
                    other => self.clone_value(&other)?,
                }
            }
            Builtin::StringFrom => match arg() {
                Value::Str(s) => Value::string(s.to_string()),
                Value::String(s) => Value::String(s),
                Value::Char(c) => Value::string(c.to_string()),
                _ => return panic("internal error: `String::from` needs a string"),
            },
            Builtin::StringNew => Value::string(String::new()),
            Builtin::VecNew => Value::Vec(Rc::new(Vec::new())),
            Builtin::VecFrom => {
                let x = self.auto_deref(arg());
                match x.as_str() {
                    Some(s) => Value::Vec(Rc::new(s.bytes().map(|b| Value::Int(b as i64)).collect())),
                    None => {
                        let span = self.current_span.unwrap_or(Span::DUMMY);
                        Value::Vec(Rc::new(self.drain_all(x, span)?))
                    }
                }
            }
            Builtin::MapNew => Value::Map(Rc::new(Vec::new())),
            Builtin::SetNew => Value::Set(Rc::new(Vec::new())),
            Builtin::Drop => {
                drop(arg());
                Value::Unit
            }
            // Kept alive to the end of the run, so that its drop never
            // happens (a guard's lock stays held, a sender's channel open).
            Builtin::Forget => {
                self.forgotten.push(arg());
                Value::Unit
            }
            Builtin::Max | Builtin::Min => {
                let a = arg();
                let c = arg();
                let o = self.total_order(&a, &c)?;
                if (b == Builtin::Max) == o.is_gt() {
                    a
                } else if o.is_eq() {
                    if b == Builtin::Max { c } else { a }
                } else {
                    c
                }
            }
            Builtin::Identity => arg(),
            Builtin::Pin => {
                let v = arg();
                self.user_future(v)
            }
        })
    }

    // -----------------------------------------------------------------
    // Builtin methods
    // -----------------------------------------------------------------

    /// A builtin method: `argc` arguments come from `args`.
    pub(super) fn method(&mut self, recv: Value, name: &str, mn: M, on: StdTy, argc: usize, args: &mut dyn Iterator<Item = Value>, span: Span) -> R<Value> {
        let mut arg = move || args.next().unwrap_or(Value::Unit);
        let mut recv = recv;
        if mn != M::Clone {
            while let Value::Arc(inner) = recv {
                recv = (*inner).clone();
            }
        }
        // `fut.map(f)` on a future the checker could not type: futures'
        // `FutureExt::map` (no std future has a `map`).
        if name == "map"
            && argc == 1
            && matches!(recv, Value::Future(_))
            && let Some((p, i)) = super::prim::lookup(super::prim::FUTURE_MAP)
        {
            let mut all = [recv, arg()].into_iter();
            return self.call_native(p, i, &mut all, span);
        }
        // A user `impl Deref` to a std type: the method the checker found
        // there runs on what `deref` gives.
        if on != StdTy::Unknown
            && let Some(f) = self.user_deref_of(&recv)
        {
            recv = self.call_sync(f, vec![recv])?;
        }
        // A user type with `impl Iterator`: std's iterator methods run on
        // an iterator that calls its `next` (the checker resolved them to
        // `Iter`'s, or, on a generic parameter, the method can only be
        // `Iterator`'s and takes the receiver by value).
        let mut on = on;
        if let Value::Struct(a) | Value::Enum(a) = &recv
            && self.p.user_iters.iter().any(|(d, _)| *d == a.def)
            && (on == StdTy::Iter
                || (on == StdTy::Unknown
                    && (matches!(
                        mn,
                        M::Map
                            | M::Filter
                            | M::FilterMap
                            | M::FlatMap
                            | M::Fold
                            | M::Reduce
                            | M::Sum
                            | M::SumF32
                            | M::SumF64
                            | M::Collect
                            | M::Count
                            | M::Enumerate
                            | M::Zip
                            | M::Chain
                            | M::Skip
                            | M::StepBy
                            | M::TakeWhile
                            | M::SkipWhile
                            | M::Inspect
                            | M::ForEach
                            | M::Last
                            | M::Max
                            | M::Min
                            | M::MaxByKey
                            | M::MinByKey
                            | M::MaxBy
                            | M::MinBy
                    ) || (mn == M::Take && argc == 1))))
        {
            recv = self.make_iter(recv)?;
            on = StdTy::Iter;
        }
        if let Value::Handle(h) = &recv {
            if mn == M::Clone {
                return self.clone_value(&recv);
            }
            if h.kind.is_guard() {
                // A method of the guarded value, with the same arguments.
                let inner = self.deref(recv.clone());
                let args: Vec<Value> = (0..argc).map(|_| arg()).collect();
                return self.method(inner, name, mn, on, argc, &mut args.into_iter(), span);
            }
            let h = h.clone();
            let mut rest = std::iter::from_fn(|| Some(arg())).take(argc);
            return self.handle_method(&h, name, &mut rest, span);
        }
        self.data_method(recv, name, mn, on, argc, &mut arg, span)
    }

    /// A method of a plain value: `mn` of the type `on` (`Unknown`: the one
    /// of that name the value's representation has).
    fn data_method(&mut self, recv: Value, name: &str, mn: M, on: StdTy, argc: usize, arg: &mut dyn FnMut() -> Value, span: Span) -> R<Value> {
        if mn == M::Clone {
            return match &recv {
                Value::Arc(_) => Ok(recv),
                _ => {
                    let v = self.auto_deref(recv);
                    self.clone_value(&v)
                }
            };
        }
        let recv = self.auto_deref(recv);
        if let Some(v) = self.closure_method(&recv, mn, on, arg, span)? {
            return Ok(v);
        }
        // Rendered only when a message needs it.
        let ctx_name = TypeName(&self.p.defs, recv.clone());
        let opt = |v: &Value| -> Option<(bool, Value)> {
            match v {
                Value::Enum(a) if a.def == builtin::OPTION => Some((a.variant == builtin::SOME, a.fields.first().cloned().unwrap_or(Value::Unit))),
                _ => None,
            }
        };
        let res = |v: &Value| -> Option<(bool, Value)> {
            match v {
                Value::Enum(a) if a.def == builtin::RESULT => Some((a.variant == builtin::OK, a.fields.first().cloned().unwrap_or(Value::Unit))),
                _ => None,
            }
        };
        match mn {
            M::ToString | M::ToOwned | M::Into => {
                if matches!(recv, Value::Str(_) | Value::String(_)) {
                    return Ok(Value::string(recv.as_str().unwrap_or("")));
                }
                if mn == M::ToString {
                    if let Value::Struct(a) | Value::Enum(a) = &recv
                        && let Some(&(_, _, func)) = self.p.user_fmt.iter().find(|(d, dbg, _)| *d == a.def && !*dbg)
                    {
                        return Ok(Value::string(self.call_fmt(func, recv.clone(), vfmt::Spec::display())?));
                    }
                    return Ok(Value::string(vfmt::display(&recv, &self.ctx())));
                }
                // `slice.to_owned()` clones (a hand-written `Clone` runs).
                if mn == M::ToOwned {
                    return self.clone_value(&recv);
                }
                return Ok(recv);
            }
            M::Len => {
                return Ok(Value::Int(match &recv {
                    Value::Vec(v) => v.len() as i64,
                    Value::Map(m) => m.len() as i64,
                    Value::Set(m) => m.len() as i64,
                    Value::Str(_) | Value::String(_) => recv.as_str().unwrap_or("").len() as i64,
                    _ => return self.unsupported_method(span, "len", &ctx_name),
                }));
            }
            M::IsEmpty => {
                return Ok(Value::Bool(match &recv {
                    Value::Vec(v) => v.is_empty(),
                    Value::Map(m) => m.is_empty(),
                    Value::Set(m) => m.is_empty(),
                    Value::Str(_) | Value::String(_) => recv.as_str().unwrap_or("").is_empty(),
                    _ => return self.unsupported_method(span, "is_empty", &ctx_name),
                }));
            }
            // `Option<Result<T, E>>` ⇄ `Result<Option<T>, E>`.
            M::Transpose => {
                if let Some((some, inner)) = opt(&recv) {
                    if !some {
                        return Ok(Value::ok(Value::none()));
                    }
                    let Some((ok, x)) = res(&inner) else { return self.unsupported_method(span, name, &ctx_name) };
                    return Ok(if ok { Value::ok(Value::some(x)) } else { Value::err(x) });
                }
                let Some((ok, inner)) = res(&recv) else { return self.unsupported_method(span, name, &ctx_name) };
                if !ok {
                    return Ok(Value::some(Value::err(inner)));
                }
                let Some((some, x)) = opt(&inner) else { return self.unsupported_method(span, name, &ctx_name) };
                return Ok(if some { Value::some(Value::ok(x)) } else { Value::none() });
            }
            M::IsSome | M::IsNone => {
                let Some((some, _)) = opt(&recv) else { return self.unsupported_method(span, name, &ctx_name) };
                return Ok(Value::Bool(some == (mn == M::IsSome)));
            }
            M::IsOk | M::IsErr => {
                let Some((ok, _)) = res(&recv) else { return self.unsupported_method(span, name, &ctx_name) };
                return Ok(Value::Bool(ok == (mn == M::IsOk)));
            }
            M::Unwrap | M::Expect | M::UnwrapOr | M::UnwrapOrDefault | M::UnwrapErr | M::ExpectErr => {
                let msg = if mn == M::Expect || mn == M::ExpectErr || mn == M::UnwrapOr { Some(arg()) } else { None };
                if let Some((some, v)) = opt(&recv) {
                    return match (mn, some) {
                        (_, true) if mn != M::UnwrapErr => Ok(v),
                        (M::Unwrap, false) => panic("called `Option::unwrap()` on a `None` value"),
                        (M::Expect, false) => user_panic(msg.and_then(|m| m.as_str().map(|s| s.to_string())).unwrap_or_default()),
                        (M::UnwrapOr, false) => Ok(msg.unwrap_or(Value::Unit)),
                        (M::UnwrapOrDefault, false) => {
                            self.unsupported_stop(span, "`unwrap_or_default()` of a value whose type Taskscope does not know is not supported yet".into())
                        }
                        _ => panic(format!("internal error: no method `{name}` on Option")),
                    };
                }
                if let Some((ok, v)) = res(&recv) {
                    // Rendered only on the error paths.
                    let dbg = DebugText(self.ctx(), v.clone());
                    return match (mn, ok) {
                        (M::Unwrap | M::Expect | M::UnwrapOr | M::UnwrapOrDefault, true) => Ok(v),
                        (M::Unwrap, false) => panic(format!("called `Result::unwrap()` on an `Err` value: {dbg}")),
                        (M::Expect, false) => user_panic(format!("{}: {dbg}", msg.and_then(|m| m.as_str().map(|s| s.to_string())).unwrap_or_default())),
                        (M::UnwrapOr, false) => Ok(msg.unwrap_or(Value::Unit)),
                        (M::UnwrapOrDefault, false) => {
                            self.unsupported_stop(span, "`unwrap_or_default()` of a value whose type Taskscope does not know is not supported yet".into())
                        }
                        (M::UnwrapErr | M::ExpectErr, false) => Ok(v),
                        (M::UnwrapErr, true) => panic(format!("called `Result::unwrap_err()` on an `Ok` value: {dbg}")),
                        _ => user_panic(format!("{}: {dbg}", msg.and_then(|m| m.as_str().map(|s| s.to_string())).unwrap_or_default())),
                    };
                }
                return self.unsupported_method(span, name, &ctx_name);
            }
            M::Ok | M::Err => {
                let Some((ok, v)) = res(&recv) else { return self.unsupported_method(span, name, &ctx_name) };
                return Ok(if ok == (mn == M::Ok) { Value::some(v) } else { Value::none() });
            }
            // `PoisonError::into_inner` gives the guard.
            M::IntoInner => {
                if let Value::Struct(a) = &recv
                    && a.def == builtin::POISON_ERROR
                {
                    return Ok(a.fields.first().cloned().unwrap_or(Value::Unit));
                }
                // The unsent value of `TrySendError` or `SendTimeoutError`.
                if let Value::Enum(a) = &recv
                    && (a.def == builtin::TRY_SEND_ERROR || a.def == builtin::SEND_TIMEOUT_ERROR)
                {
                    return Ok(a.fields.first().cloned().unwrap_or(Value::Unit));
                }
            }
            M::Elapsed => {
                let Value::Instant(t) = recv else { return self.unsupported_method(span, "elapsed", &ctx_name) };
                let now = super::prim::thread::clock_of(&self.w, t);
                return Ok(Value::Duration(now.saturating_sub(t)));
            }
            M::DurationSince => {
                let (Value::Instant(a), Value::Instant(b)) = (recv, arg()) else { return panic("`duration_since` needs Instants") };
                return Ok(Value::Duration(a.saturating_sub(b)));
            }
            M::AsMillis | M::AsSecs | M::AsMicros | M::AsNanos | M::AsSecsF64 | M::AsSecsF32 | M::SubsecMillis => {
                let Value::Duration(d) = recv else { return self.unsupported_method(span, name, &ctx_name) };
                return Ok(match mn {
                    M::AsMillis => Value::Int((d / 1_000_000) as i64),
                    M::AsSecs => Value::Int((d / 1_000_000_000) as i64),
                    M::AsMicros => Value::Int((d / 1_000) as i64),
                    M::AsNanos => Value::Int(d as i64),
                    M::SubsecMillis => Value::Int(((d % 1_000_000_000) / 1_000_000) as i64),
                    // std's sums: whole seconds plus the fraction.
                    M::AsSecsF32 => Value::F32((d / 1_000_000_000) as f32 + (d % 1_000_000_000) as f32 / 1e9_f32),
                    _ => Value::Float((d / 1_000_000_000) as f64 + (d % 1_000_000_000) as f64 / 1e9),
                });
            }
            // `Option<&T>::copied()` / `cloned()` (and Result's): a reference is a
            // copy already, so `copied` keeps the value and `cloned` clones it.
            M::Copied | M::Cloned
                if matches!(on, StdTy::Option | StdTy::Result) || (on == StdTy::Unknown && (opt(&recv).is_some() || res(&recv).is_some())) =>
            {
                return if mn == M::Cloned { self.clone_value(&recv) } else { Ok(recv) };
            }
            M::Iter | M::IntoIter | M::Copied | M::Cloned => return self.make_iter(recv),
            // `Ord::min` / `Ord::max` (and `f64::min` / `f64::max`) take one
            // argument; `Iterator::min` / `max` none.
            M::Min | M::Max if on != StdTy::Iter && (on != StdTy::Unknown || argc == 1) => {
                let other = arg();
                return Ok(match (&recv, &other) {
                    (Value::Float(_) | Value::F32(_), Value::Float(_) | Value::F32(_)) => {
                        let (a, b) = (recv.as_float().unwrap_or(0.0), other.as_float().unwrap_or(0.0));
                        let x = if mn == M::Min { a.min(b) } else { a.max(b) };
                        if matches!(recv, Value::F32(_)) || matches!(other, Value::F32(_)) { Value::F32(x as f32) } else { Value::Float(x) }
                    }
                    _ => {
                        let Some(o) = self.order_of(&recv, &other, false)? else {
                            return panic(format!("internal error: cannot compare {ctx_name} with {}", TypeName(&self.p.defs, other.clone())));
                        };
                        // std: max returns `other` when equal, min returns `self`.
                        match (mn, o.is_gt()) {
                            (M::Max, true) | (M::Min, false) => recv,
                            _ => other,
                        }
                    }
                });
            }
            M::Chars => {
                let s = recv.as_str().unwrap_or("");
                let items: Vec<Value> = s.chars().map(Value::Char).collect();
                return Ok(items_iter(items));
            }
            M::Enumerate => {
                let it = self.make_iter(recv)?;
                let Value::Iter(st) = it else { return panic("internal error: not an iterator") };
                let inner = st.borrow().clone();
                return Ok(Value::Iter(Rc::new(RefCell::new(IterState::Enumerate { inner: Box::new(inner), count: 0 }))));
            }
            M::Rev => return self.lazy_adapter(recv, mn, arg, span),
            // `a.eq(&b)`, `a.lt(&b)`: the operators' traits called by name;
            // of two iterators (`a.chars().eq(b.chars().rev())`), item by item.
            M::Eq | M::Ne | M::Lt | M::Le | M::Gt | M::Ge => {
                let other = self.auto_deref(arg());
                let recv = self.auto_deref(recv);
                let iterable = |v: &Value| matches!(v, Value::Iter(_) | Value::Range(..));
                let (l, r) = if on == StdTy::Iter || (iterable(&recv) && (iterable(&other) || matches!(other, Value::Vec(_)))) {
                    (Value::Vec(Rc::new(self.drain_all(recv, span)?)), Value::Vec(Rc::new(self.drain_all(other, span)?)))
                } else {
                    (recv, other)
                };
                return Ok(Value::Bool(match mn {
                    M::Eq | M::Ne => {
                        let eq = if self.p.user_eqs.is_empty() { self.values_eq(&l, &r) } else { self.user_values_eq(&l, &r, 0)? };
                        eq == (mn == M::Eq)
                    }
                    _ => match self.order_of(&l, &r, true)? {
                        Some(o) => match mn {
                            M::Lt => o.is_lt(),
                            M::Le => o.is_le(),
                            M::Gt => o.is_gt(),
                            _ => o.is_ge(),
                        },
                        None => false,
                    },
                }));
            }
            M::Cmp | M::PartialCmp | M::TotalCmp => {
                let other = self.auto_deref(arg());
                let recv = self.auto_deref(recv);
                let o = match (mn, &recv, &other) {
                    // IEEE 754's total order: -0 before +0, NaNs at the ends.
                    (M::TotalCmp, Value::Float(_) | Value::F32(_), Value::Float(_) | Value::F32(_)) => {
                        Some(recv.as_float().unwrap_or(0.0).total_cmp(&other.as_float().unwrap_or(0.0)))
                    }
                    _ => self.order_of(&recv, &other, mn == M::PartialCmp)?,
                };
                let ordering = |o: std::cmp::Ordering| {
                    let variant = match o {
                        std::cmp::Ordering::Less => 0,
                        std::cmp::Ordering::Equal => 1,
                        std::cmp::Ordering::Greater => 2,
                    };
                    Value::adt_enum(builtin::ORDERING, variant, Vec::new())
                };
                return Ok(match mn {
                    // `None` for a NaN.
                    M::PartialCmp => Value::opt(o.map(ordering)),
                    _ => ordering(o.unwrap_or(std::cmp::Ordering::Equal)),
                });
            }
            // Set algebra over the VM's sorted sets: items in order.
            M::Union | M::Intersection | M::Difference | M::SymmetricDifference | M::IsSubset | M::IsSuperset | M::IsDisjoint
                if matches!(self.auto_deref(recv.clone()), Value::Set(_)) =>
            {
                let (Value::Set(a), Value::Set(b)) = (self.auto_deref(recv), self.auto_deref(arg())) else {
                    return self.unsupported_method(span, name, &"a set and another value");
                };
                let has = |s: &[Value], x: &Value| s.iter().any(|y| values_eq_static(x, y));
                let only = |s: &[Value], o: &[Value]| s.iter().filter(|x| !has(o, x)).cloned().collect::<Vec<Value>>();
                let sorted = |mut v: Vec<Value>| {
                    crate::sort::sort_by(&mut v, |x, y| cmp_values(x, y).unwrap_or(std::cmp::Ordering::Equal).is_le());
                    v
                };
                return Ok(match mn {
                    M::Union => items_iter(sorted(a.iter().cloned().chain(only(&b, &a)).collect())),
                    M::Intersection => items_iter(a.iter().filter(|x| has(&b, x)).cloned().collect()),
                    M::Difference => items_iter(only(&a, &b)),
                    M::SymmetricDifference => items_iter(sorted(only(&a, &b).into_iter().chain(only(&b, &a)).collect())),
                    M::IsSubset => Value::Bool(a.iter().all(|x| has(&b, x))),
                    M::IsSuperset => Value::Bool(b.iter().all(|x| has(&a, x))),
                    _ => Value::Bool(!a.iter().any(|x| has(&b, x))),
                });
            }
            M::Product | M::SumF32 | M::ProductF32 | M::SumF64 | M::ProductF64 => {
                let items = self.drain_all(recv, span)?;
                let mut items = items.into_iter();
                // A float sum starts at `-0.0` (std's), a product at `1.0`.
                let (op, unit) = match mn {
                    M::SumF32 | M::SumF64 => (BinOp::Add, Value::Float(-0.0)),
                    M::Product => (BinOp::Mul, Value::Int(1)),
                    _ => (BinOp::Mul, Value::Float(1.0)),
                };
                // Each step of an `f32` sum rounds (`binary` on `F32`s does).
                let single = |v: Value| match v {
                    Value::Float(f) if matches!(mn, M::SumF32 | M::ProductF32) => Value::F32(f as f32),
                    v => v,
                };
                let mut acc = match items.next() {
                    Some(first) => single(self.auto_deref(first)),
                    None => single(unit),
                };
                for x in items {
                    let x = single(self.auto_deref(x));
                    acc = self.binary(op, acc, x)?;
                }
                return Ok(acc);
            }
            M::Sum | M::Count | M::Min | M::Max | M::Collect | M::Last => {
                let items = self.drain_all(recv, span)?;
                return Ok(match mn {
                    M::Count => Value::Int(items.len() as i64),
                    M::Collect => Value::Vec(Rc::new(items)),
                    M::Last => Value::opt(items.last().cloned()),
                    M::Sum => {
                        // From the first item: `0` is an integer or a float
                        // as the items are.
                        let mut items = items.into_iter();
                        let mut acc = match items.next() {
                            Some(first) => self.auto_deref(first),
                            None => Value::Int(0),
                        };
                        for x in items {
                            acc = self.binary(BinOp::Add, acc, x)?;
                        }
                        acc
                    }
                    _ => {
                        let mut best: Option<Value> = None;
                        for x in items {
                            best = Some(match best {
                                None => x,
                                Some(b) => {
                                    let o = self.total_order(&x, &b)?;
                                    if (mn == M::Max && o.is_ge()) || (mn == M::Min && o.is_lt()) { x } else { b }
                                }
                            });
                        }
                        Value::opt(best)
                    }
                });
            }
            M::Next => {
                // (A range kept in a variable, `let mut r = 0..5; r.next()`,
                // is a value the VM would advance a copy of.)
                let Value::Iter(st) = recv else { return self.unsupported_stop(span, "`next` on a range value is not supported yet".into()) };
                return Ok(Value::opt(self.next_of(&st, span)?));
            }
            // From the back: the chain turned around (`flip`), one item
            // taken, and turned back.
            M::NextBack => {
                let Value::Iter(st) = recv else { return self.unsupported_stop(span, "`next_back` on a range value is not supported yet".into()) };
                let taken = std::mem::replace(&mut *st.borrow_mut(), IterState::exhausted());
                let Some(mut back) = self.flip(taken, span)? else {
                    return self.unsupported_stop(span, "`next_back` of this iterator is not supported yet".into());
                };
                let item = self.iter_next(&mut back, span);
                let restored = self.flip(back, span)?;
                if let Some(front) = restored {
                    *st.borrow_mut() = front;
                }
                return Ok(Value::opt(item?));
            }
            M::Peek => {
                let Value::Iter(st) = recv else { return panic("`peek` needs an iterator") };
                return self.peek(&st, span);
            }
            // `it.next_if(f)` / `it.next_if_eq(&x)`: the next item if it
            // passes, else nothing, and the item stays peeked.
            M::NextIf | M::NextIfEq => {
                let Value::Iter(st) = recv else { return panic("`next_if` needs an iterator") };
                let Some(item) = super::iter::option(&self.peek(&st, span)?).flatten() else { return Ok(Value::none()) };
                let test = arg();
                let pass = if mn == M::NextIf {
                    super::iter::truthy(&self.call_closure(test, vec![item.clone()], span)?)
                } else {
                    self.user_values_eq(&item, &test, 0)?
                };
                if !pass {
                    return Ok(Value::none());
                }
                if let IterState::Peekable { peeked, .. } = &mut *st.borrow_mut() {
                    *peeked = None;
                }
                return Ok(Value::some(item));
            }
            M::Contains => {
                let x = arg();
                // `s.contains(['a', 'b'])`, `s.contains(char::is_numeric)`:
                // a pattern of chars.
                if let Some(text) = recv.as_str()
                    && matches!(self.auto_deref(x.clone()), Value::Vec(_) | Value::Func(_))
                {
                    let text = text.to_string();
                    if let Some(ms) = self.char_pattern_matches(&text, &x, true, false, span)? {
                        return Ok(Value::Bool(!ms.is_empty()));
                    }
                }
                if !self.p.user_eqs.is_empty()
                    && let Value::Vec(v) = &recv
                {
                    for y in v.iter() {
                        if self.user_values_eq(y, &x, 0)? {
                            return Ok(Value::Bool(true));
                        }
                    }
                    return Ok(Value::Bool(false));
                }
                return Ok(Value::Bool(match &recv {
                    Value::Vec(v) | Value::Set(v) => v.iter().any(|y| self.values_eq(y, &x)),
                    Value::Str(_) | Value::String(_) => match (&x, x.as_str()) {
                        (_, Some(sub)) => crate::text::find_str(recv.as_str().unwrap_or(""), sub).is_some(),
                        (Value::Char(c), None) => recv.as_str().unwrap_or("").contains(*c),
                        _ => false,
                    },
                    Value::Range(s, e, inc) => {
                        let Value::Int(i) = x else { return Ok(Value::Bool(false)) };
                        i >= *s && (if *inc { i <= *e } else { i < *e })
                    }
                    // A range of `char`s, which runs as the iterator of its
                    // chars (`Op::CharRange`).
                    Value::Iter(it) if matches!((&*it.borrow(), &x), (IterState::Chars { .. }, Value::Char(_))) => match (&*it.borrow(), &x) {
                        (IterState::Chars { cur, end, .. }, Value::Char(c)) => (*cur..*end).contains(&(*c as u32)),
                        _ => false,
                    },
                    _ => return self.unsupported_method(span, "contains", &ctx_name),
                }));
            }
            M::ContainsKey => {
                let k = arg();
                let Value::Map(m) = &recv else { return self.unsupported_method(span, "contains_key", &ctx_name) };
                return Ok(Value::Bool(m.iter().any(|(x, _)| self.values_eq(x, &k))));
            }
            M::FirstKeyValue | M::LastKeyValue => {
                let Value::Map(m) = &recv else { return self.unsupported_method(span, name, &ctx_name) };
                let kv = if mn == M::FirstKeyValue { m.first() } else { m.last() };
                return Ok(Value::opt(kv.map(|(k, v)| Value::Tuple(Rc::new(vec![k.clone(), v.clone()])))));
            }
            // `m.range(a..b)` of a `BTreeMap` or `BTreeSet`: the compiler
            // passes the bounds as `(start, has_start, end, has_end,
            // inclusive)`.
            M::Range => return self.btree_range(recv, arg(), span, &ctx_name),
            M::Get => {
                let k = arg();
                return Ok(match &recv {
                    Value::Map(m) => Value::opt(m.iter().find(|(x, _)| self.values_eq(x, &k)).map(|(_, v)| v.clone())),
                    Value::Vec(v) => match k {
                        Value::Int(i) if i >= 0 && (i as usize) < v.len() => Value::some(v[i as usize].clone()),
                        _ => Value::none(),
                    },
                    _ => return self.unsupported_method(span, "get", &ctx_name),
                });
            }
            M::Keys | M::Values => {
                let Value::Map(m) = &recv else { return self.unsupported_method(span, name, &ctx_name) };
                let items: Vec<Value> = m.iter().map(|(k, v)| if mn == M::Keys { k.clone() } else { v.clone() }).collect();
                return Ok(items_iter(items));
            }
            M::First => {
                // A set is sorted: its first is its smallest (`BTreeSet`).
                let (Value::Vec(v) | Value::Set(v)) = &recv else { return self.unsupported_method(span, "first", &ctx_name) };
                return Ok(Value::opt(v.first().cloned()));
            }
            M::Join => {
                let sep = arg();
                let Value::Vec(v) = &recv else { return self.unsupported_method(span, "join", &ctx_name) };
                let parts: Vec<String> = v.iter().map(|x| x.as_str().unwrap_or("").to_string()).collect();
                return Ok(Value::string(parts.join(sep.as_str().unwrap_or(""))));
            }
            // `[&str]`/`[String]` into one `String`; `[Vec<T>]` into one `Vec<T>`.
            M::Concat => {
                let Value::Vec(v) = &recv else { return self.unsupported_method(span, "concat", &ctx_name) };
                // Empty, the run cannot tell a `String` from a `Vec` result.
                if v.is_empty() {
                    return self.unsupported_method(span, "concat", &"an empty list");
                }
                if v.iter().all(|x| x.as_str().is_some()) {
                    return Ok(Value::string(v.iter().filter_map(|x| x.as_str()).collect::<String>()));
                }
                let mut out = Vec::new();
                for x in v.iter() {
                    let Value::Vec(inner) = self.auto_deref(x.clone()) else { return self.unsupported_method(span, "concat", &ctx_name) };
                    out.extend(inner.iter().cloned());
                }
                return Ok(Value::Vec(Rc::new(out)));
            }
            M::StartsWith | M::EndsWith => {
                let start = mn == M::StartsWith;
                let p = self.auto_deref(arg());
                if let Some(s) = recv.as_str() {
                    if let Some(p) = p.as_str() {
                        return Ok(Value::Bool(if start { s.starts_with(p) } else { s.ends_with(p) }));
                    }
                    // A `char`, a set of chars or a closure: the first (last)
                    // char, if there is one.
                    let c = if start { s.chars().next() } else { s.chars().next_back() };
                    let Some(c) = c else { return Ok(Value::Bool(false)) };
                    return Ok(Value::Bool(match &p {
                        Value::Char(d) => *d == c,
                        Value::Vec(cs) if cs.iter().all(|x| matches!(x, Value::Char(_))) => cs.iter().any(|x| matches!(x, Value::Char(d) if *d == c)),
                        Value::Func(_) => matches!(self.call_closure(p.clone(), vec![Value::Char(c)], span)?, Value::Bool(true)),
                        _ => return self.unsupported_stop(span, format!("`{name}` with this pattern is not supported yet")),
                    }));
                }
                // A slice's: its first (last) elements equal the needle's.
                let (Value::Vec(v), Value::Vec(n)) = (self.auto_deref(recv.clone()), p) else { return self.unsupported_method(span, name, &ctx_name) };
                if n.len() > v.len() {
                    return Ok(Value::Bool(false));
                }
                let off = if start { 0 } else { v.len() - n.len() };
                return Ok(Value::Bool(n.iter().zip(&v[off..]).all(|(a, b)| values_eq_static(a, b))));
            }
            M::ToUppercase | M::ToLowercase => {
                // std's Unicode case mapping would add ~20 KB of tables to the
                // wasm. Every character with a case mapping is alphabetic, so
                // text without non-ASCII letters maps exactly like std.
                // A `char`'s `ToUppercase` / `ToLowercase` prints as its text.
                let one;
                let s = match &recv {
                    Value::Char(c) => {
                        one = c.to_string();
                        one.as_str()
                    }
                    _ => recv.as_str().unwrap_or(""),
                };
                if s.chars().any(|c| !c.is_ascii() && c.is_alphabetic()) {
                    // (Unicode's case tables would grow the download.)
                    return self.unsupported_stop(span, format!("`{name}` of non-ASCII text is not supported yet"));
                }
                return Ok(Value::string(if mn == M::ToUppercase { s.to_ascii_uppercase() } else { s.to_ascii_lowercase() }));
            }
            M::Trim => return Ok(Value::Str(recv.as_str().unwrap_or("").trim().into())),
            M::Find | M::Split if on.is_str() || (on == StdTy::Unknown && recv.as_str().is_some()) => {
                let s = recv.as_str().unwrap_or("");
                let p = arg();
                if let Some(ms) = self.char_pattern_matches(s, &p, mn == M::Find, false, span)? {
                    return Ok(match mn {
                        M::Find => Value::opt(ms.first().map(|&(i, _)| Value::Int(i as i64))),
                        _ => items_iter(split_at_matches(s, &ms, usize::MAX)),
                    });
                }
                return Ok(match (mn, &p, p.as_str()) {
                    (M::Find, Value::Char(c), _) => Value::opt(s.find(*c).map(|i| Value::Int(i as i64))),
                    (M::Find, _, Some(sub)) => Value::opt(s.find(sub).map(|i| Value::Int(i as i64))),
                    (_, Value::Char(c), _) => items_iter(s.split(*c).map(|x| Value::Str(x.into())).collect()),
                    (_, _, Some(sub)) => items_iter(s.split(sub).map(|x| Value::Str(x.into())).collect()),
                    _ => return self.unsupported_stop(span, format!("`{name}` with this pattern is not supported yet")),
                });
            }
            // `split` without a last empty piece; the pieces a pattern
            // matches.
            M::SplitTerminator | M::Matches if recv.as_str().is_some() => {
                let s = recv.as_str().unwrap_or("");
                let p = arg();
                let piece = |x: &str| Value::Str(x.into());
                if let Some(ms) = self.char_pattern_matches(s, &p, false, false, span)? {
                    return Ok(items_iter(if mn == M::Matches {
                        ms.iter().map(|&(a, b)| piece(&s[a..b])).collect()
                    } else {
                        let mut parts = split_at_matches(s, &ms, usize::MAX);
                        if ms.last().is_some_and(|&(_, b)| b == s.len()) || s.is_empty() {
                            parts.pop();
                        }
                        parts
                    }));
                }
                let mut buf = [0u8; 4];
                let pat = match (&p, p.as_str()) {
                    (Value::Char(c), _) => &*c.encode_utf8(&mut buf),
                    (_, Some(sub)) => sub,
                    _ => return self.unsupported_stop(span, format!("`{name}` with this pattern is not supported yet")),
                };
                return Ok(items_iter(if mn == M::Matches { s.matches(pat).map(piece).collect() } else { s.split_terminator(pat).map(piece).collect() }));
            }
            // `chars.as_str()`: what the `Chars` has left.
            M::AsStr if matches!(recv, Value::Iter(_)) => {
                let Value::Iter(st) = &recv else { return panic("internal error: not an iterator") };
                let rest = match &*st.borrow() {
                    IterState::Items { items, front, back, rev: false } => Some(
                        items.get(*front..*back).unwrap_or(&[]).iter().filter_map(|c| if let Value::Char(c) = c { Some(*c) } else { None }).collect::<String>(),
                    ),
                    _ => None,
                };
                return match rest {
                    Some(s) => Ok(Value::string(s)),
                    None => self.unsupported_stop(span, "`as_str` of this iterator is not supported yet".into()),
                };
            }
            M::AsStr | M::AsRef | M::Borrow | M::Deref | M::AsDeref => return Ok(recv),
            M::SplitOnce | M::RsplitOnce if recv.as_str().is_some() => {
                let s = recv.as_str().unwrap_or("");
                let p = arg();
                let halves = |a: usize, b: usize| Value::Tuple(Rc::new(vec![Value::Str(s[..a].into()), Value::Str(s[b..].into())]));
                // Chars or a closure on a char: the first (last) match.
                if let Some(ms) = self.char_pattern_matches(s, &p, mn == M::SplitOnce, mn == M::RsplitOnce, span)? {
                    return Ok(Value::opt(ms.first().map(|&(a, b)| halves(a, b))));
                }
                let mut buf = [0u8; 4];
                let pat = match (&p, p.as_str()) {
                    (Value::Char(c), _) => &*c.encode_utf8(&mut buf),
                    (_, Some(sub)) => sub,
                    _ => return self.unsupported_stop(span, format!("`{name}` with this pattern is not supported yet")),
                };
                let parts = if mn == M::SplitOnce { s.split_once(pat) } else { s.rsplit_once(pat) };
                return Ok(Value::opt(parts.map(|(a, b)| Value::Tuple(Rc::new(vec![Value::Str(a.into()), Value::Str(b.into())])))));
            }
            M::CharIndices if recv.as_str().is_some() => {
                let s = recv.as_str().unwrap_or("");
                let items = s.char_indices().map(|(i, c)| Value::Tuple(Rc::new(vec![Value::Int(i as i64), Value::Char(c)]))).collect();
                return Ok(items_iter(items));
            }
            M::Windows | M::Chunks | M::ToVec | M::BinarySearch | M::IsSorted if matches!(self.auto_deref(recv.clone()), Value::Vec(_)) => {
                let Value::Vec(v) = self.auto_deref(recv) else { return panic("internal error: not a slice") };
                if mn == M::IsSorted {
                    for w in v.windows(2) {
                        if self.total_order(&w[0], &w[1])?.is_gt() {
                            return Ok(Value::Bool(false));
                        }
                    }
                    return Ok(Value::Bool(true));
                }
                if mn == M::ToVec {
                    return Ok(Value::Vec(Rc::new(self.clone_items(&v)?)));
                }
                if mn == M::BinarySearch {
                    // Where it is, or where it would go; among equal
                    // elements, the one std's halving search lands on.
                    let x = self.auto_deref(arg());
                    return prim::seq::search(self, v.len(), &mut |vm, i| vm.total_order(&v[i], &x));
                }
                let n = arg().as_int().unwrap_or(0);
                if n <= 0 {
                    let what = if mn == M::Windows { "window size must be non-zero" } else { "chunk size must be non-zero" };
                    return panic(what);
                }
                let n = n as usize;
                let items: Vec<Value> = if mn == M::Windows {
                    v.windows(n).map(|w| Value::Vec(Rc::new(w.to_vec()))).collect()
                } else {
                    v.chunks(n).map(|c| Value::Vec(Rc::new(c.to_vec()))).collect()
                };
                return Ok(items_iter(items));
            }
            M::Repeat => {
                let n = arg().as_int().unwrap_or(0).max(0) as usize;
                let s = recv.as_str().unwrap_or("");
                if s.len().saturating_mul(n) > self.config.max_output_bytes {
                    return Err(self.budget_stop(Budget::CollectionLen));
                }
                return Ok(Value::string(s.repeat(n)));
            }
            M::SplitWhitespace | M::Lines => {
                let s = recv.as_str().unwrap_or("");
                let items: Vec<Value> = if mn == M::Lines {
                    s.lines().map(|x| Value::Str(x.into())).collect()
                } else {
                    s.split_whitespace().map(|x| Value::Str(x.into())).collect()
                };
                return Ok(items_iter(items));
            }
            M::Parse => {
                // As an i64: the turbofish (`parse::<u8>()`) does not reach the VM.
                let text = recv.as_str().unwrap_or("");
                return Ok(match text.parse::<i64>() {
                    Ok(i) => Value::ok(Value::Int(i)),
                    // Beyond `i64`: the compiler's `FitInt` checks the type's range.
                    Err(_) if text.parse::<i128>().is_ok() => Value::ok(Value::from_i128(text.parse::<i128>().unwrap_or(0))),
                    Err(e) => parse_int_error(e.kind()),
                });
            }
            M::Abs | M::Signum | M::IsPositive | M::IsNegative => {
                return Ok(match recv {
                    Value::Int(i) => match mn {
                        M::Abs => Value::Int(i.checked_abs().ok_or_else(|| Fail::Panic("attempt to negate with overflow".into()))?),
                        M::Signum => Value::Int(i.signum()),
                        M::IsPositive => Value::Bool(i > 0),
                        _ => Value::Bool(i < 0),
                    },
                    Value::F32(f) => match mn {
                        M::Abs => Value::F32(f.abs()),
                        M::Signum => Value::F32(f.signum()),
                        M::IsPositive => Value::Bool(f > 0.0),
                        _ => Value::Bool(f < 0.0),
                    },
                    Value::Float(f) => match mn {
                        M::Abs => Value::Float(f.abs()),
                        M::Signum => Value::Float(f.signum()),
                        M::IsPositive => Value::Bool(f > 0.0),
                        _ => Value::Bool(f < 0.0),
                    },
                    _ => return self.unsupported_method(span, name, &ctx_name),
                });
            }
            M::Pow => {
                // In `i128`: the compiler's `CheckInt` holds the result to its type.
                let (Some(b), Value::Int(e)) = (recv.as_i128(), arg()) else { return panic("`pow` needs integers") };
                let e = u32::try_from(e).map_err(|_| Fail::Panic("attempt to multiply with overflow".into()))?;
                return Ok(Value::from_i128(b.checked_pow(e).ok_or_else(|| Fail::Panic("attempt to multiply with overflow".into()))?));
            }
            M::Sqrt | M::Floor | M::Ceil | M::Round => {
                let Some(f) = recv.as_float() else { return self.unsupported_method(span, name, &ctx_name) };
                let x = match mn {
                    M::Sqrt => f.sqrt(),
                    M::Floor => f.floor(),
                    M::Ceil => f.ceil(),
                    _ => f.round(),
                };
                // One `f64` square root of an `f32` rounds to the `f32` one.
                return Ok(if matches!(recv, Value::F32(_)) { Value::F32(x as f32) } else { Value::Float(x) });
            }
            // `instant.checked_add(d)`, `instant.checked_sub(d)`.
            M::CheckedAdd | M::CheckedSub if matches!(recv, Value::Instant(_)) => {
                let (Value::Instant(t), Value::Duration(d)) = (recv, arg()) else { return panic(format!("internal error: `{name}` needs a Duration")) };
                let out = if mn == M::CheckedAdd { t.checked_add(d) } else { t.checked_sub(d) };
                // Below Tokio's virtual zero a real instant still exists.
                if out.is_none() && t < super::prim::thread::STD_INSTANT_BASE {
                    return self.unsupported_method(span, name, &ctx_name);
                }
                return Ok(Value::opt(out.map(Value::Instant)));
            }
            // `Duration`'s checked and saturating arithmetic: with another
            // `Duration`, or (`mul`, `div`) a `u32`.
            M::SaturatingSub | M::SaturatingAdd | M::CheckedAdd | M::CheckedSub | M::CheckedMul | M::CheckedDiv if matches!(recv, Value::Duration(_)) => {
                let Value::Duration(a) = recv else { return panic("internal error: not a Duration") };
                let b = match arg() {
                    Value::Duration(b) => b,
                    Value::Int(n) if n >= 0 => n as u64,
                    _ => return panic(format!("internal error: `{name}` needs a Duration")),
                };
                return Ok(match mn {
                    M::SaturatingSub => Value::Duration(a.saturating_sub(b)),
                    M::SaturatingAdd => Value::Duration(a.saturating_add(b)),
                    M::CheckedAdd => Value::opt(a.checked_add(b).map(Value::Duration)),
                    M::CheckedSub => Value::opt(a.checked_sub(b).map(Value::Duration)),
                    M::CheckedMul => Value::opt(a.checked_mul(b).map(Value::Duration)),
                    _ => Value::opt(a.checked_div(b).map(Value::Duration)),
                });
            }
            M::SaturatingSub | M::SaturatingAdd | M::WrappingAdd | M::CheckedAdd | M::CheckedSub | M::CheckedMul | M::CheckedDiv | M::RemEuclid => {
                // In `i128`, so that `u64` values past `i64::MAX` work too;
                // the compiler's `FitInt` holds the result to its type
                // (wrapping, saturating, or `None` for the checked forms).
                let (Some(a), Some(b)) = (recv.as_i128(), arg().as_i128()) else { return panic(format!("internal error: `{name}` needs integers")) };
                return Ok(match mn {
                    M::SaturatingSub => Value::from_i128(a.saturating_sub(b)),
                    M::SaturatingAdd => Value::from_i128(a.saturating_add(b)),
                    M::WrappingAdd => Value::from_i128(a.wrapping_add(b)),
                    M::RemEuclid => {
                        Value::from_i128(if b == 0 { return panic("attempt to calculate the remainder with a divisor of zero") } else { a.rem_euclid(b) })
                    }
                    M::CheckedAdd => Value::opt(a.checked_add(b).map(Value::from_i128)),
                    M::CheckedSub => Value::opt(a.checked_sub(b).map(Value::from_i128)),
                    M::CheckedMul => Value::opt(a.checked_mul(b).map(Value::from_i128)),
                    _ => Value::opt(a.checked_div(b).map(Value::from_i128)),
                });
            }
            // `u8`'s ASCII tests: as its `char`'s.
            M::IsAsciiDigit
            | M::IsAsciiAlphabetic
            | M::IsAsciiAlphanumeric
            | M::IsAsciiUppercase
            | M::IsAsciiLowercase
            | M::IsAsciiPunctuation
            | M::IsAsciiWhitespace
                if let Value::Int(n @ 0..=255) = recv =>
            {
                let c = char::from(n as u8);
                return Ok(Value::Bool(match mn {
                    M::IsAsciiDigit => c.is_ascii_digit(),
                    M::IsAsciiAlphabetic => c.is_ascii_alphabetic(),
                    M::IsAsciiAlphanumeric => c.is_ascii_alphanumeric(),
                    M::IsAsciiUppercase => c.is_ascii_uppercase(),
                    M::IsAsciiLowercase => c.is_ascii_lowercase(),
                    M::IsAsciiPunctuation => c.is_ascii_punctuation(),
                    _ => c.is_ascii_whitespace(),
                }));
            }
            M::IsAlphabetic | M::IsNumeric | M::IsAsciiDigit => {
                let Value::Char(c) = recv else { return self.unsupported_method(span, name, &ctx_name) };
                return Ok(Value::Bool(match mn {
                    M::IsAlphabetic => c.is_alphabetic(),
                    M::IsNumeric => c.is_numeric(),
                    _ => c.is_ascii_digit(),
                }));
            }
            M::IsAlphanumeric
            | M::IsWhitespace
            | M::IsUppercase
            | M::IsLowercase
            | M::IsAsciiAlphabetic
            | M::IsAsciiAlphanumeric
            | M::IsAsciiUppercase
            | M::IsAsciiLowercase
            | M::IsAsciiPunctuation
            | M::IsAsciiWhitespace => {
                let Value::Char(c) = recv else { return self.unsupported_method(span, name, &ctx_name) };
                // Case is known here for ASCII letters only: std's tables
                // for the rest would grow the download (as for `to_uppercase`).
                if matches!(mn, M::IsUppercase | M::IsLowercase) && !c.is_ascii() && c.is_alphabetic() {
                    return self.unsupported_stop(span, format!("`{name}` of the non-ASCII letter {c:?} is not supported yet"));
                }
                return Ok(Value::Bool(match mn {
                    M::IsAlphanumeric => c.is_alphanumeric(),
                    M::IsWhitespace => c.is_whitespace(),
                    M::IsUppercase | M::IsAsciiUppercase => c.is_ascii_uppercase(),
                    M::IsLowercase | M::IsAsciiLowercase => c.is_ascii_lowercase(),
                    M::IsAsciiAlphabetic => c.is_ascii_alphabetic(),
                    M::IsAsciiAlphanumeric => c.is_ascii_alphanumeric(),
                    M::IsAsciiPunctuation => c.is_ascii_punctuation(),
                    _ => c.is_ascii_whitespace(),
                }));
            }
            M::IsAscii => {
                return Ok(Value::Bool(match &recv {
                    Value::Char(c) => c.is_ascii(),
                    // A `u8`, and a slice of them.
                    Value::Int(n) => (0..128).contains(n),
                    Value::Vec(xs) if xs.iter().all(|x| matches!(x, Value::Int(_))) => xs.iter().all(|x| matches!(x, Value::Int(0..128))),
                    _ => match recv.as_str() {
                        Some(s) => s.is_ascii(),
                        None => return self.unsupported_method(span, name, &ctx_name),
                    },
                }));
            }
            M::ToAsciiUppercase | M::ToAsciiLowercase => {
                let upper = mn == M::ToAsciiUppercase;
                return Ok(match &recv {
                    Value::Char(c) => Value::Char(if upper { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }),
                    Value::Int(n @ 0..=255) => {
                        let b = *n as u8;
                        Value::Int(i64::from(if upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }))
                    }
                    _ => match recv.as_str() {
                        Some(s) => Value::string(if upper { s.to_ascii_uppercase() } else { s.to_ascii_lowercase() }),
                        None => return self.unsupported_method(span, name, &ctx_name),
                    },
                });
            }
            M::ToDigit => {
                let Value::Char(c) = recv else { return self.unsupported_method(span, "to_digit", &ctx_name) };
                let radix = arg().as_int().unwrap_or(10) as u32;
                return Ok(Value::opt(c.to_digit(radix.clamp(2, 36)).map(|d| Value::Int(d as i64))));
            }
            M::Skip | M::Take | M::StepBy | M::Nth | M::Flatten | M::Peekable | M::Cycle if !matches!(on, StdTy::Option | StdTy::Result) => {
                return self.lazy_adapter(recv, mn, arg, span);
            }
            M::Zip if on == StdTy::Option || (on == StdTy::Unknown && opt(&recv).is_some()) => {
                // `Option::zip`
                let other = arg();
                return Ok(match (opt(&recv), opt(&other)) {
                    (Some((true, a)), Some((true, b))) => Value::some(Value::Tuple(Rc::new(vec![a, b]))),
                    _ => Value::none(),
                });
            }
            M::Zip | M::Chain => return self.lazy_adapter(recv, mn, arg, span),
            // A vector's capacity follows std's growth policy, which the
            // VM does not model: never the VM's own allocation.
            M::Capacity if matches!(recv, Value::Vec(_)) => return self.unsupported_method(span, name, &ctx_name),
            M::TrimStart | M::TrimEnd if recv.as_str().is_some() => {
                let s = recv.as_str().unwrap_or("");
                return Ok(Value::Str(if mn == M::TrimStart { s.trim_start() } else { s.trim_end() }.into()));
            }
            M::TrimStartMatches | M::TrimEndMatches | M::TrimMatches if recv.as_str().is_some() => {
                let s = recv.as_str().unwrap_or("");
                let p = self.auto_deref(arg());
                let (front, back) = (mn != M::TrimEndMatches, mn != M::TrimStartMatches);
                let (mut start, mut end) = (0, s.len());
                if let Value::Func(_) | Value::Vec(_) = &p {
                    // A closure or a set of chars: whole chars, from the
                    // front, then from the back.
                    let hit = |vm: &mut Self, c: char| -> R<bool> {
                        Ok(match &p {
                            Value::Vec(cs) => cs.iter().any(|x| matches!(x, Value::Char(d) if *d == c)),
                            _ => matches!(vm.call_closure(p.clone(), vec![Value::Char(c)], span)?, Value::Bool(true)),
                        })
                    };
                    if front {
                        for (i, c) in s.char_indices() {
                            start = i;
                            if !hit(self, c)? {
                                break;
                            }
                            start = i + c.len_utf8();
                        }
                    }
                    if back {
                        for (i, c) in s[start..].char_indices().rev() {
                            end = start + i + c.len_utf8();
                            if !hit(self, c)? {
                                break;
                            }
                            end = start + i;
                        }
                    }
                    return Ok(Value::Str(s[start..end.max(start)].into()));
                }
                let mut buf = [0u8; 4];
                let pat = match (&p, p.as_str()) {
                    (Value::Char(c), _) => &*c.encode_utf8(&mut buf),
                    (_, Some(sub)) => sub,
                    _ => return self.unsupported_stop(span, format!("`{name}` with this pattern is not supported yet")),
                };
                if front && back && !matches!(p, Value::Char(_)) {
                    // rustc refuses a `&str` pattern here (it cannot search
                    // from both ends); the checker does not know that yet.
                    return self.unsupported_stop(span, "`trim_matches` with a `&str` pattern is not supported".into());
                }
                let t = match (front, back) {
                    (true, false) => s.trim_start_matches(pat),
                    (false, true) => s.trim_end_matches(pat),
                    _ => match p {
                        Value::Char(c) => s.trim_matches(c),
                        _ => s,
                    },
                };
                return Ok(Value::Str(t.into()));
            }
            M::AsBytes if recv.as_str().is_some() => {
                return Ok(Value::Vec(Rc::new(recv.as_str().unwrap_or("").bytes().map(|b| Value::Int(i64::from(b))).collect())));
            }
            // `s.replacen(pat, to, count)`: the first `count` matches replaced.
            M::Replacen if recv.as_str().is_some() => {
                let s = recv.as_str().unwrap_or("");
                let (p, to, count) = (arg(), arg(), arg());
                let (to, count) = (to.as_str().unwrap_or("").to_string(), count.as_int().unwrap_or(0).max(0) as usize);
                let mut buf = [0u8; 4];
                let out = match (&self.auto_deref(p.clone()), p.as_str()) {
                    (Value::Char(c), _) => s.replacen(&*c.encode_utf8(&mut buf), &to, count),
                    (_, Some(sub)) => s.replacen(sub, &to, count),
                    (x, _) if let Some(set) = char_set(x) => s.replacen(&set[..], &to, count),
                    _ => return self.unsupported_stop(span, format!("`{name}` with this pattern is not supported yet")),
                };
                self.charge(out.len())?;
                return Ok(Value::string(out));
            }
            // `s.rsplitn(n, pat)`: at most `n` pieces, split from the back.
            M::Rsplitn if recv.as_str().is_some() => {
                let s = recv.as_str().unwrap_or("");
                let n = arg().as_int().unwrap_or(0).max(0) as usize;
                let p = arg();
                let piece = |x: &str| Value::Str(x.into());
                let mut buf = [0u8; 4];
                return Ok(items_iter(match (&self.auto_deref(p.clone()), p.as_str()) {
                    (Value::Char(c), _) => s.rsplitn(n, &*c.encode_utf8(&mut buf)).map(piece).collect(),
                    (_, Some(sub)) => s.rsplitn(n, sub).map(piece).collect(),
                    (x, _) if let Some(set) = char_set(x) => s.rsplitn(n, &set[..]).map(piece).collect(),
                    _ => return self.unsupported_stop(span, format!("`{name}` with this pattern is not supported yet")),
                }));
            }
            M::Rsplit | M::Rfind | M::StripPrefix | M::StripSuffix | M::Splitn if recv.as_str().is_some() => {
                let s = recv.as_str().unwrap_or("");
                let n = if mn == M::Splitn { arg().as_int() } else { None };
                let p = arg();
                // A prefix (suffix) of chars: the first (last) char alone is
                // tried, as std does.
                let (text, at) = match mn {
                    M::StripPrefix => (&s[..s.chars().next().map_or(0, char::len_utf8)], 0),
                    M::StripSuffix => {
                        let from = s.len() - s.chars().next_back().map_or(0, char::len_utf8);
                        (&s[from..], from)
                    }
                    _ => (s, 0),
                };
                if let Some(ms) = self.char_pattern_matches(text, &p, false, matches!(mn, M::Rfind | M::StripSuffix), span)? {
                    let piece = |x: &str| Value::Str(x.into());
                    return Ok(match mn {
                        M::StripPrefix => Value::opt(ms.first().map(|&(_, b)| piece(&s[b..]))),
                        M::StripSuffix => Value::opt(ms.first().map(|&(a, _)| piece(&s[..at + a]))),
                        M::Rfind => Value::opt(ms.first().map(|&(i, _)| Value::Int(i as i64))),
                        M::Rsplit => items_iter(split_at_matches(s, &ms, usize::MAX).into_iter().rev().collect()),
                        _ => items_iter(split_at_matches(s, &ms, n.unwrap_or(0).max(0) as usize)),
                    });
                }
                let mut buf = [0u8; 4];
                let pat = match (&p, p.as_str()) {
                    (Value::Char(c), _) => &*c.encode_utf8(&mut buf),
                    (_, Some(sub)) => sub,
                    _ => return self.unsupported_stop(span, format!("`{name}` with a pattern that is not a `char` or a `&str` is not supported yet")),
                };
                let piece = |x: &str| Value::Str(x.into());
                return Ok(match mn {
                    M::Rsplit => items_iter(s.rsplit(pat).map(piece).collect()),
                    M::Splitn => items_iter(s.splitn(n.unwrap_or(0).max(0) as usize, pat).map(piece).collect()),
                    M::Rfind => Value::opt(s.rfind(pat).map(|i| Value::Int(i as i64))),
                    M::StripPrefix => Value::opt(s.strip_prefix(pat).map(piece)),
                    _ => Value::opt(s.strip_suffix(pat).map(piece)),
                });
            }
            M::IsDigit | M::LenUtf8 if matches!(recv, Value::Char(_)) => {
                let Value::Char(c) = recv else { return panic("internal error: not a char") };
                if mn == M::LenUtf8 {
                    return Ok(Value::Int(c.len_utf8() as i64));
                }
                let radix = arg().as_int().unwrap_or(10);
                if !(2..=36).contains(&radix) {
                    return self.unsupported_stop(span, "`is_digit` with a radix outside 2..=36 is not supported yet".into());
                }
                return Ok(Value::Bool(c.is_digit(radix as u32)));
            }
            M::ThenSome if matches!(recv, Value::Bool(_)) => {
                let v = arg();
                return Ok(if matches!(recv, Value::Bool(true)) { Value::some(v) } else { Value::none() });
            }
            M::SplitAt => {
                let mid = arg().as_int().unwrap_or(0);
                let pair = |a: Value, b: Value| Value::Tuple(Rc::new(vec![a, b]));
                match self.auto_deref(recv.clone()) {
                    Value::Vec(v) => {
                        let Some(mid) = usize::try_from(mid).ok().filter(|&m| m <= v.len()) else { return panic("mid > len") };
                        return Ok(pair(Value::Vec(Rc::new(v[..mid].to_vec())), Value::Vec(Rc::new(v[mid..].to_vec()))));
                    }
                    r => {
                        if let Some(s) = r.as_str() {
                            let Some(mid) = usize::try_from(mid).ok().filter(|&m| s.is_char_boundary(m)) else {
                                return self.unsupported_stop(span, "`split_at` outside the text or inside a character is not supported yet".into());
                            };
                            return Ok(pair(Value::Str(s[..mid].into()), Value::Str(s[mid..].into())));
                        }
                    }
                }
            }
            M::AsSlice => return Ok(recv),
            M::And | M::Or | M::Xor if opt(&recv).is_some() => {
                let (some, _) = opt(&recv).unwrap_or((false, Value::Unit));
                let other = arg();
                let other_some = opt(&other).is_some_and(|(s, _)| s);
                return Ok(match mn {
                    M::And if some => other,
                    M::And => Value::none(),
                    M::Or if some => recv,
                    M::Or => other,
                    _ if some && !other_some => recv,
                    _ if !some && other_some => other,
                    _ => Value::none(),
                });
            }
            M::And | M::Or if res(&recv).is_some() => {
                let (ok, _) = res(&recv).unwrap_or((false, Value::Unit));
                let other = arg();
                return Ok(match (mn, ok) {
                    (M::And, true) | (M::Or, false) => other,
                    _ => recv,
                });
            }
            // `Duration::from_secs_f64(self.as_secs_f64() * k)`, as std's.
            M::MulF64 | M::DivF64 if matches!(recv, Value::Duration(_)) => {
                let (Value::Duration(d), Some(k)) = (recv, arg().as_float()) else { return panic("internal error: expected a Duration and an f64") };
                let secs = (d / 1_000_000_000) as f64 + (d % 1_000_000_000) as f64 / 1e9;
                let f = if mn == M::MulF64 { secs * k } else { secs / k };
                return Ok(Value::Duration(float_secs_to_nanos(f)?));
            }
            M::SubsecNanos | M::SubsecMicros | M::IsZero if matches!(recv, Value::Duration(_)) => {
                let Value::Duration(d) = recv else { return panic("internal error: not a Duration") };
                return Ok(match mn {
                    M::IsZero => Value::Bool(d == 0),
                    M::SubsecNanos => Value::Int((d % 1_000_000_000) as i64),
                    _ => Value::Int((d % 1_000_000_000 / 1_000) as i64),
                });
            }
            M::FromStrRadix if recv.as_str().is_some() => {
                let text = recv.as_str().unwrap_or("");
                let radix = arg().as_int().unwrap_or(10);
                if !(2..=36).contains(&radix) {
                    self.panic_location = Some(format!("{}/num/mod.rs:1801:1", crate::exec::CORE_SRC));
                    return panic(format!("from_ascii_radix: radix must lie in the range `[2, 36]` - found {radix}"));
                }
                return Ok(match i128::from_str_radix(text, radix as u32) {
                    Ok(i) => Value::ok(Value::from_i128(i)),
                    Err(e) => parse_int_error(e.kind()),
                });
            }
            _ => {}
        }
        self.unsupported_method(span, name, &ctx_name)
    }

    /// The matches in `s` of a pattern of chars (a closure `|c| ..`, or a
    /// slice or array of chars), as byte ranges in order; `None` for a
    /// `char` or text pattern. `first` stops at the first match; `from_back`
    /// tries the chars from the end and stops at the first match there.
    fn char_pattern_matches(&mut self, s: &str, p: &Value, first: bool, from_back: bool, span: Span) -> R<Option<Vec<(usize, usize)>>> {
        let p = self.auto_deref(p.clone());
        let chars: Option<Vec<char>> = match &p {
            Value::Func(_) => None,
            x => match char_set(x) {
                Some(set) => Some(set),
                None => return Ok(None),
            },
        };
        let mut out = Vec::new();
        let indices: Vec<(usize, char)> = if from_back { s.char_indices().rev().collect() } else { s.char_indices().collect() };
        for (i, c) in indices {
            let hit = match &chars {
                Some(cs) => cs.contains(&c),
                None => matches!(self.call_closure(p.clone(), vec![Value::Char(c)], span)?, Value::Bool(true)),
            };
            if hit {
                out.push((i, i + c.len_utf8()));
                if first || from_back {
                    break;
                }
            }
        }
        Ok(Some(out))
    }

    /// `BTreeMap::range` / `BTreeSet::range`: the entries whose keys are in
    /// the bounds, in order, with std's panics for bounds out of order.
    fn btree_range(&mut self, recv: Value, bounds: Value, span: Span, ctx_name: &dyn std::fmt::Display) -> R<Value> {
        let Value::Tuple(b) = &bounds else { return self.unsupported_method(span, "range", ctx_name) };
        let [start, has_start, end, has_end, inclusive] = &b[..] else { return self.unsupported_method(span, "range", ctx_name) };
        let (Value::Bool(has_start), Value::Bool(has_end), Value::Bool(inclusive)) = (has_start, has_end, inclusive) else {
            return self.unsupported_method(span, "range", ctx_name);
        };
        let (start, end) = (has_start.then_some(start), has_end.then_some(end));
        if start.is_some_and(|v| self.user_keyed(v)) || end.is_some_and(|v| self.user_keyed(v)) {
            return self.user_keyed_stop(span);
        }
        let (what, line, empty) = match &recv {
            Value::Map(m) => ("BTreeMap", 121, m.is_empty()),
            Value::Set(s) => ("BTreeSet", 119, s.is_empty()),
            _ => return self.unsupported_method(span, "range", ctx_name),
        };
        // std checks the bounds as it descends the tree: an empty one has
        // none to descend.
        if let (Some(s), Some(e), false) = (start, end, empty) {
            match cmp_values(s, e) {
                Some(std::cmp::Ordering::Greater) => {
                    self.panic_location = Some(format!("{}/collections/btree/search.rs:{line}:21", crate::exec::ALLOC_SRC));
                    return Err(Fail::Panic(format!("range start is greater than range end in {what}")));
                }
                Some(_) => {}
                None => return self.unsupported_method(span, "range", ctx_name),
            }
        }
        let in_range = |k: &Value| {
            start.is_none_or(|s| cmp_values(k, s).is_some_and(|o| o.is_ge()))
                && end.is_none_or(|e| cmp_values(k, e).is_some_and(|o| if *inclusive { o.is_le() } else { o.is_lt() }))
        };
        let items: Vec<Value> = match &recv {
            Value::Map(m) => m.iter().filter(|(k, _)| in_range(k)).map(|(k, v)| Value::Tuple(Rc::new(vec![k.clone(), v.clone()]))).collect(),
            Value::Set(s) => s.iter().filter(|k| in_range(k)).cloned().collect(),
            _ => return self.unsupported_method(span, "range", ctx_name),
        };
        Ok(items_iter(items))
    }

    /// A builtin method the VM does not have for this value. The checker
    /// accepted the call (or could not judge it), so this is Taskscope's
    /// limit, not the program's panic: the run stops and says so.
    #[inline(never)]
    fn unsupported_method(&mut self, span: Span, name: &str, ty: &dyn std::fmt::Display) -> R<Value> {
        self.unsupported_stop(span, format!("the method `{name}` on {ty} is not supported yet"))
    }

    pub(super) fn unsupported_stop(&mut self, span: Span, message: String) -> R<Value> {
        let d = Diagnostic::error(span, message).with_note("note: Taskscope cannot run this yet, so the run stops here instead of guessing");
        self.diagnostics.push(d);
        self.stop_with(Outcome::CompileError);
        Err(Fail::Stop)
    }

    pub(super) fn method_place(&mut self, co: &mut Co, base: usize, place: &Place, idx: &[Value], name_id: u32, args: Vec<Value>, span: Span) -> R<Value> {
        let (name, mn) = (self.p.names[name_id as usize].as_str(), self.p.method_names[name_id as usize]);
        // A range kept in a variable (`let mut r = 0..5; r.next()`): the
        // variable becomes the range's iterator, which advances in place.
        // (Later, `next_back` too: the iterator shares its state.)
        if matches!(mn, M::Next | M::NextBack) {
            let cur = self.place_mut(co, base, place, idx, true)?.clone();
            if matches!(cur, Value::Range(..)) {
                let it = self.make_iter(cur)?;
                *self.place_mut(co, base, place, idx, true)? = it.clone();
                return self.method(it, name, mn, StdTy::Unknown, 0, &mut std::iter::empty(), span);
            }
            if mn == M::NextBack && matches!(cur, Value::Iter(_)) {
                return self.method(cur, name, mn, StdTy::Unknown, 0, &mut std::iter::empty(), span);
            }
        }
        // `it.next()` where the checker did not know `it`'s type (a generic
        // parameter): a user iterator's `next`, which hands `self` back.
        if mn == M::Next {
            let cur = self.place_mut(co, base, place, idx, true)?.clone();
            if let Value::Struct(a) | Value::Enum(a) = &cur
                && let Some(&(_, next)) = self.p.user_iters.iter().find(|(d, _)| *d == a.def)
            {
                let r = self.call_sync(next, vec![cur])?;
                let Value::Tuple(t) = r else { return panic("internal error: a user `next` returned no `self`") };
                let (Some(item), Some(this)) = (t.first(), t.get(1)) else { return panic("internal error: a user `next` returned no `self`") };
                *self.place_mut(co, base, place, idx, true)? = this.clone();
                return Ok(item.clone());
            }
            // A std iterator shares its state: advanced where it is.
            return self.method(cur, name, mn, StdTy::Unknown, 0, &mut std::iter::empty(), span);
        }
        // `it.by_ref()`: the place becomes the iterator itself (a range or
        // a collection's, made one), whose state the adapters built on the
        // returned one share.
        if mn == M::ByRef {
            let cur = self.place_mut(co, base, place, idx, true)?.clone();
            if matches!(self.auto_deref(cur.clone()), Value::Struct(_) | Value::Enum(_)) {
                return self.unsupported_stop(span, "`by_ref` of an iterator of your own type is not supported yet".into());
            }
            let it = self.make_iter(cur)?;
            *self.place_mut(co, base, place, idx, true)? = it.clone();
            let Value::Iter(rc) = it else { return panic("internal error: `by_ref` of a value that is no iterator") };
            return Ok(Value::Iter(Rc::new(RefCell::new(IterState::Shared(rc)))));
        }
        // A `BinaryHeap`'s `&mut self` methods: its elements taken out of
        // the place, worked on (comparisons may call user code), put back.
        if matches!(mn, M::Push | M::Pop | M::Clear | M::Drain | M::Extend | M::Retain) && prim::is_heap(self.place_mut(co, base, place, idx, true)?) {
            let Value::Struct(heap) = std::mem::replace(self.place_mut(co, base, place, idx, true)?, Value::Unit) else {
                return panic("internal error: not a heap");
            };
            let inner = match Rc::try_unwrap(heap) {
                Ok(mut a) => std::mem::take(&mut a.fields).pop(),
                Err(a) => a.fields.first().cloned(),
            };
            let mut d: Vec<Value> = match inner {
                Some(Value::Vec(v)) => Rc::try_unwrap(v).unwrap_or_else(|v| (*v).clone()),
                _ => Vec::new(),
            };
            let r = self.heap_method(&mut d, mn, args, span);
            *self.place_mut(co, base, place, idx, true)? = prim::heap_value(d);
            return match r? {
                Some(v) => Ok(v),
                None => self.unsupported_method(span, name, &"a `BinaryHeap`"),
            };
        }
        if matches!(mn, M::Sort | M::SortUnstable) && self.has_user_order() {
            // Hand-written `Ord` impls are called: sorted apart, then stored back.
            let cur = self.place_mut(co, base, place, idx, true)?.clone();
            if let Value::Vec(v) = cur {
                let sorted = self.sort_stable_by(v.iter().cloned().collect(), &mut |vm, a, b| vm.total_order(a, b))?;
                *self.place_mut(co, base, place, idx, true)? = Value::Vec(Rc::new(sorted));
                return Ok(Value::Unit);
            }
        }
        if matches!(
            mn,
            M::Retain | M::SortByKey | M::SortByCachedKey | M::SortBy | M::SortUnstableBy | M::SortUnstableByKey | M::DedupByKey | M::DedupBy | M::RetainMut
        ) {
            // The closure cannot reach the receiver (it is borrowed
            // mutably): its value is worked on apart, then stored back.
            let cur = self.place_mut(co, base, place, idx, true)?.clone();
            let f = args.into_iter().next().unwrap_or(Value::Unit);
            let ty = TypeName(&self.p.defs, cur.clone()).to_string();
            let Some(new) = self.closure_place_method(cur, mn, f, span)? else { return self.unsupported_method(span, name, &ty) };
            *self.place_mut(co, base, place, idx, true)? = new;
            return Ok(Value::Unit);
        }
        // `extend` from any iterable: its items, pulled before the
        // receiver is borrowed.
        let mut args = args;
        if mn == M::Extend
            && let Some(a) = args.first_mut()
            && !matches!(a, Value::Vec(_) | Value::Range(..))
        {
            let items = self.drain_all(std::mem::replace(a, Value::Unit), span)?;
            *a = Value::Vec(Rc::new(items));
        }
        // Clones of values whose `Clone` may be written by hand, or that
        // drop by a user `Drop` (each clone on its own), made before the
        // receiver is borrowed: `extend_from_slice` clones each item;
        // `resize` and `fill` clone their value for all but the last slot,
        // which takes the value itself (as std's do).
        if self.clones_observable() && matches!(mn, M::ExtendFromSlice | M::Resize | M::Fill) {
            let len = match self.place_mut(co, base, place, idx, true)? {
                Value::Vec(v) => Some(v.len()),
                _ => None,
            };
            match (mn, len, args.as_mut_slice()) {
                (M::ExtendFromSlice, Some(_), [Value::Vec(o)]) => *o = Rc::new(self.clone_items(&o.clone())?),
                (M::Resize, Some(len), [n, x]) => {
                    let n = n.as_int().unwrap_or(0).max(0) as usize;
                    if n > self.config.max_collection_len {
                        return Err(self.budget_stop(Budget::CollectionLen));
                    }
                    let more = self.clones_then_value(std::mem::replace(x, Value::Unit), n.saturating_sub(len))?;
                    if let Value::Vec(v) = self.place_mut(co, base, place, idx, true)? {
                        let v = Rc::make_mut(v);
                        v.truncate(n);
                        v.extend(more);
                    }
                    return Ok(Value::Unit);
                }
                (M::Fill, Some(len), [x]) => {
                    let all = self.clones_then_value(std::mem::replace(x, Value::Unit), len)?;
                    if let Value::Vec(v) = self.place_mut(co, base, place, idx, true)? {
                        *v = Rc::new(all);
                    }
                    return Ok(Value::Unit);
                }
                _ => {}
            }
        }
        // Maps and sets keep their keys by the derived order and equality.
        if args.iter().any(|a| self.user_keyed(a)) && matches!(self.place_mut(co, base, place, idx, true)?, Value::Map(_) | Value::Set(_)) {
            return self.user_keyed_stop(span);
        }
        // What it may add to the receiver (`push`, `push_str`, `extend`, `insert`).
        self.charge(args.iter().map(super::meter::rough_bytes).sum())?;
        let max = self.config.max_collection_len;
        let max_text = self.config.max_output_bytes;
        let target = self.place_mut(co, base, place, idx, true)?;
        let mut args = args.into_iter();
        let mut arg = move || args.next().unwrap_or(Value::Unit);
        let over = |n: usize| n > max;
        let r: Result<Value, String> = (|| {
            // `str::replace` makes a new String and leaves the receiver alone (the
            // compiler treats `replace` as mutating, for `Option::replace`).
            if mn == M::Replace
                && let Some(s) = target.as_str()
            {
                let (from, to) = (arg(), arg());
                let to = to.as_str().unwrap_or("");
                let mut buf = [0u8; 4];
                let from = match (&from, from.as_str()) {
                    (Value::Char(c), _) => &*c.encode_utf8(&mut buf),
                    (_, Some(f)) => f,
                    // Any of these chars.
                    (x, _) if let Some(set) = char_set(x) => {
                        let n = s.chars().filter(|c| set.contains(c)).count();
                        if s.len().saturating_add(n.saturating_mul(to.len())) > max_text {
                            return Err("\u{0}budget".into());
                        }
                        return Ok(Value::string(s.replace(&set[..], to)));
                    }
                    _ => return Err("`replace` with this pattern is not supported yet".into()),
                };
                let n = s.matches(from).count();
                if (s.len() - n * from.len()).saturating_add(n.saturating_mul(to.len())) > max_text {
                    return Err("\u{0}budget".into());
                }
                return Ok(Value::string(s.replace(from, to)));
            }
            match target {
                Value::Vec(v) => {
                    let v = Rc::make_mut(v);
                    match mn {
                        M::Push | M::PushBack => {
                            if over(v.len() + 1) {
                                return Err("\u{0}budget".into());
                            }
                            v.push(arg());
                            Ok(Value::Unit)
                        }
                        M::PushFront => {
                            v.insert(0, arg());
                            Ok(Value::Unit)
                        }
                        M::Pop | M::PopBack => Ok(Value::opt(v.pop())),
                        M::PopFront => Ok(if v.is_empty() { Value::none() } else { Value::some(v.remove(0)) }),
                        M::Insert => {
                            let Value::Int(i) = arg() else { return Err("internal error: index must be an integer".into()) };
                            if i < 0 || i as usize > v.len() {
                                return Err(format!("insertion index (is {i}) should be <= len (is {})", v.len()));
                            }
                            v.insert(i as usize, arg());
                            Ok(Value::Unit)
                        }
                        M::Remove => {
                            let Value::Int(i) = arg() else { return Err("internal error: index must be an integer".into()) };
                            if i < 0 || i as usize >= v.len() {
                                return Err(format!("removal index (is {i}) should be < len (is {})", v.len()));
                            }
                            Ok(v.remove(i as usize))
                        }
                        M::Clear => {
                            v.clear();
                            Ok(Value::Unit)
                        }
                        M::Truncate => {
                            let n = arg().as_int().unwrap_or(0).max(0) as usize;
                            v.truncate(n);
                            Ok(Value::Unit)
                        }
                        M::Sort | M::SortUnstable => {
                            crate::sort::sort_by(v, |a, b| cmp_values(a, b).unwrap_or(std::cmp::Ordering::Equal).is_le());
                            Ok(Value::Unit)
                        }
                        M::Reverse => {
                            v.reverse();
                            Ok(Value::Unit)
                        }
                        M::Dedup => {
                            v.dedup_by(|a, b| values_eq_static(a, b));
                            Ok(Value::Unit)
                        }
                        M::SplitOff => {
                            let at = arg().as_int().unwrap_or(0).max(0) as usize;
                            if at > v.len() {
                                return Err(format!("`at` split index (is {at}) should be <= len (is {})", v.len()));
                            }
                            Ok(Value::Vec(Rc::new(v.split_off(at))))
                        }
                        M::SwapRemove => {
                            let Value::Int(i) = arg() else { return Err("internal error: index must be an integer".into()) };
                            if i < 0 || i as usize >= v.len() {
                                return Err(format!(
                                    "\u{1}{}/vec/mod.rs:2202:13\u{1}swap_remove index (is {i}) should be < len (is {})",
                                    crate::exec::ALLOC_SRC,
                                    v.len()
                                ));
                            }
                            Ok(v.swap_remove(i as usize))
                        }
                        M::RotateLeft | M::RotateRight => {
                            let mid = arg().as_int().unwrap_or(0);
                            let Some(mid) = usize::try_from(mid).ok().filter(|&m| m <= v.len()) else {
                                let (which, line) = if mn == M::RotateLeft { ("mid", 3885) } else { ("k", 3931) };
                                return Err(format!("\u{1}{}/slice/mod.rs:{line}:9\u{1}assertion failed: {which} <= self.len()", crate::exec::CORE_SRC));
                            };
                            if mn == M::RotateLeft {
                                v.rotate_left(mid);
                            } else {
                                v.rotate_right(mid);
                            }
                            Ok(Value::Unit)
                        }
                        M::Swap => {
                            let (Value::Int(a), Value::Int(b)) = (arg(), arg()) else { return Err("internal error: indices must be integers".into()) };
                            let (a, b, len) = (as_index(a), as_index(b), v.len());
                            // std indexes `a`, then `b`.
                            if let Some(i) = [a, b].into_iter().find(|&i| i >= len) {
                                return Err(format!("index out of bounds: the len is {len} but the index is {i}"));
                            }
                            v.swap(a, b);
                            Ok(Value::Unit)
                        }
                        M::Extend | M::Append | M::ExtendFromSlice => {
                            match arg() {
                                Value::Vec(o) => {
                                    if over(v.len() + o.len()) {
                                        return Err("\u{0}budget".into());
                                    }
                                    v.extend(o.iter().cloned())
                                }
                                Value::Range(s, e, inc) => {
                                    let end = if inc { e.saturating_add(1) } else { e };
                                    if over(v.len() + (end - s).max(0) as usize) {
                                        return Err("\u{0}budget".into());
                                    }
                                    v.extend((s..end).map(Value::Int))
                                }
                                _ => return Err("internal error: `extend` needs a Vec or a range".into()),
                            }
                            Ok(Value::Unit)
                        }
                        M::Drain => {
                            let (start, end) = match arg() {
                                Value::Range(s, e, inc) => slice_bounds(v.len(), s, e, inc)?,
                                _ => return Err("internal error: `drain` needs a range".into()),
                            };
                            Ok(Value::Vec(Rc::new(v.drain(start..end).collect())))
                        }
                        M::Resize => {
                            let n = arg().as_int().unwrap_or(0).max(0) as usize;
                            if over(n) {
                                return Err("\u{0}budget".into());
                            }
                            let x = arg();
                            v.resize(n, x);
                            Ok(Value::Unit)
                        }
                        M::Fill => {
                            let x = arg();
                            for e in v.iter_mut() {
                                *e = x.clone();
                            }
                            Ok(Value::Unit)
                        }
                        _ => Err(format!("no method named `{name}` found for `Vec`")),
                    }
                }
                Value::String(s) => {
                    let s = Rc::make_mut(s);
                    match mn {
                        M::PushStr => {
                            let a = arg();
                            if over(s.len() + a.as_str().unwrap_or("").len()) {
                                return Err("\u{0}budget".into());
                            }
                            s.push_str(a.as_str().unwrap_or(""));
                            Ok(Value::Unit)
                        }
                        M::Push => {
                            if let Value::Char(c) = arg() {
                                s.push(c);
                            }
                            Ok(Value::Unit)
                        }
                        M::Pop => Ok(Value::opt(s.pop().map(Value::Char))),
                        M::MakeAsciiUppercase => {
                            s.make_ascii_uppercase();
                            Ok(Value::Unit)
                        }
                        M::MakeAsciiLowercase => {
                            s.make_ascii_lowercase();
                            Ok(Value::Unit)
                        }
                        M::Clear => {
                            s.clear();
                            Ok(Value::Unit)
                        }
                        // `s[idx..]`'s first char, removed (std's panics for
                        // a bad index are its slicing's).
                        M::Remove => {
                            let i = arg().as_int().unwrap_or(0).max(0) as usize;
                            let (from, _) = super::str_bounds(s, i as i64, i64::MAX, false)?;
                            match s[from..].chars().next() {
                                Some(_) => Ok(Value::Char(s.remove(from))),
                                None => Err("cannot remove a char from the end of a string".into()),
                            }
                        }
                        M::InsertStr => {
                            let i = arg().as_int().unwrap_or(0).max(0) as usize;
                            let t = arg();
                            let t = t.as_str().unwrap_or("");
                            if over(s.len() + t.len()) {
                                return Err("\u{0}budget".into());
                            }
                            if i > s.len() || !s.is_char_boundary(i) {
                                return Err("assertion failed: self.is_char_boundary(idx)".into());
                            }
                            s.insert_str(i, t);
                            Ok(Value::Unit)
                        }
                        M::Insert => {
                            let i = arg().as_int().unwrap_or(0).max(0) as usize;
                            if let Value::Char(c) = arg() {
                                if s.is_char_boundary(i) && i <= s.len() {
                                    s.insert(i, c);
                                } else {
                                    return Err("assertion failed: self.is_char_boundary(idx)".into());
                                }
                            }
                            Ok(Value::Unit)
                        }
                        M::Truncate => {
                            let n = arg().as_int().unwrap_or(0).max(0) as usize;
                            if s.is_char_boundary(n.min(s.len())) {
                                s.truncate(n);
                            }
                            Ok(Value::Unit)
                        }
                        M::SplitOff => {
                            let at = arg().as_int().unwrap_or(0).max(0) as usize;
                            if !s.is_char_boundary(at) {
                                return Err("assertion failed: self.is_char_boundary(at)".into());
                            }
                            Ok(Value::string(s.split_off(at)))
                        }
                        // Chars or strings.
                        M::Extend => {
                            let Value::Vec(items) = arg() else { return Err("internal error: `extend` needs chars or strings".into()) };
                            for x in items.iter() {
                                match x {
                                    Value::Char(c) => s.push(*c),
                                    x => s.push_str(x.as_str().unwrap_or("")),
                                }
                                if s.len() > max_text {
                                    return Err("\u{0}budget".into());
                                }
                            }
                            Ok(Value::Unit)
                        }
                        _ => Err(format!("no method named `{name}` found for `String`")),
                    }
                }
                Value::Set(m) => {
                    let m = Rc::make_mut(m);
                    match mn {
                        M::Insert => {
                            let k = arg();
                            if m.iter().any(|x| values_eq_static(x, &k)) {
                                return Ok(Value::Bool(false));
                            }
                            if over(m.len() + 1) {
                                return Err("\u{0}budget".into());
                            }
                            let pos = m.partition_point(|x| cmp_values(x, &k).map(|o| o.is_lt()).unwrap_or(true));
                            m.insert(pos, k);
                            Ok(Value::Bool(true))
                        }
                        M::Remove => {
                            let k = arg();
                            Ok(Value::Bool(match m.iter().position(|x| values_eq_static(x, &k)) {
                                Some(p) => {
                                    m.remove(p);
                                    true
                                }
                                None => false,
                            }))
                        }
                        M::PopFirst => Ok(if m.is_empty() { Value::none() } else { Value::some(m.remove(0)) }),
                        M::PopLast => Ok(Value::opt(m.pop())),
                        M::Clear => {
                            m.clear();
                            Ok(Value::Unit)
                        }
                        M::Extend => {
                            let items: Box<dyn Iterator<Item = Value>> = match arg() {
                                Value::Vec(items) => Box::new(Rc::unwrap_or_clone(items).into_iter()),
                                Value::Range(s, e, inc) => Box::new((s..if inc { e.saturating_add(1) } else { e }).map(Value::Int)),
                                _ => return Err("internal error: `extend` of a set needs items".into()),
                            };
                            for k in items {
                                let k = &k;
                                if !m.iter().any(|x| values_eq_static(x, k)) {
                                    if over(m.len() + 1) {
                                        return Err("\u{0}budget".into());
                                    }
                                    let pos = m.partition_point(|x| cmp_values(x, k).map(|o| o.is_lt()).unwrap_or(true));
                                    m.insert(pos, k.clone());
                                }
                            }
                            Ok(Value::Unit)
                        }
                        _ => Err(format!("the method `{name}` of `HashSet` is not supported yet")),
                    }
                }
                Value::Map(m) => {
                    let m = Rc::make_mut(m);
                    match mn {
                        M::PopFirst | M::PopLast => {
                            let kv = if m.is_empty() {
                                None
                            } else if mn == M::PopFirst {
                                Some(m.remove(0))
                            } else {
                                m.pop()
                            };
                            Ok(Value::opt(kv.map(|(k, v)| Value::Tuple(Rc::new(vec![k, v])))))
                        }
                        M::Insert => {
                            let k = arg();
                            let v = arg();
                            match m.iter().position(|(x, _)| values_eq_static(x, &k)) {
                                Some(p) => Ok(Value::some(std::mem::replace(&mut m[p].1, v))),
                                None => {
                                    if over(m.len() + 1) {
                                        return Err("\u{0}budget".into());
                                    }
                                    let pos = m.partition_point(|(x, _)| cmp_values(x, &k).map(|o| o.is_lt()).unwrap_or(true));
                                    m.insert(pos, (k, v));
                                    Ok(Value::none())
                                }
                            }
                        }
                        M::Remove => {
                            let k = arg();
                            Ok(match m.iter().position(|(x, _)| values_eq_static(x, &k)) {
                                Some(p) => Value::some(m.remove(p).1),
                                None => Value::none(),
                            })
                        }
                        M::Clear => {
                            m.clear();
                            Ok(Value::Unit)
                        }
                        // Pairs, each inserted as `insert` does.
                        M::Extend => {
                            let Value::Vec(items) = arg() else { return Err("internal error: `extend` needs pairs".into()) };
                            for x in items.iter() {
                                let Value::Tuple(t) = x else { return Err("internal error: `extend` needs pairs".into()) };
                                let (Some(k), Some(v)) = (t.first(), t.get(1)) else { return Err("internal error: `extend` needs pairs".into()) };
                                match m.iter().position(|(y, _)| values_eq_static(y, k)) {
                                    Some(p) => m[p].1 = v.clone(),
                                    None => {
                                        if over(m.len() + 1) {
                                            return Err("\u{0}budget".into());
                                        }
                                        let pos = m.partition_point(|(y, _)| cmp_values(y, k).map(|o| o.is_lt()).unwrap_or(true));
                                        m.insert(pos, (k.clone(), v.clone()));
                                    }
                                }
                            }
                            Ok(Value::Unit)
                        }
                        _ => Err(format!("no method named `{name}` found for `HashMap`")),
                    }
                }
                Value::Enum(a) if a.def == builtin::OPTION => match mn {
                    M::Take => Ok(std::mem::replace(target, Value::none())),
                    M::Replace => {
                        let new = Value::some(arg());
                        Ok(std::mem::replace(target, new))
                    }
                    // The value it now holds (a copy: writes through the
                    // returned `&mut` are reported as not supported yet).
                    M::GetOrInsert | M::Insert => {
                        let v = arg();
                        let keep = mn == M::GetOrInsert && a.variant == builtin::SOME;
                        if !keep {
                            *target = Value::some(v);
                        }
                        Ok(match &*target {
                            Value::Enum(a) => a.fields.first().cloned().unwrap_or(Value::Unit),
                            _ => Value::Unit,
                        })
                    }
                    _ => Err(format!("no method named `{name}` found for `Option`")),
                },
                Value::Moved(_) => Err("use of moved value".into()),
                other => Err(format!("no method named `{name}` found for this value ({})", short_kind(other))),
            }
        })();
        match r {
            Ok(v) => Ok(v),
            Err(m) if m == "\u{0}budget" => Err(self.budget_stop(Budget::CollectionLen)),
            // A panic in std's own code: `\u{1}<where>\u{1}<message>`.
            Err(m) if m.starts_with('\u{1}') => {
                let mut parts = m[1..].splitn(2, '\u{1}');
                let (at, msg) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                self.panic_location = Some(at.to_string());
                panic(msg.to_string())
            }
            Err(m) if m.starts_with("no method named") || m.contains("is not supported yet") => self.unsupported_stop(span, m),
            Err(m) => panic(m),
        }
    }
}

/// Displays a value's `Debug` text lazily (for panic messages).
struct DebugText<'a>(Ctx<'a>, Value);

impl std::fmt::Display for DebugText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&vfmt::debug(&self.1, &self.0))
    }
}

/// Displays a value's Rust type name lazily (for error messages).
struct TypeName<'a>(&'a crate::value::Defs, Value);

impl std::fmt::Display for TypeName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&vfmt::type_name(&self.1, self.0))
    }
}

pub(super) fn short_kind(v: &Value) -> &'static str {
    match v {
        Value::Int(_) => "an integer",
        Value::Str(_) => "a `&str`",
        Value::Handle(_) => "a handle",
        Value::Uninit => "an uninitialized variable",
        _ => "a value",
    }
}

/// `Duration::from_secs_f64` / `from_secs_f32`: the float's exact value in
/// nanoseconds, rounded to nearest with ties to even, as std does (an `f32`
/// is held exactly in an `f64`, and the rounding of the exact value does not
/// depend on the width it came in). The panics are std's.
fn float_secs_to_nanos(f: f64) -> R<u64> {
    if f < 0.0 {
        return panic("cannot convert float seconds to Duration: value is negative");
    }
    if !f.is_finite() {
        return panic("cannot convert float seconds to Duration: value is either too big or NaN");
    }
    if f == 0.0 {
        return Ok(0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let (mant, e) = if exp == 0 { (bits & ((1 << 52) - 1), -1074) } else { ((bits & ((1 << 52) - 1)) | (1 << 52), exp - 1075) };
    // f = mant * 2^e; nanos = mant * 1e9 * 2^e (mant < 2^53, so the product fits a u128).
    let n = mant as u128 * 1_000_000_000;
    let nanos = if e >= 0 {
        if e > 64 { None } else { n.checked_mul(1u128 << e) }
    } else {
        let sh = (-e) as u32;
        if sh >= 127 {
            Some(0)
        } else {
            let q = n >> sh;
            let rem = n & ((1u128 << sh) - 1);
            let half = 1u128 << (sh - 1);
            Some(if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q })
        }
    };
    match nanos {
        // Past `u64::MAX` seconds std panics; below it, past the engine's
        // `u64` nanoseconds, it saturates, as `from_secs` does.
        Some(n) if n / 1_000_000_000 <= u64::MAX as u128 => Ok(n.min(u64::MAX as u128) as u64),
        _ => panic("cannot convert float seconds to Duration: value is either too big or NaN"),
    }
}
