//! A value moved in one branch and reassigned before it is used again
//!
//! In the `then` branch `s` is moved and immediately given a new value, so `s` is initialized on every path to the `println!`.

fn consume(s: String) -> usize {
    s.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut s = String::from("first");
    for round in 0..3 {
        if round % 2 == 0 {
            let n = consume(s);
            s = format!("round {round} after {n}");
        }
        println!("{s}");
    }
}
