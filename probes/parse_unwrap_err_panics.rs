//! Parsing: `unwrap` of a failed integer parse panics with the error's Debug
//!
//! `"12".parse::<i32>().unwrap()` is 12; `"1 2"` is not a number and `unwrap` panics with
//! "called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a: i32 = "12".parse().unwrap();
    println!("a = {}", a);
    let b: i32 = "1 2".parse().unwrap();
    println!("b = {}", b);
}
