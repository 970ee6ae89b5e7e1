//! oneshot: `Sender::closed().await`, `Receiver::close`, `is_terminated` and `is_empty`
//!
//! A sender can wait for the receiver to go away (`closed().await` returns once it is dropped
//! or closed). After `Receiver::close` the send fails and gives the value back, but a value
//! sent before the close is still received. `try_recv` returning anything but `Empty` ends the
//! receiver: `is_terminated` is then true.

use tokio::sync::oneshot;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (mut tx, rx) = oneshot::channel::<i32>();
    let watcher = tokio::spawn(async move {
        tx.closed().await;
        println!("task: receiver gone, is_closed {}", tx.is_closed());
        println!("task: send {:?}", tx.send(1));
    });
    sleep(Duration::from_millis(4)).await;
    println!("main drops the receiver");
    drop(rx);
    watcher.await.unwrap();

    let (tx, mut rx) = oneshot::channel::<i32>();
    println!("empty {} terminated {}", rx.is_empty(), rx.is_terminated());
    rx.close();
    println!("closed: is_closed {} send {:?}", tx.is_closed(), tx.send(2));
    println!("try_recv {:?}", rx.try_recv());
    println!("terminated {}", rx.is_terminated());

    let (tx, mut rx) = oneshot::channel::<i32>();
    tx.send(3).unwrap();
    println!("empty {} terminated {}", rx.is_empty(), rx.is_terminated());
    rx.close();
    println!("after close: {:?}", rx.try_recv());
    println!("empty {} terminated {}", rx.is_empty(), rx.is_terminated());
    println!("again: {:?}", rx.try_recv());

    let (tx, mut rx) = oneshot::channel::<i32>();
    println!("try_recv {:?} terminated {}", rx.try_recv(), rx.is_terminated());
    drop(tx);
    println!("try_recv {:?} terminated {}", rx.try_recv(), rx.is_terminated());
}
