//! tokio Mutex: `lock_owned`, `try_lock_owned`, `get_mut` and `into_inner`
//!
//! `lock_owned` takes the `Arc` by value: the `OwnedMutexGuard` keeps the mutex (and its
//! value) alive after every other `Arc` is dropped, and can move into a task; the value drops
//! when the guard does. `try_lock_owned` fails with `TryLockError` while the lock is held.
//! With no lock held, `get_mut` reaches the value through `&mut` (Taskscope reads through it;
//! writing is not supported yet), and `into_inner` takes it out.

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut plain = Mutex::new(vec![1, 2]);
    println!("get_mut: {:?}", plain.get_mut());
    {
        let g = plain.try_lock().unwrap();
        println!("try_lock: {:?}", *g);
        match plain.try_lock() {
            Ok(_) => println!("twice?"),
            Err(e) => println!("try_lock while held: {} / {:?}", e, e),
        }
    }
    let v = plain.into_inner();
    println!("into_inner: {:?}", v);

    // The mutex guards a sender: the receiver sees `None` once the value is gone.
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let watcher = tokio::spawn(async move {
        while let Some(m) = rx.recv().await {
            println!("watcher: {}", m);
        }
        println!("watcher: the mutex's value is gone");
    });
    let shared = Arc::new(Mutex::new(tx));
    let guard = shared.clone().lock_owned().await;
    guard.send(String::from("locked by main")).unwrap();
    match shared.clone().try_lock_owned() {
        Ok(_) => println!("twice?"),
        Err(e) => println!("try_lock_owned while held: {} / {:?}", e, e),
    }
    println!("locked: {}", shared.try_lock().is_err());
    let other = shared.clone();
    let waiter = tokio::spawn(async move {
        let g = other.lock().await;
        g.send(String::from("waiter got the lock")).unwrap();
    });
    let task = tokio::spawn(async move {
        sleep(Duration::from_millis(3)).await;
        guard.send(String::from("the task holds the guard")).unwrap();
    });
    drop(shared);
    println!("main dropped its Arc");
    task.await.unwrap();
    waiter.await.unwrap();
    println!("every Arc and guard is gone");
    watcher.await.unwrap();

    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();
    let last = Arc::new(Mutex::new(tx));
    let g = last.try_lock_owned().unwrap();
    g.send(1).unwrap();
    println!("only the guard holds it now: {:?}", rx.try_recv());
    println!("still open: {:?}", rx.try_recv());
    drop(g);
    println!("after the guard: {:?}", rx.try_recv());
}
