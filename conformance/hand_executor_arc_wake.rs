//! A hand-written executor: `ArcWake` wakers, timer threads, and `process::exit` to stop
//!
//! An executor written by hand keeps its tasks as `Arc`s and runs whatever its
//! channel hands it. `futures::task::waker(arc)` makes a `Waker` whose
//! `wake_by_ref` calls the `ArcWake` impl with the `Arc` (here: send the task
//! back to the channel), and whose `wake` calls the impl's `wake` when it has
//! one. A future polled with that waker's `Context` stores a clone of it and
//! hands it to a thread that sleeps, then wakes it: the executor's thread
//! blocks in `recv` until then. Two wakers of the same `Arc` `will_wake` each
//! other. A `thread_local!` lets `spawn` find the executor, and
//! `std::process::exit(0)` ends the process, running no destructor, because
//! the executor's loop would otherwise wait for ever. (The timers are real
//! threads sleeping in real time: the root's 400 ms leave the ticker's three
//! 10 ms sleeps a wide margin on a loaded machine.)

use futures::task::{self, ArcWake};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::Duration;

type BoxedTask = Pin<Box<dyn Future<Output = ()> + Send>>;

struct Job {
    name: &'static str,
    future: Mutex<Option<BoxedTask>>,
    queue: Sender<Arc<Job>>,
}

impl ArcWake for Job {
    fn wake_by_ref(job: &Arc<Self>) {
        println!("  woken: {}", job.name);
        job.queue.send(job.clone()).unwrap();
    }
}

thread_local! {
    static QUEUE: RefCell<Option<Sender<Arc<Job>>>> = const { RefCell::new(None) };
}

fn spawn(name: &'static str, future: impl Future<Output = ()> + Send + 'static) {
    QUEUE.with_borrow(|queue| {
        let queue = queue.as_ref().expect("spawn outside the executor");
        let job = Job { name, future: Mutex::new(Some(Box::pin(future))), queue: queue.clone() };
        queue.send(Arc::new(job)).unwrap();
    });
}

/// Ready once a thread of its own has slept `ms` milliseconds; that thread
/// wakes the waker the last poll stored.
struct Timer {
    ms: u64,
    shared: Option<Arc<Mutex<(bool, Waker)>>>,
}

impl Timer {
    fn new(ms: u64) -> Timer {
        Timer { ms, shared: None }
    }
}

impl Future for Timer {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if let Some(shared) = &self.shared {
            let mut state = shared.lock().unwrap();
            if state.0 {
                return Poll::Ready(());
            }
            if !state.1.will_wake(cx.waker()) {
                state.1 = cx.waker().clone();
            }
            return Poll::Pending;
        }
        let shared = Arc::new(Mutex::new((false, cx.waker().clone())));
        self.shared = Some(shared.clone());
        let ms = self.ms;
        thread::spawn(move || {
            thread::sleep(Duration::from_millis(ms));
            let mut state = shared.lock().unwrap();
            state.0 = true;
            state.1.wake_by_ref();
        });
        Poll::Pending
    }
}

/// A waker type whose impl has both methods.
struct Bell;

impl ArcWake for Bell {
    fn wake(self: Arc<Self>) {
        println!("Bell::wake, by value");
    }
    fn wake_by_ref(_bell: &Arc<Self>) {
        println!("Bell::wake_by_ref");
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropped {}", self.0);
    }
}

fn main() {
    let bell = task::waker(Arc::new(Bell));
    bell.wake_by_ref();
    bell.clone().wake();
    let noop = task::noop_waker();
    println!("bell will_wake noop: {}", bell.will_wake(&noop));

    let _never_dropped = Noisy("main's local");
    let (tx, rx) = channel::<Arc<Job>>();
    QUEUE.set(Some(tx));
    spawn("root", async {
        println!("root: starts, spawns two tasks");
        spawn("ticker", async {
            for i in 1..=3 {
                Timer::new(10).await;
                println!("ticker: tick {i}");
            }
        });
        spawn("quick", async {
            println!("quick: done without waiting");
        });
        Timer::new(400).await;
        println!("root: all done, exiting");
        std::process::exit(0);
    });

    while let Ok(job) = rx.recv() {
        let waker = task::waker(job.clone());
        assert!(waker.will_wake(&task::waker_ref(&job)));
        let mut cx = Context::from_waker(&waker);
        let mut slot = job.future.lock().unwrap();
        let Some(mut future) = slot.take() else { continue };
        println!("poll {}", job.name);
        if future.as_mut().poll(&mut cx).is_pending() {
            *slot = Some(future);
        } else {
            println!("{} finished", job.name);
        }
    }
    println!("the queue closed");
}
