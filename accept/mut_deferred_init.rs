//! A binding declared without a value and assigned exactly once later
//!
//! `let x;` without `mut` is fine when every path assigns it exactly once before it is read.

fn classify(n: i32) -> &'static str {
    let kind;
    if n < 0 {
        kind = "negative";
    } else if n == 0 {
        kind = "zero";
    } else {
        kind = "positive";
    }
    kind
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let x;
    let c = classify(3) == "positive";
    if c {
        x = 1;
    } else {
        x = 2;
    }
    let label: String;
    match x {
        1 => label = String::from("one"),
        _ => label = String::from("other"),
    }
    println!("{x} {label} {}", classify(-1));
}
