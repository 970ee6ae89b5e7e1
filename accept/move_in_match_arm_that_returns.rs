//! A value moved in a `match` arm that returns
//!
//! Only the arm that `return`s moves `s`; after the `match`, `s` is still owned.

fn consume(s: String) -> usize {
    s.len()
}

fn describe(kind: u8, s: String) -> usize {
    match kind {
        0 => return consume(s),
        1 => println!("one"),
        _ => {}
    }
    s.len() + 100
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{} {} {}", describe(0, String::from("ab")), describe(1, String::from("ab")), describe(2, String::from("abc")));
}
