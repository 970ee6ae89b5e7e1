//! A pattern moves out of its local only when it matches
//!
//! `if let Some(s) = opt` and a `match` arm `Some(s) => ..` take a non-`Copy` value out of the
//! local, but only on the path where the pattern matched: the `else` branch, an arm whose guard
//! failed and the other arms still see the local whole. A pattern that binds only `Copy` values
//! (`Ok(n)` with `n: i32`) leaves it whole on every path. Where it does move, the moved value
//! (a sender, a lock guard, a value with `Drop`) lives in the binding and drops with it.

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};

#[derive(Debug)]
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| e.to_string())
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r = parse("x");
    if let Ok(v) = r {
        println!("ok {v}");
    } else if let Err(e) = &r {
        println!("err {e}");
    }

    let none: Option<Loud> = None;
    if let Some(l) = none {
        println!("got {}", l.0);
    } else {
        println!("else sees {none:?}");
    }

    let a = Some(Loud("a"));
    if let Some(l) = a {
        println!("got {}", l.0);
    }
    println!("after a");

    let c: Result<Loud, Loud> = Err(Loud("c"));
    if let Ok(l) = c {
        println!("ok {}", l.0)
    } else if let Err(ref e) = c {
        println!("err {}", e.0)
    }
    println!("after c");

    // The sender moves into `t` and drops with it: the channel closes.
    let (tx, mut rx) = mpsc::channel::<u8>(1);
    let maybe = Some(tx);
    if let Some(t) = maybe {
        t.send(1).await.unwrap();
    }
    println!("{:?} {:?}", rx.recv().await, rx.recv().await);

    // The guard moves into `g`: dropping `g` unlocks.
    let m = Arc::new(Mutex::new(0));
    let held = Some(m.lock().await);
    if let Some(mut g) = held {
        *g += 1;
        drop(g);
        println!("unlocked: {}", m.try_lock().is_ok());
    }

    let o = Some(String::from("short"));
    match o {
        Some(s) if s.len() > 5 => println!("long {s}"),
        _ => println!("other {o:?}"),
    }
    let p: Option<String> = None;
    match p {
        Some(s) => println!("{s}"),
        None => println!("none {p:?}"),
    }
    let mut q = Some(vec![1]);
    while let Some(mut v) = q {
        v.push(2);
        if v.len() > 3 {
            println!("{v:?}");
            q = None;
        } else {
            q = Some(v);
        }
    }
    println!("{q:?}");
    println!("end");
}
