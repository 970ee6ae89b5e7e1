//! `broadcast` receivers made with `subscribe` for each task
//!
//! Each task gets its own `Receiver` from `tx.subscribe()` and must declare it `mut` to receive.

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut first) = broadcast::channel::<String>(8);
    let mut handles = Vec::new();
    for id in 0..2 {
        let mut rx = tx.subscribe();
        handles.push(tokio::spawn(async move {
            let mut got = Vec::new();
            while let Ok(msg) = rx.recv().await {
                got.push(msg);
            }
            format!("{id}: {got:?}")
        }));
    }
    tx.send(String::from("a")).unwrap();
    tx.send(String::from("b")).unwrap();
    drop(tx);
    for h in handles {
        println!("{}", h.await.unwrap());
    }
    println!("{:?}", first.recv().await);
}
