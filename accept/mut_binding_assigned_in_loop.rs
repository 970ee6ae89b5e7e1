//! A `mut` binding reassigned on every loop iteration
//!
//! `best` and `steps` are declared `mut` once and assigned inside `for` and `while` loops.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let data = [4, 9, 2, 7];
    let mut best = data[0];
    for &x in &data {
        if x > best {
            best = x;
        }
    }
    let mut steps = 0;
    let mut n = 27u64;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("{best} {steps}");
}
