//! A type's path to a method that two traits both answer
//!
//! `Mailer::name` could be `Worker`'s or `Service`'s `name`: the type has none of its own.
//! rustc reports E0034, "multiple applicable items in scope", for the path as for a method call;
//! `<Mailer as Worker>::name(&m)` names one.

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
    println!("{}", <Mailer as Worker>::name(&m));
    println!("{}", Mailer::name(&m));
}
