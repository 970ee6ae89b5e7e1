//! User traits: provided methods, `dyn Trait` and generic bounds
//!
//! A trait with a required and a provided method, implemented by two structs: the provided method calls the required one of whichever type it runs for. Values are used as `Box<dyn Trait>` in a `Vec`, through `&dyn Trait`, and through generic functions with a bound (`T: Trait`, `impl Trait`), and tasks each own one.

use tokio::time::{Duration, sleep};

trait Job {
    fn name(&self) -> String;
    fn cost_ms(&self) -> u64;
    fn describe(&self) -> String {
        format!("{} ({} ms)", self.name(), self.cost_ms())
    }
}

struct Resize {
    width: u32,
}

struct Upload {
    bytes: u64,
}

impl Job for Resize {
    fn name(&self) -> String {
        format!("resize to {}px", self.width)
    }
    fn cost_ms(&self) -> u64 {
        self.width as u64 / 100
    }
}

impl Job for Upload {
    fn name(&self) -> String {
        "upload".to_string()
    }
    fn cost_ms(&self) -> u64 {
        self.bytes / 1000
    }
    fn describe(&self) -> String {
        format!("upload of {} bytes", self.bytes)
    }
}

fn total_cost(jobs: &[Box<dyn Job>]) -> u64 {
    jobs.iter().map(|j| j.cost_ms()).sum()
}

fn log_job<J: Job>(job: &J) {
    println!("generic: {}", job.describe());
}

fn log_any(job: &impl Job) {
    println!("impl: {}", job.name());
}

fn first(jobs: &[Box<dyn Job>]) -> &dyn Job {
    jobs[0].as_ref()
}

async fn run(job: Box<dyn Job + Send>) -> String {
    sleep(Duration::from_millis(job.cost_ms())).await;
    job.describe()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let jobs: Vec<Box<dyn Job>> = vec![Box::new(Resize { width: 800 }), Box::new(Upload { bytes: 3000 })];
    for j in &jobs {
        println!("{}", j.describe());
    }
    println!("total {} ms", total_cost(&jobs));
    log_job(&Resize { width: 200 });
    log_any(&Upload { bytes: 10 });
    println!("first: {}", first(&jobs).name());

    let start = tokio::time::Instant::now();
    let a = tokio::spawn(run(Box::new(Resize { width: 500 })));
    let b = tokio::spawn(run(Box::new(Upload { bytes: 2000 })));
    println!("{} / {}", a.await.unwrap(), b.await.unwrap());
    println!("done at {:?}", start.elapsed());
}
