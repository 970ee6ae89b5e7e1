//! Instant::checked_duration_since and saturating_duration_since; OwnedPermit::same_channel
//!
//! On the paused clock `later.checked_duration_since(earlier)` is the exact gap and `None` the
//! other way round, where `saturating_duration_since` gives zero. An mpsc `OwnedPermit` knows its
//! channel: `same_channel` compares two permits and `same_channel_as_sender` a permit with a
//! sender.

use tokio::sync::mpsc;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    sleep(Duration::from_millis(1500)).await;
    let later = Instant::now();
    println!("{:?}", later.checked_duration_since(start));
    println!("{:?}", start.checked_duration_since(later));
    println!("{:?}", later.saturating_duration_since(start));
    println!("{:?}", start.saturating_duration_since(later));
    println!("{:?}", later.checked_duration_since(later));

    let (tx, mut rx) = mpsc::channel::<u8>(2);
    let (other, _other_rx) = mpsc::channel::<u8>(1);
    let p1 = tx.clone().reserve_owned().await.unwrap();
    let p2 = tx.clone().reserve_owned().await.unwrap();
    let p3 = other.clone().reserve_owned().await.unwrap();
    println!("{} {} {} {}", p1.same_channel(&p2), p1.same_channel(&p3), p2.same_channel_as_sender(&tx), p3.same_channel_as_sender(&tx));
    let tx2 = p1.send(7);
    p2.send(8);
    p3.release();
    println!("{} {:?} {:?}", tx2.same_channel(&tx), rx.recv().await, rx.recv().await);
}
