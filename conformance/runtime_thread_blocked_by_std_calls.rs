//! std calls that block the runtime's thread, while other threads run
//!
//! On a current_thread runtime, a blocking std call in async code blocks the one thread every
//! task runs on: `JoinHandle::join`, an `mpsc` `recv`, a `Mutex::lock` another thread holds, or
//! `std::thread::sleep`. Other OS threads and the blocking pool go on meanwhile and end the
//! call, but no task runs: the ticker task spawned first only prints its first tick once main
//! reaches its first `.await`. The paused clock does not move while the thread is blocked,
//! so every call returns at 0 ns of virtual time.

use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::Duration;
use tokio::time::{Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let ticker = tokio::spawn(async move {
        for i in 0..3 {
            println!("tick {i} at {:?}", start.elapsed());
            sleep(Duration::from_millis(10)).await;
        }
    });

    // join() on the runtime's thread: the ticker cannot run meanwhile.
    let h = thread::spawn(|| {
        thread::sleep(Duration::from_millis(30));
        println!("thread done");
        42
    });
    println!("joined {} at {:?}", h.join().unwrap(), start.elapsed());

    // recv() on the runtime's thread.
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        thread::sleep(Duration::from_millis(20));
        tx.send("from a thread").unwrap();
    });
    println!("got {:?}", rx.recv());

    // lock() of a std Mutex an OS thread holds across a sleep.
    let m = Arc::new(Mutex::new(0));
    let m2 = Arc::clone(&m);
    let holder = thread::spawn(move || {
        let mut g = m2.lock().unwrap();
        thread::sleep(Duration::from_millis(100));
        *g += 1;
    });
    // Let the thread take the lock first.
    thread::sleep(Duration::from_millis(50));
    *m.lock().unwrap() += 10;
    println!("value {}", *m.lock().unwrap());
    holder.join().unwrap();

    // sleep() on the runtime's thread while a blocking-pool task runs.
    let b = tokio::task::spawn_blocking(|| {
        thread::sleep(Duration::from_millis(20));
        println!("blocking closure done");
    });
    thread::sleep(Duration::from_millis(120));
    println!("runtime thread woke at {:?}", start.elapsed());
    b.await.unwrap();
    ticker.await.unwrap();
    println!("end at {:?}", start.elapsed());
}
