//! Integers: `len() - 1` of an empty Vec underflows `usize` and panics
//!
//! The Vec has one element, then none; `v.len() - 1` on the empty Vec panics with
//! "attempt to subtract with overflow".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![7];
    println!("last index = {}", v.len() - 1);
    v.pop();
    println!("last index = {}", v.len() - 1);
}
