//! Parsing commands with a hand-written `FromStr`
//!
//! A key-value actor reads lines and turns each into a `Command` through its `FromStr` impl:
//! `line.parse::<Command>()`, `let c: Command = line.parse()?` (the impl's `Err` type goes
//! into `Box<dyn Error>`), or `Command::from_str(line)`. The actor answers over oneshot
//! channels.

use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::str::FromStr;
use tokio::sync::{mpsc, oneshot};
use tokio::time::{Duration, sleep};

#[derive(Debug, PartialEq)]
enum Command {
    Get(String),
    Set(String, i64),
    Incr(String),
}

#[derive(Debug)]
struct BadCommand(String);

impl fmt::Display for BadCommand {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad command: {:?}", self.0)
    }
}

impl Error for BadCommand {}

impl FromStr for Command {
    type Err = BadCommand;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split_whitespace().collect();
        match parts.as_slice() {
            ["get", k] => Ok(Command::Get(k.to_string())),
            ["set", k, v] => {
                let v = v.parse().map_err(|_| BadCommand(s.to_string()))?;
                Ok(Command::Set(k.to_string(), v))
            }
            ["incr", k] => Ok(Command::Incr(k.to_string())),
            _ => Err(BadCommand(s.to_string())),
        }
    }
}

async fn client(tx: mpsc::Sender<(Command, oneshot::Sender<Option<i64>>)>, lines: &[&str]) -> Result<(), Box<dyn Error>> {
    for line in lines {
        sleep(Duration::from_millis(3)).await;
        let cmd: Command = line.parse()?;
        let (reply_tx, reply_rx) = oneshot::channel();
        tx.send((cmd, reply_tx)).await?;
        println!("{line:>10} -> {:?}", reply_rx.await?);
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<(Command, oneshot::Sender<Option<i64>>)>(4);
    let actor = tokio::spawn(async move {
        let mut db: HashMap<String, i64> = HashMap::new();
        while let Some((cmd, reply)) = rx.recv().await {
            let answer = match cmd {
                Command::Get(k) => db.get(&k).copied(),
                Command::Set(k, v) => db.insert(k, v),
                Command::Incr(k) => {
                    let n = db.entry(k).or_insert(0);
                    *n += 1;
                    Some(*n)
                }
            };
            let _ = reply.send(answer);
        }
        db.len()
    });
    for line in ["get a", "set  a 5", "set a x", "drop a"] {
        match line.parse::<Command>() {
            Ok(c) => println!("parsed {c:?}"),
            Err(e) => println!("{e}"),
        }
    }
    println!("{:?}", Command::from_str("incr n"));
    let r = client(tx.clone(), &["set a 1", "incr a", "incr b", "get a", "get z"]).await;
    println!("client: {:?}", r.map_err(|e| e.to_string()));
    let r = client(tx, &["get a", "oops"]).await;
    println!("client: {:?}", r.map_err(|e| e.to_string()));
    println!("keys: {}", actor.await.unwrap());
}
