//! yield_now: tasks taking turns
//!
//! Three tasks count to three and call `tokio::task::yield_now().await` after each step, giving the other
//! tasks a chance to run without any time passing (the clock stays at 0 ms). The turns are not a simple
//! round robin: a yielding task is put on tokio's *defer list*, which is handed back to the scheduler in
//! reverse order, so the rounds alternate direction: A B C, then C B A, then A B C. Watch all three tasks
//! stay ready the whole time while only one runs at a time.

use tokio::task::yield_now;
use tokio::time::Instant;

async fn counter(name: char, start: Instant) {
    for step in 0..3 {
        println!("[{}ms] {} step {}", start.elapsed().as_millis(), name, step);
        yield_now().await;
    }
    println!("{} done", name);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let a = tokio::spawn(async move { counter('A', start).await });
    let b = tokio::spawn(async move { counter('B', start).await });
    let c = tokio::spawn(async move { counter('C', start).await });
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
}
