//! `-` on a user type that implements only `+`
//!
//! `Money` has `impl Add` but no `impl Sub`, so `a - b` has no meaning: rustc reports E0369,
//! "cannot subtract `Money` from `Money`".

use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = Money { cents: 100 };
    let b = Money { cents: 30 };
    println!("{:?} {:?}", a + b, a - b);
}
