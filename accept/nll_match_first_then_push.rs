//! Matching on `v.first()` and pushing inside the arms
//!
//! `Some(&x)` copies the element out, so the borrow from `first` is dead inside the arms and they may push to `v`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![4];
    for _ in 0..2 {
        match v.first() {
            Some(&x) => v.push(x * 2),
            None => v.push(0),
        }
    }
    println!("{v:?}");
}
