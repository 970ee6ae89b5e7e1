//! `Error::source` through a `Box<dyn Error>`: the boxed type's own `source`, or `None`
//!
//! A `Box<dyn Error>` hides the type, but `source()` still calls that type's method: an impl
//! that overrides it gives its cause (here `High`'s `Low`), one that does not gives `None`, as
//! does the error a `&str` converts into. Walking `source()` in a loop prints the chain.

use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Low(String);
impl fmt::Display for Low {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "low: {}", self.0)
    }
}
impl Error for Low {}

#[derive(Debug)]
struct High {
    ctx: &'static str,
    cause: Low,
}
impl fmt::Display for High {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "high: {}", self.ctx)
    }
}
impl Error for High {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

fn run(fail: bool) -> Result<u32, Box<dyn Error>> {
    if fail {
        return Err(Box::new(High { ctx: "loading", cause: Low("disk".into()) }));
    }
    Ok(1)
}

fn main() {
    let e = run(true).unwrap_err();
    println!("error: {e}");
    let mut cur = e.source();
    while let Some(s) = cur {
        println!("caused by: {s}");
        cur = s.source();
    }
    println!("{:?}", run(false));
    let plain: Box<dyn Error> = Box::new(Low("x".into()));
    println!("{}", plain.source().is_none());
    let from_str: Box<dyn Error> = "just text".into();
    println!("{from_str} {}", from_str.source().is_none());
}
