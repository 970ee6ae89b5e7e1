//! `#[tokio::main(flavor = "local")]`: a `LocalRuntime`
//!
//! On a `LocalRuntime`, `tokio::task::spawn_local` needs no `LocalSet`: it spawns a task that need
//! not be `Send` (here it holds an `Rc`) onto the runtime's own queue, in the same FIFO order as
//! `tokio::spawn`. Tasks interleave at each `.await` as on the current_thread runtime.

use std::rc::Rc;
use std::time::Duration;

#[tokio::main(flavor = "local", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    let shared = Rc::new(String::from("not Send"));
    let a = {
        let shared = Rc::clone(&shared);
        tokio::task::spawn_local(async move {
            println!("local a starts with {shared}");
            tokio::task::yield_now().await;
            println!("local a after yield");
            tokio::time::sleep(Duration::from_millis(20)).await;
            println!("local a after sleep");
            1
        })
    };
    let b = tokio::spawn(async {
        println!("spawned b starts");
        tokio::task::yield_now().await;
        println!("spawned b after yield");
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("spawned b after sleep");
        2
    });
    let c = tokio::task::spawn_local(async {
        println!("local c runs once");
        3
    });
    println!("main spawned three; Rc count {}", Rc::strong_count(&shared));
    let (a, b, c) = (a.await.unwrap(), b.await.unwrap(), c.await.unwrap());
    println!("results {a} {b} {c} at {:?}", start.elapsed());
    println!("Rc count {}", Rc::strong_count(&shared));
}
