//! Destructuring some fields with `..` leaves the others in place
//!
//! `let Job { name, .. } = job;` moves only `job.name`; `job.tags` can still be moved and `job.id` read.

struct Job {
    id: u32,
    name: String,
    tags: Vec<String>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let job = Job { id: 2, name: String::from("n"), tags: vec![String::from("t")] };
    let Job { name, .. } = job;
    let Job { ref tags, id, .. } = job;
    println!("{name} {tags:?} {id}");
    let rest = job.tags;
    println!("{rest:?} {}", job.id);
}
