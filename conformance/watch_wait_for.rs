//! watch `wait_for` tries its predicate on each new version
//!
//! The receiver tries the predicate on the current value at once, then once per version it sees after a `changed()` wake-up, and returns a `Ref` of the first value it accepts. A `wait_for` whose channel closes with nothing new returns `Err(RecvError)`.

use tokio::sync::watch;
use tokio::time::{Duration, Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = watch::channel(0u32);
    let waiter = tokio::spawn(async move {
        {
            let r = rx
                .wait_for(|v| {
                    println!("  checking {v}");
                    *v >= 3
                })
                .await;
            match r {
                Ok(v) => println!("ready at {} after {:?}, has_changed {}", *v, start.elapsed(), v.has_changed()),
                Err(e) => println!("error {e:?}"),
            }
        }
        let r2 = rx.wait_for(|v| *v > 100).await;
        println!("second: {:?} at {:?}", r2.is_err(), start.elapsed());
    });
    for i in 1..=4 {
        sleep(Duration::from_millis(10)).await;
        tx.send(i).unwrap();
        println!("sent {i}");
    }
    sleep(Duration::from_millis(10)).await;
    drop(tx);
    waiter.await.unwrap();
}
