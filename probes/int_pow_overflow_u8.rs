//! Integers: `3u8.pow(6)` overflows `u8` and panics where core declares `u8::pow`
//!
//! `3u8.pow(5)` is 243 and fits; `3u8.pow(6)` is 729, so a debug build panics with
//! "attempt to multiply with overflow", reported at core's `pow` for `u8`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("3u8.pow(5) = {}", 3u8.pow(5));
    println!("3u8.pow(6) = {}", 3u8.pow(6));
}
