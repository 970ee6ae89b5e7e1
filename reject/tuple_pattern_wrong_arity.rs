//! A tuple pattern with the wrong number of elements
//!
//! `join!` of two futures gives a pair, and a `let` pattern must have exactly its shape: three
//! names for two values is rustc's E0308, "mismatched types" (expected a tuple with 2 elements,
//! found one with 3), at the pattern.

async fn fetch(n: u32) -> u32 {
    n * 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (a, b, c) = tokio::join!(fetch(1), fetch(2));
    println!("{a} {b} {c}");
}
