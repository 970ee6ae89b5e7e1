//! A method returning `&mut` called twice in a row
//!
//! Each `*c.slot() += 1` makes a new borrow that ends at the `;`, so the next call can borrow `c` again.

struct Counter {
    n: u32,
}

impl Counter {
    fn slot(&mut self) -> &mut u32 {
        &mut self.n
    }

    fn peek(&self) -> &u32 {
        &self.n
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut c = Counter { n: 0 };
    *c.slot() += 1;
    *c.slot() += 1;
    let p = *c.peek();
    let s = c.slot();
    *s += p;
    println!("{}", c.peek());
}
