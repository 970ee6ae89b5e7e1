//! Calling a method with an extra argument
//!
//! `Counter::add` takes one amount; the call passes two. rustc reports E0061, "this method takes 1
//! argument but 2 arguments were supplied".

struct Counter {
    total: u64,
}

impl Counter {
    fn add(&mut self, n: u64) {
        self.total += n;
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut c = Counter { total: 0 };
    c.add(1, 2);
    println!("{}", c.total);
}
