//! watch `send_modify` and `send_if_modified` change the value in place
//!
//! `send_modify` runs its closure on the value and always counts a new version, waking the receiver. `send_if_modified` keeps what its closure changed either way, but counts a version and wakes receivers only when the closure returns true: a receiver then sees both changes at once.

use tokio::sync::watch;

#[derive(Debug, Clone)]
struct Config {
    version: u32,
    name: String,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = watch::channel(Config { version: 1, name: "a".into() });
    let h = tokio::spawn(async move {
        while rx.changed().await.is_ok() {
            let c = rx.borrow_and_update().clone();
            println!("saw {:?}", c);
        }
        println!("closed");
    });
    tokio::task::yield_now().await;
    tx.send_modify(|c| c.version += 1);
    tokio::task::yield_now().await;
    let changed = tx.send_if_modified(|c| {
        c.name.push('!');
        false
    });
    println!("notified: {changed}, now {:?}", tx.borrow().clone());
    let changed = tx.send_if_modified(|c| {
        if c.version < 5 {
            c.version = 5;
            true
        } else {
            false
        }
    });
    println!("notified: {changed}");
    drop(tx);
    h.await.unwrap();
}
