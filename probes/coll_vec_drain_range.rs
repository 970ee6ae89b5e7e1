//! Collections: `Vec::drain` removes only the given range
//!
//! `v.drain(1..)` keeps the first element, `drain(..2)` the tail, `drain(1..3)` the
//! ends, and `drain(..)` empties the Vec; each drained part comes back in order.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let tail: Vec<i32> = v.drain(1..).collect();
    println!("drain(1..): {:?} left {:?}", tail, v);

    let mut v = vec![1, 2, 3, 4, 5];
    let head: Vec<i32> = v.drain(..2).collect();
    println!("drain(..2): {:?} left {:?}", head, v);

    let mut v = vec![1, 2, 3, 4, 5];
    let mid: Vec<i32> = v.drain(1..3).collect();
    println!("drain(1..3): {:?} left {:?}", mid, v);

    let mut v = vec![1, 2, 3, 4, 5];
    let mid: Vec<i32> = v.drain(1..=3).collect();
    println!("drain(1..=3): {:?} left {:?}", mid, v);

    let mut v = vec![1, 2, 3];
    let all: Vec<i32> = v.drain(..).collect();
    println!("drain(..): {:?} left {:?}", all, v);
}
