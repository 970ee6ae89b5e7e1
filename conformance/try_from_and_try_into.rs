//! `TryFrom` impls of your own, and `try_into()` between integers and into your types
//!
//! A `Port` parsed from text with `TryFrom<&str>` and its own error type: called as
//! `Port::try_from(s)`, as `s.try_into()` with `?` into a `Box<dyn Error>`, and into a
//! `Result` named in a `let`. Integers convert with `try_into()` into the type they are used
//! as, `Err(TryFromIntError(()))` out of range; a failed `expect` panics in a task, whose
//! `JoinError` says so.

use std::convert::{TryFrom, TryInto};
use std::error::Error;
use std::fmt;

#[derive(Debug, PartialEq)]
struct Port(u16);

#[derive(Debug)]
enum ParsePortError {
    Empty,
    NotANumber(String),
    Reserved(u16),
}

impl fmt::Display for ParsePortError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParsePortError::Empty => write!(f, "empty port"),
            ParsePortError::NotANumber(s) => write!(f, "{s:?} is not a number"),
            ParsePortError::Reserved(p) => write!(f, "port {p} is reserved"),
        }
    }
}

impl Error for ParsePortError {}

impl TryFrom<&str> for Port {
    type Error = ParsePortError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        if s.is_empty() {
            return Err(ParsePortError::Empty);
        }
        let n: u16 = s.parse().map_err(|_| ParsePortError::NotANumber(s.to_string()))?;
        if n < 1024 {
            return Err(ParsePortError::Reserved(n));
        }
        Ok(Port(n))
    }
}

fn ports(specs: &[&str]) -> Result<Vec<Port>, Box<dyn Error>> {
    let mut out = Vec::new();
    for s in specs {
        let p: Port = (*s).try_into()?;
        out.push(p);
    }
    Ok(out)
}

fn small(n: i64) -> Result<u8, Box<dyn Error>> {
    let b: u8 = n.try_into()?;
    Ok(b)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    for s in ["8080", "", "http", "22"] {
        match Port::try_from(s) {
            Ok(p) => println!("ok {p:?}"),
            Err(e) => println!("error: {e}"),
        }
    }
    println!("{:?}", ports(&["3000", "4000"]).map(|v| v.len()));
    match ports(&["3000", "80"]) {
        Ok(_) => println!("all fine"),
        Err(e) => println!("failed: {e}"),
    }
    println!("{:?} / {}", small(7).ok(), small(700).unwrap_err());
    let idx: usize = 3i32.try_into().unwrap();
    let v = vec![10, 20, 30, 40];
    println!("{}", v[idx]);
    let neg: Result<u32, _> = (-1i64).try_into();
    println!("{neg:?}");
    let r: Result<Port, ParsePortError> = "65535".try_into();
    println!("{:?}", r);
    let h = tokio::spawn(async {
        let x: u8 = 300u32.try_into().expect("fits in a byte");
        x
    });
    println!("{}", h.await.unwrap_err().is_panic());
}
