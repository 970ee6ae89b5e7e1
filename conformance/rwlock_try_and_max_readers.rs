//! `try_read`, `try_write` and `with_max_readers` on tokio's RwLock
//!
//! Readers share the lock up to the maximum; a writer excludes everyone; the try forms fail instead of waiting.

use tokio::sync::RwLock;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lock = RwLock::with_max_readers(vec![1, 2], 2);
    let r1 = lock.read().await;
    let r2 = lock.try_read().unwrap();
    println!("two readers: {:?} {:?}", *r1, *r2);
    println!("third reader: {}", lock.try_read().is_err());
    println!("writer while read: {}", lock.try_write().is_err());
    drop(r1);
    drop(r2);
    {
        let mut w = lock.try_write().unwrap();
        w.push(3);
        println!("reader while written: {}", lock.try_read().is_err());
        match lock.try_read() {
            Err(e) => println!("{e} / {e:?}"),
            Ok(_) => println!("unexpected"),
        }
    }
    let r = lock.read().await;
    println!("after the write: {:?}, len {}", *r, r.len());
}
