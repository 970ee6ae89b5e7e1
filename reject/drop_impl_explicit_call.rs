//! Calling `drop` as a method on a value whose type implements `Drop`
//!
//! `Drop::drop` is called by Rust when the value dies, never by hand: calling it would let the
//! value be used, and dropped again, after its destructor ran. rustc reports E0040, "explicit use
//! of destructor method", at the method name; `drop(c)` (the prelude function) is the way.

struct Conn {
    id: u32,
}

impl Drop for Conn {
    fn drop(&mut self) {
        println!("closing connection {}", self.id);
    }
}

fn main() {
    let c = Conn { id: 1 };
    println!("using {}", c.id);
    c.drop();
}
