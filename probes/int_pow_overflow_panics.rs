//! Integers: `2i32.pow(31)` overflows `i32` and panics in a debug build
//!
//! `2i32.pow(30)` fits; `2i32.pow(31)` is one more than `i32::MAX`, so the program
//! panics with "attempt to multiply with overflow", the message of a debug build.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("2i32.pow(30) = {}", 2i32.pow(30));
    println!("2i64.pow(31) = {}", 2i64.pow(31));
    println!("2i32.pow(31) = {}", 2i32.pow(31));
}
