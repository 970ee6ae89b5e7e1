//! Branches that diverge unify with any type
//!
//! `continue`, `return` and `panic!` have type `!`, so they fit where a `u32` or `String` is expected.

fn parse_or_default(s: &str) -> u32 {
    let n: u32 = match s.parse() {
        Ok(n) => n,
        Err(_) => return 0,
    };
    n
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut total = 0;
    for s in ["1", "x", "3"] {
        let n = match s.parse::<u32>() {
            Ok(n) => n,
            Err(_) => continue,
        };
        total += n;
    }
    let label = if total > 0 { String::from("some") } else { panic!("none") };
    println!("{total} {label} {}", parse_or_default("q"));
}
