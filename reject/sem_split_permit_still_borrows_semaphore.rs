//! A permit split off another still borrows the semaphore
//!
//! `p1.split(1)` returns a `SemaphorePermit<'a>` with the semaphore's lifetime, not a borrow of
//! `p1`: dropping `p1` is fine, but moving the semaphore away while the split permit is still used
//! is not. rustc reports E0505, "cannot move out of `sem` because it is borrowed".

use tokio::sync::Semaphore;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sem = Semaphore::new(3);
    let mut p1 = sem.try_acquire_many(3).unwrap();
    let p2 = p1.split(1).unwrap();
    drop(p1);
    drop(sem);
    println!("{}", p2.num_permits());
}
