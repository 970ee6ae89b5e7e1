//! Operator traits on user types: `+`, `-`, `*` by a scalar, unary `-`, `!`, and `+=`
//!
//! `a + b` calls `Add::add(a, b)`, `v * 2.0` the impl of `Mul<f64>`, `-v` `Neg::neg`, `!flags`
//! `Not::not`, and `total += v` `AddAssign::add_assign(&mut total, v)`, which changes `total` in
//! place. A `Copy` operand stays usable; a non-`Copy` one is moved by value operators.

use std::ops::{Add, AddAssign, Mul, Neg, Not, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: f64,
    y: f64,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}

impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

#[derive(Debug)]
struct Perms(Vec<bool>);

impl Not for Perms {
    type Output = Perms;
    fn not(self) -> Perms {
        Perms(self.0.into_iter().map(|b| !b).collect())
    }
}

#[derive(Debug, Clone)]
struct Money {
    cents: i64,
    label: String,
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents, label: format!("{}+{}", self.label, o.label) }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = V2 { x: 0.5, y: -1.0 };
    let c = a + b * 2.0 - V2 { x: 1.0, y: 1.0 };
    println!("{c:?} {:?} {}", -c, a == V2 { x: 1.0, y: 2.0 });
    let mut total = V2 { x: 0.0, y: 0.0 };
    for v in [a, b, c] {
        total += v;
    }
    println!("total {total:?}");
    println!("{:?}", !Perms(vec![true, false]));
    let price = Money { cents: 250, label: "tea".into() } + Money { cents: 120, label: "cake".into() };
    let task = tokio::spawn(async move {
        let tip = Money { cents: 30, label: "tip".into() };
        price + tip
    });
    let bill = task.await.unwrap();
    println!("{} cents for {}", bill.cents, bill.label);
}
