//! A function that returns a word of a `String` it made itself
//!
//! `upper.split(' ').next().unwrap()` is a `&str` into `upper`, which is dropped when the
//! function returns: rustc's E0515, "cannot return value referencing local variable `upper`".

fn first_upper(text: &str) -> &str {
    let upper = text.to_uppercase();
    upper.split(' ').next().unwrap()
}

fn main() {
    println!("{}", first_upper("hello world"));
}
