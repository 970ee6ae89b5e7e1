//! Moving one field out of a struct, then using another field
//!
//! `let name = job.name;` moves only `job.name`; `job.id` and `job.tags` remain usable.

struct Job {
    id: u32,
    name: String,
    tags: Vec<String>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let job = Job { id: 7, name: String::from("build"), tags: vec![String::from("ci")] };
    let name = job.name;
    println!("{name} {} {:?}", job.id, job.tags);
    let tags = job.tags;
    println!("{} {}", tags.len(), job.id);
}
