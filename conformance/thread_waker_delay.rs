//! std::thread wakes a task: the tutorial's `Delay` future and its `Notify` version
//!
//! The Tokio tutorial's "Async in depth" page writes a `Delay` future by hand: its first poll
//! finds the deadline (a `std::time::Instant`) still ahead, stores a clone of the task's waker
//! in an `Arc<Mutex<Waker>>` and spawns an OS thread that sleeps until the deadline and calls
//! `wake_by_ref`; a later poll only replaces the stored waker when `will_wake` says it changed.
//! The page's last version does the same with a `Notify`. An OS thread's `std::thread::sleep`
//! spends real time, which the paused Tokio clock does not count: with no Tokio timer pending,
//! virtual time stays at zero while `std::time::Instant` sees the real wait.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::{Duration, Instant};
use tokio::sync::Notify;

struct Delay {
    when: Instant,
    waker: Option<Arc<Mutex<Waker>>>,
    polls: u32,
}

impl Future for Delay {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if Instant::now() >= self.when {
            return Poll::Ready(self.polls);
        }
        if let Some(waker) = &self.waker {
            let mut waker = waker.lock().unwrap();
            if !waker.will_wake(cx.waker()) {
                *waker = cx.waker().clone();
            }
        } else {
            let when = self.when;
            let waker = Arc::new(Mutex::new(cx.waker().clone()));
            self.waker = Some(waker.clone());
            thread::spawn(move || {
                let now = Instant::now();
                if now < when {
                    thread::sleep(when - now);
                }
                let waker = waker.lock().unwrap();
                waker.wake_by_ref();
            });
        }
        Poll::Pending
    }
}

async fn delay(dur: Duration) {
    let when = Instant::now() + dur;
    let notify = Arc::new(Notify::new());
    let notify_clone = notify.clone();
    thread::spawn(move || {
        let now = Instant::now();
        if now < when {
            thread::sleep(when - now);
        }
        notify_clone.notify_one();
    });
    notify.notified().await;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let virtual_start = tokio::time::Instant::now();
    let real_start = Instant::now();

    let when = Instant::now() + Duration::from_millis(30);
    let polls = Delay { when, waker: None, polls: 0 }.await;
    println!("Delay ready after {polls} polls");
    println!("real wait at least 30 ms: {}", real_start.elapsed() >= Duration::from_millis(30));
    println!("virtual time: {:?}", virtual_start.elapsed());

    let ready = Delay { when, waker: None, polls: 0 }.await;
    println!("a Delay already due: ready after {ready} poll");

    let before = Instant::now();
    delay(Duration::from_millis(20)).await;
    println!("notified after at least 20 ms: {}", before.elapsed() >= Duration::from_millis(20));
    println!("virtual time: {:?}", virtual_start.elapsed());
}
