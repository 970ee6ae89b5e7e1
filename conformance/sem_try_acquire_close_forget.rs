//! `try_acquire`, `forget`, `forget_permits`, `add_permits` and `close` on a Semaphore
//!
//! The synchronous operations and the errors, as values and as text.

use tokio::sync::{Semaphore, TryAcquireError};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sem = Semaphore::new(2);
    let p1 = sem.try_acquire().unwrap();
    println!("after one: {}", sem.available_permits());
    match sem.try_acquire_many(2) {
        Err(TryAcquireError::NoPermits) => println!("two more: no permits"),
        Err(TryAcquireError::Closed) => println!("closed"),
        Ok(_) => println!("unexpected"),
    }
    let e = sem.try_acquire_many(5).unwrap_err();
    println!("{e} / {e:?}");
    p1.forget();
    println!("after forget: {}", sem.available_permits());
    sem.add_permits(4);
    println!("after add_permits(4): {}", sem.available_permits());
    println!("forgot {}", sem.forget_permits(2));
    println!("forgot {}", sem.forget_permits(10));
    println!("now {}", sem.available_permits());
    sem.add_permits(1);
    sem.close();
    println!("closed: {}", sem.is_closed());
    let e = sem.acquire().await.unwrap_err();
    println!("{e} / {e:?}");
    let e = sem.try_acquire().unwrap_err();
    println!("{e} / {e:?}");
    println!("available after close: {}", sem.available_permits());
    println!("max: {}", Semaphore::MAX_PERMITS);
}
