//! An integer literal converted with `From`/`Into` takes the type of the one impl that fits
//!
//! With `impl From<i64> for Money` (and a `From<&str>`), `Money::from(1234)` and `77.into()`
//! make the literal an `i64`, as rustc infers it, rather than the `i32` an unconstrained literal
//! would be. A `u8` impl takes `200`.

#[derive(Debug)]
struct Money(i64);

impl From<i64> for Money {
    fn from(cents: i64) -> Self {
        Money(cents)
    }
}

impl From<&str> for Money {
    fn from(s: &str) -> Self {
        Money(s.len() as i64 * 100)
    }
}

#[derive(Debug)]
struct Percent(u8);

impl From<u8> for Percent {
    fn from(p: u8) -> Self {
        Percent(p)
    }
}

fn main() {
    println!("{:?} {:?}", Money::from(1234), Money::from("abc"));
    let p = Percent::from(200);
    println!("{:?} {}", p, p.0 / 2);
    let m: Money = 77.into();
    let big: Money = 5_000_000_000.into();
    println!("{:?} {:?}", m, big);
    let Money(c) = m;
    println!("{}", c * 3_000_000_000);
}
