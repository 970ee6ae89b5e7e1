//! Panics: `unreachable!` and `todo!` messages
//!
//! `unreachable!("state {}", 3)` panics with "internal error: entered unreachable
//! code: state 3".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let state = 3;
    if state < 3 {
        todo!();
    }
    unreachable!("state {}", state);
}
