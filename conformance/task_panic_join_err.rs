//! Tasks: a spawned task that panics makes its JoinHandle return Err, and the runtime goes on
//!
//! The panic message goes to stderr; awaiting the handle gives `Err`; the other task and main keep
//! running and the program exits normally.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let failing = tokio::spawn(async move {
        println!("task: about to panic");
        panic!("task failed with code {}", 7);
    });
    let other = tokio::spawn(async move {
        println!("other task still runs");
        5
    });
    let r = failing.await;
    println!("failing task: is_err = {}", r.is_err());
    println!("other task: {:?}", other.await.unwrap());
    println!("main returns normally");
}
