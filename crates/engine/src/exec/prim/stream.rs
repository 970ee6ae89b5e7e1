//! tokio-stream 0.1.19 basics (default features): `tokio_stream::iter`,
//! `StreamExt::{next, map, filter, take}` and
//! `wrappers::{ReceiverStream, UnboundedReceiverStream}`. A stream is a
//! handle to a `StreamObj` in `World::streams`; an adapter holds the
//! stream it adapts (its handle, moved in) and its closure, run as items
//! are pulled. `next()` is a future polling the chain. Without its "rt"
//! feature, tokio-stream's `Iter` returns `Pending` after every 32 items
//! and wakes its task (not the cooperative budget), so a long iteration
//! lets the other tasks run (`conformance/stream_iter_adapters_and_receiver.rs`).
//! The checker does not model stream types (`_`): their methods are found
//! through the handle at run time. A user type with `impl Stream` is
//! typed by the checker (`Stream::Item`): `s.next().await` polls its
//! `poll_next` in a `FutureState::UserStreamNext` and writes the value
//! back to `s`; an adapter moves it into a `StreamObj::User`.

use super::*;
use crate::rt::StreamObj;

/// tokio-stream's `Iter` yields after this many items.
const ITER_YIELD: u32 = 32;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$STREAM",
    decl: DECL,
    natives: &[
        Native { path: "tokio_stream::iter", f: iter },
        Native { path: "tokio_stream::Stream::next", f: next },
        Native { path: USER_STREAM_NEXT, f: user_next },
        Native { path: "tokio_stream::Stream::map", f: map },
        Native { path: "tokio_stream::Stream::filter", f: filter },
        Native { path: "tokio_stream::Stream::take", f: take },
        Native { path: "tokio_stream::wrappers::ReceiverStream::new", f: receiver_stream },
        Native { path: "tokio_stream::wrappers::UnboundedReceiverStream::new", f: receiver_stream },
    ],
    kinds: &[(HandleKind::Stream, "tokio_stream::Stream")],
    on_drop: |vm, _, id| {
        // What it holds (the stream it adapts, a receiver) dies with it.
        let s = vm.w.streams.get_mut(id as usize).map(|s| std::mem::replace(s, StreamObj::Gone));
        drop(s);
    },
    debug: |_, _, _, _, _| Err("`Debug` of a stream is not supported yet".to_string()),
};

/// Declared as the checker reads it (see `check/stubs.rs`). Streams are
/// `_` to the checker; `Stream` only names where their methods are.
/// `StreamExt` is a trait in tokio-stream: here a name to import.
const DECL: &str = r#"
    pub fn iter(i: _) -> _;
    pub struct StreamExt;
    pub struct Stream;
    impl Stream {
        pub fn next(&mut self) -> _;
        pub fn map(self, f: _) -> _;
        pub fn filter(self, f: _) -> _;
        pub fn take(self, n: usize) -> _;
    }
    pub mod wrappers {
        pub struct ReceiverStream;
        impl ReceiverStream {
            pub fn new(recv: _) -> _;
        }
        pub struct UnboundedReceiverStream;
        impl UnboundedReceiverStream {
            pub fn new(recv: _) -> _;
        }
    }
"#;

/// `s.next()` on a value of a user type with `impl Stream` (bound by the
/// checker itself): a future of `(Option<T>, the value)`, awaited where it
/// is called, the compiler writing the value back to `s`.
pub(crate) const USER_STREAM_NEXT: &str = "tokio_stream::StreamExt::next";

fn user_next(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let value = vm.auto_deref(arg(a));
    let def = match &value {
        Value::Struct(x) | Value::Enum(x) => x.def,
        _ => return panic("internal error: `next` of a stream that is not a value of a type with `impl Stream`"),
    };
    let Some(&(_, poll_next)) = vm.p.user_streams.iter().find(|(d, _)| *d == def) else {
        return panic("internal error: a type without `poll_next`");
    };
    Ok(vm.future(FutureState::UserStreamNext { value, poll_next }))
}

fn new_stream(vm: &mut Vm, s: StreamObj) -> Value {
    vm.w.streams.push(s);
    handle(HandleKind::Stream, vm.w.streams.len() as u32 - 1, &vm.w)
}

fn iter(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let iter = vm.make_iter(arg(a))?;
    Ok(new_stream(vm, StreamObj::Iter { iter, given: 0 }))
}

fn next(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let stream = receiver(vm, a)?.id;
    Ok(vm.future(FutureState::StreamNext { stream }))
}

/// The stream handle itself (moved into an adapter); a value of a user
/// type with `impl Stream` becomes a stream of its own.
fn stream_arg(vm: &mut Vm, a: &mut Args) -> R<Value> {
    match vm.auto_deref(arg(a)) {
        v @ Value::Handle(_) => Ok(v),
        v @ (Value::Struct(_) | Value::Enum(_)) => {
            let def = match &v {
                Value::Struct(x) | Value::Enum(x) => x.def,
                _ => return panic("internal error: a stream adapter without its stream"),
            };
            match vm.p.user_streams.iter().find(|(d, _)| *d == def) {
                Some(&(_, poll_next)) => Ok(new_stream(vm, StreamObj::User { value: v, poll_next })),
                None => panic("internal error: a stream adapter without its stream"),
            }
        }
        _ => panic("internal error: a stream adapter without its stream"),
    }
}

