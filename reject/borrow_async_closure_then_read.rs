//! Reading a variable an async closure changes, between two calls of it
//!
//! `hit` writes `hits`, so it captures it by `&mut` for as long as `hit` is used: the second
//! `hit().await` keeps that borrow alive across the `println!`, which reads `hits`. rustc reports
//! E0502, "cannot borrow `hits` as immutable because it is also borrowed as mutable".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut hits = 0;
    let mut hit = async || {
        hits += 1;
    };
    hit().await;
    println!("hits = {hits}");
    hit().await;
}
