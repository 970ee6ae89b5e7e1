// Reading through a user `Deref` runs; a `&mut self` method reached
// through a user `DerefMut` would change a copy: not supported yet.
use std::ops::{Deref, DerefMut};

struct Conn {
    queries: u32,
}

impl Conn {
    fn query(&mut self) -> u32 {
        self.queries += 1;
        self.queries
    }
}

struct Pooled {
    conn: Conn,
}

impl Deref for Pooled {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        &self.conn
    }
}

impl DerefMut for Pooled {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.conn
    }
}

fn main() {
    let mut p = Pooled { conn: Conn { queries: 0 } };
    let n = p.query();
    println!("{} {n}", p.queries);
}
