//! Several `From` impls for one error type
//!
//! The classic application error enum converts from each error it wraps: `?` on a
//! `Result<_, ParseIntError>` uses `From<ParseIntError>`, on a `Result<_, String>` uses
//! `From<String>`, and so do `.into()` and `AppError::from(x)`, each picked by the value's
//! type; an `AppError` passed to `AppError::from` is itself.

use std::fmt;
use std::num::ParseIntError;
use std::time::Duration;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Msg(String),
    Code(u16),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        println!("  from ParseIntError");
        AppError::Parse(e)
    }
}

impl From<String> for AppError {
    fn from(s: String) -> Self {
        println!("  from String");
        AppError::Msg(s)
    }
}

impl From<u16> for AppError {
    fn from(code: u16) -> Self {
        println!("  from u16");
        AppError::Code(code)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "bad number: {e}"),
            AppError::Msg(m) => write!(f, "{m}"),
            AppError::Code(c) => write!(f, "code {c}"),
        }
    }
}

fn check_range(n: i64) -> Result<i64, String> {
    if n > 100 { Err(format!("{n} is too big")) } else { Ok(n) }
}

fn status(n: i64) -> Result<i64, u16> {
    if n == 42 { Err(503) } else { Ok(n) }
}

async fn handle(input: &str) -> Result<i64, AppError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    let n: i64 = input.trim().parse()?;
    let n = check_range(n)?;
    let n = status(n)?;
    if n < 0 {
        return Err(format!("{n} is negative").into());
    }
    if n == 0 {
        return Err(AppError::from(String::from("zero")));
    }
    Ok(n * 2)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for input in ["21", "x1", "500", "42", "-4", "0"] {
        println!("handle({input:?})");
        match handle(input).await {
            Ok(v) => println!("  ok {v}"),
            Err(e) => println!("  error: {e} / {e:?}"),
        }
    }
    let direct = AppError::from("oops".parse::<u8>().unwrap_err());
    println!("{direct}");
    let code: AppError = 404u16.into();
    println!("{code:?}");
    let same = AppError::from(AppError::Code(1));
    println!("{same:?}");
}
