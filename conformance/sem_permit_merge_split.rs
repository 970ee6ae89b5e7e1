//! Semaphore permits: merge and split move permits between permits of one semaphore
//!
//! `permit.merge(other)` adds `other`'s permits to `permit` (they go back together when it is
//! dropped); `permit.split(n)` takes `n` of a permit's permits into a new permit, or gives `None`
//! if it holds fewer. A split permit borrows the semaphore, not the permit it came from, so both
//! stay usable. The owned permits do the same; permits released by a drop go to the oldest
//! waiter first.

use std::sync::Arc;
use tokio::sync::Semaphore;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sem = Semaphore::new(10);
    let mut permit = sem.try_acquire().unwrap();
    for _ in 0..4 {
        let p = sem.try_acquire().unwrap();
        permit.merge(p);
    }
    println!("merged {} available {}", permit.num_permits(), sem.available_permits());
    let part = permit.split(2).unwrap();
    println!("split {} + {} available {}", permit.num_permits(), part.num_permits(), sem.available_permits());
    println!("too many: {}", permit.split(4).is_none());
    drop(part);
    println!("part dropped: available {}", sem.available_permits());
    let none = permit.split(0).unwrap();
    println!("zero: {} {}", none.num_permits(), permit.num_permits());
    drop(none);
    drop(permit);
    println!("all dropped: available {}", sem.available_permits());

    let sem = Arc::new(Semaphore::new(3));
    let mut all = sem.clone().try_acquire_many_owned(3).unwrap();
    let waiter = {
        let sem = sem.clone();
        tokio::spawn(async move {
            let p = sem.acquire_many(2).await.unwrap();
            println!("waiter got {}", p.num_permits());
        })
    };
    tokio::task::yield_now().await;
    let one = all.split(1).unwrap();
    drop(one);
    println!("one back: available {}", sem.available_permits());
    tokio::task::yield_now().await;
    let rest = all.split(2).unwrap();
    all.merge(rest);
    println!("owned {}", all.num_permits());
    drop(all);
    waiter.await.unwrap();
    println!("end: available {}", sem.available_permits());
}
