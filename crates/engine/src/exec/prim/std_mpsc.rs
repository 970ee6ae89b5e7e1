//! `std::sync::mpsc`: the channel OS threads talk over (the Rust book's
//! message passing), on the same channel object as Tokio's unbounded one,
//! so it is drawn as a channel: `send` never blocks, and `recv` blocks its
//! thread until a message comes or every sender is gone
//! (`Err(RecvError)`). A `for` loop over the receiver (`rx`, `&rx`,
//! `rx.iter()`) calls `recv` until it fails (`compile.rs`). On the
//! runtime's thread (async code) a `recv` that waits blocks the runtime
//! (`Vm::blocking_pending`).

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$STD_MPSC",
    decl: DECL,
    natives: &[
        Native { path: "std::sync::mpsc::channel", f: channel },
        Native { path: "std::sync::mpsc::Sender::send", f: mpsc::unbounded_send },
        Native { path: "std::sync::mpsc::Sender::clone", f: mpsc::clone },
        Native { path: RECV, f: recv },
        Native { path: "std::sync::mpsc::Receiver::try_recv", f: mpsc::try_recv },
        Native { path: "std::sync::mpsc::sync_channel", f: sync_channel },
        Native { path: SYNC_SEND, f: sync_send },
        Native { path: "std::sync::mpsc::SyncSender::clone", f: mpsc::clone },
        Native { path: "std::sync::mpsc::SyncSender::try_send", f: try_send },
        Native { path: RECV_TIMEOUT, f: recv_timeout },
        Native { path: "std::sync::mpsc::Receiver::try_iter", f: try_iter },
        Native { path: "std::sync::mpsc::Receiver::iter", f: iter },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// `rx.recv()`, which the compiler awaits at the call (and in a `for`
/// loop over the receiver).
pub const RECV: &str = "std::sync::mpsc::Receiver::recv";

/// `rx.recv_timeout(d)`, which the compiler awaits at the call.
pub const RECV_TIMEOUT: &str = "std::sync::mpsc::Receiver::recv_timeout";

/// A `sync_channel`'s `send`, which blocks while the channel is full: the
/// compiler awaits it at the call.
pub const SYNC_SEND: &str = "std::sync::mpsc::SyncSender::send";

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: `sync_channel(0)`, `recv_deadline`, adapters on `iter()`
/// and the rest are not supported yet.
const DECL: &str = r#"
        pub mod mpsc {
            pub fn channel<T>() -> (Sender<T>, Receiver<T>);
            pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);
            #[derive(Debug)]
            pub struct SyncSender<T>;
            impl<T> SyncSender<T> {
                pub fn send(&self, t: T) -> Result<(), SendError<T>>;
                pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>>;
                pub fn clone(&self) -> SyncSender<T>;
            }
            #[derive(Debug)]
            pub struct Sender<T>;
            impl<T> Sender<T> {
                pub fn send(&self, t: T) -> Result<(), SendError<T>>;
                pub fn clone(&self) -> Sender<T>;
            }
            #[derive(Debug)]
            pub struct Receiver<T>;
            impl<T> Receiver<T> {
                pub fn recv(&self) -> Result<T, RecvError>;
                pub fn try_recv(&self) -> Result<T, TryRecvError>;
                pub fn recv_timeout(&self, timeout: Duration) -> Result<T, RecvTimeoutError>;
                pub fn try_iter(&self) -> std::iter::Iter<T>;
                pub fn iter(&self) -> Receiver<T>;
            }
            impl<T> !Sync for Receiver<T> {}
            #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
            pub struct RecvError;
            #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
            pub enum TryRecvError { Empty, Disconnected }
            #[derive(Clone, Copy, PartialEq, Eq)]
            #[impls(Debug, Display)]
            pub struct SendError<T>(pub T);
            #[derive(Clone, Copy, PartialEq, Eq)]
            #[impls(Debug, Display)]
            pub enum TrySendError<T> { Full(T), Disconnected(T) }
            #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
            pub enum RecvTimeoutError { Timeout, Disconnected }
        }
"#;

/// `sync_channel(n)`: Tokio's bounded channel object, with `n` slots.
fn sync_channel(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let n = match vm.auto_deref(arg(a)) {
        Value::Int(n) if n > 0 => n,
        _ => return vm.unsupported_stop(span, "a rendezvous channel, `sync_channel(0)`, is not supported yet".into()),
    };
    let pair = mpsc::bounded_pair(vm, n as u32, span);
    mark_std(vm);
    Ok(pair)
}

