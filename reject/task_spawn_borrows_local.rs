//! A spawned task that borrows a local without `move`
//!
//! Without `move`, the `async` block only borrows `v`. A spawned task may run after `main`'s
//! locals are gone, so it must own what it uses. rustc reports E0373, "async block may outlive the
//! current function, but it borrows `v`, which is owned by the current function".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![1, 2, 3];
    let handle = tokio::spawn(async {
        println!("{:?}", v);
    });
    handle.await.unwrap();
}
