#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let name = String::from("worker");
    let handle = tokio::spawn(async move {
        println!("hello from {name}");
    });
    if false {
        // Never runs, and still rejected: `name` now belongs to the task.
        println!("{}", name);
    }
    handle.await.unwrap();
}
