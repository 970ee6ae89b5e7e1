//! Integers: `u8` addition past 255 panics in a debug build
//!
//! `add(200, 55)` fits in a `u8`; `add(200, 100)` does not, and the program panics with
//! "attempt to add with overflow".

fn add(a: u8, b: u8) -> u8 {
    a + b
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("200 + 55 = {}", add(200, 55));
    println!("200 + 100 = {}", add(200, 100));
}
