//! A broadcast subscriber that is not `mut`
//!
//! `subscribe()` hands out a new receiver, and receiving from it needs `&mut self`; the binding
//! lacks `mut`. rustc reports E0596, "cannot borrow `rx` as mutable, as it is not declared as
//! mutable".

use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, _) = broadcast::channel::<String>(8);
    let rx = tx.subscribe();
    let listener = tokio::spawn(async move {
        while let Ok(news) = rx.recv().await {
            println!("news: {news}");
        }
    });
    tx.send(String::from("release 1.0")).unwrap();
    drop(tx);
    listener.await.unwrap();
}
