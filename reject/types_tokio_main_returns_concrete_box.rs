//! `#[tokio::main]` whose body returns `Err(Box::new(e))` where main declares `Box<dyn Error>`
//!
//! `#[tokio::main]` runs main's body as an `async` block, and rustc infers that block's output
//! from the body alone: the tail `Err(Box::new(ConfigError))` makes its error type
//! `Box<ConfigError>`, which is not the `Box<dyn Error>` main returns (no coercion happens at
//! the block's end). rustc's E0271 at the attribute, then E0308 at the tail.

use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ConfigError;

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "missing setting")
    }
}

impl Error for ConfigError {}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn Error>> {
    println!("loading");
    Err(Box::new(ConfigError))
}
