//! Closures that write through a `&mut` parameter
//!
//! A closure whose parameter is `&mut State` changes the caller's value: `let f = |s: &mut
//! State| s.counter += 1; f(&mut st);` adds one to `st.counter` each call, whether the argument
//! is a variable, an element of a vector or a function's own `&mut` parameter, and with one or
//! two `&mut` parameters. The same closure shape given to
//! watch's `send_modify` and `send_if_modified` changes the channel's value in place; a task
//! waiting in `changed()` wakes only when `send_if_modified`'s closure says it modified it.

use std::time::Duration;
use tokio::sync::watch;

#[derive(Debug, Default, Clone)]
struct State {
    counter: i32,
    log: Vec<String>,
}

fn bump_twice(s: &mut State) {
    let bump = |s: &mut State| s.counter += 10;
    bump(s);
    bump(s);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut st = State::default();
    let f = |s: &mut State| s.counter += 1;
    f(&mut st);
    f(&mut st);
    println!("after two calls: {st:?}");

    // A `FnMut` closure that also changes a captured variable, and returns a value.
    let mut total = 0;
    let mut record = |s: &mut State, n: i32| -> i32 {
        s.counter += n;
        s.log.push(format!("+{n}"));
        total += n;
        s.counter
    };
    println!("record 3 -> {}", record(&mut st, 3));
    println!("record 4 -> {}", record(&mut st, 4));
    println!("total {total}");

    // Elements, a function's `&mut` parameter, two `&mut` parameters, an inferred one.
    let mut states = vec![State::default(), State::default()];
    let dec = |s: &mut State| {
        s.counter -= 1;
    };
    dec(&mut states[1]);
    bump_twice(&mut states[0]);
    let mut again = || dec(&mut st);
    again();
    let push_both = |a: &mut Vec<i32>, b: &mut Vec<i32>| {
        a.push(1);
        b.push(2);
        a.len() + b.len()
    };
    let (mut xs, mut ys) = (Vec::new(), vec![0]);
    println!("lengths {}", push_both(&mut xs, &mut ys));
    let mut n = 1;
    let inc = |k: &mut i32| *k += 1;
    inc(&mut n);
    inc(&mut n);
    println!("{st:?} {states:?} {xs:?} {ys:?} n={n}");

    // The same closures given to watch's sender.
    let (tx, mut rx) = watch::channel(State::default());
    let waiter = tokio::spawn(async move {
        rx.changed().await.unwrap();
        let s = rx.borrow_and_update().clone();
        println!("waiter sees {s:?}");
    });
    tokio::time::sleep(Duration::from_millis(10)).await;
    let unchanged = tx.send_if_modified(|s: &mut State| {
        if s.counter > 0 {
            s.counter = 0;
            true
        } else {
            false
        }
    });
    println!("first send_if_modified: {unchanged}");
    tokio::time::sleep(Duration::from_millis(10)).await;
    tx.send_modify(|s: &mut State| {
        s.counter += 5;
        s.log.push("modified".to_string());
    });
    waiter.await.unwrap();
    let changed = tx.send_if_modified(|s| {
        s.counter *= 2;
        true
    });
    println!("second send_if_modified: {changed}, now {:?}", *tx.borrow());
}
