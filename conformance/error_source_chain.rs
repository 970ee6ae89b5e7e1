//! Walking an error's `source` chain through `&dyn Error`
//!
//! Each error in a `Vec<Box<dyn Error + Send + Sync>>` is reported with the errors that caused it:
//! `source()` is the impl's own where it overrides it (`Wrapped` returns its `ParseIntError`),
//! and `None` where the trait's provided method runs (an empty `impl Error`, a `ParseIntError`,
//! an error made from a string). A task builds the list; main walks it.

use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
struct Wrapped {
    context: &'static str,
    cause: ParseIntError,
}

impl fmt::Display for Wrapped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "while reading {}", self.context)
    }
}

impl Error for Wrapped {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

#[derive(Debug)]
struct Closed;

impl fmt::Display for Closed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "channel closed")
    }
}

impl Error for Closed {}

fn report(e: &dyn Error) -> String {
    let mut text = e.to_string();
    let mut cur = e.source();
    while let Some(cause) = cur {
        text.push_str(" <- ");
        text.push_str(&cause.to_string());
        cur = cause.source();
    }
    text
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let errors = tokio::spawn(async {
        let parse = "4x".parse::<u32>().unwrap_err();
        let list: Vec<Box<dyn Error + Send + Sync>> =
            vec![Box::new(Wrapped { context: "the port", cause: parse.clone() }), Box::new(Closed), Box::new(parse), "disk full".into()];
        list
    })
    .await
    .unwrap();
    for e in &errors {
        println!("{}", report(e.as_ref()));
    }
    println!("{} errors, {} with a source", errors.len(), errors.iter().filter(|e| e.source().is_some()).count());
}
