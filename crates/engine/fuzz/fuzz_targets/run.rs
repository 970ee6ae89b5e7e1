//! Runs any input that compiles on the simulated runtime under small
//! budgets, then folds its trace into the views the playground draws.
//! Nothing may panic, and every runaway program must end at a budget: the
//! budgets here are small enough that a run takes milliseconds, so a slow
//! input (libFuzzer's -timeout) means a budget is not enforced.
#![no_main]

use libfuzzer_sys::fuzz_target;
use taskscope_engine::view::Timeline;
use taskscope_engine::{Config, Outcome};

fn clock_ms() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64() * 1e3
}

fn config() -> Config {
    Config {
        max_steps: 100_000,
        max_tasks: 200,
        max_events: 20_000,
        max_collection_len: 100_000,
        max_output_bytes: 64 << 10,
        max_call_depth: 64,
        max_virtual_time: 3600 * 1_000_000_000,
        max_memory_bytes: 8 << 20,
        max_wall_ms: 1_000.0,
        clock: Some(clock_ms),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let run = taskscope_engine::run(src, &config());
    for d in &run.diagnostics {
        let _ = d.render(src, "main.rs");
    }
    if run.outcome == Outcome::CompileError {
        return;
    }
    let _ = run.stdout();
    let _ = run.stderr();
    let timeline = Timeline::new(&run.trace);
    let end = timeline.len();
    let _ = timeline.state_at(&run.trace, end);
    let _ = timeline.console_text(&run.trace, end);
});
