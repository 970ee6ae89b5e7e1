//! Using an `Option<String>` after `if let Some(s)` took the `String`
//!
//! `if let Some(s) = opt` moves the `String` out of `opt` into `s`: what is left of `opt` cannot be
//! printed. rustc reports E0382, "borrow of partially moved value: `opt`", pointing at `s`. Match on
//! `&opt` (or `opt.as_ref()`), or write `Some(ref s)`.

fn main() {
    let opt: Option<String> = Some("job".into());
    if let Some(s) = opt {
        println!("{s}");
    }
    println!("{:?}", opt);
}
