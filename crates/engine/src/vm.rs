//! The compiled program: bytecode for a stack machine in which every task
//! owns its frames, so that suspending at an `.await` is "return Pending and
//! keep the frames". The compiler is in `compile.rs`, the interpreter in
//! `exec.rs`.

use crate::ast::{BinOp, UnOp};
use crate::span::Span;
use crate::value::{DefId, Defs, Value};

pub use crate::value::FuncId;
pub type Slot = u32;

/// A builtin free function or associated function, resolved at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    DurationFromMillis,
    DurationFromSecs,
    DurationFromMicros,
    DurationFromNanos,
    DurationFromSecsF64,
    ArcNew,
    ArcClone,
    /// `Rc::ptr_eq` / `Arc::ptr_eq`: the same allocation.
    PtrEq,
    StringFrom,
    StringNew,
    VecNew,
    /// `Vec::from(x)` / `Vec::from_iter(x)`: an array's, a `Vec`'s, a
    /// `VecDeque`'s or a heap's items; a string's bytes.
    VecFrom,
    MapNew,
    SetNew,
    Drop,
    /// `std::mem::forget(x)`: `x` is never dropped.
    Forget,
    BoxNew,
    Max,
    Min,
    /// `Some(x)`, `Ok(x)`, `Err(x)` used as functions are enum constructors.
    Identity,
    /// `pin!(fut)`, `tokio::pin!(fut)`: a hand-written future pinned in a
    /// future's cell, so that polls through `&mut` keep its progress.
    Pin,
    /// `Duration::new(secs, nanos)`.
    DurationNew,
    /// `Duration::from_secs_f32`: its argument is an `f32` held in an `f64`.
    DurationFromSecsF32,
}

/// A type whose `Default` the VM can make without knowing types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultOf {
    String,
    Vec,
    Bool,
    Float,
    Int,
}

/// What `collect()` builds: `Vec<T>` (and `VecDeque<T>`, a `Vec` at run
/// time), `String`, a map or a set, maybe inside `Result` or `Option`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Collect {
    pub into: CollectInto,
    pub wrap: CollectWrap,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectInto {
    Vec,
    String,
    /// `HashMap`, `BTreeMap` (both sorted by key at run time).
    Map,
    /// `HashSet`, `BTreeSet`.
    Set,
    /// `JoinSet`: each future spawned into it as it is pulled.
    JoinSet,
    /// `BinaryHeap`: the items, rebuilt into a heap as std's `from` does.
    Heap,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectWrap {
    Plain,
    Result,
    Option,
}

/// What [`Op::Downcast`] pushes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DowncastHow {
    /// `downcast_ref`: `Some(value)` or `None`.
    Ref,
    /// `is`: a `bool`.
    Is,
    /// `downcast`: `Ok(value)` or `Err(the box)`.
    Owned,
}

/// The type whose method a call is, as the checker resolved it (`Unknown`
/// where the checker does not model the receiver). It decides between
/// methods of the same name: `Ord::min` or `Iterator::min`,
/// `Option::take` or `Iterator::take`, `str::replace` or `Option::replace`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdTy {
    Unknown,
    Int,
    Float,
    Char,
    Bool,
    Str,
    String,
    Slice,
    Vec,
    VecDeque,
    Option,
    Result,
    Map,
    Set,
    Duration,
    Instant,
    Iter,
    Range,
    /// Any other std type (`Arc`, `PoisonError`, ...).
    Other,
}

impl StdTy {
    /// The type the checker names by `path` (a std type's path, or `int`,
    /// `float`, `str`, `char`, `bool`, `slice` for the builtin types).
    pub fn of(path: &str) -> StdTy {
        match path {
            "int" => StdTy::Int,
            "float" => StdTy::Float,
            "char" => StdTy::Char,
            "bool" => StdTy::Bool,
            "str" => StdTy::Str,
            "slice" => StdTy::Slice,
            "std::string::String" => StdTy::String,
            "std::vec::Vec" => StdTy::Vec,
            "std::collections::VecDeque" => StdTy::VecDeque,
            "std::option::Option" => StdTy::Option,
            "std::result::Result" => StdTy::Result,
            "std::collections::HashMap" | "std::collections::BTreeMap" => StdTy::Map,
            "std::collections::HashSet" | "std::collections::BTreeSet" => StdTy::Set,
            "std::time::Duration" => StdTy::Duration,
            "std::time::Instant" | "tokio::time::Instant" => StdTy::Instant,
            "std::iter::Iter" => StdTy::Iter,
            "std::ops::Range" => StdTy::Range,
            _ => StdTy::Other,
        }
    }

