//! User `Drop` impls run exactly where Rust drops values
//!
//! Locals drop at the end of their scope in reverse declaration order, and a shadowed binding still lives to the end of its scope. A moved-out value is dropped by its new owner (a function parameter at the end of the call, a `self` method), never by the old one. `drop(x)` drops at once. An assignment evaluates the new value first, then drops the old one; a field assignment drops the old field. Temporaries drop at the end of their statement, `let _ = expr` drops at once, and a `match` scrutinee's temporaries live to the end of the `match`. An outer value's `drop` runs before its fields are dropped, in declaration order; a `Vec`'s elements drop in order, and so do a tuple's; `Vec::pop`, `remove` and `clear` hand back or drop elements. A `drop` that `take`s a field out of an `Option` drops it there.

struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn make(name: &str) -> Noisy {
    println!("make {name}");
    Noisy { name: name.to_string() }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair ({}, {})", self.first.name, self.second.name);
    }
}

enum Slot {
    Empty,
    Full(Noisy),
}

impl Drop for Slot {
    fn drop(&mut self) {
        match self {
            Slot::Empty => println!("drop empty slot"),
            Slot::Full(n) => println!("drop full slot holding {}", n.name),
        }
    }
}

struct Holder {
    item: Option<Noisy>,
    tag: u32,
}

impl Drop for Holder {
    fn drop(&mut self) {
        if let Some(n) = self.item.take() {
            println!("holder {} releases {}", self.tag, n.name);
        }
        println!("holder {} done", self.tag);
    }
}

impl Noisy {
    fn into_name(self) -> String {
        self.name.clone()
    }
}

fn consume(n: Noisy) {
    println!("consume {}", n.name);
}

fn pass_through(n: Noisy) -> Noisy {
    let _local = make("local in fn");
    n
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let _a = make("a");
    let b = make("b");
    let mut x = make("x1");
    println!("x starts as {}", x.name);
    x = make("x2");
    println!("x is {}", x.name);
    consume(b);
    {
        let _inner = make("inner");
        println!("inner scope ends");
    }
    let mut h = Holder { item: Some(make("held")), tag: 1 };
    h.item = Some(make("held2"));
    println!("replaced field of holder {}", h.tag);
    let s = make("shadow1");
    let s = Noisy { name: format!("{}-2", s.name) };
    println!("shadowed {}", s.name);
    let n = make("consumed").into_name();
    println!("got {n}");
    let p = pass_through(make("passed"));
    println!("passed {}", p.name);
    for i in 0..2 {
        let _it = make(&format!("loop {i}"));
        println!("loop body {i}");
    }
    let _pair = Pair { first: make("p1"), second: make("p2") };
    let mut v = vec![make("v0"), make("v1"), make("v2"), make("v3")];
    v[1] = make("v1b");
    let last = v.pop();
    println!("popped {}", last.as_ref().map(|n| n.name.as_str()).unwrap_or("-"));
    v.remove(0);
    println!("removed");
    v.truncate(1);
    println!("truncated");
    v.clear();
    println!("cleared");
    let t = (make("t0"), make("t1"));
    drop(t);
    println!("temp len {}", make("temp").name.len());
    let _ = make("underscore");
    println!("after underscore");
    match make("scrutinee").name.len() {
        9 => println!("nine"),
        _ => println!("other"),
    }
    let full = Slot::Full(make("in slot"));
    let empty = Slot::Empty;
    drop(empty);
    let moved = x;
    println!("moved {}", moved.name);
    x = make("x3");
    let boxed = Box::new(make("boxed"));
    let opt = Some(make("opt"));
    let h2 = Holder { item: None, tag: 2 };
    println!("end of main {} {} {} {}", boxed.name, opt.is_some(), h2.tag, x.name);
    let _full = full;
}
