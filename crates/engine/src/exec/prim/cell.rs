//! `std::rc::Rc`'s counts and `std::cell`'s `RefCell` and `Cell`, for
//! single-task code. A cell is the runtime's object (in `World::cells`), so
//! every `Rc` clone of it is the same cell and a write through one is seen
//! through the others. A `RefCell` counts its borrows as std's does: `Ref`
//! and `RefMut` are guards (handles) that deref to the value and give their
//! borrow back when they die; a conflicting `borrow`/`borrow_mut` panics
//! with std's message at the method's name (`#[track_caller]`).
//! `Rc<T>` itself is a `Value::Arc`: its strong count is the allocation's.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$CELL",
    decl: DECL,
    natives: &[
        Native { path: "std::cell::RefCell::new", f: new },
        Native { path: "std::cell::RefCell::borrow", f: borrow },
        Native { path: "std::cell::RefCell::borrow_mut", f: borrow_mut },
        Native { path: "std::cell::RefCell::try_borrow", f: try_borrow },
        Native { path: "std::cell::RefCell::try_borrow_mut", f: try_borrow_mut },
        Native { path: "std::cell::RefCell::into_inner", f: into_inner },
        Native { path: "std::cell::RefCell::replace", f: replace },
        Native { path: "std::cell::RefCell::take", f: refcell_take },
        Native { path: "std::cell::Cell::new", f: new_cell },
        Native { path: "std::cell::Cell::get", f: get },
        Native { path: "std::cell::Cell::set", f: set },
        Native { path: "std::cell::Cell::replace", f: cell_replace },
        Native { path: "std::cell::Cell::take", f: cell_take },
        Native { path: "std::cell::Cell::into_inner", f: into_inner },
        Native { path: "std::rc::Rc::strong_count", f: strong_count },
        Native { path: "std::rc::Rc::weak_count", f: weak_count },
        Native { path: "std::rc::Rc::downgrade", f: downgrade },
        Native { path: "std::rc::Weak::new", f: weak_new },
        Native { path: "std::rc::Weak::upgrade", f: upgrade },
        Native { path: "std::rc::Weak::strong_count", f: weak_strong_count },
        Native { path: "std::rc::Weak::weak_count", f: weak_weak_count },
        Native { path: "std::sync::Arc::weak_count", f: weak_count },
        Native { path: "std::sync::Arc::downgrade", f: downgrade },
        Native { path: "std::sync::Weak::new", f: weak_new },
        Native { path: "std::sync::Weak::upgrade", f: upgrade },
        Native { path: "std::sync::Weak::strong_count", f: weak_strong_count },
        Native { path: "std::sync::Weak::weak_count", f: weak_weak_count },
        Native { path: "std::rc::Rc::try_unwrap", f: try_unwrap },
        // An `Arc` is an `Rc` at run time (one thread).
        Native { path: "std::sync::Arc::strong_count", f: strong_count },
        Native { path: "std::sync::Arc::try_unwrap", f: try_unwrap },
        Native { path: "std::sync::Arc::into_inner", f: into_inner_rc },
    ],
    kinds: &[
        (HandleKind::RefCell, "std::cell::RefCell"),
        (HandleKind::RefCellRef, "std::cell::Ref"),
        (HandleKind::RefCellRefMut, "std::cell::RefMut"),
        (HandleKind::Cell, "std::cell::Cell"),
        (HandleKind::MutRef, "&mut"),
        (HandleKind::MutRefOwner, "&mut"),
    ],
    on_drop,
    debug,
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
    pub mod rc {
        #[derive(Debug, Display, PartialEq, PartialOrd, Hash, Default)]
        #[complete]
        pub struct Rc<T>;
        impl<T> Rc<T> {
            pub fn new(value: T) -> Rc<T>;
            pub fn clone(&self) -> Rc<T>;
            pub fn strong_count(this: &Rc<T>) -> usize;
            pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool;
            pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>>;
            pub fn downgrade(this: &Rc<T>) -> Weak<T>;
            pub fn weak_count(this: &Rc<T>) -> usize;
        }
        impl<T> Deref for Rc<T> { type Target = T; }
        impl<T> !Send for Rc<T> {}
        impl<T> !Sync for Rc<T> {}
        #[derive(Debug, Default)]
        pub struct Weak<T>;
        impl<T> Weak<T> {
            pub fn new() -> Weak<T>;
            pub fn clone(&self) -> Weak<T>;
            pub fn upgrade(&self) -> Option<Rc<T>>;
            pub fn strong_count(&self) -> usize;
            pub fn weak_count(&self) -> usize;
        }
        impl<T> !Send for Weak<T> {}
        impl<T> !Sync for Weak<T> {}
    }
    pub mod cell {
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct RefCell<T>;
        impl<T> RefCell<T> {
            pub fn new(value: T) -> RefCell<T>;
            pub fn borrow(&self) -> Ref<T>;
            pub fn borrow_mut(&self) -> RefMut<T>;
            pub fn try_borrow(&self) -> Result<Ref<T>, BorrowError>;
            pub fn try_borrow_mut(&self) -> Result<RefMut<T>, BorrowMutError>;
            pub fn into_inner(self) -> T;
            pub fn replace(&self, t: T) -> T;
            pub fn take(&self) -> T;
        }
        impl<T> !Sync for RefCell<T> {}
        #[derive(Debug, Display)]
        pub struct Ref<T>;
        impl<T> Deref for Ref<T> { type Target = T; }
        impl<T> !Send for Ref<T> {}
        #[derive(Debug, Display)]
        pub struct RefMut<T>;
        impl<T> Deref for RefMut<T> { type Target = T; }
        impl<T> DerefMut for RefMut<T> {}
        impl<T> !Send for RefMut<T> {}
        #[derive(Debug, Display)]
        pub struct BorrowError;
        #[derive(Debug, Display)]
        pub struct BorrowMutError;
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct Cell<T>;
        impl<T> Cell<T> {
            pub fn new(value: T) -> Cell<T>;
            pub fn get(&self) -> T;
            pub fn set(&self, val: T);
            pub fn replace(&self, val: T) -> T;
            pub fn take(&self) -> T;
            pub fn into_inner(self) -> T;
        }
        impl<T> !Sync for Cell<T> {}
        #[derive(Debug, Default)]
        pub struct OnceCell<T>;
        impl<T> OnceCell<T> {
            pub const fn new() -> OnceCell<T>;
            pub fn default() -> OnceCell<T>;
            pub fn get(&self) -> Option<&T>;
            pub fn set(&self, value: T) -> Result<(), T>;
            pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T;
            pub fn into_inner(self) -> Option<T>;
            pub fn take(&mut self) -> Option<T>;
        }
        impl<T> !Sync for OnceCell<T> {}
    }
