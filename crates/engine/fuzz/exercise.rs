//! What each fuzz target does with an input, in one place: the targets in
//! `fuzz_targets/` call it, and so does `tests/fuzz_regressions.rs`, which
//! replays what the fuzzers found under exactly these budgets. Nothing may
//! panic, overflow the stack or hang.
// Each fuzz target uses one of these functions.
#![allow(dead_code)]

use taskscope_engine::view::Timeline;
use taskscope_engine::{Config, Outcome, ast_print, explain, lexer, parser};

fn clock_ms() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64() * 1e3
}

/// Budgets small enough that a run takes milliseconds, so a slow input
/// (libFuzzer's -timeout) means a budget is not enforced.
pub fn config() -> Config {
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
        seed: 1,
    }
}

fn span_inside(d: &taskscope_engine::Diagnostic, src: &str) {
    assert!(d.span.start <= d.span.end && d.span.end as usize <= src.len(), "span {:?} outside the source", d.span);
}

/// Lexes and parses; prints the tree and renders every diagnostic.
pub fn parse(src: &str) {
    let _ = lexer::tokenize(src);
    let (file, diags) = parser::parse(src);
    for d in &diags {
        span_inside(d, src);
        let _ = d.render(src, "main.rs");
    }
    let _ = ast_print::print_file(&file);
    let _ = ast_print::print_spans(&file, src);
}

/// Checks (names, types, moves and borrows) and compiles; renders every
/// diagnostic with its explanation.
pub fn check(src: &str) {
    for d in taskscope_engine::check(src) {
        span_inside(&d, src);
        let _ = d.render(src, "main.rs");
        let _ = explain::explain(d.code, &d.message);
    }
}

/// Runs what compiles under [`config`], then folds its trace into the views
/// the playground draws.
pub fn run(src: &str) {
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
}
