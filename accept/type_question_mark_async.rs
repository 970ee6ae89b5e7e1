//! `?` inside an `async fn` returning `Result`
//!
//! `?` converts a `ParseIntError` into the function's error type, and a `String` error propagates unchanged.

use std::num::ParseIntError;
use tokio::time::{sleep, Duration};

async fn parse_sum(a: &str, b: &str) -> Result<u32, ParseIntError> {
    sleep(Duration::from_millis(1)).await;
    let x: u32 = a.parse()?;
    let y = b.trim().parse::<u32>()?;
    Ok(x + y)
}

async fn checked(a: &str) -> Result<u32, String> {
    let n = match parse_sum(a, "1").await {
        Ok(n) => n,
        Err(e) => return Err(e.to_string()),
    };
    if n > 100 {
        return Err(format!("{n} is too big"));
    }
    Ok(n)
}

async fn twice(a: &str) -> Result<u32, String> {
    let n = checked(a).await?;
    Ok(n * 2)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", parse_sum("2", " 3 ").await);
    println!("{:?}", parse_sum("x", "3").await.is_err());
    println!("{:?} {:?}", twice("4").await, twice("400").await);
}
