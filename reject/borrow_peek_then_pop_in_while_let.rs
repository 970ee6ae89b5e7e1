//! Popping a heap while the reference `peek` gave is still in use
//!
//! `while let Some(top) = heap.peek()` binds `top`, a reference into the heap; `heap.pop()`
//! borrows the heap mutably while `top` is printed afterwards. rustc reports E0502, "cannot
//! borrow `heap` as mutable because it is also borrowed as immutable".

use std::collections::BinaryHeap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut heap = BinaryHeap::from(vec![3, 1, 2]);
    while let Some(top) = heap.peek() {
        let popped = heap.pop().unwrap();
        println!("{top} {popped}");
    }
}
