//! Telling errors apart behind `Box<dyn Error>`
//!
//! A function that returns `Box<dyn Error + Send + Sync>` loses the concrete type; the caller
//! gets it back with `downcast_ref::<T>()` (`Some(&T)` when the error is a `T`), `is::<T>()`,
//! or `downcast::<T>()`, which gives the box back as `Err` when it is not. Here a custom error,
//! a `ParseIntError` from `?`, a `&str` message and Tokio's `Elapsed` from a timeout.

use std::error::Error;
use std::fmt;
use tokio::time::{Duration, sleep, timeout};

#[derive(Debug)]
struct QuotaExceeded {
    used: u32,
}

impl fmt::Display for QuotaExceeded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "quota exceeded ({} used)", self.used)
    }
}

impl Error for QuotaExceeded {}

async fn work(i: u32) -> Result<u32, Box<dyn Error + Send + Sync>> {
    match i {
        1 => Err(Box::new(QuotaExceeded { used: 90 + i })),
        2 => {
            let n: u8 = "x9".parse()?;
            Ok(u32::from(n))
        }
        3 => Err("backend unavailable".into()),
        4 => {
            timeout(Duration::from_millis(5), sleep(Duration::from_secs(1))).await?;
            Ok(0)
        }
        _ => Ok(i * 10),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for i in 0..5 {
        match work(i).await {
            Ok(v) => println!("{i}: ok {v}"),
            Err(e) => {
                if let Some(q) = e.downcast_ref::<QuotaExceeded>() {
                    println!("{i}: quota, used {} ({q})", q.used);
                } else if e.is::<std::num::ParseIntError>() {
                    println!("{i}: bad number: {e}");
                } else if e.is::<tokio::time::error::Elapsed>() {
                    println!("{i}: timed out: {e}");
                } else {
                    println!("{i}: other: {e}");
                }
            }
        }
    }
    let e: Box<dyn Error> = Box::new(QuotaExceeded { used: 7 });
    match e.downcast::<std::num::ParseIntError>() {
        Ok(p) => println!("parse error {p}"),
        Err(e) => match e.downcast::<QuotaExceeded>() {
            Ok(q) => println!("got it back: {}", q.used),
            Err(e) => println!("neither: {e}"),
        },
    }
}
