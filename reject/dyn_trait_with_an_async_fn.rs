//! A `Box<dyn Trait>` of a trait with an `async fn`
//!
//! An `async fn` in a trait returns a different future type for each impl, so the trait
//! cannot be a trait object: `dyn Service` is rustc's E0038, "the trait `Service` is not dyn
//! compatible", pointing at the trait's name in the `let`, and at the `async fn` as the reason.
//! (Generics, `impl Service`, or an enum of the services work instead.)

use std::time::Duration;

trait Service {
    async fn call(&self, request: u32) -> u32;
}

struct Doubler;

impl Service for Doubler {
    async fn call(&self, request: u32) -> u32 {
        tokio::time::sleep(Duration::from_millis(10)).await;
        request * 2
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let service: Box<dyn Service> = Box::new(Doubler);
    println!("{}", service.call(21).await);
}
