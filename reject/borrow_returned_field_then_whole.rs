//! Printing a struct while a `&mut` to its field, returned by a method, is in use
//!
//! `queue` returns `&mut self.queue`, so `q` borrows `s` mutably (the whole of it: the method's
//! signature says `&mut self`) until `q`'s last use. Printing `s` in between is E0502.

#[derive(Debug, Default)]
struct Scheduler {
    queue: Vec<u32>,
}

impl Scheduler {
    fn queue(&mut self) -> &mut Vec<u32> {
        &mut self.queue
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut s = Scheduler::default();
    let q = s.queue();
    println!("{:?}", s);
    q.push(1);
}
