//! Using `Formatter::width` as a number
//!
//! `f.width()` is an `Option<usize>`: `None` when the caller gave no width. Using it
//! where a `usize` is expected is E0308, "mismatched types"; `f.width().unwrap_or(0)`
//! is the usual fix.

use std::fmt;

struct Bar(usize);

impl fmt::Display for Bar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let width: usize = f.width();
        let filled = self.0.min(width);
        write!(f, "{}{}", "#".repeat(filled), ".".repeat(width - filled))
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    tokio::task::yield_now().await;
    println!("[{:10}]", Bar(4));
}
