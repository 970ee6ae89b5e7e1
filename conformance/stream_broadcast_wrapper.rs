//! tokio-stream's `BroadcastStream`: a broadcast receiver as a stream
//!
//! Each value comes as `Ok(v)`; a receiver that fell behind the channel's capacity gets one
//! `Err(BroadcastStreamRecvError::Lagged(n))` (then the oldest value kept), and the stream ends
//! once every sender is gone. `filter_map(|r| r.ok())` keeps the values. The error prints
//! "channel lagged by n".

use tokio::sync::broadcast;
use tokio::time::{Duration, sleep};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = broadcast::channel::<u32>(2);
    let rx2 = tx.subscribe();
    let slow = tokio::spawn(async move {
        let mut s = BroadcastStream::new(rx);
        sleep(Duration::from_millis(50)).await;
        while let Some(item) = s.next().await {
            match item {
                Ok(v) => println!("slow got {v}"),
                Err(BroadcastStreamRecvError::Lagged(n)) => println!("slow lagged by {n}"),
            }
        }
        println!("slow: channel closed");
    });
    let fast = tokio::spawn(async move {
        let ok: Vec<u32> = BroadcastStream::new(rx2).filter_map(|r| r.ok()).map(|v| v * 10).collect().await;
        println!("fast {ok:?}");
    });
    for i in 0..5 {
        tx.send(i).unwrap();
        sleep(Duration::from_millis(5)).await;
    }
    drop(tx);
    slow.await.unwrap();
    fast.await.unwrap();
    let e = BroadcastStreamRecvError::Lagged(3);
    println!("{e} {e:?} {}", e == BroadcastStreamRecvError::Lagged(3));
}
