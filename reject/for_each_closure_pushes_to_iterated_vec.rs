//! Pushing to a vector from the closure of an iterator over it
//!
//! `v.iter()` borrows `v` for as long as the iterator runs, and the closure given to `for_each`
//! captures `v` by mutable reference to push to it. rustc reports E0502 at the closure: the
//! vector could reallocate under the iterator. Collect what to add first, then extend.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut v = vec![1, 2, 3];
    v.iter().for_each(|x| v.push(*x * 10));
    println!("{v:?}");
}
