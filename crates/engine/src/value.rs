//! Runtime values of the simulated program.
//!
//! Plain data is immutable and shared (`Rc`), copied on write with
//! `Rc::make_mut`. A shared borrow (`&x`) is a cheap copy of the value: Rust's
//! borrow checker guarantees nobody mutates a value while it is borrowed, so
//! a copy is indistinguishable from a reference for reading.
//!
//! Resources (channel ends, mutexes, guards, join handles) are [`Handle`]s: an
//! `Rc` around a token whose Rust `Drop` reports the simulated drop to the
//! runtime through the [`DropQueue`]. A borrow of a handle clones the `Rc`, so
//! the token dies exactly when its last owner or borrow is gone — which, in a
//! program that rustc accepts, is when the owner is dropped.

use std::cell::RefCell;
use std::rc::Rc;

use crate::span::Span;
use crate::trace::{BarrierId, ChanId, MutexId, NotifyId, SemId, SetId, TokenId, TrackerId, WatchId};

/// Index of a compiled function in the program.
pub type FuncId = u32;

/// Index of a struct or enum definition in [`Defs`].
pub type DefId = u32;

#[derive(Clone, Debug)]
pub enum Value {
    /// `()`
    Unit,
    Bool(bool),
    /// Every integer type; arithmetic is checked against the declared width
    /// by the VM where it knows it, and against i64 otherwise.
    Int(i64),
    /// An integer beyond `i64` (a `u64` above `i64::MAX`, an `i128`, a
    /// `u128` up to `i128::MAX`). Never holds a value that fits `i64`: see
    /// [`Value::from_i128`].
    Wide(Rc<i128>),
    Float(f64),
    /// An `f32`, tagged so that generic code (`fn show<T: Display>`, a
    /// `dyn Display`, `acc + x` with `T = f32`) rounds and prints it as
    /// one: `Op::RoundF32` makes one from a `Float`. Arithmetic on two
    /// floats of which one is an `F32` gives an `F32` (a well-typed
    /// program never mixes widths, so the other is an untagged `f32`).
    F32(f32),
    Char(char),
    /// A `&'static str` literal or any `&str` (Copy).
    Str(Rc<str>),
    /// An owned `String`.
    String(Rc<String>),
    Tuple(Rc<Vec<Value>>),
    /// `Vec<T>`, also arrays and slices.
    Vec(Rc<Vec<Value>>),
    /// `HashSet` / `BTreeSet`, kept sorted (see [`cmp_values`]): a
    /// `HashSet` prints in that order (a real one in a random order).
    Set(Rc<Vec<Value>>),
    /// `HashMap` / `BTreeMap`, kept sorted by key (see [`cmp_values`]).
    Map(Rc<Vec<(Value, Value)>>),
    Struct(Rc<Adt>),
    /// An enum value, user-defined or built in (`Option`, `Result`, tokio's
    /// error types): see [`builtin_defs`].
    Enum(Rc<Adt>),
    /// `Duration`, in nanoseconds.
    Duration(u64),
    /// `Instant`, virtual nanoseconds since the start of the run.
    Instant(u64),
    /// A `Range<i64>` / `RangeInclusive` value (start, end, inclusive).
    Range(i64, i64, bool),
    /// `Arc<T>` (and `Rc<T>`, `Box<T>`): shared, immutable through the Arc.
    Arc(Rc<Value>),
    /// `rc::Weak<T>` / `sync::Weak<T>`: the `Arc` allocation's weak
    /// pointer, which `upgrade` turns back into a `Value::Arc` while a
    /// strong one lives.
    Weak(std::rc::Weak<Value>),
    /// A runtime resource: channel end, mutex, guard, join handle.
    Handle(Rc<Handle>),
    /// A future not yet awaited (`rx.recv()`, `sleep(d)`, an `async fn` call).
    Future(FutureCell),
    /// A function item or closure value.
    Func(Rc<Closure>),
    /// A variable a closure borrows, while the closure may still be
    /// called: the value lives in the cell, shared by the variable's slot
    /// and the closure, so the variable keeps one owner (and drops when
    /// Rust drops it). Borrowed mutably (`false`): a call of the closure
    /// takes the value into the closure's frame and puts it back on return.
    /// Borrowed shared (`true`): a call reads a copy, and so does a plain
    /// read of the variable. Any other access of the slot by its own
    /// function takes the value back for good: the borrow checker
    /// guarantees the closure is not called after that.
    Lent(Rc<RefCell<Value>>, bool),
    /// An iterator (`v.iter()`, a `for` loop's iterator, `enumerate()`).
    Iter(Rc<RefCell<IterState>>),
    /// The contents of a slot whose value was moved out, with the move's span.
    Moved(Span),
    /// A slot not yet assigned (`let x;`).
    Uninit,
}

/// A struct or enum value.
#[derive(Clone, Debug)]
pub struct Adt {
    pub def: DefId,
    /// Variant index for enums; 0 for structs.
    pub variant: u32,
    pub fields: Vec<Value>,
    /// For a value of a type with a user `impl Drop`: its identity, shared
    /// by the copies copy-on-write makes. The last copy to die (the token's
    /// last owner) queues a [`DropEffect::User`] with its fields.
    pub drop: Option<Rc<DropToken>>,
}

impl Adt {
    pub fn new(def: DefId, variant: u32, fields: Vec<Value>) -> Adt {
        Adt { def, variant, fields, drop: None }
    }
}

/// The identity of a value whose type has a user `Drop` impl (see
/// [`Adt::drop`]): the impl's `drop` function and the runtime's queue.
#[derive(Debug)]
pub struct DropToken {
    pub func: FuncId,
    pub queue: Rc<DropQueue>,
}

impl Drop for Adt {
    fn drop(&mut self) {
        let Some(token) = self.drop.take() else { return };
        // Another copy of the same value still lives: it drops later.
        if Rc::strong_count(&token) != 1 {
            return;
        }
        let fields = std::mem::take(&mut self.fields);
        let adt = Adt { def: self.def, variant: self.variant, fields, drop: None };
        if let Ok(mut q) = token.queue.pending.try_borrow_mut() {
            q.push_back(DropEffect::User(Box::new(UserDrop { func: token.func, adt })));
            token.queue.dirty.set(true);
        }
    }
}

/// A value of a type with a user `Drop` impl whose last owner died: the
/// VM calls `func` (the impl's `drop`) on it, then drops its fields.
#[derive(Debug)]
pub struct UserDrop {
    pub func: FuncId,
    /// The value, without its token (so it does not queue itself again).
    pub adt: Adt,
}

