//! A plain `fn main` with no Tokio at all runs to its end
//!
//! It is an ordinary Rust program: no runtime starts, and it prints what it computes.

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let words = vec!["plain", "main"];
    println!("{}", words.join(" "));
    for n in [5, 10, 20] {
        println!("fib({}) = {}", n, fib(n));
    }
}
