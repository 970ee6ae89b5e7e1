//! `is_sorted` of a slice, a `Vec` and an array
//!
//! True when each element is at most the next one (an empty slice and a single element are
//! sorted); it compares with `PartialOrd`, so for tuples and strings too.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = vec![1, 2, 2, 7];
    let w = vec![3, 1];
    let empty: Vec<i32> = Vec::new();
    println!("{} {} {} {}", v.is_sorted(), w.is_sorted(), empty.is_sorted(), [5].is_sorted());
    println!("{} {}", ["a", "ab", "b"].is_sorted(), [(1, 'b'), (1, 'a')].is_sorted());
    println!("{}", v[1..].is_sorted());
}
