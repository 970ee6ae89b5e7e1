//! `if let Some(x) = opt` moving out, then `opt` reassigned
//!
//! The `if let` moves the `String` out of `opt`; assigning `opt = None` makes `opt` whole again before it is read.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut opt = Some(String::from("job"));
    let mut done = Vec::new();
    for _ in 0..2 {
        if let Some(job) = opt {
            done.push(job);
            opt = None;
        } else {
            opt = Some(String::from("next"));
        }
    }
    println!("{done:?} {opt:?}");
}
