//! `sum()` into a variable with no type written
//!
//! Many types can be summed from `&i32` items (`i32`, `i64` through `Sum` impls...); nothing
//! fixes which one `total` is, so rustc reports E0283 "type annotations needed". Write
//! `let total: i32 = ...` or `sum::<i32>()`.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = vec![1, 2, 3];
    let total = v.iter().sum();
    println!("{total}");
}
