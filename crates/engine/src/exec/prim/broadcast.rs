//! `tokio::sync::broadcast`: a ring of `capacity` (rounded up to a power
//! of two) values every receiver reads at its own position; a receiver
//! that falls more than `capacity` behind lags.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$BROADCAST",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::broadcast::channel", f: channel },
        Native { path: "tokio::sync::broadcast::Sender::send", f: send },
        Native { path: "tokio::sync::broadcast::Sender::subscribe", f: subscribe },
        Native { path: "tokio::sync::broadcast::Sender::receiver_count", f: receiver_count },
        Native { path: "tokio::sync::broadcast::Sender::clone", f: mpsc::clone },
        Native { path: "tokio::sync::broadcast::Receiver::recv", f: recv },
        Native { path: "tokio::sync::broadcast::Receiver::len", f: len },
        Native { path: "tokio::sync::broadcast::Receiver::is_empty", f: is_empty },
        Native { path: "tokio::sync::broadcast::Receiver::resubscribe", f: resubscribe },
        Native { path: "tokio::sync::broadcast::Sender::len", f: sender_len },
        Native { path: "tokio::sync::broadcast::Sender::is_empty", f: sender_is_empty },
        Native { path: "tokio::sync::broadcast::Sender::closed", f: mpsc::closed },
        Native { path: "tokio::sync::broadcast::Sender::same_channel", f: sender_same_channel },
        Native { path: "tokio::sync::broadcast::Receiver::same_channel", f: receiver_same_channel },
        Native { path: "tokio::sync::broadcast::Receiver::is_closed", f: receiver_is_closed },
        Native { path: "tokio::sync::broadcast::Receiver::try_recv", f: try_recv },
        Native { path: "tokio::sync::broadcast::Receiver::sender_strong_count", f: sender_strong_count },
        Native { path: "tokio::sync::broadcast::Receiver::sender_weak_count", f: sender_weak_count },
        Native { path: "tokio::sync::broadcast::Sender::downgrade", f: downgrade },
        Native { path: "tokio::sync::broadcast::Sender::strong_count", f: super::mpsc::strong_count },
        Native { path: "tokio::sync::broadcast::Sender::weak_count", f: super::mpsc::weak_count },
        Native { path: "tokio::sync::broadcast::WeakSender::upgrade", f: upgrade },
        Native { path: "tokio::sync::broadcast::WeakSender::clone", f: weak_clone },
        Native { path: "tokio::sync::broadcast::WeakSender::strong_count", f: super::mpsc::strong_count },
        Native { path: "tokio::sync::broadcast::WeakSender::weak_count", f: super::mpsc::weak_count },
    ],
    kinds: &[
        (HandleKind::BroadcastSender, "tokio::sync::broadcast::Sender"),
        (HandleKind::BroadcastReceiver, "tokio::sync::broadcast::Receiver"),
        (HandleKind::BroadcastWeakSender, "tokio::sync::broadcast::WeakSender"),
    ],
    on_drop,
    debug,
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        pub mod broadcast {
            pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>);
            #[derive(Debug)]
            #[complete]
            pub struct Sender<T>;
            impl<T> Sender<T> {
                pub fn new(capacity: usize) -> Sender<T>;
                pub fn send(&self, value: T) -> Result<usize, SendError<T>>;
                pub fn subscribe(&self) -> Receiver<T>;
                pub fn receiver_count(&self) -> usize;
                pub fn len(&self) -> usize;
                pub fn is_empty(&self) -> bool;
                pub fn same_channel(&self, other: &Sender<T>) -> bool;
                pub async fn closed(&self);
                pub fn clone(&self) -> Sender<T>;
                pub fn downgrade(&self) -> WeakSender<T>;
                pub fn strong_count(&self) -> usize;
                pub fn weak_count(&self) -> usize;
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
            #[complete]
            pub struct Receiver<T>;
            impl<T> Receiver<T> {
                pub async fn recv(&mut self) -> Result<T, RecvError>;
                pub fn try_recv(&mut self) -> Result<T, TryRecvError>;
                pub fn blocking_recv(&mut self) -> Result<T, RecvError>;
                pub fn resubscribe(&self) -> Receiver<T>;
                pub fn len(&self) -> usize;
                pub fn is_empty(&self) -> bool;
                pub fn is_closed(&self) -> bool;
                pub fn same_channel(&self, other: &Receiver<T>) -> bool;
                pub fn sender_strong_count(&self) -> usize;
                pub fn sender_weak_count(&self) -> usize;
            }
            pub mod error {
                #[derive(Debug)]
                #[impls(Display)]
                pub struct SendError<T>(pub T);
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                pub enum RecvError { Closed, Lagged(u64) }
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                pub enum TryRecvError { Empty, Closed, Lagged(u64) }
            }
        }
"#;

fn channel(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let n = channel::capacity_arg(vm, a, "broadcast channel capacity cannot be zero")?;
    let cap = n.next_power_of_two() as u32;
    let id = vm.w.new_chan(ChanKind::Broadcast, cap, span);
    let rx = vm.w.brx.len() as u32;
    vm.w.brx.push((id, Some(0)));
    Ok(Value::Tuple(Rc::new(vec![handle(HandleKind::BroadcastSender, id, &vm.w), handle(HandleKind::BroadcastReceiver, rx, &vm.w)])))
}

