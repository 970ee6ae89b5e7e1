//! `select!` in a loop with `biased;`: shutdown first, then messages, then a tick
//!
//! `biased;` polls the branches in order. Each loop iteration builds new futures, so the losing `sleep` is dropped and re-created every time a message wins. A branch whose pattern does not match (`Some(v)` on a closed channel) is disabled, and `else` runs when every branch is disabled, including by an `if` precondition.

use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::{Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let (stop_tx, mut stop_rx) = oneshot::channel::<()>();
    tokio::spawn(async move {
        for i in 0..3 {
            sleep(Duration::from_millis(10)).await;
            tx.send(i).await.unwrap();
        }
        sleep(Duration::from_millis(5)).await;
        stop_tx.send(()).unwrap();
    });
    loop {
        tokio::select! {
            biased;
            _ = &mut stop_rx => {
                println!("[{:?}] shutdown", start.elapsed());
                break;
            }
            Some(v) = rx.recv() => println!("[{:?}] got {v}", start.elapsed()),
            _ = sleep(Duration::from_millis(7)) => println!("[{:?}] tick", start.elapsed()),
        }
    }
    let mut n = 0;
    let r = tokio::select! {
        _ = sleep(Duration::from_millis(3)), if n > 0 => "sleep",
        else => "else",
    };
    println!("{r}");
    n += 1;
    let r = tokio::select! {
        _ = sleep(Duration::from_millis(3)), if n > 0 => "sleep",
        else => "else",
    };
    println!("{r} at {:?}", start.elapsed());
    let (tx2, mut rx2) = mpsc::channel::<u32>(1);
    drop(tx2);
    let r = tokio::select! {
        Some(v) = rx2.recv() => v,
        else => 99,
    };
    println!("{r}");
}
