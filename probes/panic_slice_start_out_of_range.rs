//! Panics: a slice range that starts past the Vec
//!
//! `&v[5..]` of a 3-element Vec panics with "range start index 5 out of range for
//! slice of length 3".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![1, 2, 3];
    let start = v.len() + 2;
    println!("{:?}", &v[3..]);
    println!("{:?}", &v[start..]);
}
