//! A slice of a vector read into a sum, then the vector pushed to
//!
//! `tail` borrows `v[1..]`, but the sum is computed before `push`, which needs `v` mutably.

fn total(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    let tail = &v[1..];
    let sum = total(tail);
    v.push(sum);
    v.push(total(&v[..2]));
    println!("{v:?}");
}
