//! Overwriting a field that a reference points into
//!
//! `name` borrows `worker.name`; assigning a new `String` to `worker.name` drops the old one while
//! `name` still refers to it. rustc reports E0506, "cannot assign to `worker.name` because it is
//! borrowed".

struct Worker {
    name: String,
    jobs: u32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut worker = Worker { name: String::from("w1"), jobs: 0 };
    let name = &worker.name;
    worker.name = String::from("w2");
    worker.jobs += 1;
    println!("{name} did {} jobs", worker.jobs);
}
