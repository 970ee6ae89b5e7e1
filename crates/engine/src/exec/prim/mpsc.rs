//! `tokio::sync::mpsc`: the bounded channel (a semaphore of `capacity`
//! slots, blocked senders served FIFO) and the unbounded one.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$MPSC",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::mpsc::channel", f: channel },
        Native { path: "tokio::sync::mpsc::unbounded_channel", f: unbounded_channel },
        Native { path: "tokio::sync::mpsc::Sender::send", f: send },
        Native { path: "tokio::sync::mpsc::Sender::try_send", f: try_send },
        Native { path: "tokio::sync::mpsc::Sender::send_timeout", f: send_timeout },
        Native { path: "tokio::sync::mpsc::Sender::is_closed", f: is_closed },
        Native { path: "tokio::sync::mpsc::Sender::capacity", f: capacity },
        Native { path: "tokio::sync::mpsc::Sender::max_capacity", f: max_capacity },
        Native { path: "tokio::sync::mpsc::Sender::clone", f: clone },
        Native { path: "tokio::sync::mpsc::Sender::same_channel", f: same_channel },
        Native { path: "tokio::sync::mpsc::Receiver::capacity", f: capacity },
        Native { path: "tokio::sync::mpsc::Receiver::max_capacity", f: max_capacity },
        Native { path: "tokio::sync::mpsc::Receiver::is_closed", f: receiver_is_closed },
        Native { path: "tokio::sync::mpsc::UnboundedSender::same_channel", f: same_channel },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::is_closed", f: receiver_is_closed },
        Native { path: "tokio::sync::mpsc::Receiver::recv", f: recv },
        Native { path: "tokio::sync::mpsc::Receiver::try_recv", f: try_recv },
        Native { path: "tokio::sync::mpsc::Receiver::len", f: len },
        Native { path: "tokio::sync::mpsc::Receiver::is_empty", f: is_empty },
        Native { path: "tokio::sync::mpsc::UnboundedSender::send", f: unbounded_send },
        Native { path: "tokio::sync::mpsc::UnboundedSender::is_closed", f: is_closed },
        Native { path: "tokio::sync::mpsc::UnboundedSender::clone", f: clone },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::recv", f: recv },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::try_recv", f: try_recv },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::len", f: len },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::is_empty", f: is_empty },
        Native { path: "tokio::sync::mpsc::Sender::closed", f: closed },
        Native { path: "tokio::sync::mpsc::UnboundedSender::closed", f: closed },
        Native { path: "tokio::sync::mpsc::Receiver::close", f: close },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::close", f: close },
        Native { path: "tokio::sync::mpsc::Receiver::recv_many", f: recv_many },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::recv_many", f: recv_many },
        Native { path: "tokio::sync::mpsc::Sender::reserve", f: reserve },
        Native { path: "tokio::sync::mpsc::Sender::reserve_owned", f: reserve_owned },
        Native { path: "tokio::sync::mpsc::Sender::try_reserve", f: try_reserve },
        Native { path: "tokio::sync::mpsc::Sender::try_reserve_owned", f: try_reserve_owned },
        Native { path: "tokio::sync::mpsc::Sender::reserve_many", f: reserve_many },
        Native { path: "tokio::sync::mpsc::Sender::try_reserve_many", f: try_reserve_many },
        Native { path: "tokio::sync::mpsc::PermitIterator::next", f: permit_iter_next },
        Native { path: "tokio::sync::mpsc::PermitIterator::len", f: permit_iter_len },
        Native { path: "tokio::sync::mpsc::Permit::send", f: permit_send },
        Native { path: "tokio::sync::mpsc::OwnedPermit::send", f: owned_permit_send },
        Native { path: "tokio::sync::mpsc::OwnedPermit::release", f: owned_permit_release },
        Native { path: "tokio::sync::mpsc::OwnedPermit::same_channel", f: owned_permit_same_channel },
        Native { path: "tokio::sync::mpsc::OwnedPermit::same_channel_as_sender", f: owned_permit_same_channel_as_sender },
        Native { path: "tokio::sync::mpsc::Sender::downgrade", f: downgrade },
        Native { path: "tokio::sync::mpsc::UnboundedSender::downgrade", f: downgrade },
        Native { path: "tokio::sync::mpsc::Sender::strong_count", f: strong_count },
        Native { path: "tokio::sync::mpsc::Sender::weak_count", f: weak_count },
        Native { path: "tokio::sync::mpsc::UnboundedSender::strong_count", f: strong_count },
        Native { path: "tokio::sync::mpsc::UnboundedSender::weak_count", f: weak_count },
        Native { path: "tokio::sync::mpsc::Receiver::sender_strong_count", f: strong_count },
        Native { path: "tokio::sync::mpsc::Receiver::sender_weak_count", f: weak_count },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::sender_strong_count", f: strong_count },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::sender_weak_count", f: weak_count },
        Native { path: "tokio::sync::mpsc::WeakSender::upgrade", f: upgrade },
        Native { path: "tokio::sync::mpsc::WeakSender::clone", f: weak_clone },
        Native { path: "tokio::sync::mpsc::WeakSender::strong_count", f: strong_count },
        Native { path: "tokio::sync::mpsc::WeakSender::weak_count", f: weak_count },
        Native { path: "tokio::sync::mpsc::WeakUnboundedSender::upgrade", f: upgrade },
        Native { path: "tokio::sync::mpsc::WeakUnboundedSender::clone", f: weak_clone },
        Native { path: "tokio::sync::mpsc::WeakUnboundedSender::strong_count", f: strong_count },
        Native { path: "tokio::sync::mpsc::WeakUnboundedSender::weak_count", f: weak_count },
        Native { path: "tokio::sync::mpsc::Receiver::poll_recv", f: poll_recv },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::poll_recv", f: poll_recv },
        Native { path: POLL_RECV_MANY[0], f: poll_recv_many },
        Native { path: POLL_RECV_MANY[1], f: poll_recv_many },
    ],
    kinds: &[
        (HandleKind::MpscSender, "tokio::sync::mpsc::Sender"),
        (HandleKind::MpscReceiver, "tokio::sync::mpsc::Receiver"),
        (HandleKind::UnboundedSender, "tokio::sync::mpsc::UnboundedSender"),
        (HandleKind::UnboundedReceiver, "tokio::sync::mpsc::UnboundedReceiver"),
        (HandleKind::MpscPermit, "tokio::sync::mpsc::Permit"),
        (HandleKind::MpscOwnedPermit, "tokio::sync::mpsc::OwnedPermit"),
        (HandleKind::WeakSender, "tokio::sync::mpsc::WeakSender"),
        (HandleKind::WeakUnboundedSender, "tokio::sync::mpsc::WeakUnboundedSender"),
    ],
    on_drop,
    debug,
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        pub mod mpsc {
            pub fn channel<T>(buffer: usize) -> (Sender<T>, Receiver<T>);
            pub fn unbounded_channel<T>() -> (UnboundedSender<T>, UnboundedReceiver<T>);
            #[derive(Debug)]
            #[complete]
            pub struct Sender<T>;
            impl<T> Sender<T> {
                pub async fn send(&self, value: T) -> Result<(), SendError<T>>;
                pub fn try_send(&self, message: T) -> Result<(), TrySendError<T>>;
                pub fn blocking_send(&self, value: T) -> Result<(), SendError<T>>;
                pub async fn send_timeout(&self, value: T, timeout: Duration) -> Result<(), SendTimeoutError<T>>;
                pub fn is_closed(&self) -> bool;
                pub async fn closed(&self);
                pub fn capacity(&self) -> usize;
                pub fn max_capacity(&self) -> usize;
                pub fn same_channel(&self, other: &Sender<T>) -> bool;
                pub async fn reserve(&self) -> Result<Permit<T>, SendError<()>>;
                pub async fn reserve_many(&self, n: usize) -> Result<PermitIterator<T>, SendError<()>>;
                pub async fn reserve_owned(self) -> Result<OwnedPermit<T>, SendError<()>>;
                pub fn try_reserve(&self) -> Result<Permit<T>, TrySendError<()>>;
                pub fn try_reserve_many(&self, n: usize) -> Result<PermitIterator<T>, TrySendError<()>>;
                pub fn try_reserve_owned(self) -> Result<OwnedPermit<T>, TrySendError<Sender<T>>>;
                pub fn downgrade(&self) -> WeakSender<T>;
                pub fn strong_count(&self) -> usize;
                pub fn weak_count(&self) -> usize;
                pub fn clone(&self) -> Sender<T>;
                pub fn clone_from(&mut self, source: &Sender<T>);
                pub fn to_owned(&self) -> Sender<T>;
                pub fn borrow(&self) -> _;
                pub fn borrow_mut(&mut self) -> _;
                pub fn into(self) -> _;
                pub fn try_into(self) -> _;
                pub fn from(t: _) -> _;
                pub fn try_from(t: _) -> _;
                pub fn type_id(&self) -> _;
            }
            #[derive(Debug)]
            #[complete]
            pub struct Receiver<T>;
            impl<T> Receiver<T> {
                pub async fn recv(&mut self) -> Option<T>;
                pub async fn recv_many(&mut self, buffer: &mut Vec<T>, limit: usize) -> usize;
                pub fn try_recv(&mut self) -> Result<T, TryRecvError>;
                pub fn poll_recv(&mut self, cx: &mut std::task::Context) -> std::task::Poll<Option<T>>;
                pub fn blocking_recv(&mut self) -> Option<T>;
                pub fn blocking_recv_many(&mut self, buffer: &mut Vec<T>, limit: usize) -> usize;
                pub fn close(&mut self);
                pub fn is_closed(&self) -> bool;
                pub fn is_empty(&self) -> bool;
                pub fn len(&self) -> usize;
                pub fn capacity(&self) -> usize;
                pub fn max_capacity(&self) -> usize;
                pub fn sender_strong_count(&self) -> usize;
                pub fn sender_weak_count(&self) -> usize;
                pub fn poll_recv_many(&mut self, cx: &mut std::task::Context, buffer: &mut Vec<T>, limit: usize) -> std::task::Poll<usize>;
                pub fn borrow(&self) -> _;
                pub fn borrow_mut(&mut self) -> _;
                pub fn into(self) -> _;
                pub fn try_into(self) -> _;
                pub fn from(t: _) -> _;
                pub fn try_from(t: _) -> _;
                pub fn type_id(&self) -> _;
            }
            #[derive(Debug)]
            #[complete]
            pub struct UnboundedSender<T>;
            impl<T> UnboundedSender<T> {
                pub fn send(&self, message: T) -> Result<(), SendError<T>>;
                pub fn is_closed(&self) -> bool;
                pub async fn closed(&self);
                pub fn same_channel(&self, other: &UnboundedSender<T>) -> bool;
                pub fn clone(&self) -> UnboundedSender<T>;
                pub fn downgrade(&self) -> WeakUnboundedSender<T>;
                pub fn strong_count(&self) -> usize;
                pub fn weak_count(&self) -> usize;
            }
            #[derive(Debug)]
            #[complete]
            pub struct UnboundedReceiver<T>;
            impl<T> UnboundedReceiver<T> {
                pub async fn recv(&mut self) -> Option<T>;
                pub async fn recv_many(&mut self, buffer: &mut Vec<T>, limit: usize) -> usize;
                pub fn try_recv(&mut self) -> Result<T, TryRecvError>;
                pub fn poll_recv(&mut self, cx: &mut std::task::Context) -> std::task::Poll<Option<T>>;
                pub fn poll_recv_many(&mut self, cx: &mut std::task::Context, buffer: &mut Vec<T>, limit: usize) -> std::task::Poll<usize>;
                pub fn blocking_recv(&mut self) -> Option<T>;
                pub fn blocking_recv_many(&mut self, buffer: &mut Vec<T>, limit: usize) -> usize;
                pub fn close(&mut self);
                pub fn is_closed(&self) -> bool;
                pub fn is_empty(&self) -> bool;
                pub fn len(&self) -> usize;
                pub fn sender_strong_count(&self) -> usize;
                pub fn sender_weak_count(&self) -> usize;
            }
            #[derive(Debug)]
            #[impls(Debug)]
            #[complete]
            pub struct Permit<T>;
            impl<T> Permit<T> {
                pub fn send(self, value: T);
            }
            /// An iterator of `Permit`s (`for permit in permits`).
            #[derive(Debug)]
            pub struct PermitIterator<T>;
            impl<T> PermitIterator<T> {
                pub fn next(&mut self) -> Option<Permit<T>>;
                pub fn len(&self) -> usize;
                pub fn count(self) -> usize;
            }
            #[derive(Debug)]
            #[impls(Debug)]
            #[complete]
            pub struct OwnedPermit<T>;
            impl<T> OwnedPermit<T> {
                pub fn send(self, value: T) -> Sender<T>;
                pub fn release(self) -> Sender<T>;
                pub fn same_channel(&self, other: &OwnedPermit<T>) -> bool;
                pub fn same_channel_as_sender(&self, sender: &Sender<T>) -> bool;
            }
            #[derive(Debug)]
            #[impls(Debug)]
            #[complete]
            pub struct WeakSender<T>;
            impl<T> WeakSender<T> {
                pub fn upgrade(&self) -> Option<Sender<T>>;
                pub fn clone(&self) -> WeakSender<T>;
                pub fn strong_count(&self) -> usize;
                pub fn weak_count(&self) -> usize;
            }
            #[derive(Debug)]
            #[impls(Debug)]
            #[complete]
            pub struct WeakUnboundedSender<T>;
            impl<T> WeakUnboundedSender<T> {
                pub fn upgrade(&self) -> Option<UnboundedSender<T>>;
                pub fn clone(&self) -> WeakUnboundedSender<T>;
                pub fn strong_count(&self) -> usize;
                pub fn weak_count(&self) -> usize;
            }
            pub mod error {
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                #[impls(Debug, Display)]
                pub struct SendError<T>(pub T);
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                #[impls(Debug, Display)]
                pub enum TrySendError<T> { Full(T), Closed(T) }
                impl<T> TrySendError<T> { pub fn into_inner(self) -> T; }
                #[derive(Clone, Copy, PartialEq, Eq)]
                #[impls(Debug, Display)]
                pub enum SendTimeoutError<T> { Timeout(T), Closed(T) }
                impl<T> SendTimeoutError<T> { pub fn into_inner(self) -> T; }
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                pub enum TryRecvError { Empty, Disconnected }
            }
        }
