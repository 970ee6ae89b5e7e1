//! Two mutable halves of one vector with `split_at_mut`
//!
//! `split_at_mut` hands out two non-overlapping `&mut [T]`, both usable at the same time.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (left, right) = v.split_at_mut(2);
    left[0] += right[0];
    right[1] += left[1];
    let first = &mut v[0];
    *first *= 10;
    let second = &mut v[1];
    *second *= 10;
    println!("{v:?}");
}
