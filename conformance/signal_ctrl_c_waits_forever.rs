//! Waiting for `tokio::signal::ctrl_c()` with nothing else to do: the program waits forever
//!
//! A server drains its queue and then waits for Ctrl+C to shut down. No one presses it while
//! the program runs here (nor in a simulated run), and no task or timer is left, so nothing
//! ever runs again: the program hangs, and Taskscope says main waits for a Ctrl+C that does not
//! come.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for i in 0..3 {
            tx.send(i).await.unwrap();
        }
    });
    while let Some(v) = rx.recv().await {
        println!("handled request {v}");
    }
    println!("idle; press Ctrl+C to stop");
    tokio::signal::ctrl_c().await.expect("listen for Ctrl+C");
    println!("shutting down");
}
