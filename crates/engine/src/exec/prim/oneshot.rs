//! `tokio::sync::oneshot`: one value, one reply. The receiver is itself the
//! future.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$ONESHOT",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::oneshot::channel", f: channel },
        Native { path: "tokio::sync::oneshot::Sender::send", f: send },
        Native { path: "tokio::sync::oneshot::Sender::is_closed", f: mpsc::is_closed },
        Native { path: "tokio::sync::oneshot::Receiver::try_recv", f: try_recv },
        Native { path: "tokio::sync::oneshot::Sender::closed", f: mpsc::closed },
        Native { path: "tokio::sync::oneshot::Sender::poll_closed", f: poll_closed },
        Native { path: "tokio::sync::oneshot::Receiver::close", f: close },
        Native { path: "tokio::sync::oneshot::Receiver::is_terminated", f: is_terminated },
        Native { path: "tokio::sync::oneshot::Receiver::is_empty", f: is_empty },
    ],
    kinds: &[(HandleKind::OneshotSender, "tokio::sync::oneshot::Sender"), (HandleKind::OneshotReceiver, "tokio::sync::oneshot::Receiver")],
    on_drop,
    debug,
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        pub mod oneshot {
            pub fn channel<T>() -> (Sender<T>, Receiver<T>);
            #[derive(Debug)]
            #[complete]
            pub struct Sender<T>;
            impl<T> Sender<T> {
                pub fn send(self, t: T) -> Result<(), T>;
                pub fn is_closed(&self) -> bool;
                pub async fn closed(&mut self);
                pub fn poll_closed(&mut self, cx: &mut std::task::Context) -> std::task::Poll<()>;
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
                pub fn close(&mut self);
                pub fn is_terminated(&self) -> bool;
                pub fn is_empty(&self) -> bool;
                pub fn try_recv(&mut self) -> Result<T, TryRecvError>;
                pub fn blocking_recv(self) -> Result<T, RecvError>;
            }
            impl<T> Future for Receiver<T> { type Output = Result<T, RecvError>; }
            pub mod error {
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                pub struct RecvError;
                #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
                pub enum TryRecvError { Empty, Closed }
            }
        }
"#;

/// `tx.poll_closed(cx)`: `closed()` polled once, by hand; the task stays
/// the channel's waiter when it is pending, as Tokio's does.
fn poll_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let _cx = arg(a);
    let p = vm.poll_chan_closed(ChanId(h.id))?;
    Ok(super::future::poll_value(p))
}

fn channel(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    let id = vm.w.new_chan(ChanKind::Oneshot, 1, span);
    Ok(Value::Tuple(Rc::new(vec![handle(HandleKind::OneshotSender, id, &vm.w), handle(HandleKind::OneshotReceiver, id, &vm.w)])))
}

/// `Sender::send(self, v)`: `Err(v)` when the receiver is gone.
fn send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let (id, cur) = (h.id, vm.w.current);
    let c = &vm.w.chans[id as usize];
    if mpsc::tx_closed(c) || c.done {
        vm.w.emit(EventKind::SendFailed { task: cur, chan: ChanId(id), full: false, span });
        return Ok(Value::err(v));
    }
    vm.push_to_chan(ChanId(id), v, span)?;
    vm.w.chans[id as usize].done = true;
    Ok(vm.ok_unit.clone())
}

/// `Receiver::try_recv`: the value if it was sent; `Closed` once it was
/// taken or the sender is gone, else `Empty` (Tokio 1.54).
fn try_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let (chan, cur) = (ChanId(h.id), vm.w.current);
    let c = &mut vm.w.chans[chan.index()];
    if c.rx_terminated {
        return Ok(Value::err(Value::adt_enum(builtin::ONESHOT_TRY_RECV_ERROR, 1, vec![])));
    }
    if let Some((vid, v)) = c.buf.pop_front() {
        c.rx_terminated = true;
        vm.w.emit(EventKind::Received { task: cur, chan, value: vid, len: 0, span });
        return Ok(Value::ok(v));
    }
    if c.senders == 0 || c.done || c.rx_closed {
        c.rx_terminated = true;
        return Ok(Value::err(Value::adt_enum(builtin::ONESHOT_TRY_RECV_ERROR, 1, vec![])));
    }
    Ok(Value::err(Value::adt_enum(builtin::ONESHOT_TRY_RECV_ERROR, 0, vec![])))
}

