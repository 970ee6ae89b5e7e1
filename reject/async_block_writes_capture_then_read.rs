//! Reading a counter while a not-yet-awaited async block that increments it is alive
//!
//! A non-`move` async block borrows what it uses from where it is written, for as long as the
//! future lives: `inc` holds `count` by mutable reference until `inc.await`. Printing `count`
//! before that needs a shared borrow: rustc's E0502.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut count = 0;
    let inc = async {
        count += 1;
    };
    println!("{count}");
    inc.await;
}
