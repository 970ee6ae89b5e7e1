//! A Copy value moved into two `async move` tasks
//!
//! `n` and `label` (a `&'static str`) are Copy, so each `async move` block gets its own copy and `main` still uses them.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n = 5u64;
    let label = "job";
    let h1 = tokio::spawn(async move { n * 2 });
    let h2 = tokio::spawn(async move { format!("{label}-{}", n * 3) });
    println!("{} {} {n} {label}", h1.await.unwrap(), h2.await.unwrap());
}
