//! `Type::from` of a value no `From` impl takes
//!
//! `AppError` converts from `ParseIntError` and from `String`; `AppError::from(done)` with a `bool`
//! asks for `From<bool>`, which it does not have, so rustc reports E0277, "the trait bound
//! `AppError: From<bool>` is not satisfied".

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

fn main() {
    let done = false;
    let e = AppError::from(done);
    println!("{e:?}");
}
