//! `send_modify` and `send_if_modified` with a closure bound by `let`
//!
//! The closure that changes the value may be named first and passed by
//! name: a closure that captures nothing is `Copy`, so it can be passed
//! twice; one that captures a counter by `&mut` is moved in, and the
//! counter is readable again after the call.
use tokio::sync::watch;

#[derive(Debug)]
struct State {
    counter: usize,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = watch::channel(State { counter: 1 });
    let inc_if_odd = |state: &mut State| {
        if state.counter % 2 == 1 {
            state.counter += 1;
            return true;
        }
        false
    };
    println!("first: {}", tx.send_if_modified(inc_if_odd));
    println!("changed: {:?}, {:?}", rx.has_changed(), *rx.borrow_and_update());
    println!("second: {}", tx.send_if_modified(inc_if_odd));
    println!("changed: {:?}", rx.has_changed());

    let mut calls = 0;
    let bump = |state: &mut State| {
        calls += 1;
        state.counter *= 10;
    };
    tx.send_modify(bump);
    println!("calls {calls}, now {:?}", *rx.borrow());
}
