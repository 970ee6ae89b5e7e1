//! `rev()` of `chars().enumerate()`
//!
//! `enumerate()` can run from the back only when it knows how many items there are, and a
//! string's `chars()` cannot tell without decoding them all (UTF-8 characters vary in length), so
//! it is no `ExactSizeIterator`: rustc's E0277, "the trait bound `Chars<'_>: ExactSizeIterator`
//! is not satisfied", at `rev`. `char_indices().rev()` gives byte positions from the back.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let word = String::from("tokio");
    let handle = tokio::spawn(async move {
        for (i, c) in word.chars().enumerate().rev() {
            println!("{i}: {c}");
        }
    });
    handle.await.unwrap();
}