/// What kind of resource a [`Handle`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HandleKind {
    MpscSender,
    MpscReceiver,
    UnboundedSender,
    UnboundedReceiver,
    /// `tokio::sync::mpsc::Permit` (id: in `World::chan_permits`)
    MpscPermit,
    /// `tokio::sync::mpsc::OwnedPermit`: a permit that is also a sender
    MpscOwnedPermit,
    /// `tokio::sync::mpsc::WeakSender` (id: the channel's)
    WeakSender,
    /// `tokio::sync::mpsc::WeakUnboundedSender`
    WeakUnboundedSender,
    OneshotSender,
    OneshotReceiver,
    BroadcastSender,
    BroadcastReceiver,
    /// `tokio::sync::Mutex`
    Mutex,
    /// `std::sync::Mutex`
    StdMutex,
    MutexGuard,
    StdMutexGuard,
    JoinHandle,
    /// `std::thread::JoinHandle` (id: the thread's task)
    ThreadJoinHandle,
    /// A `&mut` to a local kept in a struct or enum field (id: the cell in
    /// `World::cells` that holds the local's value meanwhile): a guard.
    MutRef,
    /// The local's own slot while such a `&mut` may live: any use of the
    /// local takes its value back (the borrow checker has ended the borrow).
    /// Also a field lent to a future (`self.conn.read_frame()` in a
    /// `select!`): a write to the field takes its value back; a read of
    /// the struct reads through it, as through a guard, since the borrow
    /// checker let the read happen.
    MutRefOwner,
    /// `tokio::runtime::Builder`
    RuntimeBuilder,
    /// `tokio::runtime::Runtime`
    Runtime,
    /// `tokio::runtime::Handle` (id: the runtime's, `u32::MAX` for
    /// `#[tokio::main]`'s)
    RuntimeHandle,
    /// `tokio::sync::Semaphore`
    Semaphore,
    /// `tokio::sync::SemaphorePermit` (id: the permit's, in `World::permits`)
    SemaphorePermit,
    /// `tokio::sync::OwnedSemaphorePermit`
    OwnedSemaphorePermit,
    /// `tokio::sync::Notify`
    Notify,
    /// `tokio::sync::RwLock` (id: its semaphore's)
    RwLock,
    /// `tokio::sync::RwLockReadGuard` (id: its permit's, in `World::permits`)
    RwLockReadGuard,
    /// `tokio::sync::RwLockWriteGuard`
    RwLockWriteGuard,
    /// `tokio::sync::OwnedRwLockReadGuard` (its permit keeps the lock's `Arc`)
    OwnedRwLockReadGuard,
    /// `tokio::sync::OwnedRwLockWriteGuard`
    OwnedRwLockWriteGuard,
    /// `std::sync::RwLock` (id: its semaphore's, as a Tokio `RwLock`'s)
    StdRwLock,
    /// `std::sync::RwLockReadGuard` (id: its permit's)
    StdRwLockReadGuard,
    /// `std::sync::RwLockWriteGuard`
    StdRwLockWriteGuard,
    /// `tokio::task::JoinSet`
    JoinSet,
    /// `tokio::time::Interval` (id: in `World::intervals`)
    Interval,
    /// `tokio::sync::watch::Sender` (id: the channel's, in `World::watches`)
    WatchSender,
    /// `tokio::sync::watch::Receiver` (id: the receiver's, in `World::watch_rx`)
    WatchReceiver,
    /// `tokio::sync::watch::Ref` (id: in `World::watch_refs`)
    WatchRef,
    /// `tokio::sync::Barrier` (id: in `World::barriers`)
    Barrier,
    /// `tokio_util::sync::CancellationToken` (id: its node, in `World::tokens`)
    CancelToken,
    /// `tokio_util::sync::DropGuard` (id: its token's node)
    CancelDropGuard,
    /// `tokio_util::task::TaskTracker` (id: in `World::trackers`)
    TaskTracker,
    /// A token of a `TaskTracker` (id: the tracker's) that a
    /// `track_future` future holds: it counts as one tracked task until
    /// the future is dropped.
    TrackerToken,
    /// `tokio::sync::OnceCell` (id: in `World::onces`)
    OnceCell,
    /// `tokio::sync::SetOnce` (id: in `World::onces`)
    SetOnce,
    /// `std::sync::atomic::AtomicUsize` and friends (id: `World::atomics`)
    Atomic,
    /// `std::sync::OnceLock` (id: in `World::onces`)
    StdOnceLock,
    /// `std::cell::OnceCell`: a `OnceLock` for one thread (id: in `World::onces`)
    StdOnceCell,
    /// `tokio::task::coop::RestoreOnPending` (id: its cell in
    /// `World::cells`, holding the budget to restore, or `None`)
    RestoreOnPending,
    /// `std::task::Waker`, and the `Context` that carries it (id: its task's)
    Waker,
    /// `std::cell::RefCell` (id: in `World::cells`)
    RefCell,
    /// `std::cell::Ref` (id: its cell's)
    RefCellRef,
    /// `std::cell::RefMut` (id: its cell's)
    RefCellRefMut,
    /// `std::cell::Cell` (id: in `World::cells`)
    Cell,
    /// `tokio::task::LocalKey` (id: the key's number, its slot in
    /// `World::task_locals`)
    TaskLocalKey,
    /// `std::thread::Scope` (id: in `World::thread_scopes`)
    ThreadScope,
    /// `std::thread::Thread` (id: its thread's task, or `u32::MAX` for
    /// `main`'s thread)
    Thread,
    /// `std::thread::LocalKey` (id: the key's number; its values are in
    /// `World::thread_locals`)
    ThreadLocalKey,
    /// `tokio::task::LocalSet` (id: in `World::local_sets`)
    LocalSet,
    /// A tokio-stream stream (id: in `World::streams`)
    Stream,
    /// A tokio-stream `StreamMap` (id: in `World::streams`, a stream too)
    StreamMap,
    /// `tokio::sync::broadcast::WeakSender` (id: its channel's)
    BroadcastWeakSender,
    /// A mapped lock guard (`MappedMutexGuard`, `RwLockMappedWriteGuard`,
    /// a mapped `RwLockReadGuard`, their owned kin; id: in
    /// `World::mapped`): it keeps the guard it was made from, and derefs
    /// to a part of that guard's value.
    MappedGuard,
}

impl HandleKind {
    /// A lock's guard: it derefs to the value it guards.
    pub fn is_guard(self) -> bool {
        matches!(
            self,
            HandleKind::MutexGuard
                | HandleKind::StdMutexGuard
                | HandleKind::WatchRef
                | HandleKind::RefCellRef
                | HandleKind::RefCellRefMut
                | HandleKind::MappedGuard
                | HandleKind::MutRef
                | HandleKind::MutRefOwner
        ) || self.is_rw_guard()
    }

    /// An `RwLock`'s guard, borrowed or owned: a permit whose value is in
    /// `World::rw_values`.
    pub fn is_rw_guard(self) -> bool {
        matches!(self, HandleKind::RwLockReadGuard | HandleKind::RwLockWriteGuard | HandleKind::OwnedRwLockReadGuard | HandleKind::OwnedRwLockWriteGuard)
            || self.is_std_rw_guard()
    }

    /// A `std::sync::RwLock`'s guard: its lock can be poisoned.
    pub fn is_std_rw_guard(self) -> bool {
        matches!(self, HandleKind::StdRwLockReadGuard | HandleKind::StdRwLockWriteGuard)
    }
}

/// Reported to the runtime when a handle's last reference dies, or when a
/// future still waiting somewhere is dropped.
#[derive(Debug)]
pub enum DropEffect {
    Handle {
        kind: HandleKind,
        id: u32,
    },
    /// A future dropped before it completed (a losing `select!` branch, a
    /// timed-out future): what it had registered is taken back, as Tokio's
    /// futures do in their `Drop`.
    Wait(Registration),
    /// A value of a type with a user `Drop` impl died.
    User(Box<UserDrop>),
}

