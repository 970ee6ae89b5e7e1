//! A channel end a closure captures closes when Rust drops it
//!
//! A closure that borrows a `Sender` does not keep the channel open: once the closure is last called, `drop(tx)` closes the channel and the receiver sees `None`. A `move` closure owns its `Sender`: the channel closes when the closure is dropped, or when a `FnOnce` call drops what it took. `Option` and `Result` combinators run their closures on values received from tasks.

use tokio::sync::{mpsc, oneshot};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let send = |v| tx.try_send(v).unwrap();
    send(1);
    send(2);
    drop(tx);
    while let Some(v) = rx.recv().await {
        println!("borrowed: {v}");
    }
    println!("closed once tx was dropped");

    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let owner = move |v| tx.try_send(v).is_ok();
    println!("sent: {}", owner(3));
    let h = tokio::spawn(async move {
        let mut seen = Vec::new();
        while let Some(v) = rx.recv().await {
            seen.push(v);
        }
        seen
    });
    tokio::task::yield_now().await;
    println!("owner still alive: {}", owner(4));
    drop(owner);
    println!("task saw {:?}", h.await.unwrap());

    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let last = move || {
        tx.try_send(5).unwrap();
        drop(tx);
    };
    last();
    println!("{:?} {:?}", rx.recv().await, rx.recv().await);

    let (otx, orx) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        otx.send(21).unwrap();
    });
    let doubled = orx.await.map(|v| v * 2).unwrap_or_else(|_| 0);
    println!("doubled {doubled}");
    let described = Some(doubled).filter(|v| *v > 40).map_or("small".to_string(), |v| format!("big {v}"));
    println!("{described}");
}
