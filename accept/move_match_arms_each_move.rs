//! Each `match` arm moves the same value, and only one arm runs
//!
//! Moves in different arms are on different paths; after the `match`, `msg` is not used again.

fn log(s: String) -> usize {
    s.len()
}

fn send(s: String) -> usize {
    s.len() * 2
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for n in 0..3 {
        let msg = format!("m{n}");
        let cost = match n {
            0 => log(msg),
            1 => send(msg),
            _ => {
                let both = msg.clone();
                log(msg) + send(both)
            }
        };
        println!("{cost}");
    }
}
