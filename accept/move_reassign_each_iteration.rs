//! Moving a binding and reassigning it in every iteration
//!
//! `let old = acc;` moves `acc`, and `acc = ...` gives it a new value before the next iteration reads it.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut acc = String::new();
    for i in 0..3 {
        let old = acc;
        acc = format!("{old}{i}");
    }
    println!("{acc}");
    let mut v = vec![0];
    for i in 1..3 {
        let mut next = v;
        next.push(i);
        v = next;
    }
    println!("{v:?}");
}
