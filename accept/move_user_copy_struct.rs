//! A `#[derive(Clone, Copy)]` struct used after being passed by value
//!
//! `Point` is Copy, so passing it to a function, into two `async move` tasks and binding it again all copy it.

use tokio::time::{sleep, Duration};

#[derive(Clone, Copy, Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn norm1(p: Point) -> i32 {
    p.x.abs() + p.y.abs()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let p = Point { x: 3, y: -4 };
    let q = p;
    println!("{} {}", norm1(p), norm1(q));
    let a = tokio::spawn(async move {
        sleep(Duration::from_millis(1)).await;
        p.x
    });
    let b = tokio::spawn(async move { p.y });
    println!("{} {} {:?} {}", a.await.unwrap(), b.await.unwrap(), p, p == q);
}
