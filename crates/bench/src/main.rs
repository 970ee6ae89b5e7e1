//! Runs `bench/heavy.rs` (200,000 messages through bounded and unbounded
//! channels and a mutex) on real Tokio and in the engine (trace included),
//! and reports wall time, trace events per second and the ratio.
//!
//! `cargo run --release -p taskscope-bench [-- RUNS]`

use std::time::{Duration, Instant};

#[allow(dead_code)]
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
}
