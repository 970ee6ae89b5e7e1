//! `return;` in a function that returns a value
//!
//! `parse_port` promises a `u16`, so a bare `return;` (which gives `()`) is rustc's E0069,
//! "`return;` in a function whose return type is not `()`". Return a value, or make the return
//! type an `Option<u16>` and `return None;`.

fn parse_port(s: &str) -> u16 {
    if s.is_empty() {
        return;
    }
    s.parse().unwrap_or(80)
}

fn main() {
    println!("{}", parse_port("8080"));
}
