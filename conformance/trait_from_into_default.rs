//! `From`/`Into`, `?` that converts an error, and `#[derive(Default)]`
//!
//! A user `From` impl makes `T::from(x)` and `x.into()` work, and lets `?` turn the error it meets into the function's error type. A struct that derives `Default` starts from each field's default; derived `PartialOrd`, `Ord` and `Hash` order, sort and key user structs.

use std::collections::HashMap;
use tokio::sync::mpsc;

#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key {
    name: String,
    n: u32,
}

#[derive(Debug, Default)]
struct Config {
    retries: u8,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    owner: Option<String>,
    key: Key,
}

#[derive(Debug)]
enum AppError {
    Parse(String),
    Closed,
}

impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self {
        AppError::Parse(e.to_string())
    }
}

struct Meters(f64);

impl From<f64> for Meters {
    fn from(x: f64) -> Self {
        Meters(x)
    }
}

fn parse(s: &str) -> Result<u32, AppError> {
    let n: u32 = s.trim().parse()?;
    Ok(n * 2)
}

async fn next_number(rx: &mut mpsc::Receiver<String>) -> Result<u32, AppError> {
    let line = rx.recv().await.ok_or(AppError::Closed)?;
    let n = parse(&line)?;
    Ok(n + 1)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let c = Config::default();
    println!("{:?}", c);
    println!("{} {} {} {} {:?} {}", c.retries, c.verbose, c.ratio, c.tags.len(), c.owner, c.key.name.len());
    let mut counts = HashMap::new();
    counts.insert(Key { name: "a".into(), n: 1 }, 5);
    println!("{:?}", counts.get(&Key { name: "a".into(), n: 1 }));
    let mut keys = vec![Key { name: "b".into(), n: 1 }, Key { name: "a".into(), n: 2 }, Key::default()];
    keys.sort();
    println!("{:?} {}", keys, keys[1] < keys[2]);
    println!("{:?} {:?}", parse(" 21 "), parse("x"));
    if let Err(AppError::Parse(m)) = parse("") {
        println!("message: {m}");
    }
    let d: Meters = 2.5.into();
    println!("{} {}", d.0, Meters::from(1.5).0);

    let (tx, mut rx) = mpsc::channel::<String>(4);
    tokio::spawn(async move {
        for s in ["4", "four"] {
            tx.send(s.to_string()).await.unwrap();
        }
    });
    for _ in 0..3 {
        println!("{:?}", next_number(&mut rx).await);
    }
}
