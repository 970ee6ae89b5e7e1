//! A peeked reference still in use when the iterator is advanced
//!
//! `it.peek()` returns a reference into the iterator, which borrows it
//! mutably; `println!` keeps its arguments alive together, so the second
//! argument's `it.next()` is a second mutable borrow (rustc's E0499).

fn main() {
    let mut it = [1, 2, 3].into_iter().peekable();
    println!("{:?}", it.peek());
    println!("{:?} {:?}", it.peek(), it.next());
}
