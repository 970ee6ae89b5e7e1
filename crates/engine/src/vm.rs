//! The compiled program: bytecode for a stack machine in which every task
//! owns its frames, so that suspending at an `.await` is "return Pending and
//! keep the frames". The compiler is in `compile.rs`, the interpreter in
//! `exec.rs`.


use crate::ast::{BinOp, UnOp};
use crate::span::Span;
use crate::value::{DefId, Defs, Value};
use crate::Diagnostic;

pub type FuncId = u32;
pub type Slot = u32;

/// A builtin free function or associated function, resolved at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Spawn,
    YieldNow,
    Sleep,
    DurationFromMillis,
    DurationFromSecs,
    DurationFromMicros,
    DurationFromNanos,
    DurationFromSecsF64,
    InstantNow,
    StdInstantNow,
    MpscChannel,
    UnboundedChannel,
    OneshotChannel,
    BroadcastChannel,
    ArcNew,
    ArcClone,
    TokioMutexNew,
    StdMutexNew,
    StringFrom,
    StringNew,
    VecNew,
    MapNew,
    Drop,
    BoxNew,
    Max,
    Min,
    /// `Some(x)`, `Ok(x)`, `Err(x)` used as functions are enum constructors.
    Identity,
}

/// One instruction. Operands that are not on the stack are inline.
#[derive(Clone, Debug)]
pub enum Op {
    /// Push `consts[i]`.
    Const(u32),
    Unit,
    Int(i64),
    Bool(bool),
    Pop,
    /// Duplicate the top of the stack (a shallow copy, like a borrow).
    Dup,
    /// Push a borrow-copy of a local.
    Load(Slot),
    /// Push a local by value: copies `Copy` values, otherwise takes it and
    /// leaves `Moved`.
    Move(Slot),
    /// Pop into a local, dropping its old value.
    Store(Slot),
    /// Drop a local's value (end of scope, in reverse declaration order).
    DropSlot(Slot),
    /// Replace the top with a copy of its named field (auto-derefs guards
    /// and Arcs).
    GetField(u32),
    /// Replace the top with its `n`th tuple (or tuple-struct) field.
    GetTupleField(u32),
    /// `[base, index]` → element.
    Index,
    /// Replace a guard / Arc / reference with a copy of what it points at.
    Deref,
    /// Pop a value and assign it into `places[i]` (index operands below it).
    StorePlace(u32),
    /// Take the value out of `places[i]` (for `&mut` copy-in/copy-out).
    TakePlace(u32),
    /// A builtin method that mutates its receiver `places[place]`; its
    /// arguments are on the stack (above the place's index operands).
    MethodPlace { place: u32, name: u32, argc: u32 },
    /// A builtin method on a receiver value; receiver then args on the stack.
    Method { name: u32, argc: u32 },
    /// A user method dispatched on the receiver's type at run time.
    UserMethod { name: u32, argc: u32 },
    Call { func: FuncId, argc: u32 },
    Builtin { b: Builtin, argc: u32 },
    Tuple(u32),
    Vec(u32),
    /// `[value; n]`: pops count then value.
    VecRepeat,
    /// A struct or enum value with `n` fields from the stack, in definition order.
    Adt { def: DefId, variant: u32, n: u32, is_enum: bool },
    /// Struct update `S { a: 1, ..base }`: pops base then the `n` given fields
    /// (field indices in `consts`-free inline list).
    AdtUpdate { def: DefId, fields: Vec<u32> },
    Range { inclusive: bool, has_start: bool, has_end: bool },
    Bin(BinOp),
    Un(UnOp),
    Cast(CastTo),
    /// Panics with the overflow message of `op` when the integer on top is
    /// outside the range of `ty`.
    CheckInt { ty: IntTy, op: BinOp },
    Jump(u32),
    /// Pop a bool; jump when false.
    JumpIfFalse(u32),
    /// Test the top of the stack (not popped) against `pats[i]`, binding its
    /// variables; jump to `fail` when it does not match.
    Match { pat: u32, fail: u32 },
    /// An async block or async fn called without `.await`: pops `argc` values
    /// into a future.
    MakeFuture { func: FuncId, argc: u32 },
    /// Await the future on top of the stack.
    Await,
    /// `join!` of the `n` futures on top of the stack.
    JoinAll(u32),
    /// Format `fmts[i]` with `argc` arguments into a String.
    Format { fmt: u32, argc: u32 },
    Print { fmt: u32, argc: u32, stderr: bool, newline: bool },
    /// Panic with a message formatted from `fmts[i]`.
    Panic { fmt: u32, argc: u32 },
    /// Panic with a fixed message (`consts[i]`).
    PanicConst(u32),
    /// `assert_eq!`/`assert_ne!`: pops right, left (and a message String when
    /// `has_msg`), panics as std does when the comparison fails.
    AssertCmp { eq: bool, has_msg: bool },
    /// Make a `for` iterator from the iterable on top.
    IntoIter,
    /// Advance the iterator in `slot`: push the next item, or jump when done.
    IterNext { slot: Slot, done: u32 },
    /// The `?` operator: unwrap Ok/Some, or return early with Err/None.
    Try,
    Return,
    /// A construct the VM cannot run (reported at compile time already).
    Unsupported(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CastTo {
    /// An integer type narrower than i64 (wraps like `as`), or i64.
    Int(IntTy),
    Float,
    Char,
}

/// Rust's integer types. Values are i64 in the VM; arithmetic on a value
/// whose type is known statically is checked against that type's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntTy {
    pub fn from_name(s: &str) -> Option<IntTy> {
        Some(match s {
            "i8" => IntTy::I8,
            "i16" => IntTy::I16,
            "i32" => IntTy::I32,
            "i64" | "isize" | "i128" => IntTy::I64,
            "u8" => IntTy::U8,
            "u16" => IntTy::U16,
            "u32" => IntTy::U32,
            "u64" | "usize" | "u128" => IntTy::U64,
            _ => return None,
        })
    }

    pub fn range(self) -> (i64, i64) {
        match self {
            IntTy::I8 => (i8::MIN as i64, i8::MAX as i64),
            IntTy::I16 => (i16::MIN as i64, i16::MAX as i64),
            IntTy::I32 => (i32::MIN as i64, i32::MAX as i64),
            IntTy::I64 => (i64::MIN, i64::MAX),
            IntTy::U8 => (0, u8::MAX as i64),
            IntTy::U16 => (0, u16::MAX as i64),
            IntTy::U32 => (0, u32::MAX as i64),
            IntTy::U64 => (0, i64::MAX),
        }
    }

    /// `value as Self`.
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntTy::I8 => v as i8 as i64,
            IntTy::I16 => v as i16 as i64,
            IntTy::I32 => v as i32 as i64,
            IntTy::I64 => v,
            IntTy::U8 => v as u8 as i64,
            IntTy::U16 => v as u16 as i64,
            IntTy::U32 => v as u32 as i64,
            IntTy::U64 => v,
        }
    }
}

