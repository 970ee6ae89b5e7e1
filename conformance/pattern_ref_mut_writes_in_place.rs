//! `ref mut` bindings write into the matched place
//!
//! A `ref mut` binding in a `match`, `if let` or `while let` pattern borrows the part of the
//! scrutinee it binds: writes through it (`*n += 1`, `v.push(..)`) change the scrutinee itself,
//! which keeps the new value after the pattern's scope ends, whether the scrutinee is a local, a
//! field, or reached through a `&mut` parameter.

#[derive(Debug)]
enum Job {
    Waiting(u32),
    Running { done: Vec<u32>, name: String },
    Finished,
}

struct Worker {
    job: Job,
    ticks: (u32, u32),
}

fn step(w: &mut Worker) {
    match w.job {
        Job::Waiting(ref mut left) => {
            *left -= 1;
            if *left == 0 {
                w.job = Job::Running { done: Vec::new(), name: String::from("job") };
            }
        }
        Job::Running { ref mut done, ref mut name } => {
            done.push(done.len() as u32 * 10);
            name.push('+');
            if done.len() == 3 {
                w.job = Job::Finished;
            }
        }
        Job::Finished => {}
    }
    match w.ticks {
        (ref mut all, _) => *all += 1,
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut w = Worker { job: Job::Waiting(2), ticks: (0, 0) };
    while !matches!(w.job, Job::Finished) {
        step(&mut w);
        println!("{:?} after {} ticks", w.job, w.ticks.0);
        tokio::task::yield_now().await;
    }

    let mut slot = Some(vec![1]);
    if let Some(ref mut v) = slot {
        v.push(2);
        println!("inside: {v:?}");
    }
    println!("after: {slot:?}");

    let mut pair = (Some(1), 0);
    while let (Some(ref mut k), ref mut rounds) = pair {
        *k *= 3;
        *rounds += 1;
        if *k > 20 {
            pair.0 = None;
        }
    }
    println!("{pair:?}");
}
