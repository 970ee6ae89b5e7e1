//! `dbg!`
//!
//! `dbg!(expr)` prints `[file:line:col] expr = value` (the value with `{:#?}`) to stderr and gives
//! the value back, so it can wrap an expression in place; it takes its argument by value (pass
//! `&x` to keep `x`), several arguments come back as a tuple, and `dbg!()` prints the place alone.
use std::time::Duration;

#[derive(Debug, Clone)]
struct Job {
    id: u32,
    tags: Vec<&'static str>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = 4;
    let doubled = dbg!(a * 2) + 1;
    let name = String::from("worker");
    let (n, len) = dbg!(&name, name.len());
    println!("{doubled} {n} {len}");
    let job = dbg!(Job { id: 7, tags: vec!["io", "cpu"] });
    let handle = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(5)).await;
        let job = dbg!(job);
        job.id * 10 + job.tags.len() as u32
    });
    dbg!();
    let id = dbg!(handle.await.unwrap());
    dbg!(Some(1.5f32), [id; 2], "text", 'c', ());
}
