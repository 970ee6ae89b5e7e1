//! A custom error type: `impl Error`, `source`, and `Box<dyn Error>`
//!
//! An error enum with `Display`, `Debug` and `impl Error` (overriding `source` for the variant
//! that wraps a `ParseIntError`); `?` converts a `ParseIntError` through a `From` impl, and a task
//! returns `Box<dyn Error + Send + Sync>` built from a string or from the enum. A type whose `impl
//! Error` is empty has no source. `ParseIntError::kind` tells why a parse failed.

use std::error::Error;
use std::fmt;
use std::num::{IntErrorKind, ParseIntError};

#[derive(Debug)]
enum ConfigError {
    Parse(ParseIntError),
    OutOfRange(i64),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Parse(e) => write!(f, "not a number: {e}"),
            ConfigError::OutOfRange(n) => write!(f, "{n} is out of range"),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::Parse(e) => Some(e),
            ConfigError::OutOfRange(_) => None,
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::Parse(e)
    }
}

#[derive(Debug)]
struct Timeout;

impl fmt::Display for Timeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "timed out")
    }
}

impl Error for Timeout {}

fn workers(text: &str) -> Result<i64, ConfigError> {
    let n: i64 = text.trim().parse()?;
    if !(1..=64).contains(&n) {
        return Err(ConfigError::OutOfRange(n));
    }
    Ok(n)
}

async fn fetch(id: u32) -> Result<String, Box<dyn Error + Send + Sync>> {
    match id {
        0 => Err("id 0 is reserved".into()),
        1..=3 => Ok(format!("item {id}")),
        _ => Err(Box::new(ConfigError::OutOfRange(id as i64))),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for text in ["8", " 16 ", "0", "x9", ""] {
        match workers(text) {
            Ok(n) => println!("{text:?}: {n} workers"),
            Err(e) => println!("{text:?}: {e} (has source: {})", e.source().is_some()),
        }
    }
    if let Err(ConfigError::Parse(e)) = workers("12a") {
        println!("kind {:?}, empty? {}", e.kind(), *e.kind() == IntErrorKind::Empty);
    }
    let t = Timeout;
    println!("{t} / {t:?} / source {:?}", t.source().map(|s| s.to_string()));
    let handle = tokio::spawn(async {
        let mut lines = Vec::new();
        for id in [2, 0, 7] {
            match fetch(id).await {
                Ok(v) => lines.push(v),
                Err(e) => lines.push(format!("error: {e}")),
            }
        }
        lines
    });
    for line in handle.await.unwrap() {
        println!("{line}");
    }
}
