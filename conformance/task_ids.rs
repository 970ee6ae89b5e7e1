//! Task ids: `JoinHandle::id`, `task::id` and `task::try_id`
//!
//! Each spawned task gets the next id of one counter, starting at 1 (main's `block_on` future is
//! not a task: `try_id()` is `None` there). Inside a task, `task::id()` is the id its
//! `JoinHandle` reports. An `Id` displays as its number and debugs as `Id(n)`.

use tokio::task;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("main: try_id = {:?}", task::try_id());
    let a = tokio::spawn(async { task::id() });
    let b = tokio::spawn(async {
        let inner = tokio::spawn(async { task::id() });
        (task::id(), inner.id(), inner.await.unwrap())
    });
    let (ida, idb) = (a.id(), b.id());
    println!("handles: {ida} {idb:?}");
    let from_a = a.await.unwrap();
    let (from_b, inner_handle, from_inner) = b.await.unwrap();
    println!("inside a: {from_a}, same as its handle: {}", from_a == ida);
    println!("inside b: {from_b}; its child: {inner_handle} = {from_inner}");
    let c = tokio::spawn(async { task::try_id().map(|i| i.to_string()) });
    println!("c sees {:?}; a and c differ: {}", c.await.unwrap(), ida != idb);
}
