//! A hand-written executor on one thread: a waker stored by one task, woken by another
//!
//! An executor written by hand with a queue behind a `Mutex` runs each task
//! it pops with a `Context` of the task's own waker (`futures::task::waker`
//! of its `Arc`). A future that cannot finish stores a clone of that waker;
//! another task, polled later, takes it and calls `wake()`, which runs the
//! `ArcWake` impl there and then: the sleeper goes to the back of the queue
//! and runs after the waker's task's poll ends. A future that wakes its own
//! waker before returning `Pending` (a yield) is queued again at once.
//! When the queue is empty, every task has finished.

use futures::task::{self, ArcWake};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

struct Slot {
    value: Option<u32>,
    waiter: Option<Waker>,
}

struct Recv(Arc<Mutex<Slot>>);

impl Future for Recv {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let mut s = self.0.lock().unwrap();
        match s.value.take() {
            Some(v) => Poll::Ready(v),
            None => {
                println!("  recv: nothing yet, storing the waker");
                s.waiter = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

struct YieldNow(bool);

impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

type Queue = Arc<Mutex<VecDeque<Arc<Task>>>>;

struct Task {
    id: usize,
    fut: Mutex<Option<Pin<Box<dyn Future<Output = ()> + Send>>>>,
    queue: Queue,
}

impl ArcWake for Task {
    fn wake_by_ref(t: &Arc<Self>) {
        println!("  wake task {}", t.id);
        t.queue.lock().unwrap().push_back(t.clone());
    }
}

fn spawn(queue: &Queue, id: usize, f: impl Future<Output = ()> + Send + 'static) {
    let t = Arc::new(Task { id, fut: Mutex::new(Some(Box::pin(f))), queue: queue.clone() });
    queue.lock().unwrap().push_back(t);
}

fn set(slot: &Arc<Mutex<Slot>>, v: u32) {
    let waiter = {
        let mut s = slot.lock().unwrap();
        s.value = Some(v);
        s.waiter.take()
    };
    if let Some(w) = waiter {
        w.wake();
    }
}

fn main() {
    let queue: Queue = Arc::new(Mutex::new(VecDeque::new()));
    let slot = Arc::new(Mutex::new(Slot { value: None, waiter: None }));
    let slot2 = slot.clone();
    spawn(&queue, 0, async move {
        let v = Recv(slot2).await;
        println!("consumer got {v}");
    });
    spawn(&queue, 1, async move {
        YieldNow(false).await;
        println!("producer yielded once");
        YieldNow(false).await;
        set(&slot, 42);
        println!("producer set the value");
    });
    let mut polls = 0;
    loop {
        let next = queue.lock().unwrap().pop_front();
        let Some(t) = next else { break };
        polls += 1;
        let waker = task::waker(t.clone());
        let mut cx = Context::from_waker(&waker);
        let mut slot = t.fut.lock().unwrap();
        if let Some(mut f) = slot.take() {
            println!("poll task {}", t.id);
            if f.as_mut().poll(&mut cx).is_pending() {
                *slot = Some(f);
            } else {
                println!("task {} done", t.id);
            }
        }
    }
    println!("{polls} polls, queue empty");
}
