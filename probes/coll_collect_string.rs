//! Collections: collecting chars into a `String`
//!
//! `collect::<String>()` of `chars().rev()` reverses a word; a `String` annotation on the
//! binding does the same; `collect::<Vec<char>>()` keeps the chars apart.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let word = "stressed";
    let rev = word.chars().rev().collect::<String>();
    println!("{}", rev);
    let upper: String = "abc".chars().collect();
    println!("{} {}", upper, upper.len());
    let cs = word.chars().collect::<Vec<char>>();
    println!("{:?}", cs);
}