/// `send`: `Ok(number of receivers)`; the oldest value falls off a full
/// ring.
fn send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let (id, cur) = (h.id, vm.w.current);
    let receivers = vm.w.chans[id as usize].receivers;
    if receivers == 0 {
        vm.w.emit(EventKind::SendFailed { task: cur, chan: ChanId(id), full: false, span });
        return Ok(Value::err(Value::Struct(Rc::new(Adt { def: builtin::BROADCAST_SEND_ERROR, variant: 0, fields: vec![v], drop: None }))));
    }
    let vid = vm.w.new_value_id();
    let text = vm.intern_debug(&v);
    let c = &mut vm.w.chans[id as usize];
    c.buf.push_back((vid, v));
    c.head += 1;
    let old = if c.buf.len() > c.capacity as usize { c.buf.pop_front() } else { None };
    let len = c.buf.len() as u32;
    vm.w.emit(EventKind::Sent { task: cur, chan: ChanId(id), value: vid, text, len, span });
    vm.w.wake_receivers(ChanId(id));
    drop(old);
    Ok(Value::ok(Value::Int(receivers as i64)))
}

/// A new receiver that sees values sent from now on.
fn subscribe(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(new_receiver(vm, h.id))
}

/// `rx.resubscribe()`: a new receiver of the same channel, at its tail.
fn resubscribe(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some(&(c, _)) = vm.w.brx.get(h.id as usize) else { return panic("broadcast receiver dropped") };
    Ok(new_receiver(vm, c.0))
}

/// A receiver of channel `id` that sees only what is sent from now on.
fn new_receiver(vm: &mut Vm, id: u32) -> Value {
    let head = vm.w.chans[id as usize].head;
    vm.w.chans[id as usize].receivers += 1;
    let rx = vm.w.brx.len() as u32;
    vm.w.brx.push((ChanId(id), Some(head)));
    handle(HandleKind::BroadcastReceiver, rx, &vm.w)
}

fn receiver_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Int(vm.w.chans[h.id as usize].receivers as i64))
}

/// A receiver's handle id is its entry in `brx`, not the channel's.
fn recv(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::BroadcastRecv { rx: h.id }))
}

/// Values this receiver has not read yet.
fn unread(vm: &Vm, a: &mut Args) -> R<u64> {
    let h = receiver(vm, a)?;
    let Some(&(c, pos)) = vm.w.brx.get(h.id as usize) else { return panic("broadcast receiver dropped") };
    let ch = &vm.w.chans[c.index()];
    Ok(ch.head - pos.unwrap_or(ch.head))
}

/// Values some live receiver has not read yet: from the oldest unread
/// position still in the ring to the head (a receiver subscribed later
/// does not count for older values).
fn unread_by_any(vm: &Vm, a: &mut Args) -> R<u64> {
    let h = receiver(vm, a)?;
    let id = ChanId(h.id);
    let c = &vm.w.chans[id.index()];
    let oldest = c.head - c.buf.len() as u64;
    let lowest = vm.w.brx.iter().filter(|(ch, _)| *ch == id).filter_map(|(_, pos)| *pos).min();
    Ok(lowest.map_or(0, |p| c.head - p.max(oldest).min(c.head)))
}

fn sender_len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Int(unread_by_any(vm, a)? as i64))
}

fn sender_is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(unread_by_any(vm, a)? == 0))
}

fn len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Int(unread(vm, a)? as i64))
}

fn is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(unread(vm, a)? == 0))
}

/// Two senders of one channel (a sender's handle id is its channel's).
fn sender_same_channel(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let other = receiver(vm, a)?;
    Ok(Value::Bool(h.id == other.id))
}

/// The channel a receiver reads (its handle id is its entry in `brx`).
fn receiver_chan(vm: &Vm, a: &mut Args) -> R<ChanId> {
    let h = receiver(vm, a)?;
    match vm.w.brx.get(h.id as usize) {
        Some(&(c, _)) => Ok(c),
        None => panic("broadcast receiver dropped"),
    }
}

fn receiver_same_channel(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = receiver_chan(vm, a)?;
    let other = receiver_chan(vm, a)?;
    Ok(Value::Bool(c == other))
}

/// A receiver's channel is closed once every sender is gone, whatever it
/// has left to read.
fn receiver_is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = receiver_chan(vm, a)?;
    Ok(Value::Bool(vm.w.chans[c.index()].senders == 0))
}

fn sender_strong_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = receiver_chan(vm, a)?;
    Ok(Value::Int(i64::from(vm.w.chans[c.index()].senders)))
}

