//! Summing an iterator into a user type that has no `Sum` impl
//!
//! `iter.sum()` needs `impl Sum<Item> for Target`. A struct gets none from `#[derive]`, so
//! `let total: Wallet = wallets.into_iter().sum();` is rustc's E0277 at `sum`: write the
//! impl (`fn sum<I: Iterator<Item = Wallet>>(it: I) -> Wallet`) or fold by hand.

#[derive(Debug)]
struct Wallet(u32);

fn main() {
    let wallets = vec![Wallet(5), Wallet(7)];
    let total: Wallet = wallets.into_iter().sum();
    println!("{total:?}");
}
