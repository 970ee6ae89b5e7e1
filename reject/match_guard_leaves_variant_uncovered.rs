//! A match whose only arm for a variant has a guard
//!
//! `Msg::Data(n) if n > 5` covers `Data` only when the guard holds, and rustc does not look into
//! guards: the match must still say what happens to every other `Data`. rustc reports E0004,
//! "non-exhaustive patterns: `Msg::Data(_)` not covered". Add `Msg::Data(n) => ..` after it.

enum Msg {
    Start,
    Stop,
    Data(u32),
}

fn handle(m: Msg) -> u32 {
    match m {
        Msg::Start => 1,
        Msg::Data(n) if n > 5 => n,
        Msg::Stop => 0,
    }
}

fn main() {
    println!("{}", handle(Msg::Data(3)));
}
