//! Shadowing a moved binding with a new one
//!
//! `let x = s;` moves the first `s`; `let s = String::new();` declares a different variable, which is then used.

fn consume(s: String) -> usize {
    s.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = String::from("old");
    let x = s;
    let s = String::from("new");
    println!("{}", consume(s));
    let s = x;
    println!("{s}");
    let s = s.len();
    println!("{s}");
}
