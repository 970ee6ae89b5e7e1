//! Calling a function that is not defined
//!
//! The worker function is `process_job`, but the task calls `proces_job`. rustc reports E0425,
//! "cannot find function `proces_job` in this scope".

async fn process_job(id: u32) {
    println!("job {id}");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let task = tokio::spawn(async move {
        proces_job(1).await;
    });
    task.await.unwrap();
}