    pub fn is_str(self) -> bool {
        matches!(self, StdTy::Str | StdTy::String)
    }
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
    /// Replace the top (a struct or tuple) with a copy that keeps only the
    /// field paths of places `first..first + n` (their roots unused), `()`
    /// elsewhere, and runs no `Drop` impl: what a closure that captures
    /// some fields of a variable holds (Rust 2021's disjoint captures).
    Keep {
        first: u32,
        n: u32,
    },
    /// Replace the top with its `n`th tuple (or tuple-struct) field.
    GetTupleField(u32),
    /// `[base, index]` → element.
    Index,
    /// Replace a guard / Arc / reference with a copy of what it points at.
    Deref,
    /// A copy of a lock's value (`Proj::LockData`), read without locking.
    LockData,
    /// Pop a value and assign it into `places[i]` (index operands below it).
    StorePlace(u32),
    /// Take the value out of `places[i]` (for `&mut` copy-in/copy-out).
    TakePlace(u32),
    /// A builtin method that mutates its receiver `places[place]`; its
    /// arguments are on the stack (above the place's index operands).
    MethodPlace {
        place: u32,
        name: u32,
        argc: u32,
    },
    /// A builtin method on a receiver value; receiver then args on the stack.
    /// `on` is the receiver's type as the checker resolved the call: the
    /// method is `on`'s, whatever the value looks like at run time.
    Method {
        name: u32,
        argc: u32,
        on: StdTy,
    },
    /// A user method dispatched on the receiver's type at run time.
    UserMethod {
        name: u32,
        argc: u32,
    },
    Call {
        func: FuncId,
        argc: u32,
    },
    Builtin {
        b: Builtin,
        argc: u32,
    },
    /// A primitive's native function or method (`exec/prim/`), bound at
    /// compile time: entry `index` of primitive `prim`. A method's receiver
    /// is its first argument.
    Native {
        prim: u8,
        index: u16,
        argc: u32,
    },
    Tuple(u32),
    Vec(u32),
    /// `[value; n]`: pops count then value.
    VecRepeat,
    /// A struct or enum value with `n` fields from the stack, in definition order.
    Adt {
        def: DefId,
        variant: u32,
        n: u32,
        is_enum: bool,
    },
    /// Struct update `S { a: 1, ..base }`: pops base then the `n` given fields
    /// (field indices in `consts`-free inline list).
    AdtUpdate {
        def: DefId,
        fields: Vec<u32>,
    },
    Range {
        inclusive: bool,
        has_start: bool,
        has_end: bool,
    },
    /// A range of chars' numbers (`Op::Range` of two `u32`s) into the
    /// iterator of its chars (`IterState::Chars`).
    CharRange,
    Bin(BinOp),
    Un(UnOp),
    Cast(CastTo),
    /// Panics with the overflow message of `op` when the integer on top is
    /// outside the range of `ty`.
    CheckInt {
        ty: IntTy,
        op: BinOp,
    },
    /// `CheckInt` for the result of `Iterator::sum` (`Add`) or `product`
    /// (`Mul`), whose overflow panics inside std's `accum.rs`.
    CheckAccum {
        ty: IntTy,
        op: BinOp,
    },
    /// Before `Bin(Shl | Shr)` on a `ty` left operand: panics with the
    /// overflow message of `op` unless the shift amount on top (not popped)
    /// is below `ty`'s bit width, as std's debug build does.
    CheckShift {
        ty: IntTy,
        op: BinOp,
    },
    /// After `pow` on a `ty`: like `CheckInt` for a multiplication, but the
    /// panic is reported where core declares `pow` (`core_line` of
    /// `library/core/src/num/mod.rs`), as std's debug build does.
    CheckPow {
        ty: IntTy,
        core_line: u16,
    },
    Jump(u32),
    /// Pop a bool; jump when false.
    JumpIfFalse(u32),
    /// Test the top of the stack (not popped) against `pats[i]`, binding its
    /// variables; jump to `fail` when it does not match.
    Match {
        pat: u32,
        fail: u32,
    },
    /// A closure: pops its `argc` captures.
    MakeClosure {
        func: FuncId,
        argc: u32,
        copy: bool,
    },
    /// Lends a variable to a closure that captures it by reference (`&`
    /// when `shared`, else `&mut`): the slot becomes `Value::Lent`, which
    /// is pushed.
    Lend {
        slot: Slot,
        shared: bool,
    },
    /// Before a function with `&mut` parameters returns (its value on
    /// top): stops the run, as not supported yet, when a `&mut` parameter
    /// lent to a struct field (`Op::LendMut`) leaves the function inside
    /// the returned value or another parameter.
    KeptParams {
        slots: Vec<Slot>,
    },
    /// `&mut x` kept in a struct or enum field: `x`'s value moves to a cell
    /// (`World::cells`), its slot holds a `MutRefOwner` handle that takes
    /// it back at the next use of `x`, and a `MutRef` handle, a guard of
    /// that cell, is pushed.
    LendMut {
        slot: Slot,
    },
    /// `&mut x.f` (a field path) lent to a future not awaited where it is
    /// made: the field's value moves to a cell, a `MutRefOwner` handle
    /// takes its place in the struct (a write to the field takes the value
    /// back, a read reads through), and a `MutRef` of the cell is pushed.
    LendMutPlace {
        place: u32,
    },
    /// A method's receiver reached through a user `impl Deref`: what the
    /// value on top points at (through `Arc`s and guards), by its `deref`.
    UserDeref,
    /// Wraps the value on top in a cell a closure owns (`Value::Lent`, not
    /// shared): a capture the closure owns and writes, so what one call
    /// writes the next call sees (`move || { n += 1; n }`).
    Own,
    /// Calls the closure under its `argc` arguments.
    CallValue {
        argc: u32,
    },
    /// An async block or async fn called without `.await`: pops `argc` values
    /// into a future.
    MakeFuture {
        func: FuncId,
        argc: u32,
    },
    /// Await the future on top of the stack.
    Await,
    /// `join!` of the `n` futures on top of the stack; `biased` polls
    /// them in order, not in rotation.
    JoinAll {
        n: u32,
        biased: bool,
    },
    /// `try_join!` of the `n` futures on top of the stack.
    TryJoinAll {
        n: u32,
        biased: bool,
    },
    /// `futures::future::join_all(..).await` (`try_`: `try_join_all`) of
    /// the `Vec` of futures on top of the stack, polled in order.
    JoinVec {
        try_: bool,
    },
    /// `select!` number `i` (`Program::selects`): its `n` preconditions,
    /// then its `n` futures, are on the stack. Pushes the winner's output
    /// and its branch index (`n` when every branch is disabled).
    Select(u32),
    /// Format `fmts[i]` with `argc` arguments into a String.
    Format {
        fmt: u32,
        argc: u32,
    },
    Print {
        fmt: u32,
        argc: u32,
        stderr: bool,
        newline: bool,
    },
    /// Panic with a message formatted from `fmts[i]`.
    Panic {
        fmt: u32,
        argc: u32,
        /// No argument is left once rustc inlines literals: the payload
        /// is a `&'static str`.
        static_: bool,
    },
    /// Panic with a fixed message (`consts[i]`).
    PanicConst(u32),
    /// `assert_eq!`/`assert_ne!`: pops right, left (and a message String when
    /// `has_msg`), panics as std does when the comparison fails.
    AssertCmp {
        eq: bool,
        has_msg: bool,
    },
    /// Make a `for` iterator from the iterable on top.
    IntoIter,
    /// Advance the iterator in `slot`: push the next item, or jump when done.
    IterNext {
        slot: Slot,
        done: u32,
    },
    /// The `?` operator: unwrap Ok/Some, or return early with Err/None.
    Try,
    /// `From::from` into user type `def` (function `func`) of the value on
    /// top, or of the error in the `Err` on top (`err`); a value already of
    /// that type is left as it is (the checker could not tell).
    IntoUser {
        def: DefId,
        func: FuncId,
        err: bool,
    },
    /// `?` in a function with `&mut` parameters: Ok/Some pushes the value
    /// and jumps to the target; Err/None stays on the stack for the return
    /// that follows (which hands the parameters back).
    TryJump(u32),
    Return,
    /// A construct the VM cannot run (reported at compile time already).
    Unsupported(u32),
    /// Fits the integer (or `Option`/`Result` of one) on top of the stack to
    /// a type the checker found: the VM's integers are `i64`.
    FitInt {
        ty: IntTy,
        fit: Fit,
    },
    /// `s.parse::<f64>()`: pops a string, pushes `Result<f64, ParseFloatError>`.
    ParseFloat,
    /// Rounds the float on top to `f32` (the checker's type; the VM's floats
    /// are `f64`).
    RoundF32,
    /// A method returning an element of its collection
    /// (`check::returned_elem`) pops the element's key and keeps it for
    /// its caller, which takes it (pushes it; `()` if none) right after
    /// the call.
    SetRetKey,
    TakeRetKey,
    /// `collect()` into what the checker found: pops the iterable, pushes
    /// the collection (a `Result`'s or `Option`'s stops at the first `Err`
    /// or `None`).
    Collect(Collect),
    /// `e.downcast_ref::<T>()`, `e.is::<T>()`, `e.downcast::<T>()` of a
    /// `Box<dyn Error>` (or `&dyn Error`): pops `e`, pushes whether its
    /// value is a `def` (`Option`, `bool` or `Result` by `how`).
    Downcast {
        def: DefId,
        how: DowncastHow,
    },
    /// `opt.unwrap_or_default()`, with the default of the `T` the checker
    /// found.
    UnwrapOrDefault(DefaultOf),
    /// Push `static` number `i` (the value itself: a `Mutex` in a static is
    /// one lock, whoever uses it) and jump to `done`; if it has no value
    /// yet, go on to its initializer.
    Static {
        i: u32,
        done: u32,
    },
    /// Keep the value on top as `static` number `i` (and leave it there).
    StaticInit(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CastTo {
    /// An integer type narrower than i64 (wraps like `as`), or i64.
    Int(IntTy),
    Float,
    Char,
}

/// How [`Op::FitInt`] fits a value to its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Two's-complement truncation (`wrapping_*`, `!`, `<<`, radix formats).
    Wrap,
    /// `Some(v)` out of range becomes `None` (`checked_*`).
    Checked,
    /// Clamped to the range (`saturating_*`).
    Saturate,
    /// Out of range panics: "attempt to negate with overflow".
    Negate,
    /// `Ok(v)` out of range becomes `Err(ParseIntError { kind: Pos/NegOverflow })`.
    Parse,
    /// `T::try_from(v)`: `Ok(v)` in range, else `Err(TryFromIntError(()))`.
    TryFrom,
}

/// Rust's integer types. Values are i64 in the VM; arithmetic on a value
/// whose type is known statically is checked against that type's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    I128,
    U128,
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
            "i64" | "isize" => IntTy::I64,
            "i128" => IntTy::I128,
            "u128" => IntTy::U128,
            "u8" => IntTy::U8,
            "u16" => IntTy::U16,
            "u32" => IntTy::U32,
            "u64" | "usize" => IntTy::U64,
            _ => return None,
        })
    }

    /// The type's range (`u128`'s top half is beyond the VM's integers).
    pub fn range128(self) -> (i128, i128) {
        match self {
            IntTy::I8 => (i8::MIN as i128, i8::MAX as i128),
            IntTy::I16 => (i16::MIN as i128, i16::MAX as i128),
            IntTy::I32 => (i32::MIN as i128, i32::MAX as i128),
            IntTy::I64 => (i64::MIN as i128, i64::MAX as i128),
            IntTy::I128 => (i128::MIN, i128::MAX),
            IntTy::U8 => (0, u8::MAX as i128),
            IntTy::U16 => (0, u16::MAX as i128),
            IntTy::U32 => (0, u32::MAX as i128),
            IntTy::U64 => (0, u64::MAX as i128),
            _ => (0, i128::MAX),
        }
    }

    /// The type's width in bits (`isize`/`usize` are 64 bits wide).
    pub fn bits(self) -> u32 {
        match self {
            IntTy::I8 | IntTy::U8 => 8,
            IntTy::I16 | IntTy::U16 => 16,
            IntTy::I32 | IntTy::U32 => 32,
            IntTy::I64 | IntTy::U64 => 64,
            IntTy::I128 | IntTy::U128 => 128,
        }
    }

    /// `value as Self`, on the VM's widest integer.
    pub fn wrap128(self, v: i128) -> i128 {
        match self {
            IntTy::I8 => v as i8 as i128,
            IntTy::I16 => v as i16 as i128,
            IntTy::I32 => v as i32 as i128,
            IntTy::I64 => v as i64 as i128,
            IntTy::U8 => v as u8 as i128,
            IntTy::U16 => v as u16 as i128,
            IntTy::U32 => v as u32 as i128,
            IntTy::U64 => v as u64 as i128,
            IntTy::I128 | IntTy::U128 => v,
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
    /// A lock's own value (a Tokio `Mutex`/`RwLock` or std `Mutex`), as
    /// `get_mut` reaches it without locking.
    LockData,
}

/// A compiled pattern, interpreted by the VM.
#[derive(Clone, Debug)]
pub enum CPat {
    Wild,
    Bind {
        slot: Slot,
        sub: Option<Box<CPat>>,
    },
    Lit(Value),
    Range {
        lo: Option<Value>,
        hi: Option<Value>,
        inclusive: bool,
    },
    Tuple(Vec<CPat>),
    /// Elements before and after a `..`, and the binding for the rest.
    Slice {
        before: Vec<CPat>,
        rest: Option<Option<Slot>>,
        after: Vec<CPat>,
    },
    /// An enum variant (or a struct, with variant 0) and its fields by index.
    Adt {
        def: DefId,
        variant: u32,
        fields: Vec<(u32, CPat)>,
        is_enum: bool,
    },
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
    /// Parameters taken by `&` (`&self`, `r: &Rc<T>`): their values are
    /// copies of the caller's, not owners (`Rc::strong_count`).
    pub borrowed_slots: Vec<Slot>,
    /// Temporaries holding a value a method call borrows for the rest of
    /// the statement: a copy the VM made of a place Rust only borrows
    /// (`root.borrow().children[0]`), or a value Rust owns there too (a
    /// call's result). `Rc::strong_count` cannot tell the two apart.
    pub borrow_temps: Vec<Slot>,
    pub is_async: bool,
    /// A closure that writes a variable it captures (`|x| { calls += 1; .. }`):
    /// how often it is called can be seen.
    pub writes_captures: bool,
    /// `#[track_caller]`, as std's `Index::index` and `IndexMut::index_mut`
    /// are (and so every impl of them): a panic inside reports the
    /// caller's location.
    pub track_caller: bool,
    pub span: Span,
}

/// A format string, compiled once.
#[derive(Clone, Debug)]
pub struct FmtEntry {
    pub pieces: Vec<crate::fmt::Piece>,
    pub span: Span,
}

/// The kinds of std values a user trait's impl can be for, as the VM tells
/// them apart (every integer type is one `Value::Int`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Foreign {
    Int,
    Float,
    Bool,
    Char,
    /// `str` (a `&str` value).
    Str,
    String,
    Vec,
    /// `[T]` and `[T; N]`.
    Slice,
}

