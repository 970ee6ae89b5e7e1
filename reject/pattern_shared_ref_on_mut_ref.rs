//! A `&` pattern against a mutable reference
//!
//! `&mut 6` is a `&mut i32`; the pattern `&n` asks for a shared reference, so the types differ in
//! mutability. rustc reports E0308, "mismatched types", at the pattern.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let &n = &mut 6;
    println!("{n}");
}
