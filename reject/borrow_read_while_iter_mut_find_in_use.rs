//! Reading a vector while the `&mut` from `iter_mut().find(..)` is in use
//!
//! `let w = workers.iter_mut().find(|w| w.id == 2).unwrap();` borrows `workers` mutably for as
//! long as `w` is used: the item an iterator yields keeps the iterator's borrow. Reading
//! `workers.len()` before the last use of `w` is E0502, "cannot borrow `workers` as immutable
//! because it is also borrowed as mutable".

struct Worker {
    id: u32,
    load: u32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut workers = vec![Worker { id: 1, load: 0 }, Worker { id: 2, load: 0 }];
    let w = workers.iter_mut().find(|w| w.id == 2).unwrap();
    println!("{} workers", workers.len());
    w.load += 1;
    println!("{}", workers[1].load);
}