"#;

use crate::rt::CellObj;

fn create(vm: &mut Vm, kind: HandleKind, v: Value) -> Value {
    let id = vm.w.cells.len() as u32;
    vm.w.cells.push(CellObj { value: v, borrows: 0 });
    handle(kind, id, &vm.w)
}

fn new(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = arg(a);
    Ok(create(vm, HandleKind::RefCell, v))
}

fn new_cell(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = arg(a);
    Ok(create(vm, HandleKind::Cell, v))
}

fn cell<'a>(vm: &'a mut Vm, a: &mut Args) -> R<&'a mut CellObj> {
    let h = receiver(vm, a)?;
    match vm.w.cells.get_mut(h.id as usize) {
        Some(c) => Ok(c),
        None => panic("internal error: a dangling cell"),
    }
}

/// A shared borrow, or why not.
fn try_shared(vm: &mut Vm, a: &mut Args) -> R<Option<Value>> {
    let h = receiver(vm, a)?;
    let Some(c) = vm.w.cells.get_mut(h.id as usize) else { return panic("internal error: a dangling cell") };
    if c.borrows < 0 {
        return Ok(None);
    }
    c.borrows += 1;
    Ok(Some(handle(HandleKind::RefCellRef, h.id, &vm.w)))
}

/// A mutable borrow, or why not.
fn try_unique(vm: &mut Vm, a: &mut Args) -> R<Option<Value>> {
    let h = receiver(vm, a)?;
    let Some(c) = vm.w.cells.get_mut(h.id as usize) else { return panic("internal error: a dangling cell") };
    if c.borrows != 0 {
        return Ok(None);
    }
    c.borrows = -1;
    Ok(Some(handle(HandleKind::RefCellRefMut, h.id, &vm.w)))
}

