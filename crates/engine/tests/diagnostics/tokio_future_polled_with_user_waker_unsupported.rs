// A Tokio future polled by hand with a waker made by `futures::task::waker`:
// Tokio would register that waker, which the engine does not model, so the
// run stops as "not supported yet" instead of waking the wrong task.
use futures::task::{self, ArcWake};
use std::future::Future;
use std::sync::Arc;
use std::task::Context;

struct Flag;

impl ArcWake for Flag {
    fn wake_by_ref(_flag: &Arc<Self>) {
        println!("woken");
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (_tx, rx) = tokio::sync::oneshot::channel::<u32>();
    let waker = task::waker(Arc::new(Flag));
    let mut cx = Context::from_waker(&waker);
    let mut rx = Box::pin(rx);
    println!("{:?}", rx.as_mut().poll(&mut cx));
    let mut sleep = Box::pin(tokio::time::sleep(std::time::Duration::from_millis(5)));
    println!("{:?}", sleep.as_mut().poll(&mut cx));
}
