//! A `VecDeque`'s ends: `front` and `back`
//!
//! `front` and `back` borrow the first and last element (`None` when empty), after pushes at
//! either end and pops from either end.
use std::collections::VecDeque;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut dq: VecDeque<&str> = VecDeque::new();
    println!("{:?} {:?}", dq.front(), dq.back());
    dq.push_back("b");
    dq.push_front("a");
    dq.push_back("c");
    println!("{:?} {:?} {}", dq.front(), dq.back(), dq.len());
    dq.pop_front();
    dq.pop_back();
    println!("{:?} {:?} {dq:?}", dq.front(), dq.back());
}
