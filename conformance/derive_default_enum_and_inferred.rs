//! `#[derive(Default)]` on enums, and `Default::default()` inferred
//!
//! An enum's derived default is its `#[default]` variant; a struct's is each field's default, an
//! enum field included. `Default::default()` makes the default of the type rustc infers for it
//! (a `let` with a type, a struct update `..Default::default()`), and `unwrap_or_default()` the
//! default of the `Option`'s type.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Level {
    Low,
    #[default]
    Mid,
    High,
}

#[derive(Debug, Default)]
struct Job {
    id: u32,
    name: String,
    level: Level,
    tags: Vec<&'static str>,
    cost: Option<f64>,
}

#[derive(Debug, Default)]
struct Outer {
    job: Job,
    pair: (u8, bool),
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?} {:?}", Job::default(), Level::default());
    let l: Level = Default::default();
    let n: u64 = Default::default();
    let o = Outer::default();
    let j = Job { id: 7, level: Level::High, ..Default::default() };
    println!("{l:?} {n} {o:?}");
    println!("{j:?} {}", j.level != Level::Low);
    println!("{} {} {} {:?} {} {:?}", j.id, j.name.is_empty(), j.tags.len(), j.cost, o.job.id, o.pair);
    let missing: Option<Level> = None;
    let found: Option<Level> = Some(Level::Low);
    let pair: Option<(u8, String)> = None;
    println!("{:?} {:?} {:?}", missing.unwrap_or_default(), found.unwrap_or_default(), pair.unwrap_or_default());
}
