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
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// `rx.recv()`, which the compiler awaits at the call (and in a `for`
/// loop over the receiver).
pub const RECV: &str = "std::sync::mpsc::Receiver::recv";

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: `sync_channel`, `recv_timeout` and the rest are not
/// supported yet.
const DECL: &str = r#"
        pub mod mpsc {
            pub fn channel<T>() -> (Sender<T>, Receiver<T>);
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
                pub fn iter(&self) -> Receiver<T>;
            }
            impl<T> !Sync for Receiver<T> {}
            #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
            pub struct RecvError;
            #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
            pub enum TryRecvError { Empty, Disconnected }
            #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
            pub struct SendError<T>(pub T);
        }
"#;

fn channel(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    let id = vm.w.new_chan(ChanKind::Unbounded, 0, span);
    Ok(Value::Tuple(Rc::new(vec![handle(HandleKind::UnboundedSender, id, &vm.w), handle(HandleKind::UnboundedReceiver, id, &vm.w)])))
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
}
