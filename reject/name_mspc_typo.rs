//! `mspc` instead of `mpsc`
//!
//! The module is `mpsc` ("multi-producer, single-consumer"); `mspc::channel` names a module that
//! does not exist. rustc reports E0433, "cannot find module or crate `mspc` in this scope"
//! ("use of unresolved module or unlinked crate `mspc`").

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mspc::channel(4);
    tx.send(1).await.unwrap();
    println!("{:?}", rx.recv().await);
}
