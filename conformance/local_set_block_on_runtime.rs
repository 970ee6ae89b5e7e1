//! `LocalSet::block_on` drives a set on a runtime built by hand
//!
//! `local.block_on(&rt, fut)` is `rt.block_on(local.run_until(fut))`:
//! the future and the `spawn_local` tasks it starts may hold `Rc`s, since
//! they never leave the thread. A blocking closure still runs on the
//! runtime's pool.
use std::cell::RefCell;
use std::rc::Rc;
use tokio::runtime::Builder;
use tokio::task::{self, LocalSet};

fn main() {
    let rt = Builder::new_current_thread().enable_all().build().unwrap();
    let local = LocalSet::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let log2 = log.clone();
    let total = local.block_on(&rt, async move {
        let mut handles = Vec::new();
        for i in 1..=3 {
            let log = log2.clone();
            handles.push(task::spawn_local(async move {
                log.borrow_mut().push(format!("local task {i}"));
                task::yield_now().await;
                i * 10
            }));
        }
        let blocking = task::spawn_blocking(|| {
            std::thread::sleep(std::time::Duration::from_millis(30));
            5
        })
        .await
        .unwrap();
        log2.borrow_mut().push(format!("blocking gave {blocking}"));
        let mut sum = blocking;
        for h in handles {
            sum += h.await.unwrap();
        }
        sum
    });
    println!("total {total}");
    for line in log.borrow().iter() {
        println!("{line}");
    }
}
