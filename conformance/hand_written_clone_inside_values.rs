//! A hand-written `Clone` runs for each value of its type that a derived or std clone copies
//!
//! `Ticket`'s `clone` prints and counts copies. Cloning a `Vec`, an `Option`, a `HashMap`, a
//! tuple, or a derived struct or enum that holds tickets calls it once per ticket inside;
//! `vec![t; 3]` clones twice and moves `t` into the last slot; `iter().cloned()` and `to_vec()`
//! clone each item they give; cloning an `Arc` clones no ticket.

use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, PartialEq)]
struct Ticket {
    id: u32,
    copies: u32,
}

impl Clone for Ticket {
    fn clone(&self) -> Self {
        println!("  clone ticket {} (copy {})", self.id, self.copies + 1);
        Ticket { id: self.id, copies: self.copies + 1 }
    }
}

#[derive(Debug, Clone)]
struct Order {
    name: String,
    ticket: Ticket,
    extras: Vec<Ticket>,
}

#[derive(Debug, Clone)]
enum Slot {
    Empty,
    Held(Ticket),
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let t = Ticket { id: 1, copies: 0 };
    println!("vec:");
    let v = vec![t.clone(), Ticket { id: 2, copies: 0 }];
    let w = v.clone();
    println!("option:");
    let o = Some(Ticket { id: 3, copies: 0 });
    let p = o.clone();
    println!("derived struct:");
    let order = Order { name: "a".into(), ticket: Ticket { id: 4, copies: 0 }, extras: vec![Ticket { id: 5, copies: 0 }] };
    let again = order.clone();
    println!("derived enum:");
    let s = Slot::Held(Ticket { id: 6, copies: 0 });
    let s2 = s.clone();
    let e = Slot::Empty.clone();
    println!("map:");
    let mut m = HashMap::new();
    m.insert("k", Ticket { id: 7, copies: 0 });
    let m2 = m.clone();
    println!("vec![x; 3]:");
    let rep = vec![Ticket { id: 8, copies: 0 }; 3];
    println!("iter().cloned(), to_vec():");
    let firsts: Vec<Ticket> = v.iter().take(1).cloned().collect();
    let all = v.to_vec();
    println!("arc (no clone of the inside):");
    let a = Arc::new(Ticket { id: 9, copies: 0 });
    let a2 = a.clone();
    println!("tuple:");
    let pair = (Ticket { id: 10, copies: 0 }, 5);
    let pair2 = pair.clone();
    println!("{w:?}\n{p:?}\n{again:?}\n{s2:?} {e:?}\n{:?}", m2["k"]);
    println!("{rep:?}\n{firsts:?} {}\n{} {pair2:?}", all.len(), Arc::strong_count(&a2));
    println!("{}", v == w);
    println!("{} {} {}", again.name, again.ticket.id, again.extras.len());
    if let Slot::Held(t) = &s2 {
        println!("held {}", t.copies);
    }
}
