//! Methods taking `&self`, `&mut self` and `self`, and `Self::new`
//!
//! The receiver decides the borrow: `get` reads, `bump` mutates a `let mut` binding, `into_total` consumes.

struct Counter {
    n: u32,
    step: u32,
}

impl Counter {
    fn new(step: u32) -> Self {
        Self { n: 0, step }
    }

    fn with_default() -> Counter {
        Self::new(1)
    }

    fn get(&self) -> u32 {
        self.n
    }

    fn bump(&mut self) -> u32 {
        self.n += self.step;
        self.get()
    }

    fn into_total(self) -> u32 {
        self.n * 100
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut c = Counter::new(2);
    c.bump();
    let now = c.bump();
    println!("{now} {}", c.get());
    let mut d = Counter::with_default();
    d.bump();
    println!("{} {}", c.into_total(), d.into_total());
}
