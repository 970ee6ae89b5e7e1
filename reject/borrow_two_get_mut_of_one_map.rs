//! Two `get_mut` borrows of one map used together
//!
//! `from` is a `&mut` into `balances` until its last use; the second `get_mut` borrows the whole
//! map mutably again while `from` is still used below it. rustc reports E0499, "cannot borrow
//! `balances` as mutable more than once at a time", at the second `get_mut`. (Take the amounts out
//! first, or change one entry after the other.)

use std::collections::HashMap;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut balances: HashMap<&str, i64> = HashMap::new();
    balances.insert("alice", 100);
    balances.insert("bob", 20);
    let from = balances.get_mut("alice").unwrap();
    let to = balances.get_mut("bob").unwrap();
    *from -= 30;
    *to += 30;
    println!("{balances:?}");
}
