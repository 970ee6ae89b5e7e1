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
    ],
    kinds: &[
        (HandleKind::MpscSender, "tokio::sync::mpsc::Sender"),
        (HandleKind::MpscReceiver, "tokio::sync::mpsc::Receiver"),
        (HandleKind::UnboundedSender, "tokio::sync::mpsc::UnboundedSender"),
        (HandleKind::UnboundedReceiver, "tokio::sync::mpsc::UnboundedReceiver"),
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
                pub async fn send_timeout(&self, value: T, timeout: Duration) -> _;
                pub fn is_closed(&self) -> bool;
                pub async fn closed(&self);
                pub fn capacity(&self) -> usize;
                pub fn max_capacity(&self) -> usize;
                pub fn same_channel(&self, other: &Sender<T>) -> bool;
                pub async fn reserve(&self) -> _;
                pub async fn reserve_many(&self, n: usize) -> _;
                pub async fn reserve_owned(self) -> _;
                pub fn try_reserve(&self) -> _;
                pub fn try_reserve_many(&self, n: usize) -> _;
                pub fn try_reserve_owned(self) -> _;
                pub fn downgrade(&self) -> _;
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
                pub fn poll_recv(&mut self, cx: _) -> _;
                pub fn poll_recv_many(&mut self, cx: _, buffer: &mut Vec<T>, limit: usize) -> _;
                pub fn borrow(&self) -> _;
                pub fn borrow_mut(&mut self) -> _;
                pub fn into(self) -> _;
                pub fn try_into(self) -> _;
                pub fn from(t: _) -> _;
                pub fn try_from(t: _) -> _;
                pub fn type_id(&self) -> _;
            }
            #[derive(Debug)]
            pub struct UnboundedSender<T>;
            impl<T> UnboundedSender<T> {
                pub fn send(&self, message: T) -> Result<(), SendError<T>>;
                pub fn is_closed(&self) -> bool;
                pub async fn closed(&self);
                pub fn same_channel(&self, other: &UnboundedSender<T>) -> bool;
                pub fn clone(&self) -> UnboundedSender<T>;
                pub fn downgrade(&self) -> _;
                pub fn strong_count(&self) -> usize;
                pub fn weak_count(&self) -> usize;
            }
            #[derive(Debug)]
            pub struct UnboundedReceiver<T>;
            impl<T> UnboundedReceiver<T> {
                pub async fn recv(&mut self) -> Option<T>;
                pub async fn recv_many(&mut self, buffer: &mut Vec<T>, limit: usize) -> usize;
                pub fn try_recv(&mut self) -> Result<T, TryRecvError>;
                pub fn blocking_recv(&mut self) -> Option<T>;
                pub fn close(&mut self);
                pub fn is_closed(&self) -> bool;
                pub fn is_empty(&self) -> bool;
                pub fn len(&self) -> usize;
                pub fn sender_strong_count(&self) -> usize;
                pub fn sender_weak_count(&self) -> usize;
            }
            pub mod error {
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                pub struct SendError<T>(pub T);
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                pub enum TrySendError<T> { Full(T), Closed(T) }
                impl<T> TrySendError<T> { pub fn into_inner(self) -> T; }
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                pub enum TryRecvError { Empty, Disconnected }
            }
        }
"#;

fn channel(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let n = channel::capacity_arg(vm, a, "mpsc bounded channel requires buffer > 0")?;
    let id = vm.w.new_chan(ChanKind::Mpsc, n as u32, span);
    Ok(Value::Tuple(Rc::new(vec![handle(HandleKind::MpscSender, id, &vm.w), handle(HandleKind::MpscReceiver, id, &vm.w)])))
}

fn unbounded_channel(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    let id = vm.w.new_chan(ChanKind::Unbounded, 0, span);
    Ok(Value::Tuple(Rc::new(vec![handle(HandleKind::UnboundedSender, id, &vm.w), handle(HandleKind::UnboundedReceiver, id, &vm.w)])))
}

/// `Sender::send`: a future that waits for a slot.
fn send(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    Ok(vm.future(FutureState::Send { chan: ChanId(h.id), value: Some(v), ticket: None, got_permit: false, requested: false }))
}

fn try_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let (id, cur) = (h.id, vm.w.current);
    let c = &vm.w.chans[id as usize];
    if c.receivers == 0 {
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

fn unbounded_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let (id, cur) = (h.id, vm.w.current);
    if vm.w.chans[id as usize].receivers == 0 {
        vm.w.emit(EventKind::SendFailed { task: cur, chan: ChanId(id), full: false, span });
        return Ok(send_error(v));
    }
    vm.push_to_chan(ChanId(id), v, span)?;
    Ok(vm.ok_unit.clone())
}

