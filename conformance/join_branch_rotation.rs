//! join!: each poll starts one branch further on
//!
//! The three branches print and yield. `join!` polls all of them on each poll of the task, but it
//! starts with branch 0, then 1, then 2, and so on, so the order rotates: a0 b0 c0, b1 c1 a1, c2 a2 b2.

use tokio::task::yield_now;

async fn branch(name: char) {
    for i in 0..3 {
        println!("{}{}", name, i);
        yield_now().await;
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    tokio::join!(branch('a'), branch('b'), branch('c'));
    println!("joined");
}
