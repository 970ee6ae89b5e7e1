//! `zip` pairs an iterator with any `IntoIterator`
//!
//! A `Vec` by value, a `&Vec`, an array, an open range and another iterator: the pairs, and a
//! closure over them that knows their types.

fn main() {
    let a = vec![1, 2, 3];
    let b = vec!["x", "y", "z"];
    let p: Vec<(i32, &str)> = a.iter().copied().zip(b.iter().copied()).collect();
    let q: Vec<(&i32, &&str)> = a.iter().zip(&b).collect();
    let r: Vec<(i32, u64)> = a.clone().into_iter().zip(10u64..).collect();
    let s: Vec<(char, i32)> = "ab".chars().zip(a.clone()).collect();
    let t: i32 = a.iter().zip([10, 20, 30]).map(|(x, y)| x * y).sum();
    println!("{p:?} {q:?} {r:?} {s:?} {t}");
}
