//! A std thread is outside the runtime's context
//!
//! Under `#[tokio::main]`, a `std::thread` is not in the runtime's
//! context: `tokio::spawn` there panics ("there is no reactor running").
//! A `Handle` moved into the thread works: its `block_on` enters the
//! runtime for the future it drives, so `tokio::spawn` inside works.
use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lost = std::thread::spawn(|| {
        let _h = tokio::spawn(async { 1 });
        println!("never printed");
    });
    println!("spawn from a plain thread panicked: {}", lost.join().is_err());

    let handle = tokio::runtime::Handle::current();
    let (tx, rx) = oneshot::channel();
    let worker = std::thread::spawn(move || {
        let v = handle.block_on(async { tokio::spawn(async { 5 }).await.unwrap() });
        tx.send(v).unwrap();
    });
    println!("through the handle: {:?}", rx.await);
    worker.join().unwrap();
}