/// A place a value can be written to: a local and projections.
#[derive(Clone, Debug)]
pub struct Place {
    pub root: Slot,
    pub proj: Vec<Proj>,
}

#[derive(Clone, Debug)]
pub enum Proj {
    /// A named field (name id).
    Field(u32),
    TupleField(u32),
    /// An index whose value was pushed before the place op.
    Index,
    Deref,
}

/// A compiled pattern, interpreted by the VM.
#[derive(Clone, Debug)]
pub enum CPat {
    Wild,
    Bind { slot: Slot, sub: Option<Box<CPat>> },
    Lit(Value),
    Range { lo: Option<Value>, hi: Option<Value>, inclusive: bool },
    Tuple(Vec<CPat>),
    /// Elements before and after a `..`, and the binding for the rest.
    Slice { before: Vec<CPat>, rest: Option<Option<Slot>>, after: Vec<CPat> },
    /// An enum variant (or a struct, with variant 0) and its fields by index.
    Adt { def: DefId, variant: u32, fields: Vec<(u32, CPat)>, is_enum: bool },
    Or(Vec<CPat>),
    /// Matches through a reference or guard.
    Deref(Box<CPat>),
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub code: Vec<Op>,
    pub spans: Vec<Span>,
    pub nslots: u32,
    /// Where each argument goes, in order.
    pub param_slots: Vec<Slot>,
    pub is_async: bool,
    pub span: Span,
}

