//! Moving a field out of a struct that implements `Drop`
//!
//! `Job`'s `drop` runs when `job` dies and needs all its fields, so none can be moved out
//! beforehand. rustc reports E0509, "cannot move out of type `Job`, which implements the `Drop`
//! trait", at the field expression; clone it, borrow it, or `std::mem::take` it.

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
    let name = job.name;
    println!("{name}");
}
