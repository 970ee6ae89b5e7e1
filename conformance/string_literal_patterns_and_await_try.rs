//! Matching on `&str`s, and `?` on an awaited `&mut self` method
//!
//! A command parser matches a `&str` against string literals, alone, in a tuple with an enum,
//! or inside `Some(..)`: a string literal pattern is a `&str` itself, so it is matched as it is.
//! `order.apply(cmd).await?` borrows `order` only while its future runs: the `u32` it gives
//! back holds no borrow, so `order.id` can be read beside it at once.

use tokio::time::{Duration, Instant, sleep};

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Created,
    Paid,
    Shipped,
}

struct Order {
    id: u32,
    state: State,
    steps: u32,
}

impl Order {
    async fn apply(&mut self, cmd: &str) -> Result<u32, String> {
        sleep(Duration::from_millis(5)).await;
        self.state = match (self.state, cmd) {
            (State::Created, "pay") => State::Paid,
            (State::Paid, "ship") => State::Shipped,
            (s, "noop") => s,
            (s, other) => return Err(format!("cannot {other} when {s:?}")),
        };
        self.steps += 1;
        Ok(self.steps)
    }
}

fn kind(word: &str) -> &'static str {
    match word {
        "pay" | "ship" => "action",
        "noop" => "nothing",
        _ => "unknown",
    }
}

async fn run(cmds: &[&str]) -> Result<(), String> {
    let start = Instant::now();
    let mut order = Order { id: 7, state: State::Created, steps: 0 };
    for cmd in cmds {
        let n = order.apply(cmd).await?;
        println!("[{}ms] order {} step {n}: {cmd} ({}) -> {:?}", start.elapsed().as_millis(), order.id, kind(cmd), order.state);
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", run(&["pay", "noop", "ship"]).await);
    println!("{:?}", run(&["ship"]).await);
    let first = ["x", "refund"].into_iter().find(|w| kind(w) == "unknown");
    if let Some("x") = first {
        println!("first unknown is x");
    }
}
