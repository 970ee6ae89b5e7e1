//! Cloning before moving into a task
//!
//! The task gets a clone of `name` and of the `Vec`; the originals are still used in `main` afterwards.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let name = String::from("worker");
    let items = vec![1, 2, 3];
    let task_name = name.clone();
    let task_items = items.clone();
    let h = tokio::spawn(async move {
        format!("{task_name} has {}", task_items.len())
    });
    println!("{}", h.await.unwrap());
    println!("{name} {items:?}");
}
