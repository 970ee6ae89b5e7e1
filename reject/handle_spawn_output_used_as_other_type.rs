//! A task spawned with `handle.spawn` whose output is used as another type
//!
//! The `JoinHandle` a `Handle::spawn` gives has the task's output type (`u8`); binding its
//! result to a `String` is rustc's E0308, "mismatched types", at the expression.
fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let h = rt.handle().spawn(async { 5u8 });
    let x: String = rt.block_on(h).unwrap();
    println!("{x}");
}
