//! Methods that return `Option<&mut T>` or `Result<&mut T, E>` of their own collection
//!
//! `fn account(&mut self, id: u32) -> Option<&mut Account> { self.accounts.get_mut(&id) }`, and
//! the same with `iter_mut().find(..)`, `min_by_key`, `last_mut()` and `.ok_or(..)` /
//! `.ok_or_else(..)`, hand out an element the caller writes through: with `if let Some(a)`,
//! `if let Ok(a)`, `match` (`Ok(a)` / `Err(e)`), `.unwrap()`, `.expect(..)` and `?`, on a variable
//! and on a field of `self`. Reads of the returned value (`is_some`, `map`) see a copy.

use std::collections::HashMap;

#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
}

#[derive(Debug)]
enum BankError {
    Unknown(u32),
    Empty,
}

impl std::fmt::Display for BankError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            BankError::Unknown(id) => write!(f, "no account {id}"),
            BankError::Empty => write!(f, "empty"),
        }
    }
}

struct Bank {
    accounts: HashMap<u32, Account>,
    queue: Vec<Account>,
    log: Vec<String>,
}

impl Bank {
    fn account(&mut self, id: u32) -> Option<&mut Account> {
        self.accounts.get_mut(&id)
    }
    fn must(&mut self, id: u32) -> Result<&mut Account, BankError> {
        self.accounts.get_mut(&id).ok_or(BankError::Unknown(id))
    }
    fn queued(&mut self, id: u32) -> Option<&mut Account> {
        self.queue.iter_mut().find(|a| a.id == id)
    }
    fn poorest(&mut self) -> Option<&mut Account> {
        self.queue.iter_mut().min_by_key(|a| a.balance)
    }
    fn newest(&mut self) -> Result<&mut Account, BankError> {
        self.queue.last_mut().ok_or_else(|| BankError::Empty)
    }
    fn deposit(&mut self, id: u32, amount: i64) -> Result<i64, BankError> {
        let a = self.must(id)?;
        a.balance += amount;
        Ok(a.balance)
    }
}

struct Branch {
    bank: Bank,
}

impl Branch {
    fn bonus(&mut self, id: u32) {
        if let Some(a) = self.bank.account(id) {
            a.balance += 1000;
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut bank = Bank { accounts: HashMap::new(), queue: Vec::new(), log: Vec::new() };
    bank.accounts.insert(1, Account { id: 1, balance: 10 });
    bank.queue.push(Account { id: 7, balance: 70 });
    bank.queue.push(Account { id: 8, balance: 5 });
    if let Some(a) = bank.account(1) {
        a.balance += 5;
    }
    match bank.must(2) {
        Ok(a) => a.balance = 0,
        Err(e) => bank.log.push(format!("{e}")),
    }
    if let Ok(a) = bank.must(1) {
        a.balance *= 2;
    }
    bank.must(1).unwrap().balance -= 1;
    bank.queued(7).expect("queued").balance += 1;
    if let Some(a) = bank.poorest() {
        a.balance = 100;
    }
    bank.newest().unwrap().id = 9;
    println!("{:?}", bank.deposit(1, 50));
    println!("{:?}", bank.deposit(3, 50));
    println!("{} {:?}", bank.account(1).is_some(), bank.queued(7).map(|a| a.balance));
    println!("{:?} {:?} {:?}", bank.accounts[&1], bank.queue, bank.log);
    let mut branch = Branch { bank };
    branch.bonus(1);
    branch.bonus(5);
    println!("{:?}", branch.bank.accounts[&1]);
}
