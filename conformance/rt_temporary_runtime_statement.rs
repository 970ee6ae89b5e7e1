//! A runtime built in one statement lives until the statement's end
//!
//! `Builder::…build().unwrap().block_on(..)` drops the runtime, and its tasks, at the `;`, before the next line runs.

use tokio::runtime::Builder;
use tokio::sync::oneshot;

fn main() {
    let (tx, mut rx) = oneshot::channel::<&str>();
    Builder::new_current_thread().build().unwrap().block_on(async move {
        tokio::spawn(async move {
            tokio::task::yield_now().await;
            tokio::task::yield_now().await;
            let _ = tx.send("late");
        });
        tokio::task::yield_now().await;
        println!("block_on returns");
    });
    println!("{:?}", rx.try_recv());
}
