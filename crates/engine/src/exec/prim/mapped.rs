//! Mapped lock guards: `MutexGuard::map`/`try_map`, the `RwLock` guards'
//! `map`/`try_map`/`downgrade_map`/`try_downgrade_map`, and their owned
//! kin. The VM has no references, so the closure is not called: its body,
//! a place of its parameter (`|v| &mut v.field`, `|t| &t.1`,
//! `|v| Some(&mut v[0])`, `|_| None`), was read when it was compiled
//! (`Program::lenses`). A mapped guard (`HandleKind::MappedGuard`, one
//! `World::mapped` entry) keeps the guard it was made from, so the lock
//! stays held (and its card shows the holder) until the mapped guard
//! drops, and derefs to the value at its path. The types are declared with
//! their guards (`mutex.rs`, `rwlock.rs`).

use super::*;
use crate::value::{Lens, LensStep};

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    natives: &[
        Native { path: "tokio::sync::MutexGuard::map", f: map },
        Native { path: "tokio::sync::MutexGuard::try_map", f: try_map },
        Native { path: "tokio::sync::OwnedMutexGuard::map", f: map },
        Native { path: "tokio::sync::OwnedMutexGuard::try_map", f: try_map },
        Native { path: "tokio::sync::MappedMutexGuard::map", f: map },
        Native { path: "tokio::sync::MappedMutexGuard::try_map", f: try_map },
        Native { path: "tokio::sync::OwnedMappedMutexGuard::map", f: map },
        Native { path: "tokio::sync::OwnedMappedMutexGuard::try_map", f: try_map },
        Native { path: "tokio::sync::RwLockReadGuard::map", f: map },
        Native { path: "tokio::sync::RwLockReadGuard::try_map", f: try_map },
        Native { path: "tokio::sync::OwnedRwLockReadGuard::map", f: map },
        Native { path: "tokio::sync::OwnedRwLockReadGuard::try_map", f: try_map },
        Native { path: "tokio::sync::RwLockWriteGuard::map", f: map },
        Native { path: "tokio::sync::RwLockWriteGuard::try_map", f: try_map },
        Native { path: "tokio::sync::RwLockWriteGuard::downgrade_map", f: downgrade_map },
        Native { path: "tokio::sync::RwLockWriteGuard::try_downgrade_map", f: try_downgrade_map },
        Native { path: "tokio::sync::OwnedRwLockWriteGuard::map", f: map },
        Native { path: "tokio::sync::OwnedRwLockWriteGuard::try_map", f: try_map },
        Native { path: "tokio::sync::OwnedRwLockWriteGuard::downgrade_map", f: downgrade_map },
        Native { path: "tokio::sync::OwnedRwLockWriteGuard::try_downgrade_map", f: try_downgrade_map },
        Native { path: "tokio::sync::RwLockMappedWriteGuard::map", f: map },
        Native { path: "tokio::sync::RwLockMappedWriteGuard::try_map", f: try_map },
        Native { path: "tokio::sync::OwnedRwLockMappedWriteGuard::map", f: map },
        Native { path: "tokio::sync::OwnedRwLockMappedWriteGuard::try_map", f: try_map },
        Native { path: "tokio::sync::MutexGuard::mutex", f: lock_of },
        Native { path: "tokio::sync::OwnedMutexGuard::mutex", f: lock_of },
        Native { path: "tokio::sync::OwnedRwLockReadGuard::rwlock", f: lock_of },
        Native { path: "tokio::sync::OwnedRwLockWriteGuard::rwlock", f: lock_of },
        Native { path: "tokio::sync::OwnedRwLockMappedWriteGuard::rwlock", f: lock_of },
    ],
    kinds: &[(HandleKind::MappedGuard, "tokio::sync::MappedMutexGuard")],
    on_drop: |vm, _, id| {
        // The guard it was made from drops now, and releases the lock.
        if let Some(m) = vm.w.mapped.get_mut(id as usize) {
            let g = std::mem::replace(&mut m.guard, Value::Unit);
            drop(g);
        }
    },
    debug: super::mutex::debug_guard,
};

fn map(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    map_guard(vm, a, false, false, span)
}

fn try_map(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    map_guard(vm, a, true, false, span)
}

fn downgrade_map(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    map_guard(vm, a, false, true, span)
}

fn try_downgrade_map(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    map_guard(vm, a, true, true, span)
}

