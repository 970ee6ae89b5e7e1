//! A second `&mut` to the same struct while the first is in use
//!
//! `current` is a mutable borrow of one field path through `stats`, and `reset(&mut stats)` wants
//! the whole struct mutably before `current` is done. rustc reports E0499, "cannot borrow `stats`
//! as mutable more than once at a time".

struct Stats {
    served: u32,
    failed: u32,
}

fn reset(stats: &mut Stats) {
    stats.served = 0;
    stats.failed = 0;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut stats = Stats { served: 5, failed: 1 };
    let current = &mut stats.served;
    reset(&mut stats);
    *current += 1;
    println!("{} {}", stats.served, stats.failed);
}
