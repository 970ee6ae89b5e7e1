//! Two `&mut` into the same `Vec` at once, one per index
//!
//! `&mut self.accounts[from]` borrows the whole `Vec` mutably (through `IndexMut`), so a second
//! `&mut self.accounts[to]` while the first is in use is two mutable borrows of `self.accounts`.
//! rustc reports E0499 at the second. Use `split_at_mut`, or change one element, then the other.

struct Bank {
    accounts: Vec<u32>,
}

impl Bank {
    fn move_money(&mut self, from: usize, to: usize) {
        let a = &mut self.accounts[from];
        let b = &mut self.accounts[to];
        *a -= 1;
        *b += 1;
    }
}

fn main() {
    let mut b = Bank { accounts: vec![5, 5] };
    b.move_money(0, 1);
    println!("{:?}", b.accounts);
}
