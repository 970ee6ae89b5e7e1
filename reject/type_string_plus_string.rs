//! `String + String`
//!
//! `+` on `String` takes the right-hand side as `&str`: `greeting + name` offers a `String`. rustc
//! reports E0308, "mismatched types": expected `&str`, found `String`. Write `greeting + &name`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let greeting = String::from("hello, ");
    let name = String::from("task");
    let task = tokio::spawn(async move {
        let line = greeting + name;
        println!("{line}");
    });
    task.await.unwrap();
}
