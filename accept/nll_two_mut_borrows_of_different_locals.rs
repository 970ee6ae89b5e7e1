//! Two `&mut` at once to different locals, and `mem::swap`
//!
//! `a` and `b` are different variables, so mutable borrows of both may be alive together.

fn push_both(x: &mut Vec<i32>, y: &mut Vec<i32>, n: i32) {
    x.push(n);
    y.push(-n);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut a = vec![1];
    let mut b = vec![2];
    let (ra, rb) = (&mut a, &mut b);
    ra.push(10);
    rb.push(20);
    push_both(ra, rb, 3);
    std::mem::swap(&mut a, &mut b);
    println!("{a:?} {b:?}");
}
