//! A plain `fn main`: creating a `sleep` outside a runtime panics
//!
//! `tokio::time::sleep` needs the runtime's timer the moment it is called, before any `.await`.

use tokio::time::{Duration, sleep};

fn main() {
    println!("before");
    let _delay = sleep(Duration::from_millis(5));
    println!("not reached");
}
