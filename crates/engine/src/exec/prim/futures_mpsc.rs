//! `futures::channel::mpsc`'s unbounded channel (futures 0.3.34), on the
//! same channel object as Tokio's unbounded one, so it is drawn as a
//! channel. The receiver is a `Stream` (`StreamExt::next`,
//! `poll_next_unpin`, tokio-stream's adapters): a stream over the channel
//! (`StreamObj::Receiver`). What sets it apart from Tokio's is that its
//! receiver takes no unit of Tokio's cooperative budget (`Chan::futures_api`),
//! which is what `tokio::task::coop::poll_proceed`'s example wraps it for;
//! and its errors, which say "send failed because receiver is gone". A
//! sender's `close_channel` closes the channel for every sender. The
//! bounded `channel(n)` (whose capacity grows with each sender) is not
//! declared, so it is "not supported yet".

use super::*;
use crate::rt::StreamObj;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$FUTURES_MPSC",
    decl: DECL,
    natives: &[
        Native { path: "futures::channel::mpsc::unbounded", f: unbounded },
        Native { path: "futures::channel::mpsc::UnboundedSender::unbounded_send", f: unbounded_send },
        Native { path: "futures::channel::mpsc::UnboundedSender::clone", f: mpsc::clone },
        Native { path: "futures::channel::mpsc::UnboundedSender::is_closed", f: mpsc::is_closed },
        Native { path: "futures::channel::mpsc::UnboundedSender::close_channel", f: close_channel },
        Native { path: "futures::channel::mpsc::UnboundedSender::same_receiver", f: same_receiver },
        Native { path: "futures::channel::mpsc::UnboundedSender::is_connected_to", f: is_connected_to },
        Native { path: "futures::channel::mpsc::UnboundedSender::len", f: sender_len },
        Native { path: "futures::channel::mpsc::UnboundedSender::is_empty", f: sender_is_empty },
        Native { path: "futures::channel::mpsc::UnboundedReceiver::close", f: close },
        Native { path: "futures::channel::mpsc::UnboundedReceiver::try_recv", f: try_recv },
        Native { path: "futures::channel::mpsc::UnboundedReceiver::try_next", f: try_next },
        Native { path: POLL_NEXT_UNPIN, f: poll_next_unpin },
        Native { path: "futures::channel::mpsc::TrySendError::is_full", f: is_full },
        Native { path: "futures::channel::mpsc::TrySendError::is_disconnected", f: is_disconnected },
        Native { path: "futures::channel::mpsc::TrySendError::into_inner", f: into_inner },
        Native { path: "futures::channel::mpsc::TryRecvError::is_empty", f: try_recv_error_is_empty },
        Native { path: "futures::channel::mpsc::TryRecvError::is_closed", f: try_recv_error_is_closed },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// `StreamExt::poll_next_unpin(cx)` on futures' receiver (the checker binds
/// it there when a futures `StreamExt` is in scope).
pub(crate) const POLL_NEXT_UNPIN: &str = "futures::channel::mpsc::UnboundedReceiver::poll_next_unpin";

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: `channel(n)`, `recv`, `Sink`'s methods and the rest are
/// not supported yet.
const DECL: &str = r#"
        pub mod mpsc {
            pub fn unbounded<T>() -> (UnboundedSender<T>, UnboundedReceiver<T>);
            #[derive(Debug)]
            pub struct UnboundedSender<T>;
            impl<T> UnboundedSender<T> {
                pub fn unbounded_send(&self, msg: T) -> Result<(), TrySendError<T>>;
                pub fn is_closed(&self) -> bool;
                pub fn close_channel(&self);
                pub fn same_receiver(&self, other: &UnboundedSender<T>) -> bool;
                pub fn is_connected_to(&self, receiver: &UnboundedReceiver<T>) -> bool;
                pub fn len(&self) -> usize;
                pub fn is_empty(&self) -> bool;
                pub fn clone(&self) -> UnboundedSender<T>;
            }
            pub struct UnboundedReceiver<T>;
            impl<T> UnboundedReceiver<T> {
                pub fn close(&mut self);
                pub fn try_recv(&mut self) -> Result<T, TryRecvError>;
                pub fn try_next(&mut self) -> Result<Option<T>, TryRecvError>;
            }
            impl<T> Stream for UnboundedReceiver<T> { type Item = T; }
            #[derive(Clone, PartialEq, Eq)]
            #[impls(Debug, Display)]
            pub struct TrySendError<T>;
            impl<T> TrySendError<T> {
                pub fn is_full(&self) -> bool;
                pub fn is_disconnected(&self) -> bool;
                pub fn into_inner(self) -> T;
            }
            #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
            pub enum TryRecvError { Empty, Closed }
            impl TryRecvError {
                pub fn is_empty(&self) -> bool;
                pub fn is_closed(&self) -> bool;
            }
            #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
            pub struct RecvError;
        }
"#;

/// `unbounded()`: Tokio's unbounded channel object, marked as futures',
/// its receiver a stream over it.
fn unbounded(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let pair = mpsc::unbounded_channel(vm, a, span)?;
    let Value::Tuple(t) = pair else { return panic("internal error: a channel without its ends") };
    let (Some(tx), Some(rx)) = (t.first().cloned(), t.get(1).cloned()) else { return panic("internal error: a channel without its ends") };
    let chan = ChanId(vm.w.chans.len() as u32 - 1);
    vm.w.chans[chan.index()].futures_api = true;
    vm.w.streams.push(StreamObj::Receiver { rx, chan });
    let stream = handle(HandleKind::Stream, vm.w.streams.len() as u32 - 1, &vm.w);
    Ok(Value::Tuple(Rc::new(vec![tx, stream])))
}

/// The channel of futures' receiver (a stream over it).
fn rx_chan(vm: &Vm, a: &mut Args) -> R<ChanId> {
    let h = receiver(vm, a)?;
    match vm.w.streams.get(h.id as usize) {
        Some(StreamObj::Receiver { chan, .. }) if h.kind == HandleKind::Stream => Ok(*chan),
        _ => panic("internal error: not a futures channel's receiver"),
    }
}

/// `tx.unbounded_send(v)`: Tokio's unbounded `send`, failing with
/// futures' `TrySendError` (disconnected) once the receiver is gone or the
/// channel is closed.
fn unbounded_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    match mpsc::unbounded_send(vm, a, span)? {
        Value::Enum(r) if r.variant == builtin::ERR => {
            let v = match r.fields.first() {
                Some(Value::Struct(e)) => e.fields.first().cloned().unwrap_or(Value::Unit),
                _ => Value::Unit,
            };
            Ok(Value::err(Value::adt_enum(builtin::FUTURES_TRY_SEND_ERROR, 1, vec![v])))
        }
        ok => Ok(ok),
    }
}

