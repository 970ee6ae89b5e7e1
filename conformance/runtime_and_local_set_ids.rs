//! runtime::Id: runtimes and LocalSets are numbered from one counter, in creation order
//!
//! `Handle::id()` and `LocalSet::id()` give a `tokio::runtime::Id`, displayed as its number and
//! debugged as `Id(n)`. Tokio hands these out from one process-wide counter that starts at 1:
//! `#[tokio::main]`'s runtime is built first and is 1, then each `LocalSet::new()` and each
//! runtime built later (on another thread here, since a runtime cannot be built and dropped
//! inside one) takes the next number, whether or not it is ever run.

use tokio::runtime::{Builder, Handle};
use tokio::task::LocalSet;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let first = LocalSet::new();
    let second = LocalSet::new();
    let main_id = Handle::current().id();
    println!("main runtime: {main_id} ({main_id:?})");
    println!("local sets: {} and {:?}, equal: {}", first.id(), second.id(), first.id() == second.id());

    let (built, third) = std::thread::spawn(|| {
        let rt = Builder::new_current_thread().build().unwrap();
        let third = LocalSet::new();
        (rt.handle().id(), third.id())
    })
    .join()
    .unwrap();
    println!("built on a thread: {built}, then a set: {third}");

    first
        .run_until(async {
            println!("inside the first set, the runtime is still {}", Handle::current().id());
        })
        .await;
    println!("[{:>3}] [{:<3}]", main_id, second.id());
}
