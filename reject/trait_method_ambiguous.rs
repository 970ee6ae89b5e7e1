//! A method call that two traits both answer
//!
//! `Mailer` implements `Worker` and `Service`, and both declare `name`: `m.name()` could be
//! either, and `Mailer` has no `name` of its own to prefer. rustc reports E0034, "multiple
//! applicable items in scope"; `Worker::name(&m)` or `<Mailer as Service>::name(&m)` says which.

trait Worker {
    fn name(&self) -> String;
}

trait Service {
    fn name(&self) -> String;
}

struct Mailer;

impl Worker for Mailer {
    fn name(&self) -> String {
        "worker".to_string()
    }
}

impl Service for Mailer {
    fn name(&self) -> String {
        "service".to_string()
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Mailer;
    println!("{}", Worker::name(&m));
    println!("{}", m.name());
}
