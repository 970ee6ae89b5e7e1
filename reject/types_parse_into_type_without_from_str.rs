//! Parsing into a type that has no `FromStr` impl
//!
//! `parse::<T>()` needs `T: FromStr`; `Command` has no such impl, so rustc reports E0277,
//! "the trait bound `Command: FromStr` is not satisfied", at `parse`.

#[derive(Debug)]
enum Command {
    Quit,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let c = "quit".parse::<Command>();
    println!("{c:?} {:?}", Command::Quit);
}
