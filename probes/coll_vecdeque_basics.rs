//! Collections: `VecDeque` pushes and pops at both ends
//!
//! `push_back`, `push_front`, `pop_front`, `pop_back`, `len`, `is_empty` and `{:?}` of a
//! `VecDeque` used as a queue.

use std::collections::VecDeque;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut q = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    println!("{:?} len {}", q, q.len());
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    println!("{:?} empty {}", q, q.is_empty());
}
