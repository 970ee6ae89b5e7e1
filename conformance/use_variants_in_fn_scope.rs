//! A `use Enum::*` inside a function is that function's
//!
//! `use Level::*;` inside `describe` lets its arms name `Low` and `High` bare. In `scale`, where no
//! such `use` is in scope, a lone `High` in a pattern is a plain binding of an integer, so it
//! matches anything and binds it.

#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    High,
}

fn describe(l: Level) -> &'static str {
    use Level::*;
    match l {
        Low => "low",
        High => "high",
    }
}

#[allow(non_snake_case)]
fn scale(x: i32) -> i32 {
    let High = x * 10;
    High + 1
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let levels = [Level::Low, Level::High];
    for l in levels {
        println!("{:?} -> {}", l, describe(l));
    }
    println!("scale(4) = {}", scale(4));
    let handle = tokio::spawn(async { scale(7) });
    println!("in a task: {}", handle.await.unwrap());
}
