//! `Notified::enable`: a pinned `Notified` joins the waiters before it is ever polled
//!
//! `enable()` on a pinned `Notified` takes a stored permit (returning `true`), or puts the
//! future in the waiters' line without polling it (`false`). From then on a `notify_one`
//! goes to it (in line order with the other waiters) instead of being stored, and
//! `notify_waiters` notifies it too; no task is woken for it, since it has no waker yet.
//! Awaiting it afterwards completes at once. Dropped after `notify_one` chose it, it passes
//! the notification on to the next waiter.

use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{Duration, Instant, sleep};

async fn waiter(n: Arc<Notify>, name: &'static str, start: Instant) {
    n.notified().await;
    println!("{} notified at {} ms", name, start.elapsed().as_millis());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let notify = Arc::new(Notify::new());

    // A stored permit: enable takes it.
    notify.notify_one();
    let a = notify.notified();
    tokio::pin!(a);
    println!("enable with a stored permit: {}", a.as_mut().enable());
    a.await;
    println!("awaited at {} ms", start.elapsed().as_millis());

    // Enabled first, then a task waits: notify_one goes to the enabled future.
    let b = notify.notified();
    tokio::pin!(b);
    println!("enable with nothing stored: {}", b.as_mut().enable());
    let t = tokio::spawn(waiter(notify.clone(), "task", start));
    tokio::task::yield_now().await;
    notify.notify_one();
    println!("enable again after notify_one: {}", b.as_mut().enable());
    sleep(Duration::from_millis(3)).await;
    b.await;
    println!("b awaited at {} ms; task finished? {}", start.elapsed().as_millis(), t.is_finished());
    notify.notify_one();
    t.await.unwrap();

    // notify_waiters notifies an enabled future and stores nothing.
    let c = notify.notified();
    tokio::pin!(c);
    c.as_mut().enable();
    notify.notify_waiters();
    c.await;
    println!("c done after notify_waiters; permit stored? {}", {
        let d = notify.notified();
        tokio::pin!(d);
        d.as_mut().enable()
    });

    // An enabled future chosen by notify_one and dropped passes it on.
    let t = tokio::spawn(waiter(notify.clone(), "second task", start));
    {
        let e = notify.notified();
        tokio::pin!(e);
        e.as_mut().enable();
        sleep(Duration::from_millis(1)).await;
        let t2 = tokio::spawn(waiter(notify.clone(), "third task", start));
        tokio::task::yield_now().await;
        notify.notify_one();
        println!("dropping e at {} ms", start.elapsed().as_millis());
        drop(t2);
    }
    sleep(Duration::from_millis(1)).await;
    println!("second task finished? {}", t.is_finished());
    notify.notify_one();
    t.await.unwrap();
}