"#;

fn channel(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let n = channel::capacity_arg(vm, a, "mpsc bounded channel requires buffer > 0")?;
    Ok(bounded_pair(vm, n as u32, span))
}

/// A bounded channel of `n` slots: its `(sender, receiver)`.
pub(super) fn bounded_pair(vm: &mut Vm, n: u32, span: Span) -> Value {
    let id = vm.w.new_chan(ChanKind::Mpsc, n, span);
    Value::Tuple(Rc::new(vec![handle(HandleKind::MpscSender, id, &vm.w), handle(HandleKind::MpscReceiver, id, &vm.w)]))
}

pub(super) fn unbounded_channel(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    let id = vm.w.new_chan(ChanKind::Unbounded, 0, span);
    Ok(Value::Tuple(Rc::new(vec![handle(HandleKind::UnboundedSender, id, &vm.w), handle(HandleKind::UnboundedReceiver, id, &vm.w)])))
}

/// `Sender::send`: a future that waits for a slot.
fn send(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    Ok(vm.future(FutureState::Send { chan: ChanId(h.id), value: Some(v), ticket: None, got_permit: false, requested: false, std: false }))
}

/// `Sender::send_timeout(value, d)`: the deadline is set at the first
/// poll (it is an `async fn` calling `timeout(d, self.reserve())`).
fn send_timeout(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let Value::Duration(wait) = arg(a) else { return panic("internal error: `send_timeout` needs a Duration") };
    Ok(vm.future(FutureState::SendTimeout { chan: ChanId(h.id), wait, child: None, deadline: None, timer: None, value: Some(v) }))
}

