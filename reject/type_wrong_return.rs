//! A function that returns the wrong type
//!
//! `describe` promises a `String` but its tail expression is the `u32` it was given. rustc reports
//! E0308, "mismatched types": expected `String`, found `u32`.

fn describe(worker: u32) -> String {
    worker
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async { describe(3) });
    println!("{}", handle.await.unwrap());
}
