//! A field moved out and put back before the whole struct is used
//!
//! After `job.name` is moved, assigning a new `String` to it makes `job` whole again, so it can be passed by value.

#[derive(Debug)]
struct Job {
    name: String,
    runs: u32,
}

fn finish(job: Job) -> String {
    format!("{} after {} runs", job.name, job.runs)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut job = Job { name: String::from("a"), runs: 0 };
    let old = job.name;
    job.name = format!("{old}-2");
    job.runs += 1;
    println!("{job:?}");
    println!("{}", finish(job));
}
