//! A key-value actor behind an mpsc channel, with oneshot replies and an `RwLock` store
//!
//! Three clients, woken by sleeps in reverse order, each put then get their key; a get's reply
//! is `rx.await.ok().flatten()` (`Option<Option<u64>>::flatten`). A `Stop` request ends the
//! server loop, which reports how many requests it served.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, RwLock, mpsc, oneshot};
use tokio::time::sleep;

type Db = Arc<RwLock<HashMap<String, u64>>>;

#[derive(Debug)]
enum Req {
    Get(String, oneshot::Sender<Option<u64>>),
    Put(String, u64),
    Stop,
}

async fn handler(db: Db, mut rx: mpsc::Receiver<Req>) -> usize {
    let mut served = 0;
    while let Some(req) = rx.recv().await {
        match req {
            Req::Get(k, reply) => {
                let v = db.read().await.get(&k).copied();
                let _ = reply.send(v);
            }
            Req::Put(k, v) => {
                db.write().await.insert(k, v);
            }
            Req::Stop => break,
        }
        served += 1;
    }
    served
}

struct Client {
    tx: mpsc::Sender<Req>,
    name: String,
}
impl Client {
    async fn get(&self, k: &str) -> Option<u64> {
        let (tx, rx) = oneshot::channel();
        self.tx.send(Req::Get(k.to_string(), tx)).await.ok()?;
        rx.await.ok().flatten()
    }
    async fn put(&self, k: &str, v: u64) {
        let _ = self.tx.send(Req::Put(k.into(), v)).await;
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let db: Db = Arc::new(RwLock::new(HashMap::new()));
    let (tx, rx) = mpsc::channel(8);
    let server = tokio::spawn(handler(db.clone(), rx));
    let clients: Vec<Client> = (0..3).map(|i| Client { tx: tx.clone(), name: format!("c{i}") }).collect();
    let counter = Arc::new(Mutex::new(0u32));
    let mut hs = Vec::new();
    for (i, c) in clients.into_iter().enumerate() {
        let counter = counter.clone();
        hs.push(tokio::spawn(async move {
            sleep(Duration::from_millis(10 * (3 - i as u64))).await;
            c.put(&c.name, i as u64 * 100).await;
            let got = c.get(&c.name).await;
            *counter.lock().await += 1;
            (c.name.clone(), got)
        }));
    }
    for h in hs {
        let (n, g) = h.await.unwrap();
        println!("{n} -> {g:?}");
    }
    tx.send(Req::Stop).await.unwrap();
    println!("served {}", server.await.unwrap());
    let snapshot = db.read().await;
    let mut keys: Vec<_> = snapshot.keys().cloned().collect();
    keys.sort();
    println!("{keys:?} {}", *counter.lock().await);
}