pub(super) fn try_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let (id, cur) = (h.id, vm.w.current);
    let c = &vm.w.chans[id as usize];
    if tx_closed(c) {
        vm.w.emit(EventKind::SendFailed { task: cur, chan: ChanId(id), full: false, span });
        return Ok(Value::err(Value::adt_enum(builtin::TRY_SEND_ERROR, 1, vec![v])));
    }
    if c.permits_used >= c.capacity || !c.send_queue.is_empty() {
        vm.w.emit(EventKind::SendFailed { task: cur, chan: ChanId(id), full: true, span });
        return Ok(Value::err(Value::adt_enum(builtin::TRY_SEND_ERROR, 0, vec![v])));
    }
    vm.w.chans[id as usize].permits_used += 1;
    vm.push_to_chan(ChanId(id), v, span)?;
    Ok(vm.ok_unit.clone())
}

pub(super) fn unbounded_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let (id, cur) = (h.id, vm.w.current);
    if tx_closed(&vm.w.chans[id as usize]) {
        vm.w.emit(EventKind::SendFailed { task: cur, chan: ChanId(id), full: false, span });
        return Ok(send_error(v, vm.w.chans[id as usize].std_api));
    }
    vm.push_to_chan(ChanId(id), v, span)?;
    Ok(vm.ok_unit.clone())
}

/// `Err(SendError(v))`: Tokio's, or std's (`std`, which says "sending
/// on a closed channel").
fn send_error(v: Value, std: bool) -> Value {
    let def = if std { builtin::STD_SEND_ERROR } else { builtin::SEND_ERROR };
    Value::err(Value::Struct(Rc::new(Adt { def, variant: 0, fields: vec![v], drop: None })))
}

/// Senders see the channel closed once the receiver is gone or closed it.
pub(super) fn tx_closed(c: &crate::rt::Chan) -> bool {
    c.receivers == 0 || c.rx_closed
}

/// `is_closed` of any sending half: no receiver left, or it closed.
pub(super) fn is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(tx_closed(&vm.w.chans[h.id as usize])))
}

/// A receiver sees the channel closed once every sender is gone, or once
/// it closed it itself.
fn receiver_is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let c = &vm.w.chans[h.id as usize];
    Ok(Value::Bool(c.senders == 0 || c.rx_closed))
}

/// A sender's `closed()`: ready once the receiving side is gone (closed,
/// or for broadcast, every receiver dropped).
pub(super) fn closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::ChanClosed { chan: ChanId(h.id) }))
}

/// `Receiver::close`: senders fail from now on; blocked senders wake to
/// find it closed, and so do tasks in `closed().await`.
fn close(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    vm.close_receiver(ChanId(h.id), span);
    Ok(Value::Unit)
}

