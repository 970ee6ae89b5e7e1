//! A `&str` slice of a `String` used, then the `String` cleared
//!
//! `word` borrows `line`; the borrow is over after the last `println!`, so `line.clear()` is allowed.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut line = String::from("hello world");
    let word = line.split(' ').next().unwrap_or("");
    let upper = word.to_uppercase();
    println!("{word} {upper}");
    line.clear();
    line.push_str(&upper);
    let trimmed = line.trim();
    println!("{trimmed}");
    line.push('!');
    println!("{line}");
}