/// What `#[tokio::main(..)]` says of its runtime.
#[derive(Clone, Copy, Debug, Default)]
pub struct MainRuntime {
    /// `start_paused = true`.
    pub paused: bool,
    /// A multi-thread flavor (the default), where `time::pause` panics.
    pub multi: bool,
    /// `flavor = "local"`: a `LocalRuntime`.
    pub local: bool,
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
    /// `names` resolved to builtin methods, index for index.
    pub method_names: Vec<MethodName>,
    /// User methods: (type, method name id) → function.
    pub methods: crate::map::SortedMap<(DefId, u32), FuncId>,
    /// The definitions of std types with user trait impls (`impl Describe
    /// for i32`): `UserMethod` dispatches their values through them.
    pub foreign: Vec<(Foreign, DefId)>,
    /// Hand-written `impl Display` (false) / `impl Debug` (true): (type,
    /// which, its `fmt`). Called with the value and an empty `String` for
    /// the `Formatter`, it returns `(fmt::Result, the text written)`.
    pub user_fmt: Vec<(DefId, bool, FuncId)>,
    /// Hand-written `impl Future`: (type, its `poll`). Awaiting a value of
    /// the type polls it by calling `poll` with the value and a `Context`;
    /// `poll` returns `(Poll<T>, self, cx)`.
    pub user_futures: Vec<(DefId, FuncId)>,
    /// Hand-written `impl Stream`: (type, its `poll_next`), called as a
    /// future's `poll` is; `poll_next` returns `(Poll<Option<T>>, self, cx)`.
    pub user_streams: Vec<(DefId, FuncId)>,
    /// Hand-written `impl Iterator`: (type, its `next`). A value of the
    /// type made an iterator (`for`, an adapter) advances by calling
    /// `next`, which returns `(Option<Item>, self)`.
    pub user_iters: Vec<(DefId, FuncId)>,
    /// Hand-written `impl Deref`: (type, its `deref`), called where a
    /// field, a method of `Target` or `*` needs what it points at (a
    /// copy: writes through a user `DerefMut` are not supported yet).
    pub user_derefs: Vec<(DefId, FuncId)>,
    /// Hand-written `impl PartialEq` (of a type with itself): (type, its
    /// `eq`). `==`, `!=` and `assert_eq!` call it for values of the type,
    /// also inside tuples, vectors and derived impls.
    pub user_eqs: Vec<(DefId, FuncId)>,
    /// Hand-written `impl Clone`: (type, its `clone`). A derived or std
    /// clone of a value holding one (`Vec<T>`, `Option<T>`, a derived
    /// struct's field) calls it for each such value inside.
    pub user_clones: Vec<(DefId, FuncId)>,
    /// Hand-written `impl Ord` (its `cmp`, false) and `impl PartialOrd`
    /// (its `partial_cmp`, true): (type, its function, which). Comparisons,
    /// sorts, `max`/`min` and `binary_search` call them for values of the
    /// type, also inside tuples, vectors and derived impls.
    pub user_ords: Vec<(DefId, FuncId, bool)>,
    /// `impl ArcWake` (futures): (type, is `wake` rather than
    /// `wake_by_ref`, the function). A waker made by `futures::task::waker`
    /// calls them (`exec/prim/future.rs`).
    pub arc_wakes: Vec<(DefId, bool, FuncId)>,
    /// `impl Drop` blocks: (type, its `drop`). A value of such a type
    /// carries a `value::DropToken` from its construction.
    pub user_drop: Vec<(DefId, FuncId)>,
    /// Messages of `Unsupported` ops.
    pub unsupported: Vec<String>,
    /// Closures whose body is a place of their parameter, by function: what
    /// a guard's `map` keeps (`exec/prim/mapped.rs`).
    pub lenses: Vec<(FuncId, crate::value::Lens)>,
    pub main: FuncId,
    /// `main` runs on a Tokio runtime (`#[tokio::main] async fn main`); a
    /// plain `fn main` has none, and what needs one panics as Tokio does.
    pub runtime: bool,
    /// A trampoline `fn(fut) { fut.await }` that roots every task and every
    /// `join!` branch.
    pub root: FuncId,
    /// The `select!`s of the program.
    pub selects: Vec<SelectInfo>,
    /// `Error: {:?}`, printed when a `main` returning a `Result` returns
    /// an `Err`.
    pub main_err_fmt: Option<u32>,
    /// `#[tokio::main]`'s runtime.
    pub main_rt: MainRuntime,
    pub source: String,
    /// How many `static` items the program has.
    pub statics: u32,
}

