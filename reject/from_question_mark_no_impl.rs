//! `?` on an error the function's error type cannot be made from
//!
//! `AppError` converts from `ParseIntError` and from `String`, but not from `ParseFloatError`:
//! the `?` after `parse::<f64>()` has no `From` impl to use, so rustc reports E0277, "`?`
//! couldn't convert the error to `AppError`".

use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Msg(String),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

impl From<String> for AppError {
    fn from(s: String) -> Self {
        AppError::Msg(s)
    }
}

fn parse_pair(a: &str, b: &str) -> Result<(i32, f64), AppError> {
    let x: i32 = a.parse()?;
    let y: f64 = b.parse()?;
    Ok((x, y))
}

fn main() {
    println!("{:?}", parse_pair("1", "2.5"));
}
