//! Destructuring a struct that implements `Drop` by value
//!
//! `let Job { name, retries } = job;` would move `name` out of `job`, whose `drop` still needs it.
//! rustc reports E0509 at the value being destructured; `let Job { ref name, .. } = job;` borrows
//! instead.

struct Job {
    name: String,
    retries: u32,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("job dropped after {} retries", self.retries);
    }
}

fn main() {
    let job = Job { name: String::from("build"), retries: 2 };
    let Job { name, retries } = job;
    println!("{name} {retries}");
}
