//! A panic inside a user `Index`/`IndexMut` impl is reported at the indexing expression
//!
//! std declares `Index::index` and `IndexMut::index_mut` `#[track_caller]`, and every impl
//! inherits it: an index out of bounds inside `index_mut` names the caller's `[5]` (from the
//! bracket, after the base), not the line of the impl.

use std::ops::{Index, IndexMut};

struct Slots {
    v: Vec<u8>,
}

impl Index<usize> for Slots {
    type Output = u8;
    fn index(&self, i: usize) -> &u8 {
        &self.v[i]
    }
}

impl IndexMut<usize> for Slots {
    fn index_mut(&mut self, i: usize) -> &mut u8 {
        &mut self.v[i]
    }
}

fn main() {
    let mut s = Slots { v: vec![1, 2] };
    s[1] = 9;
    println!("{} {}", s[0], s[1]);
    s[5] = 3;
    println!("unreachable {:?}", s.v);
}
