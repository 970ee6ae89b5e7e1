//! `matches!` on enums and integers
//!
//! `matches!` returns a `bool`, works with or-patterns and ranges, and does not move its scrutinee.

#[derive(Debug)]
enum State {
    Idle,
    Busy(u32),
    Done,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let states = vec![State::Idle, State::Busy(3), State::Done];
    let mut busy = 0;
    for s in &states {
        if matches!(s, State::Busy(_)) {
            busy += 1;
        }
        let settled = matches!(s, State::Idle | State::Done);
        println!("{s:?} {settled}");
    }
    let n = 7;
    println!("{busy} {} {}", matches!(n, 1..=9), matches!(states[0], State::Idle));
}
