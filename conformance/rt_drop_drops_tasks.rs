//! Dropping the runtime drops its tasks, and what they own
//!
//! A task still waiting keeps its `Sender` alive after `block_on` returns; the channel closes only when the runtime, and with it the task, is dropped.

use tokio::runtime::Builder;
use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

fn main() {
    let rt = Builder::new_current_thread().enable_all().start_paused(true).build().unwrap();
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    rt.block_on(async move {
        tokio::spawn(async move {
            tx.send(1).await.unwrap();
            sleep(Duration::from_secs(60)).await;
            tx.send(2).await.unwrap();
        });
        sleep(Duration::from_millis(5)).await;
    });
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.try_recv());
    drop(rt);
    println!("{:?}", rx.try_recv());
}