/// `try_recv`: what `recv` would return now, without waiting and without
/// spending budget (Tokio's `try_recv` does not consult it): the next value,
/// `Lagged(n)` (moving to the oldest value kept), `Closed` once the senders
/// are gone and everything is read, or `Empty`.
fn try_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let rx = h.id;
    let cur = vm.w.current;
    let Some(&(chan, Some(pos))) = vm.w.brx.get(rx as usize) else { return panic("broadcast receiver dropped") };
    let c = &vm.w.chans[chan.index()];
    let oldest = c.head - c.buf.len() as u64;
    let err = |variant: u32, fields: Vec<Value>| Value::err(Value::adt_enum(builtin::BROADCAST_TRY_RECV_ERROR, variant, fields));
    if pos < oldest {
        let missed = oldest - pos;
        vm.w.brx[rx as usize].1 = Some(oldest);
        vm.w.emit(EventKind::Lagged { task: cur, chan, missed, span });
        return Ok(err(2, vec![Value::Int(missed as i64)]));
    }
    if pos < c.head {
        let (vid, v) = c.buf[(pos - oldest) as usize].clone();
        let len = (c.head - pos - 1) as u32;
        vm.w.brx[rx as usize].1 = Some(pos + 1);
        let v = vm.clone_value(&v)?;
        vm.w.emit(EventKind::Received { task: cur, chan, value: vid, len, span });
        return Ok(Value::ok(v));
    }
    if c.senders == 0 {
        return Ok(err(1, vec![]));
    }
    Ok(err(0, vec![]))
}

/// `downgrade`: a sender that does not keep the channel open (a sender's
/// handle id is its channel's).
fn downgrade(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    vm.w.chans[h.id as usize].weak += 1;
    Ok(handle(HandleKind::BroadcastWeakSender, h.id, &vm.w))
}

fn weak_clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    vm.w.chans[h.id as usize].weak += 1;
    Ok(handle(HandleKind::BroadcastWeakSender, h.id, &vm.w))
}

/// `upgrade`: a sender while another one lives, else `None`.
fn upgrade(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let c = &mut vm.w.chans[h.id as usize];
    if c.senders == 0 {
        return Ok(Value::none());
    }
    c.senders += 1;
    let sender = handle(HandleKind::BroadcastSender, h.id, &vm.w);
    Ok(vm.some(sender))
}

fn sender_weak_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = receiver_chan(vm, a)?;
    Ok(Value::Int(i64::from(vm.w.chans[c.index()].weak)))
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        HandleKind::BroadcastSender => vm.drop_sender(id),
        HandleKind::BroadcastWeakSender => {
            if let Some(c) = vm.w.chans.get_mut(id as usize) {
                c.weak = c.weak.saturating_sub(1);
            }
        }
        _ => {
            let Some(&(chan, _)) = vm.w.brx.get(id as usize) else { return };
            vm.w.brx[id as usize].1 = None;
            let c = &mut vm.w.chans[chan.index()];
            c.receivers = c.receivers.saturating_sub(1);
            let remaining = c.receivers;
            vm.w.emit(EventKind::ReceiverDropped { chan, remaining });
            if remaining == 0 {
                vm.w.wake_closed_waiters(chan);
            }
        }
    }
}

/// Tokio 1.54.1 `write!`s the type's name (so width and fill are ignored).
fn debug(out: &mut String, _: &Value, h: &Handle, _: &vfmt::Spec, _: &dyn vfmt::FmtCtx) -> Result<(), String> {
    out.push_str(match h.kind {
        HandleKind::BroadcastSender => "broadcast::Sender",
        HandleKind::BroadcastWeakSender => "broadcast::WeakSender",
        _ => "broadcast::Receiver",
    });
    Ok(())
}

impl<'p> Vm<'p> {
    pub(super) fn poll_broadcast_recv(&mut self, rx: u32, span: Span) -> R<Poll> {
        let cur = self.w.current;
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let Some(&(chan, Some(pos))) = self.w.brx.get(rx as usize) else { return panic("broadcast receiver dropped") };
        let c = &mut self.w.chans[chan.index()];
        let oldest = c.head - c.buf.len() as u64;
        if pos < oldest {
            let missed = oldest - pos;
            self.w.brx[rx as usize].1 = Some(oldest);
            self.w.consume_budget();
            self.w.emit(EventKind::Lagged { task: cur, chan, missed, span });
            let e = Value::adt_enum(builtin::BROADCAST_RECV_ERROR, 1, vec![Value::Int(missed as i64)]);
            return Ok(Poll::Ready(Value::err(e)));
        }
        if pos < c.head {
            let (vid, v) = c.buf[(pos - oldest) as usize].clone();
            let len = (c.head - pos - 1) as u32;
            self.w.brx[rx as usize].1 = Some(pos + 1);
            let v = self.clone_value(&v)?;
            self.w.consume_budget();
            self.w.emit(EventKind::Received { task: cur, chan, value: vid, len, span });
            return Ok(Poll::Ready(Value::ok(v)));
        }
        if c.senders == 0 {
            self.w.consume_budget();
            self.w.emit(EventKind::RecvClosed { task: cur, chan, span });
            return Ok(Poll::Ready(Value::err(Value::adt_enum(builtin::BROADCAST_RECV_ERROR, 0, vec![]))));
        }
        if !c.recv_waiters.contains(&cur) {
            c.recv_waiters.push(cur);
        }
        Ok(Poll::Pending(WaitOn::Recv(chan)))
    }
}