/// `Guard::map(this, f)` and its kin: `try` for a closure returning an
/// `Option` (`Err(this)` on `None`), `downgrade` for a write guard that
/// becomes a read guard once mapped.
fn map_guard(vm: &mut Vm, a: &mut Args, try_: bool, downgrade: bool, span: Span) -> R<Value> {
    let guard = arg(a);
    let f = arg(a);
    let Value::Func(c) = &f else { return panic("internal error: map without a closure") };
    let lens = vm.p.lenses.iter().find(|(id, _)| *id == c.func).map(|(_, l)| l.clone());
    let steps = match (lens, try_) {
        (Some(Lens::Place(steps)), false) | (Some(Lens::Opt(steps)), true) => steps,
        (Some(Lens::None), true) => return Ok(Value::err(guard)),
        _ => {
            vm.unsupported_stop(
                span,
                "mapping a lock guard with a closure that does not return a field or constant index of its parameter (`|v| &mut v.field`) is not supported yet"
                    .into(),
            )?;
            return Ok(Value::Unit);
        }
    };
    let Value::Handle(h) = &guard else { return panic("internal error: map without a guard") };
    let Some(value) = vm.w.guard_value(h) else { return panic("internal error: map of a released guard") };
    let Some(mut path) = positions(vm, &value, &steps, span)? else { return Ok(Value::err(guard)) };
    drop(f);
    let guard = if downgrade { super::rwlock::downgrade(vm, &mut std::iter::once(guard), span)? } else { guard };
    // A mapped guard mapped again keeps the guard it was made from.
    let root = match &guard {
        Value::Handle(h) if h.kind == HandleKind::MappedGuard => match vm.w.mapped.get_mut(h.id as usize) {
            Some(m) => {
                let mut p = m.path.clone();
                p.append(&mut path);
                path = p;
                let root = std::mem::replace(&mut m.guard, Value::Unit);
                drop(guard);
                root
            }
            None => return panic("internal error: a dangling mapped guard"),
        },
        _ => guard,
    };
    let id = vm.w.mapped.len() as u32;
    vm.w.mapped.push(crate::rt::MappedObj { guard: root, path });
    let mapped = handle(HandleKind::MappedGuard, id, &vm.w);
    Ok(if try_ { Value::ok(mapped) } else { mapped })
}

/// The lens's steps as positions in `value`: a named field's index in its
/// struct, a checked `Vec` index (out of bounds panics as the closure
/// would); `None` when a `get` is out of range or an `as_ref` finds `None`.
fn positions(vm: &mut Vm, value: &Value, steps: &[LensStep], span: Span) -> R<Option<Vec<u32>>> {
    let mut cur = value.clone();
    let mut out = Vec::with_capacity(steps.len());
    for s in steps {
        let k = match (s, &cur) {
            (LensStep::Field(name), Value::Struct(a) | Value::Enum(a)) => {
                let d = vm.p.defs.get(a.def);
                let shape = d.map(|d| match &d.variants {
                    Some(vs) => vs.get(a.variant as usize).map(|v| v.shape.clone()).unwrap_or(crate::value::Shape::Unit),
                    None => d.shape.clone(),
                });
                let Some(crate::value::Shape::Named(names)) = shape else { return panic(format!("internal error: no field `{name}` here")) };
                let Some(k) = names.iter().position(|n| n == name) else { return panic(format!("internal error: no field `{name}` here")) };
                k
            }
            (LensStep::Tuple(k), Value::Tuple(_) | Value::Struct(_) | Value::Enum(_)) => *k as usize,
            (LensStep::Index(i, at), Value::Vec(xs)) => {
                if *i < 0 || *i as usize >= xs.len() {
                    vm.panic_span = Some(*at);
                    return panic(format!("index out of bounds: the len is {} but the index is {i}", xs.len()));
                }
                *i as usize
            }
            (LensStep::Get(i), Value::Vec(xs)) => {
                if *i < 0 || *i as usize >= xs.len() {
                    return Ok(None);
                }
                *i as usize
            }
            (LensStep::SomeOf, Value::Enum(a)) if a.def == builtin::OPTION => {
                if a.variant == builtin::NONE {
                    return Ok(None);
                }
                0
            }
            _ => {
                vm.unsupported_stop(span, "mapping a lock guard to a part of its value behind a `Box`, an `Arc` or a map is not supported yet".into())?;
                return Ok(None);
            }
        };
        let Some(next) = crate::rt::project(&cur, &[k as u32]) else { return panic("internal error: a mapped guard's path does not fit its value") };
        cur = next;
        out.push(k as u32);
    }
    Ok(Some(out))
}

/// `MutexGuard::mutex(&guard)`: the mutex's own handle; the owned guards'
/// `mutex`/`rwlock`: the `Arc` they keep (one more reference to it while the
/// `&Arc` is held: the VM has no references).
fn lock_of(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let mut g = arg(a);
    // A mapped guard answers for the guard it was made from.
    for _ in 0..64 {
        match &g {
            Value::Handle(h) if h.kind == HandleKind::MappedGuard => match vm.w.mapped.get(h.id as usize) {
                Some(m) => g = m.guard.clone(),
                None => break,
            },
            _ => break,
        }
    }
    let found = match &g {
        Value::Handle(h) if h.kind == HandleKind::MutexGuard => vm.w.mutexes.get(h.id as usize).and_then(|m| match &m.keep {
            Some(arc) => Some(arc.clone()),
            None => m.this.as_ref().and_then(std::rc::Weak::upgrade).map(Value::Handle),
        }),
        Value::Handle(h) if h.kind.is_rw_guard() => vm.w.permits.get(h.id as usize).and_then(|p| p.keep.clone()),
        _ => None,
    };
    match found {
        Some(v) => Ok(v),
        None => vm.unsupported_stop(span, "reaching the lock from this guard is not supported yet".into()),
    }
}
