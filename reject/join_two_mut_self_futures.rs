//! Joining two calls of an `async fn(&mut self)` on the same value
//!
//! Each `c.query(..)` future holds `&mut c` until it completes, and `join!` keeps both alive at
//! once: two mutable borrows. rustc reports E0499, "cannot borrow `c` as mutable more than once at
//! a time", at the second `c`. Await them one after the other, or give each task its own
//! connection.

struct Conn {
    id: u32,
}

impl Conn {
    async fn query(&mut self, q: &str) -> String {
        self.id += 1;
        format!("{}:{q}", self.id)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut c = Conn { id: 1 };
    let (a, b) = tokio::join!(c.query("a"), c.query("b"));
    println!("{a} {b}");
}
