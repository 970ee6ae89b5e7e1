//! `From` between integers only widens
//!
//! `i32::from` takes types every `i32` can hold; an `i64` may not fit, so there is no
//! `From<i64> for i32`. rustc reports E0277, "the trait bound `i32: From<i64>` is not
//! satisfied"; `i32::try_from(x)` checks the range instead.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let big: i64 = 5_000_000_000;
    let small = i32::from(big);
    println!("{small}");
}
