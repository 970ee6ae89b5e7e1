//! A reference pointed elsewhere before its first target is mutated
//!
//! `r` starts as a borrow of `a`, is reassigned to borrow `b`, and only then is `a` pushed to: the old loan is dead even though `r` is used afterwards.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut a = vec![1];
    let b = vec![10, 20];
    let mut r = &a;
    println!("r = {r:?}");
    r = &b;
    a.push(2);
    println!("r = {r:?}, a = {a:?}");
}
