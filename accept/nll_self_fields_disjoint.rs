//! Disjoint field borrows inside a `&mut self` method
//!
//! `let total = &mut self.total;` borrows one field while `self.items` is iterated and `self.count` updated.

struct Tally {
    items: Vec<u32>,
    total: u32,
    count: u32,
}

impl Tally {
    fn add_all(&mut self) {
        let total = &mut self.total;
        for x in &self.items {
            *total += x;
            self.count += 1;
        }
        *total += 1;
        self.items.push(self.items.len() as u32);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut t = Tally { items: vec![1, 2], total: 0, count: 0 };
    t.add_all();
    println!("{:?} {} {}", t.items, t.total, t.count);
}
