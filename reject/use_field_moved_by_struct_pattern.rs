//! Using a field that a struct pattern moved out
//!
//! `if let Job { name, id: 3 } = job` moves `job.name` into `name`; `job.id` stays usable but
//! `job.name` does not. rustc reports E0382, "borrow of moved value: `job.name`". Bind it by
//! reference (`ref name`), or clone it.

struct Job {
    name: String,
    id: u32,
}

fn main() {
    let job = Job { name: "a".into(), id: 3 };
    if let Job { name, id: 3 } = job {
        println!("{name}");
    }
    let Job { id, .. } = job;
    println!("{id} {}", job.name);
}