/// What a pending future holds in the runtime, which dropping it gives
/// back. Futures whose Tokio counterpart leaves its waker behind when
/// dropped (an mpsc or oneshot receive, a `JoinHandle`, `join_next`, a
/// yield) have none: the runtime keeps their wake-ups, as Tokio does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registration {
    /// A timer (its registration number).
    Timer(u64),
    /// A `lock()`: its place in the queue, the lock handed to it, or (`got`)
    /// the lock it holds while it yields for the budget.
    Lock { mutex: MutexId, ticket: Option<u64>, got: bool },
    /// An `acquire_many(n)`: likewise, with permits.
    Acquire { sem: SemId, n: u32, ticket: Option<u64>, got: bool },
    /// A bounded `send` or a `reserve`: its place among the blocked senders,
    /// or the slot.
    Send { chan: ChanId, ticket: Option<u64>, got: bool, n: u32 },
    /// A `notified()` waiting in line, or notified and not yet polled.
    Notified { notify: NotifyId, ticket: u64 },
    /// A broadcast `recv()` waiting for a message.
    BroadcastRecv { rx: u32 },
    /// A watch `changed()` waiting for a send (receiver `rx`).
    WatchChanged { rx: u32 },
    /// A `cancelled()` waiting on a token.
    Cancelled { token: TokenId, ticket: u64 },
    /// A `TaskTracker::wait()` waiting, or woken and not yet polled.
    TrackerWait { tracker: TrackerId, ticket: u64 },
    /// A `SetOnce::wait()` waiting for the value.
    OnceWait { cell: u32, ticket: u64 },
    /// A `OnceCell::get_or_init` waiting for its turn (`ticket`) or running
    /// its initializer (`child`): the initializer is dropped, and the next
    /// waiter gets the turn.
    OnceInit { cell: u32, ticket: Option<u64>, child: Option<u32> },
    /// A future running another as a child coroutine (`timeout`): the
    /// child is dropped with all it holds, and the timer (set for
    /// `deadline`) taken back.
    Child { child: u32, timer: Option<u64>, deadline: Option<u64> },
    /// Two child coroutines, dropped in this order (`run_until_cancelled`'s
    /// `cancelled()` future, then the future it runs).
    Children { first: Option<u32>, then: u32 },
}

/// Where dropped handles are queued until the runtime processes them. The
/// runtime drains it after every step, so effects keep their order.
#[derive(Debug, Default)]
pub struct DropQueue {
    pub pending: RefCell<std::collections::VecDeque<DropEffect>>,
    /// Set when an effect is queued, so the VM checks one flag per step.
    pub dirty: std::cell::Cell<bool>,
}

#[derive(Debug)]
pub struct Handle {
    pub kind: HandleKind,
    /// Index of the resource in the runtime's arena for its kind.
    pub id: u32,
    queue: Rc<DropQueue>,
}

impl Handle {
    pub fn new(kind: HandleKind, id: u32, queue: &Rc<DropQueue>) -> Rc<Handle> {
        Rc::new(Handle { kind, id, queue: queue.clone() })
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        if let Ok(mut q) = self.queue.pending.try_borrow_mut() {
            q.push_back(DropEffect::Handle { kind: self.kind, id: self.id });
            self.queue.dirty.set(true);
        }
    }
}

