//! Runs `bench/heavy.rs` (200,000 messages through bounded and unbounded
//! channels and a mutex) on real Tokio and in the engine (trace included),
//! and reports wall time, trace events per second and the ratio.
//!
//! `cargo run --release -p taskscope-bench [-- RUNS]`
//!
//! Then, for every example, the check pass (parse + `check`) against the
//! whole edit-to-trace path (`taskscope_engine::run`), median of RUNS×5:
//! what the checker adds to each keystroke.

use std::time::{Duration, Instant};

#[allow(dead_code)]
// The benchmark program is also a Taskscope program: it keeps to what the
// engine runs (`n % 100 == 0`, not `is_multiple_of`).
#[allow(clippy::all)]
#[path = "../../../bench/heavy.rs"]
mod heavy;

const SOURCE: &str = include_str!("../../../bench/heavy.rs");

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn min(v: &[Duration]) -> Duration {
    v.iter().copied().min().unwrap_or_default()
}

/// The median time of `f` over `n` calls.
fn time(n: usize, mut f: impl FnMut()) -> Duration {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        f();
        v.push(t.elapsed());
    }
    median(v)
}

fn check_pass_per_example(runs: usize) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut files: Vec<_> =
        std::fs::read_dir(dir).expect("examples/").map(|e| e.expect("entry").path()).filter(|p| p.extension().is_some_and(|x| x == "rs")).collect();
    files.sort();
    let mut worst = (Duration::ZERO, String::new());
    println!("check pass per example (median of {} runs; native):", runs * 5);
    for f in files {
        let src = std::fs::read_to_string(&f).expect("example");
        let check = time(runs * 5, || {
            let (file, _) = taskscope_engine::parser::parse(&src);
            std::hint::black_box(taskscope_engine::check::check(&file, &src));
        });
        let whole = time(runs * 5, || {
            std::hint::black_box(taskscope_engine::run(&src, &taskscope_engine::Config::default()));
        });
        let name = f.file_stem().unwrap_or_default().to_string_lossy().to_string();
        println!("  {name:<36} check {:>6.3} ms of {:>6.3} ms", check.as_secs_f64() * 1e3, whole.as_secs_f64() * 1e3);
        if check > worst.0 {
            worst = (check, name);
        }
    }
    println!("check pass    : {:>8.3} ms at most ({})", worst.0.as_secs_f64() * 1e3, worst.1);
}

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    // Real Tokio; the program prints one line per run.
    let mut tokio_times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        heavy::main();
        tokio_times.push(t.elapsed());
    }
    let mut engine_times = Vec::new();
    let mut events = 0;
    let mut stdout = String::new();
    for _ in 0..runs {
        let t = Instant::now();
        let run = taskscope_engine::run(SOURCE, &taskscope_engine::Config::default());
        engine_times.push(t.elapsed());
        events = run.trace.events.len();
        stdout = run.stdout();
        assert!(matches!(run.outcome, taskscope_engine::Outcome::Returned), "engine outcome: {:?}", run.outcome);
    }
    let (tk_min, en_min) = (min(&tokio_times), min(&engine_times));
    let tk = median(tokio_times);
    let en = median(engine_times);
    print!("engine output: {stdout}");
    println!("real tokio  : {:>8.1} ms median, {:>8.1} ms min ({runs} runs)", tk.as_secs_f64() * 1e3, tk_min.as_secs_f64() * 1e3);
    println!(
        "engine      : {:>8.1} ms median, {:>8.1} ms min, {events} trace events, {:.1} M events/s (median)",
        en.as_secs_f64() * 1e3,
        en_min.as_secs_f64() * 1e3,
        events as f64 / en.as_secs_f64() / 1e6
    );
    println!(
        "ratio       : {:>8.1}x real tokio's wall time (median), {:.1}x (min)",
        en.as_secs_f64() / tk.as_secs_f64(),
        en_min.as_secs_f64() / tk_min.as_secs_f64()
    );
    check_pass_per_example(runs);
}