/// `recv_many(&mut buf, limit)`: the buffer travels with the future and
/// comes back with the count (the compiler writes it back).
fn recv_many(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let buf = arg(a);
    let limit = match arg(a) {
        Value::Int(n) => n.max(0) as u64,
        Value::Wide(_) => u64::MAX,
        _ => 0,
    };
    Ok(vm.future(FutureState::RecvMany { chan: ChanId(h.id), buf: Some(buf), limit }))
}

fn reserve(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::Reserve { chan: ChanId(h.id), ticket: None, got_permit: false, owned: None, n: 1, many: false }))
}

/// `reserve_owned(self)`: the sender moves into the future.
fn reserve_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let sender = arg(a);
    let Value::Handle(h) = vm.auto_deref(sender.clone()) else { return panic("internal error: reserve_owned without a sender") };
    Ok(vm.future(FutureState::Reserve { chan: ChanId(h.id), ticket: None, got_permit: false, owned: Some(sender), n: 1, many: false }))
}

/// A `usize` argument as a slot count (`u32::MAX` beyond it: more than
/// any channel's capacity).
fn slot_count(v: Value) -> u32 {
    match v {
        Value::Int(n) => u32::try_from(n.max(0)).unwrap_or(u32::MAX),
        _ => u32::MAX,
    }
}

/// `reserve_many(n)`: `n` slots, FIFO with the other senders, taken as
/// they free up; a `PermitIterator` of `n` permits.
fn reserve_many(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let n = slot_count(arg(a));
    Ok(vm.future(FutureState::Reserve { chan: ChanId(h.id), ticket: None, got_permit: false, owned: None, n, many: true }))
}

/// `try_reserve_many(n)`: `n` free slots now, else `Full(())` (also when
/// `n` is over the capacity, checked first) or `Closed(())`.
fn try_reserve_many(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let n = slot_count(arg(a));
    let chan = ChanId(h.id);
    if n > vm.w.chans[chan.index()].capacity {
        let cur = vm.w.current;
        vm.w.emit(EventKind::SendFailed { task: cur, chan, full: true, span });
        return Ok(Value::err(Value::adt_enum(builtin::TRY_SEND_ERROR, 0, vec![Value::Unit])));
    }
    match vm.try_take_slots(chan, n, span) {
        Ok(()) => {
            let permits = vm.permit_iter(chan, n, span)?;
            Ok(Value::ok(permits))
        }
        Err(variant) => Ok(Value::err(Value::adt_enum(builtin::TRY_SEND_ERROR, variant, vec![Value::Unit]))),
    }
}

/// `PermitIterator::next`: the next permit, moved out of the iterator.
fn permit_iter_next(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Iter(it) = vm.auto_deref(arg(a)) else { return panic("internal error: not a PermitIterator") };
    let next = it.borrow_mut().next_item();
    Ok(match next {
        Some(p) => vm.some(p),
        None => Value::none(),
    })
}

/// `PermitIterator::len`: the permits not taken yet.
fn permit_iter_len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Iter(it) = vm.auto_deref(arg(a)) else { return panic("internal error: not a PermitIterator") };
    let n = match &*it.borrow() {
        IterState::Items { front, back, .. } => back.saturating_sub(*front),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

/// `try_reserve`: a slot now, or `Full(())` / `Closed(())`.
fn try_reserve(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    match vm.try_take_slot(ChanId(h.id), span) {
        Ok(()) => Ok(Value::ok(vm.new_chan_permit(ChanId(h.id), false, span))),
        Err(variant) => Ok(Value::err(Value::adt_enum(builtin::TRY_SEND_ERROR, variant, vec![Value::Unit]))),
    }
}

/// `try_reserve_owned(self)`: an `OwnedPermit`, or the sender back in
/// `Full(sender)` / `Closed(sender)`.
fn try_reserve_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let sender = arg(a);
    let Value::Handle(h) = vm.auto_deref(sender.clone()) else { return panic("internal error: try_reserve_owned without a sender") };
    match vm.try_take_slot(ChanId(h.id), span) {
        Ok(()) => {
            let permit = vm.new_chan_permit(ChanId(h.id), true, span);
            drop(sender);
            Ok(Value::ok(permit))
        }
        Err(variant) => Ok(Value::err(Value::adt_enum(builtin::TRY_SEND_ERROR, variant, vec![sender]))),
    }
}

/// `Permit::send`: the value fills the reserved slot; it cannot fail.
fn permit_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    vm.fill_reserved(h.id, v, span)?;
    Ok(Value::Unit)
}

/// `OwnedPermit::send`: fills the slot and gives the sender back.
fn owned_permit_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let chan = vm.fill_reserved(h.id, v, span)?;
    Ok(new_sender(vm, HandleKind::MpscSender, chan))
}

/// `OwnedPermit::release`: the slot goes back unsent; the sender comes back.
fn owned_permit_release(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let chan = vm.release_reserved(h.id);
    let Some(chan) = chan else { return panic("internal error: permit already used") };
    Ok(new_sender(vm, HandleKind::MpscSender, chan))
}

/// The channel an `OwnedPermit` reserved a slot of.
fn permit_chan(vm: &Vm, a: &mut Args) -> R<ChanId> {
    let h = receiver(vm, a)?;
    match vm.w.chan_permits.get(h.id as usize) {
        Some(&(c, _, _)) => Ok(c),
        None => panic("internal error: no such permit"),
    }
}

fn owned_permit_same_channel(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = permit_chan(vm, a)?;
    let other = permit_chan(vm, a)?;
    Ok(Value::Bool(c == other))
}

/// A sender's handle id is its channel's.
fn owned_permit_same_channel_as_sender(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = permit_chan(vm, a)?;
    let tx = receiver(vm, a)?;
    Ok(Value::Bool(c.0 == tx.id))
}

/// One more sender of `chan`.
fn new_sender(vm: &mut Vm, kind: HandleKind, chan: ChanId) -> Value {
    vm.w.chans[chan.index()].senders += 1;
    handle(kind, chan, &vm.w)
}

fn downgrade(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    vm.w.chans[h.id as usize].weak += 1;
    let kind = if h.kind == HandleKind::UnboundedSender { HandleKind::WeakUnboundedSender } else { HandleKind::WeakSender };
    Ok(handle(kind, h.id, &vm.w))
}

fn weak_clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    vm.w.chans[h.id as usize].weak += 1;
    Ok(handle(h.kind, h.id, &vm.w))
}

