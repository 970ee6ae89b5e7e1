//! A bare variant name in a pattern without the enum's variants in scope
//!
//! `use Phase::*;` is inside `label` only. In `is_done`, `Done` is therefore a new binding that
//! would match every phase, not the variant: rustc denies it with E0170 ("pattern binding `Done`
//! is named the same as one of the variants of the type `Phase`").

#[derive(Debug, Clone, Copy)]
enum Phase {
    Running,
    Done,
}

fn label(p: Phase) -> &'static str {
    use Phase::*;
    match p {
        Running => "running",
        Done => "done",
    }
}

fn is_done(p: Phase) -> bool {
    match p {
        Done => true,
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let p = Phase::Running;
    println!("{} {}", label(p), is_done(p));
}
