//! Arithmetic and comparison mixing integers and references
//!
//! `&i32 + i32`, `*r * 2`, `x == &2` and `Some(&3) == v.first()` all type-check through std's reference impls.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![3, 4, 5];
    let mut total = 0;
    for x in &v {
        total += x;
        if x == &4 {
            total += *x * 2;
        }
    }
    let a = &v[0];
    let b = &v[1];
    let s = a + b;
    let t = a * 2 + *b;
    let sum: i32 = v.iter().sum();
    println!("{total} {s} {t} {sum} {} {}", Some(&3) == v.first(), v.iter().max() == Some(&5));
}
