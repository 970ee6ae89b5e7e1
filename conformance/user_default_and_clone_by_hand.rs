//! A hand-written `Default` or `Clone`, reached through `Default::default()` and a generic `T`
//!
//! `let d: Counted = Default::default();`, `T::default()`-free code such as a field's
//! `..Default::default()`, and `mem::take` call the type's own `default()`; a generic
//! `fn dup<T: Clone>(x: &T)` calls the type's own `clone()` (which prints here), as do a
//! `Display` and a `PartialEq` written by hand reached through `T`.

use std::fmt;

#[derive(Debug)]
struct Counted {
    id: u32,
}

impl Clone for Counted {
    fn clone(&self) -> Self {
        println!("cloning {}", self.id);
        Counted { id: self.id + 100 }
    }
}

impl fmt::Display for Counted {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "C#{}", self.id)
    }
}

impl PartialEq for Counted {
    fn eq(&self, o: &Self) -> bool {
        self.id % 10 == o.id % 10
    }
}

impl Default for Counted {
    fn default() -> Self {
        println!("making a default");
        Counted { id: 7 }
    }
}

#[derive(Debug, Default)]
struct Holder {
    label: String,
    item: Counted,
}

fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn show<T: fmt::Display>(x: &T) -> String {
    format!("<{x}>")
}

fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b
}

fn main() {
    let c = Counted { id: 1 };
    let (a, b) = dup(&c);
    println!("{a:?} {b:?} {} {}", show(&a), same(&c, &a));
    let d: Counted = Default::default();
    println!("{d}");
    let h = Holder { label: "h".to_string(), ..Default::default() };
    println!("{h:?} {} {}", h.label, h.item);
    let mut slot = Counted { id: 5 };
    let old = std::mem::take(&mut slot);
    println!("{old} {slot}");
}
