//! Calling `io::Write`'s `write` on a `fmt::Formatter`
//!
//! A `Formatter` is a `fmt::Write`: it has `write_str`, `write_char` and `write_fmt`,
//! not `io::Write`'s byte-oriented `write`. rustc reports E0599, "no method named
//! `write` found for mutable reference `&mut Formatter<'_>`".

use std::fmt;

struct Status {
    ready: bool,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = if self.ready { "ready" } else { "busy" };
        f.write(text.as_bytes())?;
        Ok(())
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = Status { ready: true };
    tokio::task::yield_now().await;
    println!("{s}");
}
