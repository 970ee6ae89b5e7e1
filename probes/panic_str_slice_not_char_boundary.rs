//! Panics: slicing a `&str` inside a multi-byte char
//!
//! `é` takes bytes 1..3 of `"héllo"`, so `&s[0..2]` ends inside it; std's message
//! names the index, the char and its byte range.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = String::from("héllo");
    let end = s.len() - 4;
    println!("{}", &s[0..3]);
    println!("{}", &s[0..end]);
}
