//! Moving an Rc into a spawned task
//!
//! `async move` moves the `Rc` into the task, and a spawned task may run on another thread; an
//! `Rc`'s count is not thread-safe. rustc reports "future cannot be sent between threads safely"
//! (no error code): "captured value is not `Send`". Use `Arc`.

use std::rc::Rc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let name = Rc::new(String::from("shared"));
    let mine = Rc::clone(&name);
    let task = tokio::spawn(async move {
        println!("task sees {mine}");
    });
    task.await.unwrap();
    println!("main sees {name}");
}