pub use crate::value::{Closure, FutureState, IterState};

/// One `select!`: whether it is `biased`, and each branch's pattern
/// (`Program::pats`), which the output must match for the branch to win.
#[derive(Clone, Debug, Default)]
pub struct SelectInfo {
    pub biased: bool,
    pub pats: Vec<u32>,
    /// Each branch's span, from its pattern to its handler.
    pub spans: Vec<Span>,
}

/// A builtin method's name, resolved once per interned name so the VM
/// dispatches on a byte instead of comparing strings.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub enum MethodName {
    Abort,
    Abs,
    All,
    AndThen,
    Any,
    Append,
    AsMicros,
    AsMillis,
    AsNanos,
    AsRef,
    AsSecs,
    AsSecsF32,
    AsSecsF64,
    AsStr,
    Await,
    BlockingLock,
    Borrow,
    Capacity,
    Ceil,
    Chain,
    Chars,
    CheckedAdd,
    CheckedDiv,
    CheckedMul,
    CheckedSub,
    Clear,
    Clone,
    Cloned,
    Collect,
    Contains,
    ContainsKey,
    Copied,
    Count,
    Dedup,
    Deref,
    Drain,
    DurationSince,
    Elapsed,
    EndsWith,
    Enumerate,
    Err,
    Expect,
    ExpectErr,
    Extend,
    Fill,
    Filter,
    Find,
    First,
    Floor,
    ForEach,
    Get,
    GetOrInsert,
    Insert,
    Into,
    IntoBytes,
    IntoInner,
    IntoIter,
    IsAlphabetic,
    IsAsciiDigit,
    IsClosed,
    IsEmpty,
    IsErr,
    IsFinished,
    IsNegative,
    IsNone,
    IsNumeric,
    IsOk,
    IsPositive,
    IsSome,
    Iter,
    Join,
    Keys,
    Last,
    Len,
    Lines,
    Lock,
    Map,
    MapErr,
    Max,
    MaxByKey,
    MaxCapacity,
    Min,
    MinByKey,
    Next,
    Nth,
    Ok,
    Parse,
    Pop,
    PopBack,
    PopFront,
    Position,
    Pow,
    Push,
    PushBack,
    PushFront,
    PushStr,
    ReceiverCount,
    Recv,
    RemEuclid,
    Remove,
    Repeat,
    Replace,
    Resize,
    Rev,
    Reverse,
    Round,
    SaturatingAdd,
    SaturatingSub,
    Send,
    SenderStrongCount,
    Signum,
    Skip,
    Sort,
    SortUnstable,
    Split,
    SplitWhitespace,
    Sqrt,
    StartsWith,
    StepBy,
    Subscribe,
    SubsecMillis,
    Sum,
    Swap,
    Take,
    Then,
    ToDigit,
    ToLowercase,
    ToOwned,
    ToString,
    ToUppercase,
    Trim,
    Truncate,
    TryLock,
    TryRecv,
    TrySend,
    Unwrap,
    UnwrapErr,
    UnwrapOr,
    UnwrapOrDefault,
    UnwrapOrElse,
    Values,
    WrappingAdd,
    Zip,
    FilterMap,
    Fold,
    FindMap,
    TakeWhile,
    SkipWhile,
    Inspect,
    FlatMap,
    Flatten,
    Partition,
    MapOr,
    OrElse,
    OkOrElse,
    IsSomeAnd,
    IsNoneOr,
    IsOkAnd,
    IsErrAnd,
    Retain,
    SortByKey,
    SortBy,
    Cmp,
    OkOr,
    Product,
    SplitOnce,
    RsplitOnce,
    CharIndices,
    Windows,
    Chunks,
    ToVec,
    BinarySearch,
    AsDeref,
    Peekable,
    Peek,
    ThenWith,
    IsLt,
    IsGt,
    IsLe,
    IsGe,
    IsEq,
    IsNe,
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
    IsSubset,
    IsSuperset,
    IsDisjoint,
    MaxBy,
    MinBy,
    PartialCmp,
    TotalCmp,
    Concat,
    IsAlphanumeric,
    IsWhitespace,
    IsUppercase,
    IsLowercase,
    IsAscii,
    IsAsciiAlphabetic,
    IsAsciiAlphanumeric,
    IsAsciiUppercase,
    IsAsciiLowercase,
    IsAsciiPunctuation,
    IsAsciiWhitespace,
    ToAsciiUppercase,
    ToAsciiLowercase,
    InsertStr,
    Cycle,
    Scan,
    MapWhile,
    Fuse,
    SortUnstableBy,
    SortUnstableByKey,
    SplitOff,
    DedupByKey,
    DedupBy,
    RetainMut,
    FirstKeyValue,
    LastKeyValue,
    PopFirst,
    PopLast,
    Range,
    TrimStart,
    TrimEnd,
    AsBytes,
    Splitn,
    Rsplit,
    Rfind,
    StripPrefix,
    StripSuffix,
    IsDigit,
    LenUtf8,
    ThenSome,
    SplitAt,
    AsSlice,
    And,
    Or,
    Xor,
    ByRef,
    SubsecNanos,
    SubsecMicros,
    IsZero,
    RotateLeft,
    RotateRight,
    SwapRemove,
    ExtendFromSlice,
    FromStrRadix,
    Rposition,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    MulF64,
    DivF64,
    MakeAsciiUppercase,
    MakeAsciiLowercase,
    /// The index of `min_by_key`'s (`max_by_key`'s) pick: how the compiler
    /// finds the element `iter_mut().min_by_key(f)` lends.
    PositionMinByKey,
    PositionMaxByKey,
    TrimStartMatches,
    TrimEndMatches,
    TrimMatches,
    /// `sum::<f32>()` / `product::<f32>()`: each step rounded to `f32`.
    SumF32,
    ProductF32,
    /// `sum::<f64>()` / `product::<f64>()`: `-0.0` (`1.0`) when empty.
    SumF64,
    ProductF64,
    Transpose,
    NextBack,
    SplitTerminator,
    Matches,
    /// `stream.try_next()`: found through the stream's handle.
    TryNext,
    /// `stream.timeout(d)`, `stream.timeout_repeating(i)`: the same.
    Timeout,
    TimeoutRepeating,
    NextIf,
    NextIfEq,
    SortByCachedKey,
    /// `a.merge(b)` of two streams: found through the stream's handle.
    Merge,
    /// `stream.chunks_timeout(n, d)`: the same.
    ChunksTimeout,
    /// `it.reduce(f)`: `fold` from the first item.
    Reduce,
    /// `v.is_sorted()` of a slice.
    IsSorted,
    /// `it.try_fold(init, f)` and `it.try_for_each(f)`, with a last
    /// argument the compiler adds: true when `f` gives `Option`s.
    TryFold,
    TryForEach,
    /// `s.rsplitn(n, pat)` and `s.replacen(pat, to, n)` of text.
    Rsplitn,
    Replacen,
    /// `o.map_or_else(default, f)` of an `Option` or `Result`.
    MapOrElse,
    /// Not a builtin method.
    Other,
}

