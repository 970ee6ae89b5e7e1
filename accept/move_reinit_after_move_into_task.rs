//! A variable moved into a task and then given a new value in main
//!
//! After `async move` takes `buf`, assigning a fresh `String` makes `buf` usable again in `main`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut buf = String::from("first");
    let h = tokio::spawn(async move { buf.len() });
    buf = String::from("second");
    buf.push('!');
    println!("{} {buf}", h.await.unwrap());
}
