//! Assigning through a `&` reference
//!
//! `reset` gets `&u64`, a shared reference, and writes `*counter = 0` through it. rustc reports
//! E0594, "cannot assign to `*counter`, which is behind a `&` reference".

fn reset(counter: &u64) {
    *counter = 0;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut hits = 12;
    reset(&hits);
    hits += 1;
    println!("{hits}");
}
