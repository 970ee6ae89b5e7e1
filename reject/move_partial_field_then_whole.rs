//! Moving a field out, then using the whole struct
//!
//! `let reply = job.reply;` moves the `oneshot::Sender` out of `job`, leaving `job` partly moved.
//! Printing `job` afterwards needs all of it. rustc reports E0382, "borrow of partially moved value:
//! `job`".

use tokio::sync::oneshot;

#[derive(Debug)]
struct Job {
    id: u32,
    reply: oneshot::Sender<u32>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel();
    let job = Job { id: 7, reply: tx };
    let reply = job.reply;
    println!("handling {:?}", job);
    reply.send(job.id * 2).unwrap();
    println!("answer: {}", rx.await.unwrap());
}
