//! `if let Some(s) = opt` moves the value out
//!
//! Binding `s` by value moves the `String` out of `opt`, so `opt` cannot be used after the
//! `if let`: rustc's E0382, "borrow of partially moved value: `opt`". Match on a reference to
//! keep it: `if let Some(s) = &opt` (then `s` is a `&String`).

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let reply: Option<String> = Some(String::from("pong"));
    if let Some(text) = reply {
        println!("got {text}");
    }
    println!("kept {:?}", reply);
}
