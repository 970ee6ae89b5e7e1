//! task_local!: entering a scope of a key while `with` borrows it panics
//!
//! `KEY.with(|v| ..)` borrows the key's storage for the closure's call. Entering a new scope of
//! the same key inside that closure (`sync_scope` here) would have to replace the borrowed value,
//! so Tokio panics: "cannot enter a task-local scope while the task-local storage is borrowed".
//! A scope of another key is fine, and so is reading the same key again.

tokio::task_local! {
    static LEVEL: u32;
    static NAME: &'static str;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    LEVEL
        .scope(1, async {
            let ok = LEVEL.with(|outer| NAME.sync_scope("inner", || format!("{outer} {} {}", NAME.get(), LEVEL.get())));
            println!("{ok}");
            let nested = LEVEL.with(|outer| LEVEL.sync_scope(outer + 1, || LEVEL.get()));
            println!("never printed: {nested}");
        })
        .await;
}
