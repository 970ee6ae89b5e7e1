//! Collecting numbers into a String
//!
//! `String` implements `FromIterator` for characters and strings, not for integers. rustc reports
//! E0277 at `collect`.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = vec![1, 2, 3];
    let n: Vec<i32> = v.iter().map(|x| x * 2).collect();
    let s: String = n.iter().map(|x| x + 1).collect();
    println!("{s}");
}
