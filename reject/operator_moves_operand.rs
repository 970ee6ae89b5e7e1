//! An operand moved by a user `Add`, then used
//!
//! `impl Add for Money` takes both sides by value, and `Money` is not `Copy`: `a + b` moves `a`
//! into `add`. Reading `a.cents` afterwards is rustc's E0382.

use std::ops::Add;

#[derive(Debug)]
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
    let b = Money { cents: 250 };
    let total = a + b;
    println!("{total:?} from {}", a.cents);
}
