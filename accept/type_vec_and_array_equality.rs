//! Comparing `Vec`s with arrays, slices and each other
//!
//! std implements `Vec<T> == [T; N]`, `Vec<T> == &[T]` and `[T] == [T; N]`, so these all type-check.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![1, 2, 3];
    let w = vec![1, 2, 3];
    println!("{}", v == [1, 2, 3]);
    println!("{}", v[..2] == [1, 2]);
    println!("{}", v == w);
    println!("{}", v.as_slice() == &[1, 2, 3]);
    println!("{}", &v[1..] == &w[1..]);
    let words = vec!["a", "b"];
    println!("{}", words == ["a", "b"]);
    let s = String::from("ab");
    println!("{}", s.chars().rev().collect::<String>() == "ba");
}
