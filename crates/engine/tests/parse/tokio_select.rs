use std::collections::HashMap;
use tokio::sync::{broadcast, oneshot, mpsc};
use tokio::time::{self, sleep, timeout, Duration, Instant};

enum Command {
    Get { key: String, resp: oneshot::Sender<Option<String>> },
    Set { key: String, value: String },
}

async fn actor(mut rx: mpsc::Receiver<Command>) {
    let mut store: HashMap<String, String> = HashMap::new();
    while let Some(cmd) = rx.recv().await {
        match cmd {
            Command::Get { key, resp } => {
                let _ = resp.send(store.get(&key).cloned());
            }
            Command::Set { key, value } => {
                store.insert(key, value);
            }
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (tx, rx) = mpsc::channel(16);
    tokio::spawn(actor(rx));
    let (btx, mut brx) = broadcast::channel::<u32>(2);
    let mut interval = time::interval(Duration::from_millis(10));
    let start = Instant::now();
    tx.send(Command::Set { key: "a".into(), value: "1".to_string() }).await?;
    let (resp_tx, resp_rx) = oneshot::channel();
    tx.send(Command::Get { key: String::from("a"), resp: resp_tx }).await?;
    let got = resp_rx.await?;
    println!("got {:?}", got);
    loop {
        tokio::select! {
            _ = interval.tick() => {
                if start.elapsed() > Duration::from_millis(35) { break; }
                btx.send(1)?;
            }
            r = brx.recv() => match r {
                Ok(v) => println!("value {v}"),
                Err(broadcast::error::RecvError::Lagged(n)) => println!("lagged by {}", n),
                Err(broadcast::error::RecvError::Closed) => break,
            },
        }
    }
    match timeout(Duration::from_millis(5), sleep(Duration::from_secs(1))).await {
        Ok(()) => println!("finished"),
        Err(_) => println!("timed out"),
    }
    Ok(())
}
