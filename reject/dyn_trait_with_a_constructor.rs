//! A struct field `Box<dyn Trait>` of a trait with a constructor and a const
//!
//! `fn new() -> Self` has no `self` to dispatch on, and an associated `const` has no vtable
//! slot: without `where Self: Sized` on `new`, `dyn Handler` is rustc's E0038 at the field's
//! type, `dyn Handler`, with both reasons pointed at in the trait.

trait Handler {
    const NAME: &'static str;
    fn new() -> Self;
    fn handle(&self, job: u32) -> String;
}

struct Logger;

impl Handler for Logger {
    const NAME: &'static str = "logger";
    fn new() -> Self {
        Logger
    }
    fn handle(&self, job: u32) -> String {
        format!("{} handled job {job}", Self::NAME)
    }
}

struct Worker {
    handler: Box<dyn Handler>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let worker = Worker { handler: Box::new(Logger::new()) };
    let out = tokio::spawn(async move { worker.handler.handle(7) }).await.unwrap();
    println!("{out}");
}
