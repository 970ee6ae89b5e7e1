//! A reference to a local moved into a spawned task
//!
//! `async move` moves `items` (a `&Vec`) into the task, but `tokio::spawn` needs a `'static`
//! future: the task may outlive `main`'s local `data`. rustc reports E0597, "`data` does not live
//! long enough" ("argument requires that `data` is borrowed for `'static`").

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let data = vec![1, 2, 3];
    let items = &data;
    let handle = tokio::spawn(async move {
        println!("{:?}", items);
    });
    handle.await.unwrap();
}
