//! Enums with data matched exhaustively in several ways
//!
//! A `match` with a `_` arm, one with or-patterns, and one with guards plus a catch-all are each exhaustive.

#[derive(Debug, Clone, PartialEq)]
enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
}

fn kind(m: &Msg) -> &'static str {
    match m {
        Msg::Quit | Msg::Color(..) => "simple",
        Msg::Move { .. } => "move",
        Msg::Write(_) => "write",
    }
}

fn size(m: &Msg) -> i32 {
    match m {
        Msg::Move { x, y } if *x > 0 && *y > 0 => x + y,
        Msg::Move { x, .. } => *x,
        Msg::Write(s) if s.is_empty() => -1,
        _ => 0,
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let msgs = vec![Msg::Quit, Msg::Move { x: 1, y: 2 }, Msg::Write(String::new()), Msg::Color(1, 2, 3)];
    for m in &msgs {
        let r = match m {
            Msg::Color(r, _, _) => *r,
            _ => 0,
        };
        println!("{} {} {r}", kind(m), size(m));
    }
    println!("{:?}", msgs[1]);
}
