//! Closures that panic inside Tokio calls
//!
//! A `get_or_init` initializer that panics ends its task (the cell stays empty), a `wait_for` predicate that panics ends the waiting task, and a `send_modify` closure that panics ends `main`: each panic is reported where it happened.

use tokio::sync::{OnceCell, watch};
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cell: OnceCell<u32> = OnceCell::new();
    let h = tokio::spawn(async move {
        let v = cell.get_or_init(|| async { panic!("init failed") }).await;
        println!("{v}");
    });
    println!("{:?}", h.await.is_err());
    let (tx, mut rx) = watch::channel(1);
    let h2 = tokio::spawn(async move {
        let r = rx.wait_for(|v| if *v > 1 { panic!("pred") } else { false }).await;
        println!("{:?}", r.is_ok());
    });
    tokio::task::yield_now().await;
    tx.send_modify(|v| *v += 1);
    println!("{:?}", h2.await.is_err());
    tx.send_modify(|_| panic!("modify"));
}
