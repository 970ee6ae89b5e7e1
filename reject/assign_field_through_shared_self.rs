//! Assigning to a field through `&self`
//!
//! `bump` takes `&self`, a shared reference, so it cannot change `self.n`. rustc reports E0594,
//! "cannot assign to `self.n`, which is behind a `&` reference". Take `&mut self`, or keep the
//! count in an atomic or a `Cell`.

struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&self) {
        self.n += 1;
    }
}

fn main() {
    let c = Counter { n: 0 };
    c.bump();
    println!("{}", c.n);
}
