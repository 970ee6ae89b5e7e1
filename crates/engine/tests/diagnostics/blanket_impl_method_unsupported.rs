use std::future::Future;
trait Named: Future + Sized {
    fn named(self, name: &str) -> Self {
        println!("starting {name}");
        self
    }
}
impl<F: Future> Named for F {}
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let n = async { 5 }.named("five").await;
    println!("{n}");
}
