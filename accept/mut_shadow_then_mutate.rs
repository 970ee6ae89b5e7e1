//! A new `let mut` shadowing an immutable binding of the same name
//!
//! The first `total` is immutable; the shadowing `let mut total` is a new variable that may be changed.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let total = 10;
    println!("{total}");
    let mut total = total;
    total += 5;
    let words = vec!["a"];
    let mut words = words;
    words.push("b");
    println!("{total} {words:?}");
}
