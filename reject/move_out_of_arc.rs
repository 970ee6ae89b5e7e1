//! Taking the value out of an Arc with `*`
//!
//! `*config` is the `Vec<String>` inside the `Arc`, which other tasks share; `let hosts = *config;`
//! would move it out. rustc reports E0507, "cannot move out of an `Arc`". Borrow it (`&*config`) or
//! clone it.

use std::sync::Arc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let config = Arc::new(vec![String::from("a.example"), String::from("b.example")]);
    let shared = Arc::clone(&config);
    let task = tokio::spawn(async move {
        println!("task sees {} hosts", shared.len());
    });
    let hosts = *config;
    println!("{:?}", hosts);
    task.await.unwrap();
}
