//! Assigning to a variable that is borrowed
//!
//! `limit_ref` borrows `limit`; assigning a new value to `limit` while the reference is still
//! used later would change what it points at. rustc reports E0506, "cannot assign to `limit`
//! because it is borrowed".

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut limit = 10;
    let limit_ref = &limit;
    sleep(Duration::from_millis(5)).await;
    limit = 20;
    println!("limit was {limit_ref}, now {limit}");
}
