//! An impl method with fewer parameters than the trait's
//!
//! `Handler::handle` takes the request and a retry count, so an impl must take both: rustc's
//! E0050, "method `handle` has 2 parameters but the declaration in trait `Handler::handle` has
//! 3".

trait Handler {
    fn handle(&self, req: &str, retries: u32) -> String;
}

struct Echo;

impl Handler for Echo {
    fn handle(&self, req: &str) -> String {
        req.to_string()
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{}", Echo.handle("hi"));
}
