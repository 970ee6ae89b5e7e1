//! The tutorial's `select!` on an operation and `tx.closed()`
//!
//! A spawned task races its operation against `tx1.closed()`: if the receiver goes away first, the operation is dropped unfinished. The async block is not `move`, but it sends `tx1`, so it owns `tx1` and can call `closed()` on it.

use tokio::sync::oneshot;
use tokio::time::{Duration, Instant, sleep};

async fn some_operation(ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    format!("operation of {ms} ms")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    for (op_ms, give_up_ms) in [(10, 50), (50, 10)] {
        let (mut tx1, rx1) = oneshot::channel();
        let (tx2, rx2) = oneshot::channel();
        let operation = some_operation(op_ms);
        let task = tokio::spawn(async {
            tokio::select! {
                val = operation => {
                    let _ = tx1.send(val);
                }
                _ = tx1.closed() => {
                    println!("the receiver is gone: operation dropped");
                }
            }
        });
        tokio::spawn(async move {
            sleep(Duration::from_millis(give_up_ms)).await;
            let _ = tx2.send("gave up");
        });
        tokio::select! {
            biased;
            val = rx1 => println!("[{:?}] rx1 completed first with {:?}", start.elapsed(), val),
            val = rx2 => println!("[{:?}] rx2 completed first with {:?}", start.elapsed(), val),
        }
        task.await.unwrap();
    }
}
