//! `collect()` into a number
//!
//! `collect` builds a collection from an iterator (`Vec`, `String`, `HashMap`...), and `i32` is
//! not one: rustc's E0277, "a value of type `i32` cannot be built from an iterator over elements
//! of type `i32`", at `collect`. Use `sum()` to add the items up.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sizes = vec![3, 5, 8];
    let total: i32 = sizes.iter().map(|s| s * 2).collect();
    println!("{total}");
}
