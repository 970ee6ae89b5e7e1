//! select! handlers of different types
//!
//! `select!` expands to a `match` on the winner: every handler must give the same type, so rustc reports the second as E0308 `match` arms have incompatible types.

use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = tokio::select! {
        _ = sleep(Duration::from_millis(1)) => 1,
        _ = sleep(Duration::from_millis(2)) => "two",
    };
    println!("{v:?}");
}
