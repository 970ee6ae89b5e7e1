//! An `Rc` moved into a task spawned with `rt.spawn`
//!
//! `Runtime::spawn` is `tokio::spawn` on that runtime: the future must be `Send`, and this one
//! holds an `Rc`. rustc says "future cannot be sent between threads safely" (no error code) at
//! `spawn`.
use std::rc::Rc;

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let r = Rc::new(1);
    let h = rt.spawn(async move { *r + 1 });
    println!("{:?}", rt.block_on(h));
}
