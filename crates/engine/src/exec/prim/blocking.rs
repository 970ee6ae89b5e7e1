//! The `tokio::sync` operations that block their thread, for
//! `spawn_blocking` closures, std threads and a plain `fn main`:
//! `blocking_recv`, `blocking_send`, `blocking_lock`, `blocking_read`,
//! `blocking_acquire` and the rest (declared with their types). Each
//! returns the future of its async twin (`recv`, `send`, `lock`...),
//! which the compiler awaits right after the call ([`awaited`]): waiting
//! suspends that thread only, and it is woken back into the blocking
//! queue. Called from async code they panic as Tokio does: they would
//! block the runtime's thread (`conformance/blocking_recv_in_async_panics.rs`,
//! `conformance/spawn_blocking_channels.rs`, `conformance/blocking_sync_methods.rs`).

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    natives: &[
        Native { path: "tokio::sync::mpsc::Receiver::blocking_recv", f: mpsc_recv },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::blocking_recv", f: mpsc_recv },
        Native { path: "tokio::sync::mpsc::Receiver::blocking_recv_many", f: mpsc_recv_many },
        Native { path: "tokio::sync::mpsc::UnboundedReceiver::blocking_recv_many", f: mpsc_recv_many },
        Native { path: "tokio::sync::mpsc::Sender::blocking_send", f: mpsc_send },
        Native { path: "tokio::sync::broadcast::Receiver::blocking_recv", f: broadcast_recv },
        Native { path: "tokio::sync::oneshot::Receiver::blocking_recv", f: oneshot_recv },
        Native { path: "tokio::sync::Mutex::blocking_lock", f: lock },
        Native { path: "tokio::sync::Mutex::blocking_lock_owned", f: lock_owned },
        Native { path: "tokio::sync::RwLock::blocking_read", f: read },
        Native { path: "tokio::sync::RwLock::blocking_write", f: write },
        Native { path: "tokio::sync::Semaphore::blocking_acquire", f: acquire },
        Native { path: "tokio::sync::Semaphore::blocking_acquire_many", f: acquire_many },
        Native { path: "tokio::sync::Semaphore::blocking_acquire_owned", f: acquire_owned },
        Native { path: "tokio::sync::Semaphore::blocking_acquire_many_owned", f: acquire_many_owned },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// Whether the native at `path` is one of these: its future is awaited
/// at the call.
pub fn awaited(path: &str) -> bool {
    PRIMITIVE.natives.iter().any(|n| n.path == path)
}

/// Tokio's panic (the methods are `#[track_caller]`).
const IN_RUNTIME: &str = "Cannot block the current thread from within a runtime. This happens because a function attempted to block the current thread while the thread is being used to drive asynchronous tasks.";

/// Only a thread that drives no tasks may block: a blocking-pool or std
/// thread, or `main` outside any runtime.
fn may_block(vm: &Vm) -> R<()> {
    if vm.own_thread() { Ok(()) } else { panic(IN_RUNTIME) }
}

/// The blocking method whose async twin is the native at `path`: that
/// native's future, with the same arguments.
fn twin(vm: &mut Vm, a: &mut Args, span: Span, path: &str) -> R<Value> {
    may_block(vm)?;
    match lookup(path) {
        Some((p, i)) => vm.call_native(p, i, a, span),
        None => panic(format!("internal error: no native `{path}`")),
    }
}

fn mpsc_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::mpsc::Receiver::recv")
}

fn mpsc_recv_many(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::mpsc::Receiver::recv_many")
}

fn mpsc_send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::mpsc::Sender::send")
}

fn broadcast_recv(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::broadcast::Receiver::recv")
}

/// A oneshot `Receiver` is itself the future `blocking_recv` waits for.
fn oneshot_recv(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    may_block(vm)?;
    Ok(arg(a))
}

fn lock(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::Mutex::lock")
}

fn lock_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::Mutex::lock_owned")
}

fn read(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::RwLock::read")
}

fn write(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::RwLock::write")
}

fn acquire(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::Semaphore::acquire")
}

fn acquire_many(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::Semaphore::acquire_many")
}

fn acquire_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::Semaphore::acquire_owned")
}

fn acquire_many_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    twin(vm, a, span, "tokio::sync::Semaphore::acquire_many_owned")
}
