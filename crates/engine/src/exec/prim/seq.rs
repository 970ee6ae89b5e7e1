//! Slice and `str` methods bound as natives: `binary_search_by` and
//! `binary_search_by_key` (std's halving search, calling the closure on
//! the same elements in the same order as std), `str::bytes`, and an
//! iterator's `unzip` (into two `Vec`s; the checker stops other targets),
//! `chunks_exact`, and `char::from_digit`/`from_u32` and
//! `String::from_utf8`.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "",
    decl: "",
    natives: &[
        Native { path: "slice::binary_search_by", f: binary_search_by },
        Native { path: "slice::binary_search_by_key", f: binary_search_by_key },
        Native { path: "str::bytes", f: bytes },
        Native { path: "std::iter::Iter::unzip", f: unzip },
        Native { path: "slice::chunks_exact", f: chunks_exact },
        Native { path: "str::eq_ignore_ascii_case", f: eq_ignore_ascii_case },
        Native { path: "char::from_digit", f: char_from_digit },
        Native { path: "char::from_u32", f: char_from_u32 },
        Native { path: "String::from_utf8", f: from_utf8 },
        Native { path: "String::from_utf8_lossy", f: from_utf8_lossy },
        Native { path: "std::str::from_utf8", f: str_from_utf8 },
        Native { path: "std::borrow::Cow::into_owned", f: cow_into_owned },
        Native { path: "std::iter::once", f: iter_once },
        Native { path: "std::iter::empty", f: iter_empty },
        Native { path: "std::iter::repeat", f: iter_repeat },
        Native { path: "std::iter::repeat_n", f: iter_repeat_n },
        Native { path: "std::iter::repeat_with", f: iter_repeat_with },
        Native { path: "std::iter::from_fn", f: iter_from_fn },
        Native { path: "std::iter::successors", f: iter_successors },
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

/// `chunks_exact(n)`: the whole chunks of `n`; the rest is left out.
fn chunks_exact(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = elements(vm, arg(a))?;
    let n = arg(a).as_int().unwrap_or(0);
    if n <= 0 {
        return panic("chunk size must be non-zero");
    }
    let items: Vec<Value> = v.chunks_exact(n as usize).map(|c| Value::Vec(Rc::new(c.to_vec()))).collect();
    vm.make_iter(Value::Vec(Rc::new(items)))
}

/// `char::from_digit(num, radix)`: std panics for a radix over 36.
fn char_from_digit(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let num = arg(a).as_int().unwrap_or(0);
    let radix = arg(a).as_int().unwrap_or(0);
    if radix > 36 {
        return panic("from_digit: radix is too high (maximum 36)");
    }
    let c = u32::try_from(num).ok().zip(u32::try_from(radix).ok()).and_then(|(n, r)| char::from_digit(n, r));
    Ok(c.map_or(Value::none(), |c| Value::some(Value::Char(c))))
}

fn char_from_u32(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let c = u32::try_from(arg(a).as_int().unwrap_or(-1)).ok().and_then(char::from_u32);
    Ok(c.map_or(Value::none(), |c| Value::some(Value::Char(c))))
}

/// `String::from_utf8(bytes)`: `Ok` of valid UTF-8. Its error
/// (`FromUtf8Error`) is not modelled: invalid bytes stop the run.
fn from_utf8(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = elements(vm, arg(a))?;
    let bytes: Vec<u8> = v.iter().map(|b| b.as_int().unwrap_or(0) as u8).collect();
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Value::ok(Value::string(s))),
        Err(_) => {
            vm.unsupported_stop(span, "`String::from_utf8` of bytes that are not UTF-8 (its `FromUtf8Error`) is not supported yet".to_string())?;
            Ok(Value::Unit)
        }
    }
}

/// `String::from_utf8_lossy(bytes)`: each invalid sequence becomes
/// U+FFFD, as std's; its `Cow<str>` is a `String` here.
fn from_utf8_lossy(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = elements(vm, arg(a))?;
    let bytes: Vec<u8> = v.iter().map(|b| b.as_int().unwrap_or(0) as u8).collect();
    Ok(Value::string(String::from_utf8_lossy(&bytes).into_owned()))
}

/// `std::str::from_utf8(bytes)`: `Ok` of valid UTF-8; its `Utf8Error`
/// is not modelled (invalid bytes stop the run).
fn str_from_utf8(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = elements(vm, arg(a))?;
    let bytes: Vec<u8> = v.iter().map(|b| b.as_int().unwrap_or(0) as u8).collect();
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Value::ok(Value::Str(s.as_str().into()))),
        Err(_) => {
            vm.unsupported_stop(span, "`std::str::from_utf8` of bytes that are not UTF-8 (its `Utf8Error`) is not supported yet".to_string())?;
            Ok(Value::Unit)
        }
    }
}

/// `cow.into_owned()` of a `Cow<str>`: the `String` it is here.
fn cow_into_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = vm.auto_deref(arg(a));
    Ok(Value::string(v.as_str().unwrap_or("").to_string()))
}

fn eq_ignore_ascii_case(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let x = vm.auto_deref(arg(a));
    let y = vm.auto_deref(arg(a));
    Ok(Value::Bool(x.as_str().unwrap_or("").eq_ignore_ascii_case(y.as_str().unwrap_or(""))))
}

/// An iterator over `items`, front to back.
fn items_iter(items: Vec<Value>) -> Value {
    let n = items.len();
    Vm::wrap(IterState::Items { items: Rc::new(items), front: 0, back: n, rev: false })
}

fn iter_once(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(items_iter(a.take(1).collect()))
}

fn iter_empty(_: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(items_iter(Vec::new()))
}

/// `repeat(x)`: a clone of `x` each time, for ever (a cycle of one).
fn iter_repeat(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let one = IterState::Items { items: Rc::new(a.take(1).collect()), front: 0, back: 1, rev: false };
    Ok(Vm::wrap(IterState::Cycle { orig: Box::new(one.clone()), cur: Box::new(one) }))
}

/// `repeat_n(x, n)`: `n` clones of `x`.
fn iter_repeat_n(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (Some(x), Some(Value::Int(n))) = (a.next(), a.next()) else { return panic("internal error: `repeat_n` without its operands") };
    if n as u64 > vm.config.max_collection_len as u64 {
        return Err(vm.budget_stop(crate::run::Budget::CollectionLen));
    }
    Ok(items_iter(vec![x; n.max(0) as usize]))
}

fn iter_repeat_with(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Some(f) = a.next() else { return panic("internal error: `repeat_with` without its closure") };
    Ok(Vm::wrap(IterState::RepeatWith { f }))
}

fn iter_from_fn(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Some(f) = a.next() else { return panic("internal error: `from_fn` without its closure") };
    Ok(Vm::wrap(IterState::FromFn { f }))
}

fn iter_successors(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (Some(first), Some(f)) = (a.next(), a.next()) else { return panic("internal error: `successors` without its operands") };
    let next = match &first {
        Value::Enum(e) if e.def == builtin::OPTION && e.variant == builtin::SOME => e.fields.first().cloned(),
        _ => None,
    };
    Ok(Vm::wrap(IterState::Successors { next, f }))
}
