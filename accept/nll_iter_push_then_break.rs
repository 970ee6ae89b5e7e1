//! Pushing while iterating, then breaking out at once
//!
//! The iterator borrows `v`, but after `v.push` the loop `break`s and never touches the iterator again, so rustc accepts the push.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        if *x == 2 {
            v.push(20);
            break;
        }
    }
    println!("{v:?}");
}
