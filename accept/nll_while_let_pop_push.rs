//! `while let Some(x) = stack.pop()` pushing inside the loop
//!
//! `pop` returns an owned value, so the body can push to the same stack.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut stack = vec![3];
    let mut seen = Vec::new();
    while let Some(x) = stack.pop() {
        seen.push(x);
        if x > 0 {
            stack.push(x - 1);
        }
    }
    println!("{seen:?}");
}