/// `upgrade`: a sender while another one lives, else `None`.
fn upgrade(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    if vm.w.chans[h.id as usize].senders == 0 {
        return Ok(Value::none());
    }
    let kind = if h.kind == HandleKind::WeakUnboundedSender { HandleKind::UnboundedSender } else { HandleKind::MpscSender };
    let sender = new_sender(vm, kind, ChanId(h.id));
    Ok(vm.some(sender))
}

/// Live senders (an `OwnedPermit` is one); broadcast's too (one channel
/// table).
pub(super) fn strong_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Int(i64::from(vm.w.chans[h.id as usize].senders)))
}

pub(super) fn weak_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Int(i64::from(vm.w.chans[h.id as usize].weak)))
}

/// Two sending halves of one channel.
fn same_channel(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let other = receiver(vm, a)?;
    Ok(Value::Bool(h.id == other.id))
}

fn capacity(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let c = &vm.w.chans[h.id as usize];
    Ok(Value::Int((c.capacity - c.permits_used.min(c.capacity)) as i64))
}

fn max_capacity(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Int(vm.w.chans[h.id as usize].capacity as i64))
}

/// `clone` of any sending half.
pub(super) fn clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.clone_sender(&h))
}

fn recv(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::Recv { chan: ChanId(h.id) }))
}

pub(super) fn try_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    if let Some(v) = vm.take_buffered(ChanId(h.id), span) {
        return Ok(Value::ok(v));
    }
    let c = &vm.w.chans[h.id as usize];
    let variant = if c.senders == 0 || rx_done(c) { 1 } else { 0 };
    Ok(Value::err(Value::adt_enum(builtin::TRY_RECV_ERROR, variant, vec![])))
}

fn len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Int(vm.w.chans[h.id as usize].buf.len() as i64))
}

fn is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.chans[h.id as usize].buf.is_empty()))
}

/// A closed receiver with nothing buffered and no slot reserved will get
/// nothing more (Tokio: `rx_closed && semaphore.is_idle()`).
fn rx_done(c: &crate::rt::Chan) -> bool {
    c.rx_closed && c.buf.is_empty() && c.reserved == 0
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        HandleKind::MpscSender | HandleKind::UnboundedSender => vm.drop_sender(id),
        HandleKind::MpscPermit => {
            vm.release_reserved(id);
        }
        HandleKind::MpscOwnedPermit => {
            let chan = vm.w.chan_permits.get(id as usize).map(|p| p.0);
            vm.release_reserved(id);
            if let Some(c) = chan {
                vm.drop_sender(c.0);
            }
        }
        HandleKind::WeakSender | HandleKind::WeakUnboundedSender => {
            if let Some(c) = vm.w.chans.get_mut(id as usize) {
                c.weak = c.weak.saturating_sub(1);
            }
        }
        _ => vm.drop_receiver(id),
    }
}

/// Tokio prints a channel end's internals, with the address of its block
/// list: not something a simulated run can reproduce. std's print
/// `Sender { .. }` (`deref_handle` says which a channel is).
fn debug(out: &mut String, _: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    // futures' sender: `UnboundedSender { closed: false }`.
    if let Some(Value::Bool(closed)) = ctx.deref_handle(h).and_then(|v| v.as_some()) {
        let closed = |o: &mut String| -> Result<(), String> {
            o.push_str(if closed { "true" } else { "false" });
            Ok(())
        };
        return vfmt::debug_struct(out, "UnboundedSender", spec, &[("closed", &closed)], false);
    }
    if let Some(Value::Bool(true)) = ctx.deref_handle(h) {
        let name = match h.kind {
            HandleKind::MpscSender => "SyncSender",
            HandleKind::UnboundedSender => "Sender",
            _ => "Receiver",
        };
        return vfmt::debug_struct(out, name, spec, &[], true);
    }
    match h.kind {
        HandleKind::WeakSender => vfmt::debug_struct(out, "WeakSender", spec, &[], false),
        HandleKind::WeakUnboundedSender => vfmt::debug_struct(out, "WeakUnboundedSender", spec, &[], false),
        _ => Err(format!("`Debug` of `{}` (Tokio prints its internal state, with memory addresses) is not supported yet", type_path(h.kind))),
    }
}

impl<'p> Vm<'p> {
    pub(super) fn poll_mpsc_recv(&mut self, chan: ChanId, span: Span) -> R<Poll> {
        // (Also `poll_recv(cx)`, polled by hand: the same checks, once.)
        // (A futures channel's receiver takes no budget.)
        let cur = self.w.current;
        let coop = !self.w.chans[chan.index()].futures_api;
        if coop && !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        if let Some(v) = self.take_buffered(chan, span) {
            if coop {
                self.w.consume_budget();
            }
            return Ok(Poll::Ready(self.some(v)));
        }
        let c = &mut self.w.chans[chan.index()];
        if c.senders == 0 || rx_done(c) {
            if coop {
                self.w.consume_budget();
            }
            self.w.emit(EventKind::RecvClosed { task: cur, chan, span });
            return Ok(Poll::Ready(Value::none()));
        }
        if !c.recv_waiters.contains(&cur) {
            c.recv_waiters.push(cur);
        }
        Ok(Poll::Pending(WaitOn::Recv(chan)))
    }

    /// `recv_many(&mut buf, limit).await`: one budget unit; a limit of 0
    /// is ready at once; else up to `limit` buffered values, waiting for
    /// the first; 0 once the channel is closed and drained. Ready with
    /// `(count, buf)`.
    pub(super) fn poll_recv_many(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::RecvMany { chan, buf, limit } = st else { return panic("internal: not a recv_many") };
        let (chan, limit) = (*chan, *limit);
        let cur = self.w.current;
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let mut taken = Vec::new();
        while (taken.len() as u64) < limit {
            match self.take_buffered(chan, span) {
                Some(v) => taken.push(v),
                None => break,
            }
        }
        let c = &mut self.w.chans[chan.index()];
        if limit > 0 && taken.is_empty() && !(c.senders == 0 || rx_done(c)) {
            if !c.recv_waiters.contains(&cur) {
                c.recv_waiters.push(cur);
            }
            return Ok(Poll::Pending(WaitOn::Recv(chan)));
        }
        if limit > 0 && taken.is_empty() {
            self.w.emit(EventKind::RecvClosed { task: cur, chan, span });
        }
        self.w.consume_budget();
        let n = taken.len() as i64;
        let mut out = buf.take().unwrap_or(Value::Vec(Rc::new(Vec::new())));
        if let Value::Vec(xs) = &mut out {
            Rc::make_mut(xs).extend(taken);
        }
        Ok(Poll::Ready(Value::Tuple(Rc::new(vec![Value::Int(n), out]))))
    }