/// The names of [`MethodName`]'s variants, in order, separated by spaces.
const METHOD_NAMES: &str = "abort abs all and_then any append as_micros as_millis as_nanos as_ref as_secs as_secs_f32 \
    as_secs_f64 as_str await blocking_lock borrow capacity ceil chain chars checked_add \
    checked_div checked_mul checked_sub clear clone cloned collect contains contains_key copied \
    count dedup deref drain duration_since elapsed ends_with enumerate err expect expect_err \
    extend fill filter find first floor for_each get get_or_insert insert into into_bytes \
    into_inner into_iter is_alphabetic is_ascii_digit is_closed is_empty is_err is_finished \
    is_negative is_none is_numeric is_ok is_positive is_some iter join keys last len lines lock \
    map map_err max max_by_key max_capacity min min_by_key next nth ok parse pop pop_back \
    pop_front position pow push push_back push_front push_str receiver_count recv rem_euclid \
    remove repeat replace resize rev reverse round saturating_add saturating_sub send \
    sender_strong_count signum skip sort sort_unstable split split_whitespace sqrt starts_with \
    step_by subscribe subsec_millis sum swap take then to_digit to_lowercase to_owned to_string \
    to_uppercase trim truncate try_lock try_recv try_send unwrap unwrap_err unwrap_or \
    unwrap_or_default unwrap_or_else values wrapping_add zip filter_map fold find_map take_while \
    skip_while inspect flat_map flatten partition map_or or_else ok_or_else is_some_and is_none_or \
    is_ok_and is_err_and retain sort_by_key sort_by cmp ok_or product split_once rsplit_once \
    char_indices windows chunks to_vec binary_search as_deref peekable peek \
    then_with is_lt is_gt is_le is_ge is_eq is_ne union intersection difference symmetric_difference \
    is_subset is_superset is_disjoint max_by min_by partial_cmp total_cmp concat is_alphanumeric is_whitespace is_uppercase is_lowercase is_ascii is_ascii_alphabetic is_ascii_alphanumeric is_ascii_uppercase is_ascii_lowercase is_ascii_punctuation is_ascii_whitespace to_ascii_uppercase to_ascii_lowercase insert_str cycle scan map_while fuse sort_unstable_by sort_unstable_by_key split_off dedup_by_key dedup_by retain_mut first_key_value last_key_value pop_first pop_last range trim_start trim_end as_bytes splitn rsplit rfind strip_prefix strip_suffix is_digit len_utf8 then_some split_at as_slice and or xor by_ref subsec_nanos subsec_micros is_zero rotate_left rotate_right swap_remove extend_from_slice from_str_radix rposition eq ne lt le gt ge mul_f64 div_f64 make_ascii_uppercase make_ascii_lowercase position_min_by_key position_max_by_key trim_start_matches trim_end_matches trim_matches sum_f32 product_f32 sum_f64 product_f64 transpose next_back split_terminator matches try_next timeout timeout_repeating next_if next_if_eq sort_by_cached_key merge chunks_timeout reduce is_sorted try_fold try_for_each rsplitn replacen map_or_else";

