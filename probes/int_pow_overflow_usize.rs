//! Integers: `usize::pow` overflowing panics where core declares it for `usize`
//!
//! `10usize.pow(19)` fits a 64-bit `usize`; `10usize.pow(20)` does not, so a debug
//! build panics with "attempt to multiply with overflow" at core's `usize::pow`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let base: usize = 10;
    println!("10usize.pow(19) = {}", base.pow(19));
    println!("10usize.pow(20) = {}", base.pow(20));
}
