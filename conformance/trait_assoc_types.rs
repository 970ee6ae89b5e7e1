//! Associated types of a user trait
//!
//! A trait declares `type Output;` and each impl names it: `Self::Output` and `J::Output` in
//! signatures are the implementing type's, so one trait's method returns an `i32` for one job
//! and a `String` for another, and a generic function hands back whatever the job makes.

use std::fmt::Debug;
use std::time::Duration;

trait Job {
    type Output;

    fn run(&self) -> Self::Output;

    fn name(&self) -> String {
        "job".to_string()
    }
}

struct Add(i32, i32);
struct Greet(&'static str);

impl Job for Add {
    type Output = i32;

    fn run(&self) -> i32 {
        self.0 + self.1
    }
}

impl Job for Greet {
    type Output = String;

    fn run(&self) -> Self::Output {
        format!("hello {}", self.0)
    }

    fn name(&self) -> String {
        "greet".into()
    }
}

fn exec<J: Job>(job: &J) -> J::Output
where
    J::Output: Debug,
{
    let out = job.run();
    println!("{} -> {:?}", job.name(), out);
    out
}

async fn exec_later<J: Job>(job: J, ms: u64) -> J::Output {
    tokio::time::sleep(Duration::from_millis(ms)).await;
    job.run()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n = Add(2, 3).run() + 1;
    let s: String = Greet("bob").run();
    println!("{n} {s}");
    let k = exec(&Add(1, 1));
    let g = exec(&Greet("amy"));
    println!("{} {}", k * 10, g.len());
    let a = tokio::spawn(exec_later(Greet("late"), 20));
    let b = tokio::spawn(exec_later(Add(40, 2), 10));
    println!("{:?}", b.await.unwrap());
    println!("{:?}", a.await.unwrap());
}