fn map(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::Map { inner, f }))
}

fn filter(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::Filter { inner, f }))
}

fn take(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let Value::Int(n) = arg(a) else { return panic("internal error: `take` needs a count") };
    Ok(new_stream(vm, StreamObj::Take { inner, left: n.max(0) as u64 }))
}

fn receiver_stream(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let rx = arg(a);
    let chan = match vm.auto_deref(rx.clone()) {
        Value::Handle(h) if matches!(h.kind, HandleKind::MpscReceiver | HandleKind::UnboundedReceiver) => ChanId(h.id),
        _ => return panic("internal error: `ReceiverStream::new` needs an mpsc receiver"),
    };
    Ok(new_stream(vm, StreamObj::Receiver { rx, chan }))
}

/// The id of a stream handle an adapter holds.
fn id_of(v: &Value) -> u32 {
    match v {
        Value::Handle(h) => h.id,
        _ => u32::MAX,
    }
}

/// What polling a stream found: `Ready(Some(item))`, `Ready(None)` when it
/// is done, or `Pending`.
enum Next {
    Item(Value),
    Done,
    Pending(WaitOn),
}

impl<'p> Vm<'p> {
    /// `stream.next().await`.
    pub(in crate::exec) fn poll_stream_next(&mut self, stream: u32, span: Span) -> R<Poll> {
        Ok(match self.poll_stream(stream, span)? {
            Next::Item(v) => Poll::Ready(Value::some(v)),
            Next::Done => Poll::Ready(Value::opt(None)),
            Next::Pending(on) => Poll::Pending(on),
        })
    }

    fn poll_stream(&mut self, stream: u32, span: Span) -> R<Next> {
        let Some(s) = self.w.streams.get_mut(stream as usize) else { return panic("internal error: no such stream") };
        match s {
            StreamObj::Iter { iter, given } => {
                if *given >= ITER_YIELD {
                    *given = 0;
                    self.w.wake(self.w.current);
                    return Ok(Next::Pending(WaitOn::Yield));
                }
                *given += 1;
                let Value::Iter(it) = iter.clone() else { return Ok(Next::Done) };
                Ok(match self.next_of(&it, span)? {
                    Some(v) => Next::Item(v),
                    None => Next::Done,
                })
            }
            StreamObj::Map { inner, f } => {
                let (inner, f) = (id_of(inner), f.clone());
                match self.poll_stream(inner, span)? {
                    Next::Item(v) => Ok(Next::Item(self.call_closure(f, vec![v], span)?)),
                    other => Ok(other),
                }
            }
            StreamObj::Filter { inner, f } => {
                let (inner, f) = (id_of(inner), f.clone());
                loop {
                    match self.poll_stream(inner, span)? {
                        Next::Item(v) => {
                            if matches!(self.call_closure(f.clone(), vec![v.clone()], span)?, Value::Bool(true)) {
                                return Ok(Next::Item(v));
                            }
                        }
                        other => return Ok(other),
                    }
                }
            }
            StreamObj::Take { inner, left } => {
                if *left == 0 {
                    return Ok(Next::Done);
                }
                let inner = id_of(inner);
                let r = self.poll_stream(inner, span)?;
                if let (Next::Item(_), Some(StreamObj::Take { left, .. })) = (&r, self.w.streams.get_mut(stream as usize)) {
                    *left -= 1;
                }
                Ok(r)
            }
            StreamObj::Receiver { chan, .. } => {
                let chan = *chan;
                Ok(match self.poll_mpsc_recv(chan, span)? {
                    Poll::Ready(v) => match v {
                        Value::Enum(a) if a.def == builtin::OPTION && a.variant == builtin::SOME => {
                            Next::Item(a.fields.first().cloned().unwrap_or(Value::Unit))
                        }
                        _ => Next::Done,
                    },
                    Poll::Pending(on) => Next::Pending(on),
                })
            }
            StreamObj::User { value, poll_next } => {
                let me = std::mem::replace(value, Value::Uninit);
                let poll_next = *poll_next;
                let cx = super::future::context(self);
                let r = self.call_sync(poll_next, vec![me, cx])?;
                let Value::Tuple(t) = r else { return panic("internal error: `poll_next` returned no `self`") };
                if let Some(StreamObj::User { value, .. }) = self.w.streams.get_mut(stream as usize) {
                    *value = t.get(1).cloned().unwrap_or(Value::Unit);
                }
                Ok(match t.first() {
                    Some(Value::Enum(e)) if e.def == builtin::POLL && e.variant == builtin::READY => match e.fields.first() {
                        Some(Value::Enum(o)) if o.def == builtin::OPTION && o.variant == builtin::SOME => {
                            Next::Item(o.fields.first().cloned().unwrap_or(Value::Unit))
                        }
                        _ => Next::Done,
                    },
                    _ => Next::Pending(WaitOn::Waker),
                })
            }
            StreamObj::Gone => panic("internal error: a dropped stream polled"),
        }
    }
}
