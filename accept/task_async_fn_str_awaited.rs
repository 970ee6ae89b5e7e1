//! An `async fn` taking `&str`, awaited in place
//!
//! The future borrows `name` only until it is awaited, in `main` itself, so no `'static` is needed.

use tokio::time::{sleep, Duration};

async fn greet(name: &str, times: u32) -> String {
    sleep(Duration::from_millis(1)).await;
    let mut out = String::new();
    for _ in 0..times {
        out.push_str(name);
    }
    out
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let name = String::from("ab");
    let g = greet(&name, 2).await;
    let h = greet(name.as_str(), 1).await;
    let lit = greet("lit", 1).await;
    println!("{g} {h} {lit} {name}");
}