/// `tx.close_channel()`: no sender can send any more; the receiver takes
/// what is buffered, then the end.
fn close_channel(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let chan = ChanId(h.id);
    vm.close_receiver(chan, span);
    let waiting = std::mem::take(&mut vm.w.chans[chan.index()].recv_waiters);
    for t in waiting {
        vm.w.wake(t);
    }
    Ok(Value::Unit)
}

fn same_receiver(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (x, y) = (receiver(vm, a)?, receiver(vm, a)?);
    Ok(Value::Bool(x.id == y.id))
}

fn is_connected_to(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let tx = receiver(vm, a)?;
    let chan = rx_chan(vm, a)?;
    Ok(Value::Bool(tx.id == chan.0))
}

/// `tx.len()`: the messages waiting in the channel.
fn sender_len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Int(vm.w.chans[h.id as usize].buf.len() as i64))
}

fn sender_is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.chans[h.id as usize].buf.is_empty()))
}

fn close(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let chan = rx_chan(vm, a)?;
    vm.close_receiver(chan, span);
    Ok(Value::Unit)
}

/// A buffered message, or `None` when the channel is closed (every sender
/// gone, or closed) and drained, or `Err(Empty)`.
fn take(vm: &mut Vm, chan: ChanId, span: Span) -> Result<Option<Value>, ()> {
    if let Some(v) = vm.take_buffered(chan, span) {
        return Ok(Some(v));
    }
    let c = &vm.w.chans[chan.index()];
    if c.senders == 0 || c.rx_closed { Ok(None) } else { Err(()) }
}

/// `rx.try_recv()`: `Ok(v)`, `Err(Closed)` or `Err(Empty)`.
fn try_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let chan = rx_chan(vm, a)?;
    Ok(match take(vm, chan, span) {
        Ok(Some(v)) => Value::ok(v),
        Ok(None) => Value::err(Value::adt_enum(builtin::FUTURES_TRY_RECV_ERROR, 1, vec![])),
        Err(()) => Value::err(Value::adt_enum(builtin::FUTURES_TRY_RECV_ERROR, 0, vec![])),
    })
}

/// `rx.try_next()` (deprecated for `try_recv`): `Ok(Some(v))`, `Ok(None)`
/// at the end, or `Err(Empty)`.
fn try_next(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let chan = rx_chan(vm, a)?;
    Ok(match take(vm, chan, span) {
        Ok(o) => Value::ok(Value::opt(o)),
        Err(()) => Value::err(Value::adt_enum(builtin::FUTURES_TRY_RECV_ERROR, 0, vec![])),
    })
}

/// `rx.poll_next_unpin(cx)`: the stream polled once, by hand; the task is
/// the channel's waiter when it is pending, as futures registers its waker.
fn poll_next_unpin(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let _cx = arg(a);
    let p = vm.poll_stream_next(h.id, false, span)?;
    Ok(super::future::poll_value(p))
}

/// The error value a method of futures' `TrySendError` or `TryRecvError`
/// (`def`) is called on.
fn error_of(vm: &Vm, a: &mut Args, def: crate::value::DefId) -> R<Rc<Adt>> {
    match vm.auto_deref(arg(a)) {
        Value::Enum(e) if e.def == def => Ok(e),
        _ => panic("internal error: not futures' channel error"),
    }
}

fn is_full(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(error_of(vm, a, builtin::FUTURES_TRY_SEND_ERROR)?.variant == 0))
}

fn is_disconnected(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(error_of(vm, a, builtin::FUTURES_TRY_SEND_ERROR)?.variant == 1))
}

/// `e.into_inner()`: the value that was not sent.
fn into_inner(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(error_of(vm, a, builtin::FUTURES_TRY_SEND_ERROR)?.fields.first().cloned().unwrap_or(Value::Unit))
}

fn try_recv_error_is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(error_of(vm, a, builtin::FUTURES_TRY_RECV_ERROR)?.variant == 0))
}

fn try_recv_error_is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(error_of(vm, a, builtin::FUTURES_TRY_RECV_ERROR)?.variant == 1))
}
