//! `enumerate`, `zip`, `rev` and tuple patterns in `for`
//!
//! The loop patterns destructure `(usize, &T)` and `(&A, &B)` pairs from iterator adapters.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let names = vec!["a", "b", "c"];
    let scores = vec![10, 20, 30];
    for (i, name) in names.iter().enumerate() {
        println!("{i}: {name}");
    }
    for (name, score) in names.iter().zip(scores.iter()) {
        println!("{name} = {score}");
    }
    for i in (0..3).rev() {
        print!("{i} ");
    }
    println!();
    let pairs = vec![(1, 'x'), (2, 'y')];
    for &(n, c) in &pairs {
        println!("{n}{c}");
    }
}
