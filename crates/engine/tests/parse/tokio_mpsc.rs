//! Producer/consumer over a bounded mpsc channel.

use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};
use tokio::time::{sleep, Duration};

#[derive(Debug)]
enum Job {
    Work { id: u32, cost: u64 },
    Stop,
}

async fn producer(id: u32, tx: mpsc::Sender<Job>, count: u32) {
    for i in 0..count {
        let job = Job::Work { id: id * 100 + i, cost: (i as u64 + 1) * 10 };
        if tx.send(job).await.is_err() {
            eprintln!("producer {}: receiver dropped", id);
            return;
        }
        sleep(Duration::from_millis(5)).await;
    }
    println!("producer {} done", id);
}

async fn consumer(mut rx: mpsc::Receiver<Job>, total: Arc<Mutex<u64>>) -> u32 {
    let mut handled = 0;
    while let Some(job) = rx.recv().await {
        match job {
            Job::Work { id, cost } => {
                sleep(Duration::from_millis(cost)).await;
                let mut t = total.lock().await;
                *t += cost;
                handled += 1;
                println!("consumed job {id} (cost {cost})");
            }
            Job::Stop => break,
        }
    }
    handled
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel::<Job>(4);
    let total = Arc::new(Mutex::new(0u64));
    let consumer = tokio::spawn(consumer(rx, Arc::clone(&total)));
    let mut producers = Vec::new();
    for id in 1..=3 {
        let tx = tx.clone();
        producers.push(tokio::spawn(async move {
            producer(id, tx, 3).await;
        }));
    }
    drop(tx);
    for p in producers {
        p.await.unwrap();
    }
    let handled = consumer.await.expect("consumer panicked");
    let total = *total.lock().await;
    assert_eq!(handled, 9);
    println!("handled {} jobs, total cost {}", handled, total);
}
