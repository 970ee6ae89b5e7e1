//! Panics: `Vec::remove` with an index past the end
//!
//! `v.remove(3)` on a 3-element Vec panics with "removal index (is 3) should be < len
//! (is 3)".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    println!("{}", v.remove(0));
    let i = v.len() + 1;
    println!("{}", v.remove(i));
}
