//! An impl that defines a type its trait does not declare
//!
//! `Job` declares `Output` only; the impl also defines `type Error`, which is no item of the
//! trait, so rustc reports E0437, "type `Error` is not a member of trait `Job`".

trait Job {
    type Output;
    fn run(&self) -> Self::Output;
}

struct Add(i32, i32);

impl Job for Add {
    type Output = i32;
    type Error = String;
    fn run(&self) -> i32 {
        self.0 + self.1
    }
}

fn main() {
    println!("{}", Add(1, 2).run());
}
