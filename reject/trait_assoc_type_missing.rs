//! An impl that leaves out a trait's associated type
//!
//! `Job` declares `type Output;`; `impl Job for Add` defines `run` but not `Output`, so rustc
//! reports E0046, "not all trait items implemented, missing: `Output`".

trait Job {
    type Output;
    fn run(&self) -> Self::Output;
}

struct Add(i32, i32);

impl Job for Add {
    fn run(&self) -> i32 {
        self.0 + self.1
    }
}

fn main() {
    println!("{}", Add(1, 2).run());
}
