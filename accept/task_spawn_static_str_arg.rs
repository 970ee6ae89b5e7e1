//! Spawning an `async fn` that borrows a string literal
//!
//! A `&'static str` satisfies the `'static` bound of `tokio::spawn` even though the function takes a reference.

use tokio::time::{sleep, Duration};

const NAME: &str = "const-name";

async fn shout(word: &str) -> usize {
    sleep(Duration::from_millis(1)).await;
    println!("{}", word.to_uppercase());
    word.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h1 = tokio::spawn(shout("hello"));
    let h2 = tokio::spawn(shout(NAME));
    let lit: &'static str = "inline";
    let h3 = tokio::spawn(async move { shout(lit).await });
    println!("{} {} {}", h1.await.unwrap(), h2.await.unwrap(), h3.await.unwrap());
}
