//! Removing elements in a `while` loop guarded by `v.len()`
//!
//! The condition and the body each borrow `v` briefly; no borrow outlives its statement.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 0, 2, 0, 3];
    let mut i = 0;
    while i < v.len() {
        if v[i] == 0 {
            v.remove(i);
        } else {
            v[i] *= 2;
            i += 1;
        }
    }
    let first = v[0];
    v.push(first);
    println!("{v:?}");
}
