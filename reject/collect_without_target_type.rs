//! `collect()` into a variable with no type written
//!
//! `collect` can build a `Vec`, a `HashSet`, a `String` and more; nothing here says which, so
//! rustc reports E0283 "type annotations needed" at the binding. Write `let doubled: Vec<_> =
//! ...` or `collect::<Vec<_>>()`.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = vec![1, 2, 3];
    let doubled = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
}
