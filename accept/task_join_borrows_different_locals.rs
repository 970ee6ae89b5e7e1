//! `tokio::join!` of futures borrowing different locals
//!
//! One future borrows `a` mutably and the other `b`; they are distinct places, so both borrows may coexist.

use tokio::time::{sleep, Duration};

async fn fill(v: &mut Vec<u32>, n: u32) {
    for i in 0..n {
        sleep(Duration::from_millis(1)).await;
        v.push(i);
    }
}

async fn total(v: &[u32]) -> u32 {
    sleep(Duration::from_millis(1)).await;
    let mut t = 0;
    for x in v {
        t += x;
    }
    t
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut a = Vec::new();
    let mut b = Vec::new();
    tokio::join!(fill(&mut a, 2), fill(&mut b, 3));
    let (ta, tb) = tokio::join!(total(&a), total(&b));
    let (x, y) = tokio::join!(total(&a), total(&a));
    println!("{a:?} {b:?} {ta} {tb} {x} {y}");
}
