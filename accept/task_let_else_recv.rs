//! `let Some(x) = rx.recv().await else { .. }` in a task loop
//!
//! The `else` branch `break`s out of the loop, so `x` is always initialized after the statement.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let h = tokio::spawn(async move {
        let mut sum = 0;
        loop {
            let Some(x) = rx.recv().await else {
                break;
            };
            sum += x;
        }
        sum
    });
    for i in 1..=3 {
        if let Err(e) = tx.send(i).await {
            println!("{e}");
        }
    }
    drop(tx);
    println!("{}", h.await.unwrap());
}