/// `Err(SendError(v))`.
fn send_error(v: Value) -> Value {
    Value::err(Value::Struct(Rc::new(Adt { def: builtin::SEND_ERROR, variant: 0, fields: vec![v] })))
}

/// `is_closed` of any sending half: no receiver left.
pub(super) fn is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.chans[h.id as usize].receivers == 0))
}

/// A receiver sees the channel closed once every sender is gone.
fn receiver_is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.chans[h.id as usize].senders == 0))
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

fn try_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    if let Some(v) = vm.take_buffered(ChanId(h.id), span) {
        return Ok(Value::ok(v));
    }
    let variant = if vm.w.chans[h.id as usize].senders == 0 { 1 } else { 0 };
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

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        HandleKind::MpscSender | HandleKind::UnboundedSender => vm.drop_sender(id),
        _ => vm.drop_receiver(id),
    }
}

fn debug(out: &mut String, _: &Value, h: &Handle, spec: &vfmt::Spec, _: &dyn vfmt::FmtCtx) -> Result<(), String> {
    let name = match h.kind {
        HandleKind::MpscSender => "Sender",
        HandleKind::MpscReceiver => "Receiver",
        HandleKind::UnboundedSender => "UnboundedSender",
        _ => "UnboundedReceiver",
    };
    channel::debug_opaque(out, name, spec)
}

impl<'p> Vm<'p> {
    pub(super) fn poll_mpsc_recv(&mut self, chan: ChanId, span: Span) -> R<Poll> {
        let cur = self.w.current;
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        if let Some(v) = self.take_buffered(chan, span) {
            self.w.consume_budget();
            return Ok(Poll::Ready(self.some(v)));
        }
        let c = &mut self.w.chans[chan.index()];
        if c.senders == 0 {
            self.w.consume_budget();
            self.w.emit(EventKind::RecvClosed { task: cur, chan, span });
            return Ok(Poll::Ready(Value::none()));
        }
        if !c.recv_waiters.contains(&cur) {
            c.recv_waiters.push(cur);
        }
        Ok(Poll::Pending(WaitOn::Recv(chan)))
    }

    /// A bounded `send`: a slot first (FIFO behind earlier waiters), then
    /// the budget, then the value goes in.
    pub(super) fn poll_mpsc_send(&mut self, chan: ChanId, value: &mut Option<Value>, ticket: &mut Option<u64>, got_permit: &mut bool, span: Span) -> R<Poll> {
        let cur = self.w.current;
        if self.w.chans[chan.index()].receivers == 0 {
            if let Some(t) = ticket.take() {
                let c = &mut self.w.chans[chan.index()];
                c.send_queue.retain(|(x, _)| *x != t);
                c.granted.retain(|x| *x != t);
            }
            self.w.emit(EventKind::SendFailed { task: cur, chan, full: false, span });
            return Ok(Poll::Ready(send_error(value.take().unwrap_or(Value::Unit))));
        }
        if !*got_permit {
            let c = &mut self.w.chans[chan.index()];
            match *ticket {
                None => {
                    if c.permits_used < c.capacity && c.send_queue.is_empty() {
                        c.permits_used += 1;
                        *got_permit = true;
                    } else {
                        let t = self.w.ticket();
                        *ticket = Some(t);
                        self.w.chans[chan.index()].send_queue.push_back((t, cur));
                        return Ok(Poll::Pending(WaitOn::Send(chan)));
                    }
                }
                Some(t) => {
                    if let Some(p) = c.granted.iter().position(|x| *x == t) {
                        c.granted.remove(p);
                        *got_permit = true;
                        *ticket = None;
                    } else {
                        return Ok(Poll::Pending(WaitOn::Send(chan)));
                    }
                }
            }
        }
        if !self.w.consume_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let v = value.take().unwrap_or(Value::Unit);
        self.push_to_chan(chan, v, span)?;
        Ok(Poll::Ready(self.ok_unit.clone()))
    }

    /// Takes the oldest buffered value of an mpsc channel, records it, and
    /// hands the freed slot of a bounded channel to the oldest blocked sender.
    pub(super) fn take_buffered(&mut self, chan: ChanId, span: Span) -> Option<Value> {
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
    /// Hands free bounded-channel slots to the oldest waiting senders.
    pub(in crate::exec) fn grant_send_permits(&mut self, chan: ChanId) {
        loop {
            let c = &mut self.chans[chan.index()];
            if c.permits_used >= c.capacity {
                break;
            }
            let Some((ticket, task)) = c.send_queue.pop_front() else { break };
            c.permits_used += 1;
            c.granted.push(ticket);
            self.wake(task);
        }
    }
}
