//! Generic type aliases, and aliases declared inside a function
//!
//! The tutorial's channels page names its reply channel with a generic
//! alias, `type Responder<T> = oneshot::Sender<Result<T, String>>`, and
//! its shared-state page declares `type Db = ...` where it is used. Each
//! use of a generic alias puts its arguments in place of the parameters.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, oneshot};

type Responder<T> = oneshot::Sender<Result<T, String>>;
type Pair<A, B> = (A, B);

#[derive(Debug)]
enum Command {
    Get { key: String, resp: Responder<Option<u32>> },
    Set { key: String, val: u32, resp: Responder<()> },
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    type Db = Arc<Mutex<HashMap<String, u32>>>;
    let db: Db = Arc::new(Mutex::new(HashMap::new()));
    let (tx, mut rx) = mpsc::channel::<Command>(8);
    let manager = tokio::spawn(async move {
        while let Some(cmd) = rx.recv().await {
            match cmd {
                Command::Get { key, resp } => {
                    let v = db.lock().unwrap().get(&key).copied();
                    let _ = resp.send(Ok(v));
                }
                Command::Set { key, val, resp } => {
                    db.lock().unwrap().insert(key, val);
                    let _ = resp.send(Ok(()));
                }
            }
        }
    });
    let (resp, rx1) = oneshot::channel();
    tx.send(Command::Set { key: "foo".into(), val: 7, resp }).await.unwrap();
    println!("set: {:?}", rx1.await);
    let (resp, rx2) = oneshot::channel();
    tx.send(Command::Get { key: "foo".into(), resp }).await.unwrap();
    println!("get: {:?}", rx2.await);
    drop(tx);
    manager.await.unwrap();
    let p: Pair<&str, u8> = ("pair", 2);
    println!("{p:?}");
}