    /// A sender's `closed().await`: ready once the receiving side is gone.
    /// mpsc and broadcast wait on a `Notify` (no budget); oneshot's
    /// `poll_closed` takes a budget unit first and uses one when ready.
    pub(super) fn poll_chan_closed(&mut self, chan: ChanId) -> R<Poll> {
        let cur = self.w.current;
        let oneshot = self.w.chans[chan.index()].kind == ChanKind::Oneshot;
        if oneshot && !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let c = &mut self.w.chans[chan.index()];
        let gone = match c.kind {
            ChanKind::Broadcast => c.receivers == 0,
            _ => tx_closed(c),
        };
        if gone {
            if oneshot {
                self.w.consume_budget();
            }
            return Ok(Poll::Ready(Value::Unit));
        }
        if !c.closed_waiters.contains(&cur) {
            c.closed_waiters.push(cur);
        }
        c.tx_task_set = true;
        Ok(Poll::Pending(WaitOn::Closed(chan)))
    }

    /// The slot of a bounded `send` or `reserve`, FIFO behind earlier
    /// waiters: `None` once held, else the poll to return (closed: the
    /// error `closed` builds; full: pending).
    /// `n` slots (a `reserve_many`'s; 1 otherwise): those free now are
    /// taken at once, the rest as they come back.
    fn poll_slot(&mut self, chan: ChanId, n: u32, ticket: &mut Option<u64>, got_permit: &mut bool) -> Option<WaitOn> {
        let cur = self.w.current;
        if *got_permit {
            return None;
        }
        let c = &mut self.w.chans[chan.index()];
        match *ticket {
            None => {
                let free = c.capacity.saturating_sub(c.permits_used);
                if n == 0 || (free >= n && c.send_queue.is_empty()) {
                    c.permits_used += n;
                    *got_permit = true;
                    None
                } else {
                    let take = if c.send_queue.is_empty() { free.min(n) } else { 0 };
                    c.permits_used += take;
                    let t = self.w.ticket();
                    *ticket = Some(t);
                    let c = &mut self.w.chans[chan.index()];
                    c.send_queue.push_back((t, cur));
                    if n != 1 {
                        c.wants.push((t, n, take));
                    }
                    Some(WaitOn::Send(chan))
                }
            }
            Some(t) => {
                if let Some(p) = c.granted.iter().position(|x| *x == t) {
                    c.granted.remove(p);
                    *got_permit = true;
                    *ticket = None;
                    None
                } else {
                    Some(WaitOn::Send(chan))
                }
            }
        }
    }

    /// Leaves the send queue (the channel closed under a waiter), giving
    /// back the slots it was handed (all `n`, or some of a `reserve_many`'s).
    fn leave_send_queue(&mut self, chan: ChanId, ticket: &mut Option<u64>, n: u32) {
        if let Some(t) = ticket.take() {
            let back = self.w.leave_send_queue(chan, t, n);
            if back > 0 {
                self.w.give_back_slots(chan, back);
            }
        }
    }

    /// `reserve().await` / `reserve_owned().await`: a slot like `send`'s,
    /// then a `Permit` (or an `OwnedPermit`, which takes the sender's place).
    pub(super) fn poll_reserve(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::Reserve { chan, ticket, got_permit, owned, n, many } = st else { return panic("internal: not a reserve") };
        let (chan, n, many) = (*chan, *n, *many);
        // `reserve_many(n)` with `n` over the capacity fails at once.
        let over = many && ticket.is_none() && !*got_permit && n > self.w.chans[chan.index()].capacity;
        if over || tx_closed(&self.w.chans[chan.index()]) {
            self.leave_send_queue(chan, ticket, n);
            if *got_permit {
                *got_permit = false;
                self.w.give_back_slots(chan, n);
            }
            drop(owned.take());
            let e = Value::Struct(Rc::new(Adt { def: builtin::SEND_ERROR, variant: 0, fields: vec![Value::Unit], drop: None }));
            return Ok(Poll::Ready(Value::err(e)));
        }
        if let Some(w) = self.poll_slot(chan, n, ticket, got_permit) {
            return Ok(Poll::Pending(w));
        }
        if !self.w.consume_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        *got_permit = false;
        // The slots are already taken: record them as reserved.
        let c = &mut self.w.chans[chan.index()];
        c.permits_used = c.permits_used.saturating_sub(n);
        if many {
            let permits = self.permit_iter(chan, n, span)?;
            return Ok(Poll::Ready(Value::ok(permits)));
        }
        let sender = owned.take();
        let permit = self.reserve_slot(chan, sender.is_some(), span);
        drop(sender);
        Ok(Poll::Ready(Value::ok(permit)))
    }

    /// A slot now, if one is free and nobody waits: `Err(0)` full,
    /// `Err(1)` closed (`TrySendError`'s variants).
    pub(super) fn try_take_slot(&mut self, chan: ChanId, span: Span) -> Result<(), u32> {
        self.try_take_slots(chan, 1, span)
    }

    /// `n` free slots now (0 always fits an open channel), as the batch
    /// semaphore's `try_acquire(n)`.
    fn try_take_slots(&mut self, chan: ChanId, n: u32, span: Span) -> Result<(), u32> {
        let cur = self.w.current;
        let c = &self.w.chans[chan.index()];
        if tx_closed(c) {
            self.w.emit(EventKind::SendFailed { task: cur, chan, full: false, span });
            return Err(1);
        }
        if n > 0 && (c.capacity.saturating_sub(c.permits_used) < n || !c.send_queue.is_empty()) {
            self.w.emit(EventKind::SendFailed { task: cur, chan, full: true, span });
            return Err(0);
        }
        Ok(())
    }

    /// A `PermitIterator`: `n` permits, one per free slot, each drawn as
    /// reserved by the current task; the iterator moves them out one by
    /// one, and the ones left drop (their slots free) with it.
    fn permit_iter(&mut self, chan: ChanId, n: u32, span: Span) -> R<Value> {
        if n as usize > self.config.max_collection_len {
            return Err(self.budget_stop(Budget::CollectionLen));
        }
        let permits: Vec<Value> = (0..n).map(|_| self.reserve_slot(chan, false, span)).collect();
        let back = permits.len();
        Ok(Value::Iter(Rc::new(RefCell::new(IterState::Items { items: Rc::new(permits), front: 0, back, rev: false }))))
    }

