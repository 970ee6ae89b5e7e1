//! A value declared inside the loop moved into a task each iteration
//!
//! `name` is a new variable in every iteration, so moving it into the task never moves last iteration's value twice.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut handles = Vec::new();
    for i in 0..3 {
        let name = format!("worker-{i}");
        let tags = vec![i; 2];
        handles.push(tokio::spawn(async move { format!("{name} {tags:?}") }));
    }
    while let Some(h) = handles.pop() {
        println!("{}", h.await.unwrap());
    }
}
