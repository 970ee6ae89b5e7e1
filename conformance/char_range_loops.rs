//! `for c in 'a'..='z'`: loops over ranges of `char` literals
//!
//! A range of two `char`s iterates the characters between them, as `'a'..='e'` (inclusive) and
//! `'x'..'z'` (exclusive) do; an empty range (`'z'..'a'`) runs nothing. Here tasks each count
//! the letters of a range that a word uses, and send the count back.

use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut alphabet = String::new();
    for c in 'a'..='e' {
        alphabet.push(c);
    }
    for c in 'x'..'z' {
        alphabet.push(c.to_ascii_uppercase());
    }
    for c in 'z'..'a' {
        println!("never {c}");
    }
    println!("{alphabet}");

    let (tx, mut rx) = mpsc::channel(4);
    for word in ["tokio", "async", "rust"] {
        let tx = tx.clone();
        tokio::spawn(async move {
            let mut first_half = 0;
            for c in 'a'..='m' {
                if word.contains(c) {
                    first_half += 1;
                }
            }
            tx.send((word, first_half)).await.unwrap();
        });
    }
    drop(tx);
    while let Some((word, n)) = rx.recv().await {
        println!("{word}: {n} of a..=m");
    }
}
