//! Writing through a guard held by an immutable binding
//!
//! `*guard = ..` calls `DerefMut::deref_mut(&mut guard)`, which borrows the guard itself mutably,
//! so its binding must be `mut`: rustc's E0596, "cannot borrow `guard` as mutable, as it is not
//! declared as mutable", at `guard`. Write `let mut guard = counter.lock().await;`.
use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    let c = Arc::clone(&counter);
    tokio::spawn(async move {
        let guard = c.lock().await;
        *guard = 10;
    })
    .await
    .unwrap();
    println!("{}", *counter.lock().await);
}
