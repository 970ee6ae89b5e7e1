//! Slice and `str` methods bound as natives: `binary_search_by` and
//! `binary_search_by_key` (std's halving search, calling the closure on
//! the same elements in the same order as std), `str::bytes`, and an
//! iterator's `unzip` (into two `Vec`s; the checker stops other targets).

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    natives: &[
        Native { path: "slice::binary_search_by", f: binary_search_by },
        Native { path: "slice::binary_search_by_key", f: binary_search_by_key },
        Native { path: "str::bytes", f: bytes },
        Native { path: "std::iter::Iter::unzip", f: unzip },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

fn elements(vm: &Vm, v: Value) -> R<Rc<Vec<Value>>> {
    match vm.auto_deref(v) {
        Value::Vec(v) => Ok(v),
        other => panic(format!("internal error: a slice method on {}", super::super::ops::short_kind(&other))),
    }
}

fn ordering(v: &Value) -> R<std::cmp::Ordering> {
    match super::super::iter::ordering_of(v) {
        Some(o) => Ok(o),
        None => panic("internal error: a comparison that did not give an `Ordering`"),
    }
}

/// std's search: halve while more than one candidate is left, then look
/// at the last one. `cmp(i)` orders element `i` against the target.
pub(in crate::exec) fn search(vm: &mut Vm, n: usize, cmp: &mut dyn FnMut(&mut Vm, usize) -> R<std::cmp::Ordering>) -> R<Value> {
    use std::cmp::Ordering;
    if n == 0 {
        return Ok(Value::err(Value::Int(0)));
    }
    let (mut base, mut size) = (0usize, n);
    while size > 1 {
        let half = size / 2;
        if cmp(vm, base + half)? != Ordering::Greater {
            base += half;
        }
        size -= half;
    }
    Ok(match cmp(vm, base)? {
        Ordering::Equal => Value::ok(Value::Int(base as i64)),
        o => Value::err(Value::Int((base + usize::from(o == Ordering::Less)) as i64)),
    })
}

fn binary_search_by(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = elements(vm, arg(a))?;
    let f = arg(a);
    search(vm, v.len(), &mut |vm, i| ordering(&vm.call_closure(f.clone(), vec![v[i].clone()], span)?))
}

/// `binary_search_by_key(&b, f)`: `f(x).cmp(&b)` for each element looked at.
fn binary_search_by_key(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = elements(vm, arg(a))?;
    let key = vm.auto_deref(arg(a));
    let f = arg(a);
    search(vm, v.len(), &mut |vm, i| {
        let k = vm.call_closure(f.clone(), vec![v[i].clone()], span)?;
        vm.total_order(&k, &key)
    })
}

fn bytes(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let s = vm.auto_deref(arg(a));
    let items: Vec<Value> = s.as_str().unwrap_or("").bytes().map(|b| Value::Int(b as i64)).collect();
    vm.make_iter(Value::Vec(Rc::new(items)))
}

/// `it.unzip()`: the pairs' firsts and seconds, in order.
fn unzip(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let items = vm.drain_all(arg(a), span)?;
    let (mut xs, mut ys) = (Vec::with_capacity(items.len()), Vec::with_capacity(items.len()));
    for p in items {
        match p {
            Value::Tuple(t) if t.len() == 2 => {
                xs.push(t[0].clone());
                ys.push(t[1].clone());
            }
            _ => return panic("internal error: `unzip` of items that are not pairs"),
        }
    }
    Ok(Value::Tuple(Rc::new(vec![Value::Vec(Rc::new(xs)), Value::Vec(Rc::new(ys))])))
}
