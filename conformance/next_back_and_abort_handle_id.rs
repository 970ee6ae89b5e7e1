//! `next_back` and `AbortHandle::id`
//!
//! `set.range(..7).next_back()` finds the greatest key below 7 (an elevator's next floor down);
//! `next_back` takes from the back of a vector's, a range's or a string's iterator, which `next`
//! still takes from the front. `JoinSet::spawn` returns an `AbortHandle` whose `id()` is its
//! task's, as `JoinHandle::abort_handle().id()` is.

use std::collections::BTreeSet;
use tokio::task::JoinSet;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let floors: BTreeSet<u32> = [1, 4, 7, 9].into_iter().collect();
    println!("{:?} {:?}", floors.range(..7).next_back(), floors.range(10..).next_back());
    let mut r = (0..5).into_iter().rev().rev();
    println!("{:?} {:?} {:?}", r.next_back(), r.next(), r.next_back());
    let v = vec!["a", "b", "c"];
    let mut it = v.iter();
    println!("{:?} {:?} {:?} {:?}", it.next_back(), it.next(), it.next_back(), it.next_back());
    let mut cs = "xyz".chars();
    println!("{:?} {:?}", cs.next_back(), cs.rev().next_back());

    let mut set = JoinSet::new();
    let a = set.spawn(async { 1 });
    let b = set.spawn(async { 2 });
    println!("{} {} {}", a.id(), b.id(), a.id() < b.id());
    let h = tokio::spawn(async { 3 });
    let ah = h.abort_handle();
    println!("{} {}", h.id(), ah.id() == h.id());
    while let Some(r) = set.join_next().await {
        println!("{:?}", r);
    }
}
