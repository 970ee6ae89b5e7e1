//! Panics: a `&str` range whose start is after its end
//!
//! `&s[3..1]` panics with std's "begin <= end (3 <= 1) when slicing" message.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = String::from("hello");
    let start = s.len() - 2;
    println!("{}", &s[1..start]);
    println!("{}", &s[start..1]);
}
