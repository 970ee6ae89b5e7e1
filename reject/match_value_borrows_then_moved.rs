//! Dropping an enum while a name taken out of a `match` on a reference to it is still used
//!
//! `match &st { State::Busy(n) => n, State::Idle => "idle" }` gives a `&str` that, in the first
//! arm, points into `st`: the `match`'s value borrows `st` for as long as `name` is used. Dropping
//! `st` before printing `name` moves it while borrowed: rustc's E0505.

#[derive(Debug)]
enum State {
    Idle,
    Busy(String),
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let st = State::Busy("worker".into());
    let name = match &st {
        State::Busy(n) => n,
        State::Idle => "idle",
    };
    drop(st);
    println!("{name}");
}
