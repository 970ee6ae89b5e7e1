//! Using a builder while a `&mut` it returned is still in use
//!
//! `push` takes `&mut self` and returns it (`-> &mut Self`), so `r` is a mutable borrow of `b`
//! that lasts until `r`'s last use. Calling `b.push(2)` in between borrows `b` mutably a second
//! time: rustc reports E0499, "cannot borrow `b` as mutable more than once at a time".

#[derive(Debug, Default)]
struct Batch {
    items: Vec<u32>,
}

impl Batch {
    fn push(&mut self, x: u32) -> &mut Self {
        self.items.push(x);
        self
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut b = Batch::default();
    let r = b.push(1);
    b.push(2);
    r.push(3);
    println!("{:?}", b);
}
