//! `JoinSet::join_next` hands results back in completion order
//!
//! Three jobs spawned in the order 30, 10, 20 ms come back 10, 20, 30. Two that finish at the same instant come back in the order they were woken. An empty set gives `None`.

use tokio::task::JoinSet;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    for ms in [30u64, 10, 20, 20] {
        set.spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            ms
        });
    }
    println!("len {}", set.len());
    while let Some(res) = set.join_next().await {
        println!("[{:?}] got {} (len {})", start.elapsed(), res.unwrap(), set.len());
    }
    println!("empty: {} {:?}", set.is_empty(), set.join_next().await.is_none());
}
