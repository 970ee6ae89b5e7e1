//! The channel operations that block their thread, for `spawn_blocking`
//! closures: `Receiver::blocking_recv` and `Sender::blocking_send` (declared
//! with `mpsc`). Each returns the future of its async twin (`recv`,
//! `send`), which the compiler awaits right after the call
//! ([`AWAITED`]): in a blocking task, waiting suspends that task only, as
//! the pool's thread blocks, and the task is woken back into the blocking
//! queue. Called from async code they panic as Tokio does: they would
//! block the runtime's thread (`conformance/blocking_recv_in_async_panics.rs`,
//! `conformance/spawn_blocking_channels.rs`).

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    natives: &[
        Native { path: "tokio::sync::mpsc::Receiver::blocking_recv", f: blocking_recv },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::blocking_recv", f: blocking_recv },
        Native { path: "tokio::sync::mpsc::Sender::blocking_send", f: blocking_send },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// The natives whose future the compiler awaits at the call.
pub const AWAITED: &[&str] =
    &["tokio::sync::mpsc::Receiver::blocking_recv", "tokio::sync::mpsc::UnboundedReceiver::blocking_recv", "tokio::sync::mpsc::Sender::blocking_send"];

/// Tokio's panic (the methods are `#[track_caller]`).
const IN_RUNTIME: &str = "Cannot block the current thread from within a runtime. This happens because a function attempted to block the current thread while the thread is being used to drive asynchronous tasks.";

/// Only a blocking-pool thread may block here.
fn may_block(vm: &mut Vm, span: Span, what: &str) -> R<()> {
    if vm.thread_task().is_some() {
        return Ok(());
    }
    if vm.in_runtime() {
        return panic(IN_RUNTIME);
    }
    vm.unsupported_stop(span, format!("`{what}` outside a `spawn_blocking` closure is not supported yet"))?;
    Err(Fail::Stop)
}

fn blocking_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    may_block(vm, span, "blocking_recv")?;
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::Recv { chan: ChanId(h.id) }))
}

fn blocking_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    may_block(vm, span, "blocking_send")?;
    let h = receiver(vm, a)?;
    let v = arg(a);
    Ok(vm.future(FutureState::Send { chan: ChanId(h.id), value: Some(v), ticket: None, got_permit: false, requested: false, std: false }))
}
