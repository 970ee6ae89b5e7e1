//! `impl Display for Vec<u8>`: a trait of std for a type of std
//!
//! The orphan rule lets a crate implement a trait for a type only if the trait or the type is its
//! own, so that two crates can never give one type two impls of one trait. rustc reports E0117;
//! the usual fix is a newtype (`struct Bytes(Vec<u8>);`) or a trait of your own.

use std::fmt;

impl fmt::Display for Vec<u8> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} bytes", self.len())
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let payload = vec![1u8, 2, 3];
    println!("{payload}");
}
