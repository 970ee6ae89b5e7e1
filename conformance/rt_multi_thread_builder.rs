//! A multi-thread runtime from `Builder` runs one task's steps in order
//!
//! With one task at a time, the output is the same on any number of threads; Taskscope runs it on its simulated current_thread runtime and says so. `worker_threads(0)` panics.

use tokio::runtime::{Builder, Runtime};

fn main() {
    let rt = Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let n = rt.block_on(async {
        let h = tokio::spawn(async { 20 });
        h.await.unwrap() + 1
    });
    println!("multi_thread: {n}");
    let rt2 = Runtime::new().unwrap();
    drop(rt);
    rt2.block_on(async {
        println!("Runtime::new() runs too");
    });
    let _ = Builder::new_multi_thread().worker_threads(0);
}