/// The shape of a struct or of one enum variant.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Unit,
    Tuple(usize),
    Named(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct VariantDef {
    pub name: String,
    pub shape: Shape,
    /// The value of `variant as i64` (`Low = 1`, or the previous one + 1).
    pub discriminant: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    pub name: String,
    /// `Some` for an enum, with its variants; `None` for a struct.
    pub variants: Option<Vec<VariantDef>>,
    /// For a struct: its shape.
    pub shape: Shape,
    pub derives_copy: bool,
    pub derives_debug: bool,
    /// How `{:?}` prints it when it is not derived the usual way (tokio's
    /// error types print `SendError { .. }`).
    pub debug_override: Option<DebugOverride>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DebugOverride {
    /// Prints `Name { .. }` whatever the fields.
    Opaque,
}

/// Every struct and enum definition of a program; the first entries are
/// the built-in ones listed by [`builtin_defs`].
#[derive(Clone, Debug, Default)]
pub struct Defs {
    pub defs: Vec<TypeDef>,
}

/// Built-in definitions, at fixed ids.
pub mod builtin {
    use super::DefId;
    pub const OPTION: DefId = 0;
    pub const RESULT: DefId = 1;
    /// `tokio::sync::mpsc::error::SendError<T>` / broadcast's SendError.
    pub const SEND_ERROR: DefId = 2;
    /// `mpsc::error::TrySendError<T>`: `Full(T)`, `Closed(T)`.
    pub const TRY_SEND_ERROR: DefId = 3;
    /// `broadcast::error::RecvError`: `Closed`, `Lagged(u64)`.
    pub const BROADCAST_RECV_ERROR: DefId = 4;
    /// `oneshot::error::RecvError` (unit struct printed `RecvError(())`).
    pub const ONESHOT_RECV_ERROR: DefId = 5;
    /// `tokio::task::JoinError`
    pub const JOIN_ERROR: DefId = 6;
    /// `mpsc::error::TryRecvError`: `Empty`, `Disconnected`.
    pub const TRY_RECV_ERROR: DefId = 7;
    /// `std::cmp::Ordering`: `Less`, `Equal`, `Greater`.
    pub const ORDERING: DefId = 8;
    /// `broadcast::error::SendError<T>`, which derives Debug: `SendError(4)`.
    pub const BROADCAST_SEND_ERROR: DefId = 9;
    /// `std::num::ParseIntError { kind: IntErrorKind }`.
    pub const PARSE_INT_ERROR: DefId = 10;
    /// `std::num::IntErrorKind`: `Empty`, `InvalidDigit`, `PosOverflow`,
    /// `NegOverflow`, `Zero`.
    pub const INT_ERROR_KIND: DefId = 11;
    /// `tokio::sync::TryLockError(())`.
    pub const TOKIO_TRY_LOCK_ERROR: DefId = 12;
    /// `std::sync::TryLockError<Guard>`: `Poisoned(PoisonError)`, `WouldBlock`.
    pub const STD_TRY_LOCK_ERROR: DefId = 13;
    /// `std::sync::PoisonError<Guard>`, holding the guard (Debug `PoisonError { .. }`).
    pub const POISON_ERROR: DefId = 14;
    /// `std::num::ParseFloatError { kind: FloatErrorKind }`.
    pub const PARSE_FLOAT_ERROR: DefId = 15;
    /// `FloatErrorKind`: `Empty`, `Invalid`.
    pub const FLOAT_ERROR_KIND: DefId = 16;
    /// `std::num::TryFromIntError(())`.
    pub const TRY_FROM_INT_ERROR: DefId = 17;
    /// `oneshot::error::TryRecvError`: `Empty`, `Closed`.
    pub const ONESHOT_TRY_RECV_ERROR: DefId = 18;
    /// `tokio::sync::AcquireError(())`.
    pub const ACQUIRE_ERROR: DefId = 19;
    /// `tokio::sync::TryAcquireError`: `Closed`, `NoPermits`.
    pub const TRY_ACQUIRE_ERROR: DefId = 20;
    /// `tokio::time::MissedTickBehavior`: `Burst`, `Delay`, `Skip`.
    pub const MISSED_TICK_BEHAVIOR: DefId = 21;
    /// `tokio::time::error::Elapsed(())`.
    pub const ELAPSED: DefId = 22;
    /// `tokio::sync::BarrierWaitResult(bool)`: is this the leader.
    pub const BARRIER_WAIT_RESULT: DefId = 23;
    /// `tokio::sync::SetError<T>`: `AlreadyInitializedError(T)`, `InitializingError(T)`.
    pub const SET_ERROR: DefId = 24;
    /// `tokio::sync::SetOnceError<T>(T)`.
    pub const SET_ONCE_ERROR: DefId = 25;
    /// `mpsc::error::SendTimeoutError<T>`: `Timeout(T)`, `Closed(T)`.
    pub const SEND_TIMEOUT_ERROR: DefId = 26;
    /// `std::sync::atomic::Ordering`: `Relaxed` ... `SeqCst`.
    pub const ATOMIC_ORDERING: DefId = 27;
    /// `std::cell::BorrowError` (a `try_borrow` that failed).
    pub const BORROW_ERROR: DefId = 28;
    /// `std::cell::BorrowMutError`.
    pub const BORROW_MUT_ERROR: DefId = 29;
    /// `std::task::Poll<T>`: `Ready(T)`, `Pending`.
    pub const POLL: DefId = 30;
    /// `tokio::task::AccessError` (a task-local not set).
    pub const ACCESS_ERROR: DefId = 31;
    /// `broadcast::error::TryRecvError`: `Empty`, `Closed`, `Lagged(u64)`.
    pub const BROADCAST_TRY_RECV_ERROR: DefId = 32;
    /// `tokio::task::Id`: a task's number.
    pub const TASK_ID: DefId = 33;
    /// `std::fmt::Error` (what a failing `fmt` returns).
    pub const FMT_ERROR: DefId = 34;
    /// `std::fmt::Alignment`: `Left`, `Right`, `Center`.
    pub const ALIGNMENT: DefId = 35;
    /// `std::cmp::Reverse<T>(T)`: ordered the other way round.
    pub const REVERSE: DefId = 36;
    /// A panicked thread's payload, `Box<dyn Any + Send>` (Debug
    /// `Any { .. }`), holding the panic message.
    pub const PANIC_PAYLOAD: DefId = 37;
    /// `std::sync::mpsc::RecvError`: every sender is gone.
    pub const STD_RECV_ERROR: DefId = 38;
    /// `std::sync::mpsc::TrySendError<T>`: `Full(T)`, `Disconnected(T)`.
    pub const STD_TRY_SEND_ERROR: DefId = 39;
    /// `std::sync::mpsc::RecvTimeoutError`: `Timeout`, `Disconnected`.
    pub const RECV_TIMEOUT_ERROR: DefId = 40;
    /// `std::thread::ThreadId(n)`: 1 for `main`'s thread, then each
    /// spawned thread's number in creation order.
    pub const THREAD_ID: DefId = 41;
    /// `std::collections::BinaryHeap<T>`: one field, the `Vec` of its
    /// elements in std's heap order (`exec/prim/binary_heap.rs`).
    pub const BINARY_HEAP: DefId = 42;
    /// `std::sync::mpsc::SendError<T>` (Debug `SendError { .. }`).
    pub const STD_SEND_ERROR: DefId = 43;
    /// `tokio_stream::wrappers::errors::BroadcastStreamRecvError`: `Lagged(u64)`.
    pub const BROADCAST_STREAM_RECV_ERROR: DefId = 44;
    /// `futures::channel::mpsc::TrySendError<T>`: the value, and why
    /// (`Full`, `Disconnected`; futures keeps both in a struct).
    pub const FUTURES_TRY_SEND_ERROR: DefId = 45;
    /// `futures::channel::mpsc::TryRecvError`: `Empty`, `Closed`.
    pub const FUTURES_TRY_RECV_ERROR: DefId = 46;
    /// `futures::channel::mpsc::RecvError`: empty and closed.
    pub const FUTURES_RECV_ERROR: DefId = 47;
    pub const COUNT: u32 = 48;
    /// Not types of values: `downcast_ref::<&str>()` and
    /// `downcast_ref::<String>()` of a panic's payload, in `Op::Downcast`.
    pub const DOWNCAST_STR: DefId = u32::MAX - 1;
    pub const DOWNCAST_STRING: DefId = u32::MAX - 2;

    pub const NONE: u32 = 0;
    pub const SOME: u32 = 1;
    pub const OK: u32 = 0;
    pub const ERR: u32 = 1;
    pub const READY: u32 = 0;
    pub const PENDING: u32 = 1;
}

fn enum_def(name: &str, variants: &[(&str, Shape)]) -> TypeDef {
    TypeDef {
        name: name.to_string(),
        variants: Some(variants.iter().enumerate().map(|(i, (n, s))| VariantDef { name: n.to_string(), shape: s.clone(), discriminant: i as i64 }).collect()),
        shape: Shape::Unit,
        derives_copy: false,
        derives_debug: true,
        debug_override: None,
    }
}

pub fn builtin_defs() -> Defs {
    let mut send_error = TypeDef {
        name: "SendError".into(),
        variants: None,
        shape: Shape::Tuple(1),
        derives_copy: false,
        derives_debug: true,
        debug_override: Some(DebugOverride::Opaque),
    };
    send_error.debug_override = Some(DebugOverride::Opaque);
    let std_send_error = send_error.clone();
    let defs = vec![
        enum_def("Option", &[("None", Shape::Unit), ("Some", Shape::Tuple(1))]),
        enum_def("Result", &[("Ok", Shape::Tuple(1)), ("Err", Shape::Tuple(1))]),
        send_error,
        enum_def("TrySendError", &[("Full", Shape::Tuple(1)), ("Closed", Shape::Tuple(1))]),
        enum_def("RecvError", &[("Closed", Shape::Unit), ("Lagged", Shape::Tuple(1))]),
        TypeDef { name: "RecvError".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        TypeDef {
            name: "JoinError".into(),
            variants: None,
            // fields: task id, panic message (or "cancelled")
            shape: Shape::Tuple(2),
            derives_copy: false,
            derives_debug: true,
            debug_override: None,
        },
        enum_def("TryRecvError", &[("Empty", Shape::Unit), ("Disconnected", Shape::Unit)]),
        enum_def("Ordering", &[("Less", Shape::Unit), ("Equal", Shape::Unit), ("Greater", Shape::Unit)]),
        TypeDef { name: "SendError".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        TypeDef {
            name: "ParseIntError".into(),
            variants: None,
            shape: Shape::Named(vec!["kind".into()]),
            derives_copy: false,
            derives_debug: true,
            debug_override: None,
        },
        enum_def(
            "IntErrorKind",
            &[("Empty", Shape::Unit), ("InvalidDigit", Shape::Unit), ("PosOverflow", Shape::Unit), ("NegOverflow", Shape::Unit), ("Zero", Shape::Unit)],
        ),
        TypeDef { name: "TryLockError".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        enum_def("TryLockError", &[("Poisoned", Shape::Tuple(1)), ("WouldBlock", Shape::Unit)]),
        TypeDef {
            name: "PoisonError".into(),
            variants: None,
            shape: Shape::Tuple(1),
            derives_copy: false,
            derives_debug: true,
            debug_override: Some(DebugOverride::Opaque),
        },
        TypeDef {
            name: "ParseFloatError".into(),
            variants: None,
            shape: Shape::Named(vec!["kind".into()]),
            derives_copy: false,
            derives_debug: true,
            debug_override: None,
        },
        enum_def("FloatErrorKind", &[("Empty", Shape::Unit), ("Invalid", Shape::Unit)]),
        TypeDef { name: "TryFromIntError".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        enum_def("TryRecvError", &[("Empty", Shape::Unit), ("Closed", Shape::Unit)]),
        TypeDef { name: "AcquireError".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        enum_def("TryAcquireError", &[("Closed", Shape::Unit), ("NoPermits", Shape::Unit)]),
        enum_def("MissedTickBehavior", &[("Burst", Shape::Unit), ("Delay", Shape::Unit), ("Skip", Shape::Unit)]),
        TypeDef { name: "Elapsed".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        TypeDef { name: "BarrierWaitResult".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        enum_def("SetError", &[("AlreadyInitializedError", Shape::Tuple(1)), ("InitializingError", Shape::Tuple(1))]),
        TypeDef { name: "SetOnceError".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        enum_def("SendTimeoutError", &[("Timeout", Shape::Tuple(1)), ("Closed", Shape::Tuple(1))]),
        enum_def("Ordering", &[("Relaxed", Shape::Unit), ("Release", Shape::Unit), ("Acquire", Shape::Unit), ("AcqRel", Shape::Unit), ("SeqCst", Shape::Unit)]),
        TypeDef { name: "BorrowError".into(), variants: None, shape: Shape::Unit, derives_copy: false, derives_debug: true, debug_override: None },
        TypeDef { name: "BorrowMutError".into(), variants: None, shape: Shape::Unit, derives_copy: false, derives_debug: true, debug_override: None },
        enum_def("Poll", &[("Ready", Shape::Tuple(1)), ("Pending", Shape::Unit)]),
        TypeDef { name: "AccessError".into(), variants: None, shape: Shape::Unit, derives_copy: true, derives_debug: true, debug_override: None },
        enum_def("TryRecvError", &[("Empty", Shape::Unit), ("Closed", Shape::Unit), ("Lagged", Shape::Tuple(1))]),
        TypeDef { name: "Id".into(), variants: None, shape: Shape::Tuple(1), derives_copy: true, derives_debug: true, debug_override: None },
        TypeDef { name: "Error".into(), variants: None, shape: Shape::Unit, derives_copy: true, derives_debug: true, debug_override: None },
        TypeDef { derives_copy: true, ..enum_def("Alignment", &[("Left", Shape::Unit), ("Right", Shape::Unit), ("Center", Shape::Unit)]) },
        TypeDef { name: "Reverse".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        TypeDef {
            name: "Any".into(),
            variants: None,
            // The message, and whether it is a `&'static str`.
            shape: Shape::Tuple(2),
            derives_copy: false,
            derives_debug: true,
            debug_override: Some(DebugOverride::Opaque),
        },
        TypeDef { name: "RecvError".into(), variants: None, shape: Shape::Unit, derives_copy: true, derives_debug: true, debug_override: None },
        enum_def("TrySendError", &[("Full", Shape::Tuple(1)), ("Disconnected", Shape::Tuple(1))]),
        enum_def("RecvTimeoutError", &[("Timeout", Shape::Unit), ("Disconnected", Shape::Unit)]),
        TypeDef { name: "ThreadId".into(), variants: None, shape: Shape::Tuple(1), derives_copy: true, derives_debug: true, debug_override: None },
        TypeDef { name: "BinaryHeap".into(), variants: None, shape: Shape::Tuple(1), derives_copy: false, derives_debug: true, debug_override: None },
        std_send_error,
        enum_def("BroadcastStreamRecvError", &[("Lagged", Shape::Tuple(1))]),
        enum_def("TrySendError", &[("Full", Shape::Tuple(1)), ("Disconnected", Shape::Tuple(1))]),
        enum_def("TryRecvError", &[("Empty", Shape::Unit), ("Closed", Shape::Unit)]),
        TypeDef { name: "RecvError".into(), variants: None, shape: Shape::Unit, derives_copy: true, derives_debug: true, debug_override: None },
    ];
    debug_assert_eq!(defs.len() as u32, builtin::COUNT);
    Defs { defs }
}

impl Defs {
    pub fn get(&self, id: DefId) -> Option<&TypeDef> {
        self.defs.get(id as usize)
    }
}

impl Value {
    /// A hand-written future that moved into a future's cell (it was
    /// polled through a `&mut`, or pinned): its value as it is now, for
    /// what reads it as a value (formatting, `clone`, patterns, `==`).
    pub fn celled_user_value(&self) -> Option<Value> {
        let Value::Future(rc) = self else { return None };
        match &*rc.borrow() {
            Some(FutureState::User { value, .. }) => Some(value.clone()),
            _ => None,
        }
    }

    /// An integer value: `Int` when it fits `i64`, `Wide` otherwise.
    pub fn from_i128(x: i128) -> Value {
        match i64::try_from(x) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::Wide(Rc::new(x)),
        }
    }

    /// The float, whichever width it is: an `f32` is exact in `f64`.
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Value::Float(x) => Some(*x),
            Value::F32(x) => Some(f64::from(*x)),
            _ => None,
        }
    }

    /// The integer, whichever way it is held.
    pub fn as_i128(&self) -> Option<i128> {
        match self {
            Value::Int(i) => Some(i128::from(*i)),
            Value::Wide(w) => Some(**w),
            _ => None,
        }
    }

    pub fn some(v: Value) -> Value {
        Value::Enum(Rc::new(Adt { def: builtin::OPTION, variant: builtin::SOME, fields: vec![v], drop: None }))
    }
    pub fn none() -> Value {
        Value::Enum(Rc::new(Adt { def: builtin::OPTION, variant: builtin::NONE, fields: vec![], drop: None }))
    }
    pub fn ok(v: Value) -> Value {
        Value::Enum(Rc::new(Adt { def: builtin::RESULT, variant: builtin::OK, fields: vec![v], drop: None }))
    }
    pub fn err(v: Value) -> Value {
        Value::Enum(Rc::new(Adt { def: builtin::RESULT, variant: builtin::ERR, fields: vec![v], drop: None }))
    }
    /// `Some(v)` or `None`.
    pub fn opt(o: Option<Value>) -> Value {
        match o {
            Some(v) => Value::some(v),
            None => Value::none(),
        }
    }
    /// The value in `Some(v)`; `None` for anything else (`opt`'s inverse).
    pub fn as_some(&self) -> Option<Value> {
        match self {
            Value::Enum(a) if a.def == builtin::OPTION && a.variant == builtin::SOME => Some(a.fields.first().cloned().unwrap_or(Value::Unit)),
            _ => None,
        }
    }
    pub fn adt_enum(def: DefId, variant: u32, fields: Vec<Value>) -> Value {
        Value::Enum(Rc::new(Adt::new(def, variant, fields)))
    }
    pub fn string(s: impl Into<String>) -> Value {
        Value::String(Rc::new(s.into()))
    }

    /// Whether the value is `Copy` in Rust, so that "moving" it copies.
    pub fn is_copy(&self, defs: &Defs) -> bool {
        match self {
            Value::Unit
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::F32(_)
            | Value::Char(_)
            | Value::Str(_)
            | Value::Duration(_)
            | Value::Instant(_) => true,
            Value::Func(c) => c.copy,
            Value::Tuple(items) => items.iter().all(|v| v.is_copy(defs)),
            Value::Struct(a) | Value::Enum(a) => defs.get(a.def).map(|d| d.derives_copy).unwrap_or(false),
            _ => false,
        }
    }

    /// The string slice of a `&str` or `String`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            Value::String(s) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }
}

/// A future value's state; see the `Await` op.
#[derive(Debug)]
pub enum FutureState {
    /// An async fn call or async block: code to run in a new frame.
    Call {
        func: FuncId,
        args: Vec<Value>,
    },
    Sleep {
        deadline: u64,
        /// The timer's registration number once a poll registered it.
        timer: Option<u64>,
    },
    Yield {
        yielded: bool,
    },
    /// `recv()` on an mpsc or unbounded receiver (handle id = channel).
    Recv {
        chan: ChanId,
    },
    /// `recv_many(&mut buf, limit)` on an mpsc or unbounded receiver: the
    /// buffer taken out of its place, given back with the count.
    RecvMany {
        chan: ChanId,
        buf: Option<Value>,
        limit: u64,
    },
    /// `reserve()` (or, with the sender moved in, `reserve_owned()`) on a
    /// bounded mpsc sender.
    Reserve {
        chan: ChanId,
        ticket: Option<u64>,
        got_permit: bool,
        owned: Option<Value>,
        /// Slots wanted: 1, or `reserve_many(n)`'s `n`.
        n: u32,
        /// `reserve_many`: a `PermitIterator` of `n` permits, not a `Permit`.
        many: bool,
    },
    /// A sender's `closed()`: until the receiving side is gone.
    ChanClosed {
        chan: ChanId,
    },
    /// `recv()` on a broadcast receiver.
    BroadcastRecv {
        rx: u32,
    },
    /// `send(v)` on a bounded mpsc sender (`std`: a `std::sync::mpsc`
    /// `SyncSender`'s, which blocks its thread).
    Send {
        chan: ChanId,
        value: Option<Value>,
        ticket: Option<u64>,
        got_permit: bool,
        requested: bool,
        std: bool,
    },
    /// `lock()` on a tokio Mutex, or on a `std::sync::Mutex` from a thread
    /// that may block (`std`: its `Result` of a std guard).
    Lock {
        mutex: MutexId,
        ticket: Option<u64>,
        got: bool,
        since: u64,
        /// `lock_owned`: the `Arc` the guard will keep.
        owned: Option<Value>,
        std: bool,
    },
    /// `acquire_many(n)` (and the like) on a semaphore.
    Acquire {
        sem: SemId,
        n: u32,
        ticket: Option<u64>,
        got: bool,
        since: u64,
        /// What it gives: a `SemaphorePermit`, an `OwnedSemaphorePermit`
        /// or an `RwLock` guard (the handle kind).
        out: HandleKind,
        /// `read_owned`/`write_owned`: the lock's `Arc`, which the guard keeps.
        keep: Option<Value>,
    },
    /// `notify.notified()`: `calls` is the `notify_waiters` count when it
    /// was created; `ticket` its place in the waiters once it waits.
    Notified {
        notify: NotifyId,
        calls: u64,
        ticket: Option<u64>,
        /// `notified_owned()`: the `Notify`'s `Arc`, kept while it waits.
        keep: Option<Value>,
    },
    /// `join_next()`; with `all`, `join_all()` collecting into `acc`; with
    /// `shutdown`, `shutdown()` (after `abort_all`).
    JoinNext {
        set: SetId,
        all: bool,
        shutdown: bool,
        acc: Vec<Value>,
        /// `join_all(self)` owns the set: it lives until the future ends.
        owner: Option<Value>,
    },
    /// `interval.tick()`: the interval's next deadline, then the one after.
    Tick {
        interval: u32,
    },
    /// `changed()` on watch receiver `rx`.
    WatchChanged {
        rx: u32,
    },
    /// `closed()` on a watch sender.
    WatchClosed {
        watch: WatchId,
    },
    /// `wait()` on a barrier: `generation` once it has arrived, and the
    /// version of the barrier's watch channel its receiver has seen.
    BarrierWait {
        barrier: BarrierId,
        generation: Option<u64>,
        seen: u64,
    },
    /// `cancelled()` (or, with the token moved in, `cancelled_owned()`)
    /// on a cancellation token.
    Cancelled {
        token: TokenId,
        ticket: Option<u64>,
        owned: Option<Value>,
    },
    /// `token.run_until_cancelled(fut)`: `fut` and (once polled) the
    /// token's `cancelled()` as child coroutines; `owned` keeps the token
    /// of `run_until_cancelled_owned`.
    RunUntilCancelled {
        token: TokenId,
        fut: u32,
        cancel: Option<u32>,
        owned: Option<Value>,
    },
    /// `wait()` on a `TaskTracker`: `done` when it was closed and empty
    /// when made; `calls` its `notify_waiters` count then.
    TrackerWait {
        tracker: TrackerId,
        done: bool,
        calls: u64,
        ticket: Option<u64>,
    },
    /// `wait_for(f)` on a watch receiver: `f` is tried on each new version
    /// (`waiting` while in `changed()`), `closed` once every sender left.
    WatchWaitFor {
        rx: u32,
        f: Value,
        closed: bool,
        waiting: bool,
    },
    /// `wait()` on a `SetOnce`.
    OnceWait {
        cell: u32,
        ticket: Option<u64>,
    },
    /// `get_or_init(f)` (or `get_or_try_init(f)`) on a `OnceCell`: `f`
    /// until it is called, then its
    /// future running as a child coroutine.
    OnceInit {
        cell: u32,
        f: Option<Value>,
        ticket: Option<u64>,
        child: Option<u32>,
        /// `get_or_try_init`: the future gives a `Result`; an `Err`
        /// leaves the cell empty and passes the permit on.
        try_: bool,
    },
    /// An already computed value (`std::future::ready`).
    Ready(Option<Value>),
    /// A value of a user type with `impl Future`: `poll` is its `poll`.
    User {
        value: Value,
        poll: FuncId,
    },
    /// `s.next()` of a value of a user type with `impl Stream`: its
    /// `poll_next` at each poll; ready with `(Option<T>, the value)`, the
    /// compiler writing the value back to `s`.
    UserStreamNext {
        value: Value,
        poll_next: FuncId,
    },
    /// `std::future::poll_fn(f)`: `f(cx)` at each poll.
    PollFn {
        f: Value,
    },
    /// `std::future::pending()`: never ready.
    Never,
    /// `tokio::signal::ctrl_c()`: never ready in a simulated run.
    CtrlC,
    /// `coop::consume_budget()`.
    ConsumeBudget,
    /// `time::advance(d)`: `by` until the first poll moved the clock, then
    /// a yield.
    Advance {
        by: Option<u64>,
    },
    /// `unconstrained(fut)`: `fut` as a child coroutine, polled outside the
    /// task's budget.
    Unconstrained {
        child: u32,
    },
    /// futures' `fut.map(f)` (`FutureExt`): `fut` as a child coroutine,
    /// then `f` called on its output.
    MapOutput {
        child: u32,
        f: Value,
    },
    /// `tracker.track_future(fut)`: `fut` as a child coroutine, and the
    /// tracker's token (a `HandleKind::TrackerToken`), dropped with this.
    Tracked {
        child: u32,
        token: Value,
    },
    /// An async fn's future polled through a reference (`&mut fut` in a
    /// `select!` loop): it runs as a coroutine of its own, which keeps its
    /// progress between the awaits.
    Coroutine {
        child: u32,
    },
    /// `send_timeout(value, d)`: Tokio's `timeout(d, reserve())`, the
    /// reservation as a child coroutine (`child`, `deadline` and `timer` as
    /// `Timeout`'s), then the value goes into the reserved slot.
    SendTimeout {
        chan: ChanId,
        /// The timeout's duration, in nanoseconds.
        wait: u64,
        /// Set at the first poll.
        child: Option<u32>,
        deadline: Option<u64>,
        timer: Option<u64>,
        value: Option<Value>,
    },
    /// `timeout(d, fut)`: `fut` runs as a child coroutine of the awaiting
    /// task; `deadline` is `None` when it is past the end of time.
    Timeout {
        /// The child coroutine, in the runtime's arena of them.
        child: u32,
        deadline: Option<u64>,
        timer: Option<u64>,
    },
    /// `KEY.scope(value, fut)`: `fut` as a child coroutine, polled with
    /// `slot`'s value in the key's slot (`exec/prim/task_local.rs`).
    TaskLocalScope {
        key: u32,
        slot: Option<Value>,
        /// `None` once the future completed (a pinned one keeps its value
        /// until it is dropped, or `take_value` takes it).
        child: Option<u32>,
    },
    /// `local.run_until(fut)`: `fut` as a child coroutine, then the set's
    /// local tasks, in each poll (`exec/prim/local_set.rs`).
    LocalRunUntil {
        set: u32,
        child: u32,
    },
    /// `stream.next()` (`exec/prim/stream.rs`); `try_next()` when `try_`:
    /// an item `Ok(x)` is `Ok(Some(x))`, `Err(e)` is `Err(e)`, the end
    /// `Ok(None)`.
    StreamNext {
        stream: u32,
        try_: bool,
    },
    /// `peekable.peek()`: the next item, kept in the stream.
    StreamPeek {
        stream: u32,
    },
    /// `stream.any(f)` or `stream.all(f)`.
    StreamAny {
        stream: u32,
        f: Value,
        any: bool,
    },
    /// `stream.fold(init, f)`: it owns its stream. `stream.collect()` is
    /// one with no closure (`f` is `()`) that pushes into a `Vec`.
    StreamFold {
        stream: Value,
        acc: Option<Value>,
        f: Value,
    },
    /// `std::thread::sleep(d)` on a thread of its own: `until`, in real
    /// time, once polled (`exec/prim/thread.rs`).
    ThreadSleep {
        ns: u64,
        until: Option<u64>,
    },
    /// `rx.recv()` on a `std::sync::mpsc::Receiver` (`exec/prim/std_mpsc.rs`).
    StdRecv {
        chan: ChanId,
    },
    /// `rx.recv_timeout(d)`: a `recv` that gives up at a real-time
    /// deadline, set at its first poll.
    StdRecvTimeout {
        chan: ChanId,
        wait: u64,
        deadline: Option<u64>,
    },
    /// `handle.join()` of a `std::thread` (the handle, kept while waiting).
    ThreadJoin {
        handle: Value,
    },
    /// The end of `std::thread::scope`: waits for the scope's threads
    /// (`World::thread_scopes`), then gives the closure's result.
    ThreadScope {
        scope: u32,
        result: Option<Value>,
    },
}

impl FutureState {
    /// What this future holds in the runtime while it waits.
    pub fn registration(&self) -> Option<Registration> {
        Some(match *self {
            FutureState::Sleep { timer: Some(seq), .. } => Registration::Timer(seq),
            FutureState::Timeout { child, timer, deadline } | FutureState::SendTimeout { child: Some(child), timer, deadline, .. } => {
                Registration::Child { child, timer, deadline }
            }
            FutureState::Coroutine { child }
            | FutureState::Unconstrained { child }
            | FutureState::MapOutput { child, .. }
            | FutureState::Tracked { child, .. }
            | FutureState::TaskLocalScope { child: Some(child), .. } => Registration::Child { child, timer: None, deadline: None },
            FutureState::RunUntilCancelled { fut, cancel, .. } => Registration::Children { first: cancel, then: fut },
            FutureState::Lock { mutex, ticket, got, .. } if ticket.is_some() || got => Registration::Lock { mutex, ticket, got },
            FutureState::Acquire { sem, n, ticket, got, .. } if ticket.is_some() || got => Registration::Acquire { sem, n, ticket, got },
            FutureState::Send { chan, ticket, got_permit, .. } if ticket.is_some() || got_permit => Registration::Send { chan, ticket, got: got_permit, n: 1 },
            FutureState::Reserve { chan, ticket, got_permit, n, .. } if ticket.is_some() || got_permit => {
                Registration::Send { chan, ticket, got: got_permit, n }
            }
            FutureState::Notified { notify, ticket: Some(ticket), .. } => Registration::Notified { notify, ticket },
            FutureState::BroadcastRecv { rx } => Registration::BroadcastRecv { rx },
            FutureState::WatchChanged { rx } | FutureState::WatchWaitFor { rx, waiting: true, .. } => Registration::WatchChanged { rx },
            FutureState::Cancelled { token, ticket: Some(ticket), .. } => Registration::Cancelled { token, ticket },
            FutureState::TrackerWait { tracker, ticket: Some(ticket), .. } => Registration::TrackerWait { tracker, ticket },
            FutureState::OnceWait { cell, ticket: Some(ticket) } => Registration::OnceWait { cell, ticket },
            FutureState::OnceInit { cell, ticket, child, .. } if ticket.is_some() || child.is_some() => Registration::OnceInit { cell, ticket, child },
            _ => return None,
        })
    }
}

/// A future value's state, and the queue that hears when it is dropped
/// while it still waits somewhere.
#[derive(Debug)]
pub struct FutureSlot {
    state: RefCell<Option<FutureState>>,
    queue: Rc<DropQueue>,
}

impl FutureSlot {
    pub fn new(st: FutureState, queue: &Rc<DropQueue>) -> FutureCell {
        Rc::new(FutureSlot { state: RefCell::new(Some(st)), queue: queue.clone() })
    }
}

impl std::ops::Deref for FutureSlot {
    type Target = RefCell<Option<FutureState>>;
    fn deref(&self) -> &Self::Target {
        &self.state
    }
}

impl Drop for FutureSlot {
    fn drop(&mut self) {
        if let Some(r) = self.state.get_mut().as_ref().and_then(FutureState::registration)
            && let Ok(mut q) = self.queue.pending.try_borrow_mut()
        {
            q.push_back(DropEffect::Wait(r));
            self.queue.dirty.set(true);
        }
    }
}

/// The shared cell of a future value.
pub type FutureCell = Rc<FutureSlot>;

/// What a closure handed to a guard's `map` (`|v| &mut v.field`) picks
/// of its parameter, read from its body when it is compiled: the VM has no
/// references, so the mapped guard keeps this path instead.
#[derive(Clone, Debug, PartialEq)]
pub enum Lens {
    /// `&mut v.a.0[2]`
    Place(Vec<LensStep>),
    /// `Some(&mut v.a)`, `v.a.get_mut(0)`, `v.b.as_mut()`, for `try_map`:
    /// `None` when a `Get` or `SomeOf` step finds nothing.
    Opt(Vec<LensStep>),
    /// `None`, for `try_map`
    None,
}

/// One step of a [`Lens`]: a named field, a tuple field, a constant index.
#[derive(Clone, Debug, PartialEq)]
pub enum LensStep {
    Field(String),
    Tuple(u32),
    /// `[i]`, with the span of the indexing (where it panics)
    Index(i64, Span),
    /// `.get(i)` / `.get_mut(i)` of a `Vec`: nothing when out of range
    Get(i64),
    /// `.as_ref()` / `.as_mut()` of an `Option`: what `Some` holds
    SomeOf,
}

/// A closure value: its function, and its captures, passed after its
/// parameters (`Value::Lent` for a variable captured by `&mut`).
#[derive(Debug)]
pub struct Closure {
    pub func: FuncId,
    pub captures: Vec<Value>,
    /// Captures only by `&` (or none): the closure is `Copy`.
    pub copy: bool,
}

/// The state of an iterator value.
#[derive(Clone, Debug)]
pub enum IterState {
    /// An integer range; `end` is exclusive; `rev` iterates from the back.
    Range {
        cur: i64,
        end: i64,
        rev: bool,
    },
    /// A range of `char`s over their numbers, `cur..end`, the surrogates
    /// (which are no `char`s) skipped as std's `Step` for `char` does.
    Chars {
        cur: u32,
        end: u32,
        rev: bool,
    },
    /// Items of a collection, `front..back`.
    Items {
        items: std::rc::Rc<Vec<Value>>,
        front: usize,
        back: usize,
        rev: bool,
    },
    /// `rx.try_iter()` of a std channel (its id): the messages buffered
    /// when each is asked for, never waiting.
    ChanTry {
        chan: u32,
    },
    /// `rx.iter()` of a std channel where it is not a `for` loop's head
    /// (`rx.iter().collect()`): the messages buffered, then the end once
    /// every sender is gone; one that would wait for a message stops as not
    /// supported (an iterator cannot block its thread here).
    ChanIter {
        chan: u32,
    },
    /// `enumerate()` of another iterator.
    Enumerate {
        inner: Box<IterState>,
        count: i64,
    },
    /// The lazy adapters: each item is computed when it is asked for, so
    /// a closure runs exactly when Rust's would (`exec/iter.rs`).
    Map {
        inner: Box<IterState>,
        f: Value,
    },
    Filter {
        inner: Box<IterState>,
        f: Value,
    },
    FilterMap {
        inner: Box<IterState>,
        f: Value,
    },
    Inspect {
        inner: Box<IterState>,
        f: Value,
    },
    TakeWhile {
        inner: Box<IterState>,
        f: Value,
        done: bool,
    },
    SkipWhile {
        inner: Box<IterState>,
        f: Value,
        skipping: bool,
    },
    /// `flat_map(f)`, or `flatten()` when `f` is `None`: `cur` is the
    /// iterator of the item being flattened.
    FlatMap {
        inner: Box<IterState>,
        f: Option<Value>,
        cur: Option<Box<IterState>>,
    },
    Take {
        inner: Box<IterState>,
        n: usize,
    },
    Skip {
        inner: Box<IterState>,
        n: usize,
    },
    StepBy {
        inner: Box<IterState>,
        step: usize,
        first: bool,
    },
    Chain {
        a: Box<IterState>,
        b: Box<IterState>,
    },
    Zip {
        a: Box<IterState>,
        b: Box<IterState>,
    },
    /// `scan(init, f)`: `f(&mut state, item)` for each item, which hands
    /// the state back with its `Option` (`None` ends a `collect`; a later
    /// `next` goes on, as std's `Scan` is not fused).
    Scan {
        inner: Box<IterState>,
        state: Value,
        f: Value,
    },
    /// `cycle()`: `cur` runs; when it ends, it starts again as a copy of
    /// `orig` (std clones the iterator), so an empty one stays empty.
    Cycle {
        orig: Box<IterState>,
        cur: Box<IterState>,
    },
    /// `peekable()`: the item `peek` pulled ahead, if it did (`Some(None)`
    /// when it found the end).
    Peekable {
        inner: Box<IterState>,
        peeked: Option<Option<Value>>,
    },
    /// `std::iter::repeat_with(f)`: each item is `f()`.
    RepeatWith {
        f: Value,
    },
    /// `std::iter::from_fn(f)`: each item is what `f()` returns in a `Some`.
    FromFn {
        f: Value,
    },
    /// `std::iter::successors(first, f)`: `next`, then `f(&next)` after it.
    Successors {
        next: Option<Value>,
        f: Value,
    },
    /// A value of a user type with `impl Iterator`: each item is what its
    /// `next` (function `next`) returns.
    User {
        value: Value,
        next: FuncId,
    },
    /// `it.by_ref()`: advances the iterator `it` holds, in its cell.
    Shared(std::rc::Rc<std::cell::RefCell<IterState>>),
}

impl IterState {
    /// An iterator with nothing left: a placeholder while the state is
    /// taken out of its cell.
    pub fn exhausted() -> IterState {
        IterState::Items { items: std::rc::Rc::new(Vec::new()), front: 0, back: 0, rev: false }
    }

    /// The upper bound of std's `size_hint()` for this iterator: `None`
    /// when std gives none (a channel's, a user iterator's, a flattening
    /// one's).
    pub fn upper_bound(&self) -> Option<usize> {
        match self {
            IterState::Range { cur, end, .. } => Some(usize::try_from(end.saturating_sub(*cur)).unwrap_or(0)),
            IterState::Chars { cur, end, .. } => {
                let surrogates = end.min(&0xE000).saturating_sub(*cur.max(&0xD800));
                Some((end.saturating_sub(*cur) - surrogates) as usize)
            }
            IterState::Items { front, back, .. } => Some(back.saturating_sub(*front)),
            IterState::ChanTry { .. }
            | IterState::ChanIter { .. }
            | IterState::User { .. }
            | IterState::FlatMap { .. }
            | IterState::RepeatWith { .. }
            | IterState::FromFn { .. }
            | IterState::Successors { next: Some(_), .. } => None,
            IterState::Successors { next: None, .. } => Some(0),
            IterState::Shared(it) => it.try_borrow().ok().and_then(|s| s.upper_bound()),
            IterState::Enumerate { inner, .. }
            | IterState::Map { inner, .. }
            | IterState::Filter { inner, .. }
            | IterState::FilterMap { inner, .. }
            | IterState::Inspect { inner, .. }
            | IterState::SkipWhile { inner, .. }
            | IterState::Scan { inner, .. } => inner.upper_bound(),
            IterState::TakeWhile { inner, done, .. } => {
                if *done {
                    Some(0)
                } else {
                    inner.upper_bound()
                }
            }
            IterState::Take { inner, n } => Some(inner.upper_bound().map_or(*n, |u| u.min(*n))),
            IterState::Skip { inner, n } => inner.upper_bound().map(|u| u.saturating_sub(*n)),
            IterState::StepBy { inner, step, first } => inner.upper_bound().map(|u| {
                let step = (*step).max(1);
                if *first { if u == 0 { 0 } else { 1 + (u - 1) / step } } else { u / step }
            }),
            IterState::Chain { a, b } => a.upper_bound().zip(b.upper_bound()).and_then(|(x, y)| x.checked_add(y)),
            IterState::Zip { a, b } => match (a.upper_bound(), b.upper_bound()) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, None) => x,
                (None, y) => y,
            },
            IterState::Cycle { orig, .. } => {
                if orig.upper_bound() == Some(0) {
                    Some(0)
                } else {
                    None
                }
            }
            IterState::Peekable { inner, peeked } => match peeked {
                Some(None) => Some(0),
                Some(Some(_)) => inner.upper_bound().and_then(|u| u.checked_add(1)),
                None => inner.upper_bound(),
            },
        }
    }

    /// Whether some closure runs when it is advanced.
    pub fn calls_closures(&self) -> bool {
        match self {
            IterState::Range { .. } | IterState::Chars { .. } | IterState::Items { .. } => false,
            // Taking a message is the VM's work too.
            IterState::User { .. }
            | IterState::ChanTry { .. }
            | IterState::ChanIter { .. }
            | IterState::Map { .. }
            | IterState::Filter { .. }
            | IterState::FilterMap { .. }
            | IterState::Inspect { .. }
            | IterState::TakeWhile { .. }
            | IterState::SkipWhile { .. }
            | IterState::FlatMap { f: Some(_), .. }
            | IterState::RepeatWith { .. }
            | IterState::FromFn { .. }
            | IterState::Successors { .. }
            | IterState::Scan { .. } => true,
            IterState::FlatMap { inner, cur, .. } => inner.calls_closures() || cur.as_ref().is_some_and(|c| c.calls_closures()),
            IterState::Chain { a, b } | IterState::Zip { a, b } => a.calls_closures() || b.calls_closures(),
            IterState::Enumerate { inner, .. }
            | IterState::Take { inner, .. }
            | IterState::Skip { inner, .. }
            | IterState::StepBy { inner, .. }
            | IterState::Peekable { inner, .. } => inner.calls_closures(),
            IterState::Cycle { orig, .. } => orig.calls_closures(),
            IterState::Shared(it) => it.try_borrow().map_or(true, |s| s.calls_closures()),
        }
    }

    /// The next item of a range or a collection; `None` when exhausted, and
    /// for an adapter, which the VM's `iter_next` advances.
    pub fn next_item(&mut self) -> Option<Value> {
        match self {
            IterState::Range { cur, end, rev } => {
                if *cur >= *end {
                    return None;
                }
                if *rev {
                    *end -= 1;
                    Some(Value::Int(*end))
                } else {
                    let v = *cur;
                    *cur += 1;
                    Some(Value::Int(v))
                }
            }
            IterState::Chars { cur, end, rev } => loop {
                if *cur >= *end {
                    return None;
                }
                let n = if *rev {
                    *end -= 1;
                    *end
                } else {
                    *cur += 1;
                    *cur - 1
                };
                if let Some(c) = char::from_u32(n) {
                    return Some(Value::Char(c));
                }
            },
            IterState::Items { items, front, back, rev } => {
                if *front >= *back {
                    return None;
                }
                let i = if *rev {
                    *back -= 1;
                    *back
                } else {
                    *front += 1;
                    *front - 1
                };
                // Items nobody else holds (a `Vec` moved into the loop, a
                // `PermitIterator`) move out, so each one drops when its
                // taker does, not with the iterator.
                match std::rc::Rc::get_mut(items) {
                    Some(owned) => owned.get_mut(i).map(|v| std::mem::replace(v, Value::Unit)),
                    None => items.get(i).cloned(),
                }
            }
            // Adapters (`enumerate()` too) advance through the VM.
            _ => None,
        }
    }
}
