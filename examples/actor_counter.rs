//! Actor: a task that owns its state
//!
//! The counter lives inside one task, the actor, and nobody else can touch it: other tasks send it
//! `Command`s over an mpsc channel, and questions (`Get`) carry a oneshot sender for the answer. Three
//! clients add to the counter at different paces; the actor applies the commands one at a time, in the
//! order they arrive, so no lock is needed. Compare the output with `shared_counter_mutex.rs`, which
//! prints exactly the same lines with the state behind `Arc<Mutex<u64>>` instead. In the visualization,
//! watch the commands queue up in the actor's inbox and the oneshot replies travel back.

use tokio::sync::{mpsc, oneshot};
use tokio::time::{Duration, Instant, sleep};

#[derive(Debug)]
enum Command {
    Add(u64),
    Get { reply: oneshot::Sender<u64> },
    Reset,
}

async fn counter_actor(mut inbox: mpsc::Receiver<Command>) {
    let mut count = 0;
    while let Some(cmd) = inbox.recv().await {
        match cmd {
            Command::Add(n) => count += n,
            Command::Get { reply } => {
                let _ = reply.send(count);
            }
            Command::Reset => count = 0,
        }
    }
}

async fn get(actor: &mpsc::Sender<Command>) -> u64 {
    let (reply, answer) = oneshot::channel();
    actor.send(Command::Get { reply: reply }).await.unwrap();
    answer.await.unwrap()
}

async fn client(id: u64, actor: mpsc::Sender<Command>, start: Instant) {
    for _ in 0..3 {
        sleep(Duration::from_millis(id)).await;
        actor.send(Command::Add(id * 10)).await.unwrap();
        println!("[{}ms] client {}: add {}", start.elapsed().as_millis(), id, id * 10);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (actor, inbox) = mpsc::channel(16);
    tokio::spawn(async move {
        counter_actor(inbox).await;
    });

    let mut clients = Vec::new();
    for id in 1..=3 {
        let actor = actor.clone();
        clients.push(tokio::spawn(async move {
            client(id, actor, start).await;
        }));
    }
    for c in clients {
        c.await.unwrap();
    }

    let total = get(&actor).await;
    println!("[{}ms] total: {}", start.elapsed().as_millis(), total);
    actor.send(Command::Reset).await.unwrap();
    let total = get(&actor).await;
    println!("[{}ms] after reset: {}", start.elapsed().as_millis(), total);
}
