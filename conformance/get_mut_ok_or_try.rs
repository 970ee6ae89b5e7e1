//! `get_mut(k).ok_or(e)?` and friends
//!
//! A `&mut` to an element found with `get_mut`, `last_mut` (or another lookup), turned into a
//! `Result` by `ok_or` / `ok_or_else` and unwrapped by `?`: the element when it is there, else the
//! error returned from the function (`ok_or_else`'s closure runs only then). Writes through it
//! change the collection.
use std::collections::HashMap;
// Read through `Debug` only.
#[allow(dead_code)]
#[derive(Debug)]
enum BankError {
    NoAccount(String),
    Short { have: i64, want: i64 },
}
struct Bank {
    accounts: HashMap<String, i64>,
    log: Vec<String>,
}
impl Bank {
    fn withdraw(&mut self, who: &str, amt: i64) -> Result<i64, BankError> {
        let bal = self.accounts.get_mut(who).ok_or_else(|| BankError::NoAccount(who.to_string()))?;
        if *bal < amt {
            return Err(BankError::Short { have: *bal, want: amt });
        }
        *bal -= amt;
        self.log.push(format!("{who} -{amt}"));
        Ok(*bal)
    }
    fn bump_first(&mut self, v: &mut Vec<u32>) -> Result<(), String> {
        let x = v.get_mut(0).ok_or("empty".to_string())?;
        *x += 1;
        let y = v.last_mut().ok_or(String::from("empty"))?;
        *y *= 2;
        Ok(())
    }
}
fn main() {
    let mut b = Bank { accounts: HashMap::from([("ann".to_string(), 50)]), log: vec![] };
    println!("{:?}", b.withdraw("ann", 20));
    println!("{:?}", b.withdraw("bob", 1));
    println!("{:?}", b.withdraw("ann", 100));
    let mut v = vec![1, 2, 3];
    let mut e: Vec<u32> = vec![];
    println!("{:?} {:?} {v:?} {:?}", b.bump_first(&mut v), b.bump_first(&mut e), b.log);
}