impl MethodName {
    /// The builtin method called `name`, or `Other`.
    pub fn of(name: &str) -> MethodName {
        use MethodName::*;
        // `VecDeque`'s ends, which a `Vec` at run time calls `first`/`last`.
        let name = match name {
            "front" => "first",
            "back" => "last",
            n => n,
        };
        match METHOD_NAMES.split(' ').position(|n| n == name) {
            Some(0) => Abort,
            Some(1) => Abs,
            Some(2) => All,
            Some(3) => AndThen,
            Some(4) => Any,
            Some(5) => Append,
            Some(6) => AsMicros,
            Some(7) => AsMillis,
            Some(8) => AsNanos,
            Some(9) => AsRef,
            Some(10) => AsSecs,
            Some(11) => AsSecsF32,
            Some(12) => AsSecsF64,
            Some(13) => AsStr,
            Some(14) => Await,
            Some(15) => BlockingLock,
            Some(16) => Borrow,
            Some(17) => Capacity,
            Some(18) => Ceil,
            Some(19) => Chain,
            Some(20) => Chars,
            Some(21) => CheckedAdd,
            Some(22) => CheckedDiv,
            Some(23) => CheckedMul,
            Some(24) => CheckedSub,
            Some(25) => Clear,
            Some(26) => Clone,
            Some(27) => Cloned,
            Some(28) => Collect,
            Some(29) => Contains,
            Some(30) => ContainsKey,
            Some(31) => Copied,
            Some(32) => Count,
            Some(33) => Dedup,
            Some(34) => Deref,
            Some(35) => Drain,
            Some(36) => DurationSince,
            Some(37) => Elapsed,
            Some(38) => EndsWith,
            Some(39) => Enumerate,
            Some(40) => Err,
            Some(41) => Expect,
            Some(42) => ExpectErr,
            Some(43) => Extend,
            Some(44) => Fill,
            Some(45) => Filter,
            Some(46) => Find,
            Some(47) => First,
            Some(48) => Floor,
            Some(49) => ForEach,
            Some(50) => Get,
            Some(51) => GetOrInsert,
            Some(52) => Insert,
            Some(53) => Into,
            Some(54) => IntoBytes,
            Some(55) => IntoInner,
            Some(56) => IntoIter,
            Some(57) => IsAlphabetic,
            Some(58) => IsAsciiDigit,
            Some(59) => IsClosed,
            Some(60) => IsEmpty,
            Some(61) => IsErr,
            Some(62) => IsFinished,
            Some(63) => IsNegative,
            Some(64) => IsNone,
            Some(65) => IsNumeric,
            Some(66) => IsOk,
            Some(67) => IsPositive,
            Some(68) => IsSome,
            Some(69) => Iter,
            Some(70) => Join,
            Some(71) => Keys,
            Some(72) => Last,
            Some(73) => Len,
            Some(74) => Lines,
            Some(75) => Lock,
            Some(76) => Map,
            Some(77) => MapErr,
            Some(78) => Max,
            Some(79) => MaxByKey,
            Some(80) => MaxCapacity,
            Some(81) => Min,
            Some(82) => MinByKey,
            Some(83) => Next,
            Some(84) => Nth,
            Some(85) => Ok,
            Some(86) => Parse,
            Some(87) => Pop,
            Some(88) => PopBack,
            Some(89) => PopFront,
            Some(90) => Position,
            Some(91) => Pow,
            Some(92) => Push,
            Some(93) => PushBack,
            Some(94) => PushFront,
            Some(95) => PushStr,
            Some(96) => ReceiverCount,
            Some(97) => Recv,
            Some(98) => RemEuclid,
            Some(99) => Remove,
            Some(100) => Repeat,
            Some(101) => Replace,
            Some(102) => Resize,
            Some(103) => Rev,
            Some(104) => Reverse,
            Some(105) => Round,
            Some(106) => SaturatingAdd,
            Some(107) => SaturatingSub,
            Some(108) => Send,
            Some(109) => SenderStrongCount,
            Some(110) => Signum,
            Some(111) => Skip,
            Some(112) => Sort,
            Some(113) => SortUnstable,
            Some(114) => Split,
            Some(115) => SplitWhitespace,
            Some(116) => Sqrt,
            Some(117) => StartsWith,
            Some(118) => StepBy,
            Some(119) => Subscribe,
            Some(120) => SubsecMillis,
            Some(121) => Sum,
            Some(122) => Swap,
            Some(123) => Take,
            Some(124) => Then,
            Some(125) => ToDigit,
            Some(126) => ToLowercase,
            Some(127) => ToOwned,
            Some(128) => ToString,
            Some(129) => ToUppercase,
            Some(130) => Trim,
            Some(131) => Truncate,
            Some(132) => TryLock,
            Some(133) => TryRecv,
            Some(134) => TrySend,
            Some(135) => Unwrap,
            Some(136) => UnwrapErr,
            Some(137) => UnwrapOr,
            Some(138) => UnwrapOrDefault,
            Some(139) => UnwrapOrElse,
            Some(140) => Values,
            Some(141) => WrappingAdd,
            Some(142) => Zip,
            Some(143) => FilterMap,
            Some(144) => Fold,
            Some(145) => FindMap,
            Some(146) => TakeWhile,
            Some(147) => SkipWhile,
            Some(148) => Inspect,
            Some(149) => FlatMap,
            Some(150) => Flatten,
            Some(151) => Partition,
            Some(152) => MapOr,
            Some(153) => OrElse,
            Some(154) => OkOrElse,
            Some(155) => IsSomeAnd,
            Some(156) => IsNoneOr,
            Some(157) => IsOkAnd,
            Some(158) => IsErrAnd,
            Some(159) => Retain,
            Some(160) => SortByKey,
            Some(161) => SortBy,
            Some(162) => Cmp,
            Some(163) => OkOr,
            Some(164) => Product,
            Some(165) => SplitOnce,
            Some(166) => RsplitOnce,
            Some(167) => CharIndices,
            Some(168) => Windows,
            Some(169) => Chunks,
            Some(170) => ToVec,
            Some(171) => BinarySearch,
            Some(172) => AsDeref,
            Some(173) => Peekable,
            Some(174) => Peek,
            Some(175) => ThenWith,
            Some(176) => IsLt,
            Some(177) => IsGt,
            Some(178) => IsLe,
            Some(179) => IsGe,
            Some(180) => IsEq,
            Some(181) => IsNe,
            Some(182) => Union,
            Some(183) => Intersection,
            Some(184) => Difference,
            Some(185) => SymmetricDifference,
            Some(186) => IsSubset,
            Some(187) => IsSuperset,
            Some(188) => IsDisjoint,
            Some(189) => MaxBy,
            Some(190) => MinBy,
            Some(191) => PartialCmp,
            Some(192) => TotalCmp,
            Some(193) => Concat,
            Some(194) => IsAlphanumeric,
            Some(195) => IsWhitespace,
            Some(196) => IsUppercase,
            Some(197) => IsLowercase,
            Some(198) => IsAscii,
            Some(199) => IsAsciiAlphabetic,
            Some(200) => IsAsciiAlphanumeric,
            Some(201) => IsAsciiUppercase,
            Some(202) => IsAsciiLowercase,
            Some(203) => IsAsciiPunctuation,
            Some(204) => IsAsciiWhitespace,
            Some(205) => ToAsciiUppercase,
            Some(206) => ToAsciiLowercase,
            Some(207) => InsertStr,
            Some(208) => Cycle,
            Some(209) => Scan,
            Some(210) => MapWhile,
            Some(211) => Fuse,
            Some(212) => SortUnstableBy,
            Some(213) => SortUnstableByKey,
            Some(214) => SplitOff,
            Some(215) => DedupByKey,
            Some(216) => DedupBy,
            Some(217) => RetainMut,
            Some(218) => FirstKeyValue,
            Some(219) => LastKeyValue,
            Some(220) => PopFirst,
            Some(221) => PopLast,
            Some(222) => Range,
            Some(223) => TrimStart,
            Some(224) => TrimEnd,
            Some(225) => AsBytes,
            Some(226) => Splitn,
            Some(227) => Rsplit,
            Some(228) => Rfind,
            Some(229) => StripPrefix,
            Some(230) => StripSuffix,
            Some(231) => IsDigit,
            Some(232) => LenUtf8,
            Some(233) => ThenSome,
            Some(234) => SplitAt,
            Some(235) => AsSlice,
            Some(236) => And,
            Some(237) => Or,
            Some(238) => Xor,
            Some(239) => ByRef,
            Some(240) => SubsecNanos,
            Some(241) => SubsecMicros,
            Some(242) => IsZero,
            Some(243) => RotateLeft,
            Some(244) => RotateRight,
            Some(245) => SwapRemove,
            Some(246) => ExtendFromSlice,
            Some(247) => FromStrRadix,
            Some(248) => Rposition,
            Some(249) => Eq,
            Some(250) => Ne,
            Some(251) => Lt,
            Some(252) => Le,
            Some(253) => Gt,
            Some(254) => Ge,
            Some(255) => MulF64,
            Some(256) => DivF64,
            Some(257) => MakeAsciiUppercase,
            Some(258) => MakeAsciiLowercase,
            Some(259) => PositionMinByKey,
            Some(260) => PositionMaxByKey,
            Some(261) => TrimStartMatches,
            Some(262) => TrimEndMatches,
            Some(263) => TrimMatches,
            Some(264) => SumF32,
            Some(265) => ProductF32,
            Some(266) => SumF64,
            Some(267) => ProductF64,
            Some(268) => Transpose,
            Some(269) => NextBack,
            Some(270) => SplitTerminator,
            Some(271) => Matches,
            Some(272) => TryNext,
            Some(273) => Timeout,
            Some(274) => TimeoutRepeating,
            Some(275) => NextIf,
            Some(276) => NextIfEq,
            Some(277) => SortByCachedKey,
            Some(278) => Merge,
            Some(279) => ChunksTimeout,
            Some(280) => Reduce,
            Some(281) => IsSorted,
            Some(282) => TryFold,
            Some(283) => TryForEach,
            Some(284) => Rsplitn,
            Some(285) => Replacen,
            Some(286) => MapOrElse,
            _ => Other,
        }
    }

