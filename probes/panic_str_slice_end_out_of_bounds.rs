//! Panics: slicing a `&str` past its end
//!
//! `&s[2..10]` of the 5-byte `"hello"` panics with std's message, which names the
//! end index and quotes the string.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = String::from("hello");
    let end = s.len() + 5;
    println!("{}", &s[2..4]);
    println!("{}", &s[2..end]);
}
