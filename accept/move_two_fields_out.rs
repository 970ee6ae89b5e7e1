//! Moving two different fields out of one struct
//!
//! `job.name` and `job.tags` are disjoint places: moving one leaves the other movable, and `job.id` readable.

struct Job {
    id: u32,
    name: String,
    tags: Vec<String>,
}

fn consume(name: String, tags: Vec<String>) -> usize {
    name.len() + tags.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let job = Job { id: 1, name: String::from("n"), tags: vec![String::from("t")] };
    let name = job.name;
    let tags = job.tags;
    println!("{} {}", job.id, consume(name, tags));
}