    /// A permit for a free slot `try_take_slot` found.
    pub(super) fn new_chan_permit(&mut self, chan: ChanId, owned: bool, span: Span) -> Value {
        self.reserve_slot(chan, owned, span)
    }

    /// Takes a slot for the current task's permit (an `OwnedPermit` also
    /// counts as a sender).
    fn reserve_slot(&mut self, chan: ChanId, owned: bool, span: Span) -> Value {
        let cur = self.w.current;
        let c = &mut self.w.chans[chan.index()];
        c.permits_used += 1;
        c.reserved += 1;
        if owned {
            c.senders += 1;
        }
        let reserved = c.reserved;
        self.w.emit(EventKind::SlotReserved { task: cur, chan, reserved, span });
        self.w.chan_permits.push((chan, cur, true));
        let kind = if owned { HandleKind::MpscOwnedPermit } else { HandleKind::MpscPermit };
        handle(kind, self.w.chan_permits.len() as u32 - 1, &self.w)
    }

    /// `send` on a permit: its slot takes the value.
    pub(super) fn fill_reserved(&mut self, permit: u32, v: Value, span: Span) -> R<ChanId> {
        let Some(p) = self.w.chan_permits.get_mut(permit as usize).filter(|p| p.2) else { return panic("internal error: permit already used") };
        p.2 = false;
        let (chan, owner) = (p.0, p.1);
        let c = &mut self.w.chans[chan.index()];
        c.reserved = c.reserved.saturating_sub(1);
        let reserved = c.reserved;
        let receivers = c.receivers;
        self.w.emit(EventKind::ReservationEnded { task: owner, chan, sent: true, reserved });
        if receivers == 0 {
            // Nobody will ever read it; the slot is the channel's.
            drop(v);
            return Ok(chan);
        }
        self.push_to_chan(chan, v, span)?;
        Ok(chan)
    }

    /// A permit's slot goes back unsent (dropped or released): to the
    /// oldest blocked sender, and a closed receiver waiting for the last
    /// reservation wakes. The channel, if the permit held a slot.
    pub(super) fn release_reserved(&mut self, permit: u32) -> Option<ChanId> {
        let p = self.w.chan_permits.get_mut(permit as usize).filter(|p| p.2)?;
        p.2 = false;
        let (chan, owner) = (p.0, p.1);
        let c = &mut self.w.chans[chan.index()];
        c.reserved = c.reserved.saturating_sub(1);
        let reserved = c.reserved;
        self.w.emit(EventKind::ReservationEnded { task: owner, chan, sent: false, reserved });
        self.w.give_back_slot(chan);
        let c = &self.w.chans[chan.index()];
        if tx_closed(c) && c.buf.is_empty() && c.reserved == 0 {
            self.w.wake_receivers(chan);
        }
        Some(chan)
    }

    /// `Receiver::close` (mpsc, oneshot): senders fail from now on.
    pub(super) fn close_receiver(&mut self, chan: ChanId, span: Span) {
        let cur = self.w.current;
        let c = &mut self.w.chans[chan.index()];
        if c.rx_closed || c.receivers == 0 {
            return;
        }
        c.rx_closed = true;
        let waiting: Vec<TaskId> = c.send_queue.iter().map(|(_, t)| *t).collect();
        self.w.emit(EventKind::ReceiverClosed { task: cur, chan, span });
        for t in waiting {
            self.w.wake(t);
        }
        self.w.wake_closed_waiters(chan);
    }

    /// A bounded `send`: a slot first (FIFO behind earlier waiters), then
    /// the budget, then the value goes in.
    pub(super) fn poll_mpsc_send(&mut self, chan: ChanId, value: &mut Option<Value>, ticket: &mut Option<u64>, got_permit: &mut bool, span: Span) -> R<Poll> {
        let cur = self.w.current;
        if tx_closed(&self.w.chans[chan.index()]) {
            self.leave_send_queue(chan, ticket, 1);
            if *got_permit {
                *got_permit = false;
                self.w.give_back_slot(chan);
            }
            self.w.emit(EventKind::SendFailed { task: cur, chan, full: false, span });
            let std = self.w.chans[chan.index()].std_api;
            return Ok(Poll::Ready(send_error(value.take().unwrap_or(Value::Unit), std)));
        }
        if let Some(w) = self.poll_slot(chan, 1, ticket, got_permit) {
            return Ok(Poll::Pending(w));
        }
        if !self.w.consume_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let v = value.take().unwrap_or(Value::Unit);
        self.push_to_chan(chan, v, span)?;
        Ok(Poll::Ready(self.ok_unit.clone()))
    }

    /// `send_timeout(v, d).await`: at the first poll, a `reserve()` under a
    /// `timeout(d, ..)` (a child coroutine and a deadline); then the
    /// timeout's poll: a permit fills its slot with the value, a closed
    /// channel gives `Closed(v)`, the deadline `Timeout(v)` (drawn as a
    /// failed send: closed, or full).
    pub(super) fn poll_send_timeout(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::SendTimeout { chan, wait, child, deadline, timer, value } = st else { return panic("internal: not a send_timeout") };
        let chan = *chan;
        let started = match *child {
            Some(c) => c,
            None => {
                if !self.timers_enabled() {
                    return panic(super::time::TIMERS_DISABLED);
                }
                *deadline = self.timeout_deadline(*wait);
                let reserve = self.future(FutureState::Reserve { chan, ticket: None, got_permit: false, owned: None, n: 1, many: false });
                let c = self.child_future(reserve);
                *child = Some(c);
                c
            }
        };
        let out = match self.poll_timeout_parts(started, *deadline, timer, Some(chan), span)? {
            Poll::Pending(on) => return Ok(Poll::Pending(on)),
            Poll::Ready(out) => out,
        };
        *child = None;
        let v = value.take().unwrap_or(Value::Unit);
        let cur = self.w.current;
        let (ok, inner) = match out {
            Value::Enum(r) if r.def == builtin::RESULT => (r.variant == builtin::OK, r.fields.first().cloned()),
            _ => return panic("internal: send_timeout's timeout gave no Result"),
        };
        if !ok {
            // The timed-out reservation is dropped: it leaves the queue.
            self.free_child(started);
            self.w.emit(EventKind::SendFailed { task: cur, chan, full: true, span });
            return Ok(Poll::Ready(Value::err(Value::adt_enum(builtin::SEND_TIMEOUT_ERROR, 0, vec![v]))));
        }
        match inner {
            Some(Value::Enum(r)) if r.def == builtin::RESULT && r.variant == builtin::OK => {
                let Some(Value::Handle(permit)) = r.fields.first() else { return panic("internal: reserve gave no permit") };
                self.fill_reserved(permit.id, v, span)?;
                Ok(Poll::Ready(self.ok_unit.clone()))
            }
            _ => {
                self.w.emit(EventKind::SendFailed { task: cur, chan, full: false, span });
                Ok(Poll::Ready(Value::err(Value::adt_enum(builtin::SEND_TIMEOUT_ERROR, 1, vec![v]))))
            }
        }
    }

