// `flavor = "local"` builds Tokio's LocalRuntime, whose `spawn_local` tasks
// run on the runtime itself: not simulated, so said so (never run as the
// multi-thread flavor, where `spawn_local` would panic).
#[tokio::main(flavor = "local")]
async fn main() {
    let rc = std::rc::Rc::new(1);
    tokio::task::spawn_local(async move { println!("{rc}") }).await.unwrap();
}
