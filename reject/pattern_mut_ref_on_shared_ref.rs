//! A `&mut` pattern against a shared reference
//!
//! `scores.iter()` yields `&u32`; the pattern `&mut s` asks for a mutable reference, so the types
//! differ in mutability. rustc reports E0308, "mismatched types", at the pattern.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let scores = vec![3, 5, 8];
    let mut total = 0;
    for &mut s in scores.iter() {
        total += s;
    }
    println!("{total}");
}