/// `channel()`: Tokio's unbounded channel object.
fn channel(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let pair = mpsc::unbounded_channel(vm, a, span)?;
    mark_std(vm);
    Ok(pair)
}

/// The channel just made is std's (its ends print as std's do).
fn mark_std(vm: &mut Vm) {
    if let Some(c) = vm.w.chans.last_mut() {
        c.std_api = true;
    }
}

/// `tx.send(v)` on a `SyncSender`: a future its thread waits for while the
/// channel is full; `Err(SendError(v))` once the receiver is gone.
fn sync_send(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    Ok(vm.future(FutureState::Send { chan: ChanId(h.id), value: Some(v), ticket: None, got_permit: false, requested: false, std: true }))
}

/// `tx.try_send(v)` on a `SyncSender`: Tokio's `try_send`, with std's
/// error (`Full(v)`, `Disconnected(v)`).
fn try_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    match mpsc::try_send(vm, a, span)? {
        Value::Enum(r) if r.variant == builtin::ERR => {
            let (variant, v) = match r.fields.first() {
                Some(Value::Enum(e)) => (e.variant, e.fields.first().cloned().unwrap_or(Value::Unit)),
                _ => (1, Value::Unit),
            };
            Ok(Value::err(Value::adt_enum(builtin::STD_TRY_SEND_ERROR, variant, vec![v])))
        }
        ok => Ok(ok),
    }
}

/// `rx.try_iter()`: an iterator over the messages there are, each taken
/// when the iterator is asked for it; it ends at the first empty poll.
fn try_iter(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Iter(Rc::new(std::cell::RefCell::new(crate::value::IterState::ChanTry { chan: h.id }))))
}

/// `rx.iter()` where it is not a `for` loop's head (which waits for each
/// message): `IterState::ChanIter`.
fn iter(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Iter(Rc::new(std::cell::RefCell::new(crate::value::IterState::ChanIter { chan: h.id }))))
}

/// `rx.recv_timeout(d)`: a future its thread waits for.
fn recv_timeout(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Value::Duration(wait) = vm.auto_deref(arg(a)) else { return panic("internal error: `recv_timeout` needs a Duration") };
    Ok(vm.future(FutureState::StdRecvTimeout { chan: ChanId(h.id), wait, deadline: None }))
}

/// `rx.recv()`: a future its thread waits for.
fn recv(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::StdRecv { chan: ChanId(h.id) }))
}

impl<'p> Vm<'p> {
    /// `recv()`: `Ok(message)`, or `Err(RecvError)` once every sender is
    /// gone and nothing is left.
    pub(super) fn poll_std_recv(&mut self, chan: ChanId, span: Span) -> R<Poll> {
        match self.poll_mpsc_recv(chan, span)? {
            Poll::Ready(v) => Ok(Poll::Ready(match v {
                Value::Enum(e) if e.variant == builtin::SOME => Value::ok(e.fields.first().cloned().unwrap_or(Value::Unit)),
                _ => Value::err(Value::Struct(Rc::new(Adt { def: builtin::STD_RECV_ERROR, variant: 0, fields: vec![], drop: None }))),
            })),
            Poll::Pending(on) => Ok(self.blocking_pending(on)),
        }
    }

    /// `recv_timeout(d)`: `recv`, or `Err(Timeout)` once `d` of real time
    /// has passed since the first poll (a real timer wakes the thread).
    pub(super) fn poll_std_recv_timeout(&mut self, chan: ChanId, wait: u64, deadline: &mut Option<u64>, span: Span) -> R<Poll> {
        let at = *deadline.get_or_insert_with(|| {
            let at = self.w.real_now.saturating_add(wait);
            let cur = self.w.current;
            self.w.add_real_timer(at, cur);
            at
        });
        match self.poll_mpsc_recv(chan, span)? {
            Poll::Ready(v) => Ok(Poll::Ready(match v {
                Value::Enum(e) if e.variant == builtin::SOME => Value::ok(e.fields.first().cloned().unwrap_or(Value::Unit)),
                _ => Value::err(Value::adt_enum(builtin::RECV_TIMEOUT_ERROR, 1, vec![])),
            })),
            Poll::Pending(_) if self.w.real_now >= at => {
                let cur = self.w.current;
                if let Some(c) = self.w.chans.get_mut(chan.index()) {
                    c.recv_waiters.retain(|t| *t != cur);
                }
                Ok(Poll::Ready(Value::err(Value::adt_enum(builtin::RECV_TIMEOUT_ERROR, 0, vec![]))))
            }
            Poll::Pending(on) => Ok(self.blocking_pending(on)),
        }
    }
}
