//! Panics: `Vec::swap` with an index past the end
//!
//! `v.swap(0, 5)` on a 3-element Vec panics with the index-out-of-bounds message of
//! the bad index.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    v.swap(0, 2);
    println!("{:?}", v);
    let i = v.len() + 2;
    v.swap(0, i);
    println!("{:?}", v);
}
