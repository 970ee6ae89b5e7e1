//! Binding only `Copy` parts of a scrutinee does not move it
//!
//! `match m.state { State::Done(n) if n > 5 => .., ref other => .. }` copies `n` (a `u32`) and
//! borrows `other`: `m.state` is still whole afterwards. The same holds for a local scrutinee
//! whose arms bind integers and references only.

#[derive(Debug)]
enum State {
    Running { pid: u32, label: String },
    Done(u32),
}

struct Machine {
    state: State,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Machine { state: State::Done(7) };
    let s = match m.state {
        State::Done(n) if n > 5 => format!("big {n}"),
        ref other => format!("{other:?}"),
    };
    println!("{s}, state still {:?}", m.state);

    let st = State::Running { pid: 4, label: "sync".into() };
    match st {
        State::Running { pid, ref label } => println!("pid {pid} label {label}"),
        State::Done(code) => println!("done {code}"),
    }
    let task = tokio::spawn(async move { format!("{st:?}") });
    println!("moved into a task afterwards: {}", task.await.unwrap());
}
