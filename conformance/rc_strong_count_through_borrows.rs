//! `Rc::strong_count` seen from closures, blocks and local tasks that borrow the `Rc`
//!
//! A closure or an `async` block that is not `move` borrows the `Rc` it uses: it is not one
//! more owner, so `Rc::strong_count(&a)` inside it counts what it counts outside; a stored
//! `move` closure owns its clone, however many times it is called. Here local
//! tasks on a `LocalSet` each own a clone of a shared log while the block driving them borrows
//! the original; each task sees the count as the earlier ones finish.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use tokio::task::{self, LocalSet};
use tokio::time::sleep;

tokio::task_local! {
    static REQUEST_ID: u32;
}

fn log_line(log: &RefCell<Vec<String>>, step: u32) {
    let id = REQUEST_ID.get();
    log.borrow_mut().push(format!("req{id:03}/step{step}"));
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = Rc::new(0);
    let fut = async { Rc::strong_count(&a) };
    println!("async block borrowing a: {}", fut.await);
    let f = || Rc::strong_count(&a);
    println!("closure borrowing a: {}", f());
    let c = Rc::clone(&a);
    let owner = move || Rc::strong_count(&c);
    println!("stored move closure: {} then {}", owner(), owner());
    let g = |x: &Rc<i32>| {
        let local = Rc::clone(x);
        Rc::strong_count(&local)
    };
    println!("clone inside a closure: {}", g(&a));
    let log = Rc::new(RefCell::new(Vec::new()));
    let local = LocalSet::new();
    local
        .run_until(async {
            let handles: Vec<_> = (1..=3u32)
                .map(|i| {
                    let log = Rc::clone(&log);
                    task::spawn_local(REQUEST_ID.scope(i * 7, async move {
                        for step in 0..2 {
                            sleep(Duration::from_millis(u64::from(i) * 4)).await;
                            log_line(&log, step);
                        }
                        Rc::strong_count(&log)
                    }))
                })
                .collect();
            for (i, h) in handles.into_iter().enumerate() {
                println!("task {} saw strong_count={}", i + 1, h.await.unwrap());
            }
        })
        .await;

    println!("log: {}", log.borrow().join(" "));
    println!("outside scope: try_with is_err={}", REQUEST_ID.try_with(|v| *v).is_err());
    REQUEST_ID.sync_scope(42, || println!("sync_scope sees {}", REQUEST_ID.get()));

    // Tasks spawned on a LocalSet before it is driven run when it is awaited.
    let counter = Rc::new(RefCell::new(0));
    let local2 = LocalSet::new();
    for k in 1..=4 {
        let c = Rc::clone(&counter);
        local2.spawn_local(async move {
            task::yield_now().await;
            *c.borrow_mut() += k;
        });
    }
    println!("before driving: {}", counter.borrow());
    local2.await;
    println!("after driving: {} (rc count {})", counter.borrow(), Rc::strong_count(&counter));
}
