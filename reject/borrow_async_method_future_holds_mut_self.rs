//! Using a value while a future of its `&mut self` method is alive: E0503
//!
//! The future `c.step()` returns keeps `&mut c` until it is awaited or dropped. Changing `c.n`
//! in between would change it under the future, so rustc reports E0503, "cannot use `c.n`
//! because it was mutably borrowed", at the `+=`.

struct Counter {
    n: u32,
}

impl Counter {
    async fn step(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut c = Counter { n: 0 };
    let pending = c.step();
    c.n += 5;
    println!("{}", pending.await);
}