    /// Takes the oldest buffered value of an mpsc channel, records it, and
    /// hands the freed slot of a bounded channel to the oldest blocked sender.
    pub(in crate::exec) fn take_buffered(&mut self, chan: ChanId, span: Span) -> Option<Value> {
        let cur = self.w.current;
        let c = &mut self.w.chans[chan.index()];
        let (vid, v) = c.buf.pop_front()?;
        let bounded = c.kind == ChanKind::Mpsc;
        if bounded {
            c.permits_used = c.permits_used.saturating_sub(1);
        }
        let len = c.buf.len() as u32;
        self.w.emit(EventKind::Received { task: cur, chan, value: vid, len, span });
        if bounded {
            self.w.grant_send_permits(chan);
        }
        Some(v)
    }
}

impl World {
    /// Wakes the tasks in a sender's `closed().await` on `chan`.
    pub(super) fn wake_closed_waiters(&mut self, chan: ChanId) {
        let waiters = std::mem::take(&mut self.chans[chan.index()].closed_waiters);
        for t in waiters {
            self.wake(t);
        }
    }

    /// A held slot comes back to the channel, and goes on to the oldest
    /// waiting sender.
    pub(in crate::exec) fn give_back_slot(&mut self, chan: ChanId) {
        self.give_back_slots(chan, 1);
    }

    /// `n` held slots come back to the channel, and go on to the oldest
    /// waiting senders.
    pub(in crate::exec) fn give_back_slots(&mut self, chan: ChanId, n: u32) {
        let Some(c) = self.chans.get_mut(chan.index()) else { return };
        c.permits_used = c.permits_used.saturating_sub(n);
        self.grant_send_permits(chan);
    }

    /// A waiter (`ticket`, wanting `n` slots) leaves the send queue: the
    /// slots it was handed, to give back (all `n` once granted, some while
    /// a `reserve_many` still waits for the rest).
    pub(in crate::exec) fn leave_send_queue(&mut self, chan: ChanId, ticket: u64, n: u32) -> u32 {
        let Some(c) = self.chans.get_mut(chan.index()) else { return 0 };
        c.send_queue.retain(|q| q.0 != ticket);
        if let Some(i) = c.granted.iter().position(|x| *x == ticket) {
            c.granted.remove(i);
            return n;
        }
        match c.wants.iter().position(|w| w.0 == ticket) {
            Some(i) => c.wants.remove(i).2,
            None => 0,
        }
    }

    /// Hands free bounded-channel slots to the oldest waiting senders, in
    /// order; a `reserve_many` at the head takes what is free and is
    /// granted (and woken) once it holds all it asked for.
    fn grant_send_permits(&mut self, chan: ChanId) {
        loop {
            let c = &mut self.chans[chan.index()];
            if c.permits_used >= c.capacity {
                break;
            }
            let Some(&(ticket, task)) = c.send_queue.front() else { break };
            let free = c.capacity - c.permits_used;
            if let Some(i) = c.wants.iter().position(|w| w.0 == ticket) {
                let (_, n, held) = c.wants[i];
                let give = free.min(n.saturating_sub(held));
                c.permits_used += give;
                if held + give < n {
                    c.wants[i].2 = held + give;
                    break;
                }
                c.wants.remove(i);
            } else {
                c.permits_used += 1;
            }
            c.send_queue.pop_front();
            c.granted.push(ticket);
            self.wake(task);
        }
    }
}

/// `poll_recv_many(cx, &mut buf, limit)`, bound by the compiler with the
/// buffer written back.
pub(crate) const POLL_RECV_MANY: [&str; 2] = ["tokio::sync::mpsc::Receiver::poll_recv_many", "tokio::sync::mpsc::UnboundedReceiver::poll_recv_many"];

/// `poll_recv_many(cx, &mut buf, limit)`: `recv_many` polled once, by hand
/// (Tokio's `recv_many` is a `poll_fn` of the same function); ready with
/// the count. Returns `(Poll<usize>, buf)`: the compiler writes the buffer
/// back to its place.
fn poll_recv_many(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let _cx = arg(a);
    let buf = arg(a);
    let limit = match arg(a) {
        Value::Int(n) => n.max(0) as u64,
        Value::Wide(_) => u64::MAX,
        _ => 0,
    };
    let mut st = FutureState::RecvMany { chan: ChanId(h.id), buf: Some(buf), limit };
    let (p, buf) = match vm.poll_recv_many(&mut st, span)? {
        Poll::Ready(Value::Tuple(t)) => {
            let n = t.first().cloned().unwrap_or(Value::Int(0));
            let buf = t.get(1).cloned().unwrap_or(Value::Unit);
            (super::future::poll_value(Poll::Ready(n)), buf)
        }
        Poll::Ready(_) => return panic("internal error: `recv_many` gave no buffer"),
        Poll::Pending(on) => {
            let FutureState::RecvMany { buf, .. } = &mut st else { return panic("internal error: not a recv_many") };
            let buf = buf.take().unwrap_or(Value::Unit);
            (super::future::poll_value(Poll::Pending(on)), buf)
        }
    };
    Ok(Value::Tuple(Rc::new(vec![p, buf])))
}

/// `poll_recv(cx)`: `recv()` polled once, by hand; the task stays the
/// channel's waiter when it is pending, as Tokio's does.
fn poll_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let _cx = arg(a);
    let p = vm.poll_mpsc_recv(ChanId(h.id), span)?;
    Ok(super::future::poll_value(p))
}
