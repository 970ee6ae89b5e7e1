//! `while let Some(top) = stack.last()` popping inside the loop
//!
//! `top` is last used in the condition `*top > 0`, so `stack.pop()` in the same iteration does not conflict.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut stack = vec![0, 1, 2];
    while let Some(top) = stack.last() {
        if *top > 0 {
            stack.pop();
        } else {
            break;
        }
    }
    println!("{stack:?}");
}
