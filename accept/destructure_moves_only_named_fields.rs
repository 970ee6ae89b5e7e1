//! Destructuring a struct or a tuple moves only the fields it names
//!
//! `let Job { name, .. } = job;` moves `name` out and leaves `job.id` and `job.tags` usable; so
//! does `if let Job { name, id: 1, .. } = other`, and `let (a, _) = pair;` leaves `pair.1`. Only
//! the moved fields are gone; rustc accepts every later use here.

#[derive(Debug)]
struct Job {
    id: u32,
    name: String,
    tags: Vec<String>,
}

fn main() {
    let job = Job { id: 7, name: "build".into(), tags: vec!["ci".into()] };
    let Job { name, .. } = job;
    println!("{name} {} {:?}", job.id, job.tags);
    let other = Job { id: 1, name: "test".into(), tags: vec![] };
    if let Job { name, id: 1, .. } = other {
        println!("{name}");
    }
    println!("{} {}", other.id, other.tags.len());
    let pair = (String::from("left"), String::from("right"));
    let (a, _) = pair;
    println!("{a} {}", pair.1);
    let t = (String::from("x"), 5);
    let (s, n) = t;
    let Job { id, .. } = job;
    println!("{s} {n} {} {id}", t.1);
}
