//! Writing through an `RwLockReadGuard`
//!
//! A read guard gives shared access only: it implements `Deref`, not `DerefMut`. rustc reports
//! E0594; take `write().await` to change the value.

use tokio::sync::RwLock;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lock = RwLock::new(1);
    let guard = lock.read().await;
    *guard += 1;
    println!("{}", *guard);
}
