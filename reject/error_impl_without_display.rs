//! `impl Error` for a type that has no `Display`
//!
//! `std::error::Error` requires `Debug + Display`: every error must print for a user. `Timeout`
//! derives `Debug` only, so rustc reports E0277 ("`Timeout` doesn't implement
//! `std::fmt::Display`") at the impl.

use std::error::Error;

#[derive(Debug)]
struct Timeout;

impl Error for Timeout {}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let e: Box<dyn Error> = Box::new(Timeout);
    println!("{e:?}");
}
