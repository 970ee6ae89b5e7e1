//! `std::collections::BinaryHeap`: a max-heap kept as std keeps it, a
//! `Vec` in heap order, so that `Debug`, `iter()`, `into_vec()` and
//! `drain()` show the elements in std's order. Each operation does std's
//! comparisons in std's order (`push` sifts up, `pop` sifts down to the
//! bottom and back up, `from` and a large `extend` rebuild, a small one
//! sifts each new element up), through `<=` (`PartialOrd`), so a
//! hand-written `partial_cmp` is called as std calls it.
//!
//! The value is a `Value::Struct` of `builtin::BINARY_HEAP` with one field,
//! the `Vec`; a clone copies it. Methods taking `&mut self` run in
//! `method_place` (`heap_method`), the others here.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$BINARY_HEAP",
    decl: DECL,
    natives: &[
        Native { path: "std::collections::BinaryHeap::new", f: new },
        Native { path: "std::collections::BinaryHeap::with_capacity", f: new },
        Native { path: "std::collections::BinaryHeap::default", f: new },
        Native { path: "std::collections::BinaryHeap::from", f: from },
        Native { path: "std::collections::BinaryHeap::from_iter", f: from },
        Native { path: "std::collections::BinaryHeap::peek", f: peek },
        Native { path: "std::collections::BinaryHeap::len", f: len },
        Native { path: "std::collections::BinaryHeap::is_empty", f: is_empty },
        Native { path: "std::collections::BinaryHeap::into_vec", f: into_vec },
        Native { path: "std::collections::BinaryHeap::into_sorted_vec", f: into_sorted_vec },
        Native { path: "std::collections::BinaryHeap::iter", f: iter },
        Native { path: "std::collections::BinaryHeap::into_iter", f: iter },
    ],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, _, _, _| Err("internal error: no handles".to_string()),
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        #[derive(Clone, Debug)]
        pub struct BinaryHeap<T>;
        impl<T> BinaryHeap<T> {
            pub fn new() -> BinaryHeap<T>;
            pub fn with_capacity(capacity: usize) -> BinaryHeap<T>;
            pub fn default() -> BinaryHeap<T>;
            pub fn from(value: _) -> BinaryHeap<T>;
            pub fn from_iter(iter: _) -> BinaryHeap<T>;
            pub fn push(&mut self, item: T);
            pub fn pop(&mut self) -> Option<T>;
            pub fn peek(&self) -> Option<&T>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
            pub fn extend(&mut self, iter: _);
            pub fn retain(&mut self, f: _);
            pub fn drain(&mut self) -> Iter<T>;
            pub fn iter(&self) -> Iter<&T>;
            pub fn into_iter(self) -> Iter<T>;
            pub fn into_vec(self) -> Vec<T>;
            pub fn into_sorted_vec(self) -> Vec<T>;
        }
"#;

/// A heap of `data`, which is in heap order.
pub(in crate::exec) fn heap_value(data: Vec<Value>) -> Value {
    Value::Struct(Rc::new(Adt::new(builtin::BINARY_HEAP, 0, vec![Value::Vec(Rc::new(data))])))
}

pub(in crate::exec) fn is_heap(v: &Value) -> bool {
    matches!(v, Value::Struct(a) if a.def == builtin::BINARY_HEAP)
}

/// The elements of a heap (through references), in heap order.
fn data(vm: &Vm, v: Value) -> R<Rc<Vec<Value>>> {
    match vm.auto_deref(v) {
        Value::Struct(a) if a.def == builtin::BINARY_HEAP => match a.fields.first() {
            Some(Value::Vec(v)) => Ok(v.clone()),
            _ => panic("internal error: a BinaryHeap without its elements"),
        },
        other => panic(format!("internal error: a BinaryHeap method on {}", super::super::ops::short_kind(&other))),
    }
}

fn new(_: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(heap_value(Vec::new()))
}

/// `BinaryHeap::from(vec)` (or an array, or `from_iter`): the elements in
/// their order, then rebuilt into a heap, as std does.
fn from(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let mut items = vm.drain_all(arg(a), span)?;
    vm.heap_rebuild(&mut items)?;
    Ok(heap_value(items))
}

fn peek(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::opt(data(vm, arg(a))?.first().cloned()))
}

fn len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Int(data(vm, arg(a))?.len() as i64))
}

fn is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(data(vm, arg(a))?.is_empty()))
}

fn into_vec(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Vec(data(vm, arg(a))?))
}

fn iter(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = data(vm, arg(a))?;
    vm.make_iter(Value::Vec(v))
}

/// Std's heapsort: the greatest swapped to the end, the rest sifted down.
fn into_sorted_vec(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let mut d: Vec<Value> = data(vm, arg(a))?.iter().cloned().collect();
    let mut end = d.len();
    while end > 1 {
        end -= 1;
        d.swap(0, end);
        vm.sift_down_range(&mut d, 0, end)?;
    }
    Ok(Value::Vec(Rc::new(d)))
}

