//! Hand-written future: a waker stored, then woken
//!
//! What `.await` does under the hood, as the Tokio tutorial's "Async in depth" page teaches. A
//! `Reply` is a future written by hand: its `poll` looks in a slot shared with the worker, finds
//! nothing, stores a clone of its task's waker there and returns `Poll::Pending`. The caller's task
//! then sleeps at its `.await` without being polled again. When the worker fills the slot, it calls
//! `wake()`: that puts the caller back in the run queue, its `poll` runs once more and finds the
//! value. Watch main's lane: the hollow diamond is the waker being stored, the filled one is the
//! worker waking it.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;
use tokio::time::{Instant, sleep};

#[derive(Default)]
struct Slot {
    value: Option<u64>,
    waker: Option<Waker>,
}

struct Reply {
    slot: Arc<Mutex<Slot>>,
}

impl Future for Reply {
    type Output = u64;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u64> {
        let mut slot = self.slot.lock().unwrap();
        match slot.value.take() {
            Some(v) => Poll::Ready(v),
            None => {
                println!("  poll: no reply yet, storing my waker");
                slot.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

async fn worker(slot: Arc<Mutex<Slot>>, start: Instant) {
    sleep(Duration::from_millis(40)).await;
    let waker = {
        let mut slot = slot.lock().unwrap();
        slot.value = Some(42);
        slot.waker.take()
    };
    println!("[{:>3} ms] worker: reply ready, waking the caller", start.elapsed().as_millis());
    if let Some(w) = waker {
        w.wake();
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let slot = Arc::new(Mutex::new(Slot::default()));
    tokio::spawn(worker(slot.clone(), start));
    println!("[{:>3} ms] main: waiting for the reply", start.elapsed().as_millis());
    let answer = Reply { slot }.await;
    println!("[{:>3} ms] main: got {answer}", start.elapsed().as_millis());
}
