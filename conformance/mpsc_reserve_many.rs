//! mpsc `try_reserve_many` / `reserve_many`: several slots at once, handed out as permits
//!
//! `try_reserve_many(n)` takes `n` free slots at once or fails: `Full(())` when fewer are
//! free, and also when `n` is more than the channel's capacity (checked first, so even on a
//! closed channel), `Closed(())` on a closed channel. `n = 0` gives an empty iterator. The
//! `PermitIterator` yields one `Permit` per slot; dropping it releases the slots not taken.
//! `reserve_many(n)` with `n` over the capacity, or on a closed channel, is `Err(SendError(()))`.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(3);
    let permits = tx.try_reserve_many(2).unwrap();
    println!("reserved 2: {} permits, capacity {}", permits.len(), tx.capacity());
    tx.try_send(100).unwrap();
    match tx.try_reserve_many(1) {
        Ok(_) => println!("another slot?"),
        Err(e) => println!("try_reserve_many(1) on a full channel: {} / {:?}", e, e),
    }
    let mut i = 1;
    for permit in permits {
        permit.send(i);
        i += 1;
    }
    println!("sent through the permits: len {}", rx.len());
    for _ in 0..3 {
        println!("received {:?}", rx.recv().await);
    }

    let none = tx.try_reserve_many(0).unwrap();
    println!("zero: {} permits, capacity {}", none.count(), tx.capacity());
    match tx.try_reserve_many(4) {
        Ok(_) => println!("four?"),
        Err(e) => println!("try_reserve_many(4) over capacity 3: {:?}", e),
    }

    let mut permits = tx.reserve_many(3).await.unwrap();
    println!("reserve_many(3): capacity {}", tx.capacity());
    permits.next().unwrap().send(7);
    let left = permits.len();
    drop(permits);
    println!("one sent, {} released: capacity {}, len {}", left, tx.capacity(), rx.len());
    println!("received {:?}", rx.recv().await);

    match tx.reserve_many(4).await {
        Ok(_) => println!("reserve_many(4)?"),
        Err(e) => println!("reserve_many(4) over capacity 3: {:?}", e),
    }
    drop(rx);
    for n in [0, 1, 5] {
        match tx.try_reserve_many(n) {
            Ok(p) => println!("closed, try_reserve_many({}): Ok with {}", n, p.len()),
            Err(e) => println!("closed, try_reserve_many({}): {:?}", n, e),
        }
    }
    println!("closed, reserve_many(1): {:?}", tx.reserve_many(1).await.is_err());
}
