//! A borrow used in one branch and the owner mutated in the other
//!
//! `r` borrows `v` before the `if`; it is only used in the `then` branch, so the `else` branch may push to `v`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![3, 4];
    for round in 0..2 {
        let r = &v[0];
        if round == 0 {
            println!("reading {r}");
        } else {
            v.push(round);
        }
    }
    println!("{v:?}");
}
