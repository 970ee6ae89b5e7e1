//! Inputs the fuzzers (crates/engine/fuzz, `scripts/fuzz`) found crashing
//! or hanging the engine, kept in `tests/fuzz/`, one file each, named after
//! the target that found it and what went wrong. Each goes through what all
//! three fuzz targets do (lex and parse, print, render diagnostics; check;
//! run under the `run` target's small budgets and fold the trace into the
//! views), on a 1 MiB stack like wasm's, and must return quickly without a
//! panic. `scripts/fuzz` seeds the fuzzers with these files too.

mod common;

use std::time::{Duration, Instant};

use taskscope_engine::view::Timeline;
use taskscope_engine::{Config, Outcome, ast_print, explain, lexer, parser};

fn clock_ms() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1e3
}

/// The budgets of the `run` fuzz target.
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

fn everything(src: &str) {
    let _ = lexer::tokenize(src);
    let (file, diags) = parser::parse(src);
    for d in &diags {
        assert!(d.span.start <= d.span.end && d.span.end as usize <= src.len(), "span {:?} outside the source", d.span);
        let _ = d.render(src, "main.rs");
    }
    let _ = ast_print::print_file(&file);
    let _ = ast_print::print_spans(&file, src);
    for d in taskscope_engine::check(src) {
        let _ = d.render(src, "main.rs");
        let _ = explain::explain(d.code, &d.message);
    }
    let run = taskscope_engine::run(src, &config());
    for d in &run.diagnostics {
        let _ = d.render(src, "main.rs");
    }
    if run.outcome != Outcome::CompileError {
        let _ = run.stdout();
        let _ = run.stderr();
        let timeline = Timeline::new(&run.trace);
        let end = timeline.len();
        let _ = timeline.state_at(&run.trace, end);
        let _ = timeline.console_text(&run.trace, end);
    }
}

#[test]
fn inputs_the_fuzzers_found_no_longer_break_the_engine() {
    for path in common::rs_files("crates/engine/tests/fuzz") {
        let bytes = std::fs::read(&path).expect("readable");
        let name = path.display().to_string();
        let took = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || {
                let src = String::from_utf8_lossy(&bytes);
                let started = Instant::now();
                everything(&src);
                started.elapsed()
            })
            .expect("spawn")
            .join()
            .unwrap_or_else(|_| panic!("{name}: the engine panicked"));
        // A debug build on a busy machine; the fuzz build takes milliseconds.
        assert!(took < Duration::from_secs(20), "{name}: took {took:?}");
    }
}
