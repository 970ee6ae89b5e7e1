//! task_local!: reading a task-local outside any scope panics
//!
//! `KEY.get()` (and `KEY.with`) outside a `scope` or `sync_scope` panics with Tokio's message
//! "cannot access a task-local storage value without setting it first", located at the call
//! (the methods are `#[track_caller]`). Here the panic ends main, after the value was read
//! correctly inside a scope.

tokio::task_local! {
    static DEPTH: u8;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let inside = DEPTH.scope(3, async { DEPTH.get() + 1 }).await;
    println!("inside: {inside}");
    let outside = DEPTH.get();
    println!("never printed: {outside}");
}
