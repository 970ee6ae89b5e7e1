//! Panics: a slice range that ends past the Vec
//!
//! `&v[1..10]` of a 3-element Vec panics with "range end index 10 out of range for
//! slice of length 3".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![1, 2, 3];
    let end = v.len() + 7;
    println!("{:?}", &v[1..3]);
    println!("{:?}", &v[1..end]);
}
