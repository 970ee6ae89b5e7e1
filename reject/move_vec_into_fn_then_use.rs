//! Using a Vec after passing it by value
//!
//! `total` takes its `Vec<u64>` by value, so `sizes` is moved into the call and is gone afterwards.
//! Printing it later is rustc's E0382, "borrow of moved value: `sizes`". Passing `&sizes` (and
//! taking `&[u64]`) would fix it.

use tokio::time::{sleep, Duration};

async fn total(sizes: Vec<u64>) -> u64 {
    sleep(Duration::from_millis(5)).await;
    let mut sum = 0;
    for s in sizes {
        sum += s;
    }
    sum
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sizes = vec![120, 80, 300];
    let sum = total(sizes).await;
    println!("{} files, {} bytes", sizes.len(), sum);
}