    /// A builtin method the VM implements (others are reported).
    pub fn is_known(self) -> bool {
        !matches!(self, MethodName::Other | MethodName::Append | MethodName::IntoBytes)
    }

    /// A builtin method that mutates its receiver in place.
    pub fn is_mutating(self) -> bool {
        use MethodName::*;
        matches!(
            self,
            Clear
                | Dedup
                | Drain
                | Extend
                | Fill
                | GetOrInsert
                | Insert
                | Pop
                | PopBack
                | PopFront
                | Push
                | PushBack
                | PushFront
                | PushStr
                | InsertStr
                | Remove
                | Replace
                | Resize
                | Reverse
                | Sort
                | SortUnstable
                | Swap
                | Take
                | Truncate
                | Retain
                | SortByKey
                | SortByCachedKey
                | SortBy
                | SortUnstableBy
                | SortUnstableByKey
                | SplitOff
                | DedupByKey
                | DedupBy
                | RetainMut
                | PopFirst
                | PopLast
                | RotateLeft
                | RotateRight
                | MakeAsciiUppercase
                | MakeAsciiLowercase
                | ByRef
                | SwapRemove
                | ExtendFromSlice
        )
    }

    /// A builtin method that takes its receiver by value.
    pub fn is_consuming(self) -> bool {
        use MethodName::*;
        matches!(
            self,
            Err | Expect
                | ExpectErr
                | Into
                | IntoBytes
                | IntoInner
                | IntoIter
                | Ok
                | Unwrap
                | UnwrapErr
                | UnwrapOr
                | UnwrapOrDefault
                | UnwrapOrElse
                | Map
                | MapErr
                | AndThen
                | OrElse
                | OkOrElse
                | OkOr
                | MapOr
                | FilterMap
                | Fold
                | ForEach
                | TakeWhile
                | SkipWhile
                | Inspect
                | FlatMap
                | Flatten
                | Partition
                | IsSomeAnd
                | IsNoneOr
                | IsOkAnd
                | IsErrAnd
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{METHOD_NAMES, MethodName};

    #[test]
    fn method_names_resolve_to_the_variant_of_that_name() {
        for name in METHOD_NAMES.split(' ') {
            let camel: String = name.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect();
            assert_eq!(format!("{:?}", MethodName::of(name)), camel);
        }
        assert_eq!(MethodName::of("frobnicate"), MethodName::Other);
        assert_eq!(MethodName::of(""), MethodName::Other);
        assert!(MethodName::of("take").is_mutating() && MethodName::of("take").is_known());
        assert!(!MethodName::of("append").is_known() && MethodName::of("into_bytes").is_consuming());
    }
}
