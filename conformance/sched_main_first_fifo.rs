//! Scheduling: main is polled first, spawned tasks run in FIFO order
//!
//! `tokio::spawn` only pushes a task onto the back of the run queue; nothing runs inline. So main keeps
//! running after spawning A, B and C and prints first; the tasks then run in spawn order, and D, spawned
//! by A while it runs, goes to the back of the queue behind C.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = tokio::spawn(async move {
        println!("A runs");
        tokio::spawn(async move {
            println!("D (spawned by A) runs");
        });
        println!("A spawned D and ends");
    });
    let b = tokio::spawn(async move {
        println!("B runs");
    });
    let c = tokio::spawn(async move {
        println!("C runs");
    });
    println!("main spawned A, B and C and keeps running");
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
    println!("main joined A, B and C");
}