pub(super) fn borrow(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match try_shared(vm, a)? {
        Some(g) => Ok(g),
        None => panic("RefCell already mutably borrowed"),
    }
}

pub(super) fn borrow_mut(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match try_unique(vm, a)? {
        Some(g) => Ok(g),
        None => panic("RefCell already borrowed"),
    }
}

fn try_borrow(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(match try_shared(vm, a)? {
        Some(g) => Value::ok(g),
        None => Value::err(Value::Struct(Rc::new(Adt::new(builtin::BORROW_ERROR, 0, vec![])))),
    })
}

fn try_borrow_mut(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(match try_unique(vm, a)? {
        Some(g) => Value::ok(g),
        None => Value::err(Value::Struct(Rc::new(Adt::new(builtin::BORROW_MUT_ERROR, 0, vec![])))),
    })
}

/// `into_inner(self)`: the value; the cell (its last owner) is gone.
fn into_inner(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = cell(vm, a)?;
    Ok(std::mem::replace(&mut c.value, Value::Unit))
}

/// `RefCell::replace`: a `borrow_mut` for the moment of the swap.
pub(super) fn replace(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = cell(vm, a)?;
    if c.borrows != 0 {
        return panic("RefCell already borrowed");
    }
    let v = arg(a);
    Ok(std::mem::replace(&mut c.value, v))
}

/// `RefCell::take`: `replace(Default::default())`.
pub(super) fn refcell_take(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some(c) = vm.w.cells.get(h.id as usize) else { return panic("internal error: a dangling cell") };
    if c.borrows != 0 {
        return panic("RefCell already borrowed");
    }
    let Some(d) = default_like(&c.value) else {
        return vm.unsupported_stop(span, "`RefCell::take` of this type is not supported yet".into());
    };
    let c = &mut vm.w.cells[h.id as usize];
    Ok(std::mem::replace(&mut c.value, d))
}

pub(super) fn get(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(cell(vm, a)?.value.clone())
}

fn set(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let Some(c) = vm.w.cells.get_mut(h.id as usize) else { return panic("internal error: a dangling cell") };
    let old = std::mem::replace(&mut c.value, v);
    drop(old);
    Ok(Value::Unit)
}

fn cell_replace(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let v = arg(a);
    let Some(c) = vm.w.cells.get_mut(h.id as usize) else { return panic("internal error: a dangling cell") };
    Ok(std::mem::replace(&mut c.value, v))
}

fn cell_take(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some(c) = vm.w.cells.get(h.id as usize) else { return panic("internal error: a dangling cell") };
    let Some(d) = default_like(&c.value) else {
        return vm.unsupported_stop(span, "`Cell::take` of this type is not supported yet".into());
    };
    let c = &mut vm.w.cells[h.id as usize];
    Ok(std::mem::replace(&mut c.value, d))
}

/// `Default::default()` of the type of `v`, where the value tells it.
fn default_like(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Int(_) | Value::Wide(_) => Value::Int(0),
        Value::Bool(_) => Value::Bool(false),
        Value::Float(_) => Value::Float(0.0),
        Value::Char(_) => Value::Char('\0'),
        Value::Unit => Value::Unit,
        Value::String(_) => Value::string(String::new()),
        Value::Vec(_) => Value::Vec(Rc::new(Vec::new())),
        Value::Map(_) => Value::Map(Rc::new(Vec::new())),
        Value::Set(_) => Value::Set(Rc::new(Vec::new())),
        Value::Enum(e) if e.def == builtin::OPTION => Value::none(),
        _ => return None,
    })
}

/// `Rc::strong_count(&rc)`: the `Rc`s alive, the argument's copy aside.
fn strong_count(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let temporaries = std::mem::take(&mut vm.rc_temporaries) as i64;
    if std::mem::take(&mut vm.rc_ambiguous) {
        return vm.unsupported_stop(
            span,
            "`strong_count` while a temporary of the same statement holds this `Rc` (read through a borrow, or a clone it owns) is not supported yet: count it in a statement of its own".into(),
        );
    }
    match arg(a) {
        Value::Arc(rc) => Ok(Value::Int(Rc::strong_count(&rc) as i64 - 1 - temporaries)),
        _ => panic("internal error: `Rc::strong_count` of a value that is not an `Rc`"),
    }
}

