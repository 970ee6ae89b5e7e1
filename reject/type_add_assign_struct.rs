//! `+=` on a struct without AddAssign
//!
//! `Totals` is a plain struct; Rust does not know how to add to it. rustc reports E0368, "binary
//! assignment operation `+=` cannot be applied to type `Totals`".

struct Totals {
    bytes: u64,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut totals = Totals { bytes: 0 };
    for chunk in [10u64, 20, 30] {
        totals += chunk;
    }
    println!("{}", totals.bytes);
}
