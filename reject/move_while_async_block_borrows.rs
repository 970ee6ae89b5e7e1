//! Moving a value while a not-yet-awaited async block borrows it
//!
//! A non-`move` async block borrows what it uses, and its future holds that
//! borrow until it is awaited: dropping `name` before `greet.await` is
//! rustc's E0505. Await first, or write `async move` to give it the value.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let name = String::from("ferris");
    let greet = async { format!("hello, {}", name) };
    drop(name);
    println!("{}", greet.await);
}
