//! Using a variable after its block ended
//!
//! `total` is declared inside the `if` block and is gone at its `}`; the `println!` after the
//! block cannot see it. rustc reports E0425, "cannot find value `total` in this scope".

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let items = vec![3, 4];
    if !items.is_empty() {
        sleep(Duration::from_millis(1)).await;
        let total = items[0] + items[1];
        println!("computed");
    }
    println!("total = {}", total);
}
