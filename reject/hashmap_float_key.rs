//! A `HashMap` keyed by `f64`
//!
//! A `HashMap`'s keys must be `Eq` and `Hash`, which floats are not: rustc's E0277, "the trait
//! bound `f64: Eq` is not satisfied", at `insert`.

use std::collections::HashMap;

fn main() {
    let mut prices = HashMap::new();
    prices.insert(1.5f64, "apple");
    println!("{}", prices.len());
}
