//! A method's `Option<&mut T>` turned into a `Result` with `ok_or`/`ok_or_else` and `?`
//!
//! `let acc = self.find(id).ok_or_else(|| ..)?;` (with `find` returning
//! `self.accounts.iter_mut().find(..)` or `self.by_name.get_mut(name)`) binds `acc` to the
//! element itself: writes through it change the account in the bank. When the method gives
//! `None`, `?` returns the error from the enclosing function and nothing changes.

use std::collections::HashMap;

#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
}

#[derive(Debug)]
enum BankError {
    Missing(u32),
    Overdrawn { id: u32, short: i64 },
}

impl std::fmt::Display for BankError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BankError::Missing(id) => write!(f, "no account {id}"),
            BankError::Overdrawn { id, short } => write!(f, "account {id} is {short} short"),
        }
    }
}

struct Bank {
    accounts: Vec<Account>,
    by_name: HashMap<String, Account>,
}

impl Bank {
    fn find(&mut self, id: u32) -> Option<&mut Account> {
        self.accounts.iter_mut().find(|a| a.id == id)
    }
    fn named(&mut self, name: &str) -> Option<&mut Account> {
        self.by_name.get_mut(name)
    }
    fn withdraw(&mut self, id: u32, amt: i64) -> Result<i64, BankError> {
        let acc = self.find(id).ok_or_else(|| BankError::Missing(id))?;
        if acc.balance < amt {
            return Err(BankError::Overdrawn { id, short: amt - acc.balance });
        }
        acc.balance -= amt;
        Ok(acc.balance)
    }
    fn rename_deposit(&mut self, name: &str, amt: i64) -> Result<(), String> {
        let acc = self.named(name).ok_or(format!("no {name}"))?;
        acc.balance += amt;
        acc.id += 100;
        Ok(())
    }
}

fn main() {
    let mut by_name = HashMap::new();
    by_name.insert("ann".to_string(), Account { id: 7, balance: 1 });
    let mut b = Bank { accounts: vec![Account { id: 1, balance: 50 }], by_name };
    println!("{:?}", b.withdraw(1, 20));
    println!("{:?}", b.withdraw(1, 40));
    println!("{:?}", b.withdraw(9, 1));
    if let Err(e) = b.withdraw(1, 1000) {
        println!("{e}");
    }
    println!("{:?}", b.rename_deposit("ann", 5));
    println!("{:?}", b.rename_deposit("bob", 5));
    println!("{:?} {:?}", b.accounts, b.by_name);
}
