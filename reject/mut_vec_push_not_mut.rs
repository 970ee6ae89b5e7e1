//! Pushing to a Vec that is not `mut`
//!
//! `handles` collects the spawned tasks, but it was declared without `mut`, and `push` needs
//! `&mut self`. rustc reports E0596, "cannot borrow `handles` as mutable, as it is not declared as
//! mutable".

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(i)).await;
            i * 2
        }));
    }
    for h in handles {
        println!("{}", h.await.unwrap());
    }
}
