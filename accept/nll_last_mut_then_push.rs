//! `if let Some(last) = v.last_mut()` followed by a push
//!
//! The mutable borrow from `last_mut` ends with the `if let`, so `v.push` right after is fine.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2];
    if let Some(last) = v.last_mut() {
        *last += 10;
    }
    v.push(0);
    if let Some(first) = v.first() {
        println!("first {first}");
    }
    v.push(1);
    println!("{v:?}");
}
