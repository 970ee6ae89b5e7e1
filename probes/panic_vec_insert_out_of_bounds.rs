//! Panics: `Vec::insert` with an index past the length
//!
//! Inserting at `len` appends; at `len + 1` it panics with "insertion index (is 4)
//! should be <= len (is 3)".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2];
    v.insert(2, 3);
    println!("{:?}", v);
    let i = v.len() + 1;
    v.insert(i, 9);
}