/// `Rc::weak_count(&rc)`: its `Weak`s.
fn weak_count(_vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match arg(a) {
        Value::Arc(rc) => Ok(Value::Int(Rc::weak_count(&rc) as i64)),
        _ => panic("internal error: `Rc::weak_count` of a value that is not an `Rc`"),
    }
}

/// `Rc::downgrade(&rc)`: a `Weak` of the same allocation.
fn downgrade(_vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match arg(a) {
        Value::Arc(rc) => Ok(Value::Weak(Rc::downgrade(&rc))),
        _ => panic("internal error: `Rc::downgrade` of a value that is not an `Rc`"),
    }
}

/// `Weak::new()`: points at nothing; `upgrade` gives `None`.
fn weak_new(_vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Weak(std::rc::Weak::new()))
}

fn weak_of(vm: &Vm, a: &mut Args) -> R<std::rc::Weak<Value>> {
    match vm.auto_deref(arg(a)) {
        Value::Weak(w) => Ok(w),
        _ => panic("internal error: a `Weak` method on a value that is not a `Weak`"),
    }
}

/// `w.upgrade()`: `Some(rc)` while a strong `Rc` lives.
fn upgrade(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::opt(weak_of(vm, a)?.upgrade().map(Value::Arc)))
}

fn weak_strong_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Int(weak_of(vm, a)?.strong_count() as i64))
}

/// `w.weak_count()`: 0 once no strong `Rc` lives, as std's. The receiver
/// read from its place is a copy of the `Weak`, one more than the
/// program's (the receiver itself is one, so at least 1).
fn weak_weak_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let w = weak_of(vm, a)?;
    Ok(Value::Int(if w.strong_count() == 0 { 0 } else { w.weak_count().saturating_sub(1).max(1) as i64 }))
}

/// `Rc::try_unwrap(rc)`: the value when this was the last `Rc`.
fn try_unwrap(_vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match arg(a) {
        Value::Arc(rc) => Ok(match Rc::try_unwrap(rc) {
            Ok(v) => Value::ok(v),
            Err(rc) => Value::err(Value::Arc(rc)),
        }),
        _ => panic("internal error: `Rc::try_unwrap` of a value that is not an `Rc`"),
    }
}

/// `Arc::into_inner(arc)`: `Some` of the value when this was the last
/// `Arc`.
fn into_inner_rc(_vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match arg(a) {
        Value::Arc(rc) => Ok(Value::opt(Rc::try_unwrap(rc).ok())),
        _ => panic("internal error: `Arc::into_inner` of a value that is not an `Arc`"),
    }
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    let Some(c) = vm.w.cells.get_mut(id as usize) else { return };
    match kind {
        HandleKind::RefCellRef => c.borrows = (c.borrows - 1).max(0),
        HandleKind::RefCellRefMut => c.borrows = 0,
        // The local it borrows from owns the value.
        HandleKind::MutRef => {}
        // The cell's last owner died: its value drops.
        _ => {
            let v = std::mem::replace(&mut c.value, Value::Unit);
            drop(v);
        }
    }
}

fn debug(out: &mut String, v: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    let data = ctx.deref_handle(h);
    match h.kind {
        HandleKind::RefCellRef | HandleKind::RefCellRefMut | HandleKind::MutRef | HandleKind::MutRefOwner => match &data {
            Some(d) => vfmt::debug_into(out, d, spec, ctx),
            None => Err(format!("`Debug` of this `{}` is not supported yet", vfmt::type_name(v, ctx))),
        },
        _ => {
            let name = if h.kind == HandleKind::Cell { "Cell" } else { "RefCell" };
            // std prints a placeholder while a `RefMut` lives.
            let value_fn = |o: &mut String| match &data {
                Some(d) => vfmt::debug_into(o, d, spec, ctx),
                None => {
                    o.push_str("<borrowed>");
                    Ok(())
                }
            };
            vfmt::debug_struct(out, name, spec, &[("value", &value_fn)], false)
        }
    }
}