/// `Receiver::close`: the send fails from now on; a value already sent
/// can still be received.
fn close(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let c = &mut vm.w.chans[h.id as usize];
    if !c.rx_terminated {
        // Tokio's `close` takes the receiver's waker back, unless the
        // value was sent.
        if !(c.done || c.senders == 0) {
            c.rx_task_set = false;
        }
        vm.close_receiver(ChanId(h.id), span);
    }
    Ok(Value::Unit)
}

/// `is_terminated`: `try_recv` gave its final answer (Tokio drops its
/// half of the channel then).
fn is_terminated(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.chans[h.id as usize].rx_terminated))
}

/// `is_empty`: no value waiting to be received.
fn is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.chans[h.id as usize].buf.is_empty()))
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        HandleKind::OneshotSender => vm.drop_sender(id),
        _ => vm.drop_receiver(id),
    }
}

/// Tokio's derived `Debug`: `Sender { inner: Some(Inner { state: State {
/// .. } }) }` with the channel's four state bits (`deref_handle` gives
/// them), or `inner: None` once the receiver has its answer.
fn debug(out: &mut String, _: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    let name = if h.kind == HandleKind::OneshotSender { "Sender" } else { "Receiver" };
    let bits = match ctx.deref_handle(h) {
        Some(Value::Tuple(bits)) => Some(bits),
        Some(_) => return Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
        None => None,
    };
    let bit = |k: usize| bits.as_ref().and_then(|b| b.get(k)).cloned().unwrap_or(Value::Bool(false));
    let (b0, b1, b2, b3) = (bit(0), bit(1), bit(2), bit(3));
    let f0 = |o: &mut String| vfmt::debug_into(o, &b0, spec, ctx);
    let f1 = |o: &mut String| vfmt::debug_into(o, &b1, spec, ctx);
    let f2 = |o: &mut String| vfmt::debug_into(o, &b2, spec, ctx);
    let f3 = |o: &mut String| vfmt::debug_into(o, &b3, spec, ctx);
    let state = |o: &mut String| {
        vfmt::debug_struct(o, "State", spec, &[("is_complete", &f0), ("is_closed", &f1), ("is_rx_task_set", &f2), ("is_tx_task_set", &f3)], false)
    };
    let inner = |o: &mut String| vfmt::debug_struct(o, "Inner", spec, &[("state", &state)], false);
    let some_inner = |o: &mut String| match bits {
        Some(_) => vfmt::debug_tuple(o, "Some", spec, &[&inner]),
        None => {
            o.push_str("None");
            Ok(())
        }
    };
    vfmt::debug_struct(out, name, spec, &[("inner", &some_inner)], false)
}

impl<'p> Vm<'p> {
    /// Awaiting the receiver: the value, or `RecvError` once the sender is
    /// gone without sending.
    pub(super) fn poll_oneshot(&mut self, chan: ChanId, span: Span) -> R<Poll> {
        let cur = self.w.current;
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let c = &mut self.w.chans[chan.index()];
        if let Some((vid, v)) = c.buf.pop_front() {
            c.rx_terminated = true;
            self.w.consume_budget();
            self.w.emit(EventKind::Received { task: cur, chan, value: vid, len: 0, span });
            return Ok(Poll::Ready(Value::ok(v)));
        }
        if c.senders == 0 || c.done || c.rx_closed || c.rx_terminated {
            c.rx_terminated = true;
            self.w.consume_budget();
            self.w.emit(EventKind::RecvClosed { task: cur, chan, span });
            let e = Value::Struct(Rc::new(Adt { def: builtin::ONESHOT_RECV_ERROR, variant: 0, fields: vec![Value::Unit], drop: None }));
            return Ok(Poll::Ready(Value::err(e)));
        }
        if !c.recv_waiters.contains(&cur) {
            c.recv_waiters.push(cur);
        }
        c.rx_task_set = true;
        Ok(Poll::Pending(WaitOn::Recv(chan)))
    }
}
