//! Hand-written futures: a waker stored in shared state, woken by another task
//!
//! The shape the Tokio tutorial teaches: `poll` finds no value, stores a clone of its task's
//! waker in state shared with a producer and returns `Poll::Pending`. The producer later sets the
//! value and calls `wake()`, which puts the waiting task back in the run queue; a wake with no
//! value yet only makes `poll` run again (a spurious wake-up). `will_wake` tells whether a stored
//! waker already wakes this task, and is false for another task's waker.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;
use tokio::time::{Instant, sleep};

#[derive(Default)]
struct Shared {
    value: Option<String>,
    waker: Option<Waker>,
    polls: u32,
}

struct Reply {
    shared: Arc<Mutex<Shared>>,
}

impl Future for Reply {
    type Output = String;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<String> {
        let mut s = self.shared.lock().unwrap();
        s.polls += 1;
        if let Some(v) = s.value.take() {
            println!("poll {}: ready", s.polls);
            return Poll::Ready(v);
        }
        let ours = s.waker.as_ref().is_some_and(|w| w.will_wake(cx.waker()));
        println!("poll {}: pending (stored waker already ours: {ours})", s.polls);
        s.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let shared = Arc::new(Mutex::new(Shared::default()));
    let producer = {
        let shared = shared.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(30)).await;
            let w = shared.lock().unwrap().waker.clone();
            if let Some(w) = w {
                println!("producer: spurious wake at {} ms", start.elapsed().as_millis());
                w.wake();
            }
            sleep(Duration::from_millis(20)).await;
            let w = {
                let mut s = shared.lock().unwrap();
                s.value = Some("hello".to_string());
                s.waker.take()
            };
            println!("producer: value set at {} ms", start.elapsed().as_millis());
            if let Some(w) = w {
                w.wake_by_ref();
                let theirs = tokio::spawn(async { 1 });
                println!("producer: still running after wake");
                theirs.await.unwrap();
            }
        })
    };
    let other = tokio::spawn(async { std::future::poll_fn(|cx| Poll::Ready(cx.waker().clone())).await }).await.unwrap();
    let v = Reply { shared: shared.clone() }.await;
    let polls = shared.lock().unwrap().polls;
    println!("main got {v} at {} ms after {polls} polls", start.elapsed().as_millis());
    let mine = std::future::poll_fn(|cx| Poll::Ready(cx.waker().will_wake(&other))).await;
    println!("another task's waker wakes main: {mine}");
    producer.await.unwrap();
}
