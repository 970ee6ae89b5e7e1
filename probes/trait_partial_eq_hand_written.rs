//! A hand-written `impl PartialEq` decides `==`, `!=` and `assert_eq!`
//!
//! `Money` compares by whole dollars, not by its field: `==` and `!=` call its `eq`, and so do
//! `assert_eq!`, `assert_ne!`, `Vec::contains`, and the derived `PartialEq` of a struct, a tuple,
//! a `Vec` or an `Option` that holds a `Money`. Each `eq` prints, so the calls and their order
//! show.

#[derive(Debug)]
struct Money(i64);

impl PartialEq for Money {
    fn eq(&self, other: &Self) -> bool {
        println!("  eq({}, {})", self.0, other.0);
        self.0 / 100 == other.0 / 100
    }
}

#[derive(Debug, PartialEq)]
struct Wallet {
    owner: &'static str,
    cash: Money,
}

fn main() {
    let (a, b) = (Money(150), Money(199));
    println!("a == b: {}", a == b);
    println!("a != b: {}", a != b);
    println!("&a == &b: {}", &a == &b);
    println!("Money(1) == Money(100): {}", Money(1) == Money(100));

    let v = vec![Money(5), Money(250)];
    println!("contains 299: {}", v.contains(&Money(299)));
    println!("contains 300: {}", v.contains(&Money(300)));
    println!("vec == vec: {}", v == vec![Money(99), Money(201)]);
    println!("tuple: {}", (1, Money(3)) == (1, Money(4)));
    println!("tuple, first differs: {}", (1, Money(3)) == (2, Money(4)));
    println!("option: {}", Some(Money(3)) == Some(Money(42)));
    println!("option vs None: {}", Some(Money(3)) != None);

    let w1 = Wallet { owner: "ann", cash: Money(120) };
    let w2 = Wallet { owner: "ann", cash: Money(180) };
    let w3 = Wallet { owner: "bob", cash: Money(120) };
    assert_eq!(w1, w2);
    assert_ne!(w1, w3);
    println!("wallets: {} {}", w1 == w2, w1 == w3);
}
