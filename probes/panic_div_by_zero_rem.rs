//! Panics: the remainder by zero
//!
//! `a % b` with `b == 0` panics with "attempt to calculate the remainder with a
//! divisor of zero".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![7, 0];
    println!("{}", v[0] % 2);
    println!("{}", v[0] % v[1]);
}