impl<'p> Vm<'p> {
    /// `a <= b` (`<=`, `>=` and `<` call `partial_cmp(a, b)`).
    fn heap_le(&mut self, a: &Value, b: &Value) -> R<bool> {
        Ok(matches!(self.order_of(a, b, true)?, Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)))
    }

    /// std's `sift_up(start, pos)`: the element at `pos` moves up while it
    /// is greater than its parent. Returns where it ends.
    fn sift_up(&mut self, d: &mut [Value], start: usize, mut pos: usize) -> R<usize> {
        while pos > start {
            let parent = (pos - 1) / 2;
            if self.heap_le(&d[pos], &d[parent])? {
                break;
            }
            d.swap(pos, parent);
            pos = parent;
        }
        Ok(pos)
    }

    /// std's `sift_down_range(pos, end)`: the element at `pos` moves down
    /// to the greater child while it is less than it.
    fn sift_down_range(&mut self, d: &mut [Value], mut pos: usize, end: usize) -> R<()> {
        let mut child = 2 * pos + 1;
        while child + 1 < end {
            if self.heap_le(&d[child], &d[child + 1])? {
                child += 1;
            }
            // `hole >= child`: already in order.
            if matches!(self.order_of(&d[pos], &d[child], true)?, Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)) {
                return Ok(());
            }
            d.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child + 1 == end && self.order_of(&d[pos], &d[child], true)? == Some(std::cmp::Ordering::Less) {
            d.swap(pos, child);
        }
        Ok(())
    }

    /// std's `sift_down_to_bottom(pos)` (after `pop`): down to a leaf by
    /// the greater child, then up again.
    fn sift_down_to_bottom(&mut self, d: &mut [Value], start: usize) -> R<()> {
        let end = d.len();
        let mut pos = start;
        let mut child = 2 * pos + 1;
        while child + 1 < end {
            if self.heap_le(&d[child], &d[child + 1])? {
                child += 1;
            }
            d.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child + 1 == end {
            d.swap(pos, child);
            pos = child;
        }
        self.sift_up(d, start, pos)?;
        Ok(())
    }

    /// std's `rebuild`: each parent, last to first, sifted down.
    pub(in crate::exec) fn heap_rebuild(&mut self, d: &mut [Value]) -> R<()> {
        let mut n = d.len() / 2;
        while n > 0 {
            n -= 1;
            let len = d.len();
            self.sift_down_range(d, n, len)?;
        }
        Ok(())
    }

    /// std's `rebuild_tail(start)`: after elements were added from `start`
    /// (`extend`) or removed (`retain`), a rebuild or a sift up of each,
    /// whichever std estimates cheaper.
    fn heap_rebuild_tail(&mut self, d: &mut [Value], start: usize) -> R<()> {
        let len = d.len();
        if start >= len {
            return Ok(());
        }
        let tail = len - start;
        let log2 = |x: usize| (usize::BITS - x.leading_zeros() - 1) as usize;
        let rebuild = if start < tail {
            true
        } else if len <= 2048 {
            2 * len < tail * log2(start)
        } else {
            2 * len < tail * 11
        };
        if rebuild {
            self.heap_rebuild(d)
        } else {
            for i in start..len {
                self.sift_up(d, 0, i)?;
            }
            Ok(())
        }
    }

    /// A `&mut self` method of a heap: `push`, `pop`, `clear`, `extend`,
    /// `retain` or `drain`, on its elements `d`. `None`: not one of them.
    pub(in crate::exec) fn heap_method(&mut self, d: &mut Vec<Value>, mn: crate::vm::MethodName, args: Vec<Value>, span: Span) -> R<Option<Value>> {
        use crate::vm::MethodName as M;
        let mut args = args.into_iter();
        Ok(Some(match mn {
            M::Push => {
                if d.len() + 1 > self.config.max_collection_len {
                    return Err(self.budget_stop(Budget::CollectionLen));
                }
                d.push(args.next().unwrap_or(Value::Unit));
                let last = d.len() - 1;
                self.sift_up(d, 0, last)?;
                Value::Unit
            }
            M::Pop => match d.pop() {
                Some(mut item) => {
                    if !d.is_empty() {
                        std::mem::swap(&mut item, &mut d[0]);
                        self.sift_down_to_bottom(d, 0)?;
                    }
                    Value::some(item)
                }
                None => Value::none(),
            },
            M::Clear => {
                d.clear();
                Value::Unit
            }
            M::Drain => {
                let items = std::mem::take(d);
                self.make_iter(Value::Vec(Rc::new(items)))?
            }
            M::Extend => {
                let items = self.drain_all(args.next().unwrap_or(Value::Unit), span)?;
                if d.len() + items.len() > self.config.max_collection_len {
                    return Err(self.budget_stop(Budget::CollectionLen));
                }
                let start = d.len();
                d.extend(items);
                self.heap_rebuild_tail(d, start)?;
                Value::Unit
            }
            M::Retain => {
                let f = args.next().unwrap_or(Value::Unit);
                let mut first_removed = d.len();
                let mut kept = Vec::with_capacity(d.len());
                for (i, x) in std::mem::take(d).into_iter().enumerate() {
                    if matches!(self.call_closure(f.clone(), vec![x.clone()], span)?, Value::Bool(true)) {
                        kept.push(x);
                    } else if i < first_removed {
                        first_removed = i;
                    }
                }
                *d = kept;
                self.heap_rebuild_tail(d, first_removed)?;
                Value::Unit
            }
            _ => return Ok(None),
        }))
    }
}