/// A format string, compiled once.
#[derive(Clone, Debug)]
pub struct FmtEntry {
    pub pieces: Vec<crate::fmt::Piece>,
    pub span: Span,
}

pub struct Program {
    pub funcs: Vec<Function>,
    pub consts: Vec<Value>,
    pub defs: Defs,
    pub fmts: Vec<FmtEntry>,
    pub pats: Vec<CPat>,
    pub places: Vec<Place>,
    /// Interned field and method names.
    pub names: Vec<String>,
    /// User methods: (type, method name id) → function.
    pub methods: crate::map::SortedMap<(DefId, u32), FuncId>,
    /// Messages of `Unsupported` ops.
    pub unsupported: Vec<String>,
    pub main: FuncId,
    /// A trampoline `fn(fut) { fut.await }` that roots every task and every
    /// `join!` branch.
    pub root: FuncId,
    pub source: String,
}

/// A future value's state; see the `Await` op.
#[derive(Debug)]
pub enum FutureState {
    /// An async fn call or async block: code to run in a new frame.
    Call { func: FuncId, args: Vec<Value> },
    Sleep { deadline: u64, registered: bool },
    Yield { yielded: bool },
    /// `recv()` on an mpsc or unbounded receiver (handle id = channel).
    Recv { chan: u32 },
    /// `recv()` on a broadcast receiver.
    BroadcastRecv { rx: u32 },
    /// `send(v)` on a bounded mpsc sender.
    Send { chan: u32, value: Option<Value>, ticket: Option<u64>, got_permit: bool, requested: bool },
    /// `lock()` on a tokio Mutex.
    Lock { mutex: u32, ticket: Option<u64>, got: bool, since: u64 },
    /// An already computed value (`std::future::ready`).
    Ready(Option<Value>),
}

/// Wraps a future's state into a value.
pub fn future(st: FutureState) -> Value {
    Value::Future(std::rc::Rc::new(std::cell::RefCell::new(Some(st))))
}

/// A function value (a fn item used as a value).
#[derive(Debug)]
pub struct Closure {
    pub func: FuncId,
}

pub fn compile_source(src: &str) -> Result<Program, Vec<Diagnostic>> {
    let (file, diags) = crate::parser::parse(src);
    if diags.iter().any(|d| d.severity == crate::Severity::Error) {
        return Err(diags);
    }
    crate::compile::compile(&file, src)
}

pub fn simulate(program: &Program, config: &crate::Config) -> crate::Run {
    crate::exec::simulate(program, config)
}

/// The state of an iterator value.
#[derive(Clone, Debug)]
pub enum IterState {
    /// An integer range; `end` is exclusive; `rev` iterates from the back.
    Range { cur: i64, end: i64, rev: bool },
    /// Items of a collection, `front..back`.
    Items { items: std::rc::Rc<Vec<Value>>, front: usize, back: usize, rev: bool },
    /// `enumerate()` of another iterator.
    Enumerate { inner: Box<IterState>, count: i64 },
}

impl IterState {
    /// The next item, or `None` when the iterator is exhausted.
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
            IterState::Items { items, front, back, rev } => {
                if *front >= *back {
                    return None;
                }
                if *rev {
                    *back -= 1;
                    items.get(*back).cloned()
                } else {
                    let v = items.get(*front).cloned();
                    *front += 1;
                    v
                }
            }
            IterState::Enumerate { inner, count } => {
                let v = inner.next_item()?;
                let i = *count;
                *count += 1;
                Some(Value::Tuple(std::rc::Rc::new(vec![Value::Int(i), v])))
            }
        }
    }
}
