//! Inputs the fuzzers (crates/engine/fuzz, `scripts/fuzz`) found crashing
//! or hanging the engine, kept in `tests/fuzz/`, one file each, named after
//! the target that found it and what went wrong. Each goes through what all
//! three fuzz targets do (lex and parse, print, render diagnostics; check;
//! run under the `run` target's small budgets and fold the trace into the
//! views), on a 1 MiB stack like wasm's, and must return quickly without a
//! panic. `scripts/fuzz` seeds the fuzzers with these files too.

mod common;
#[path = "../fuzz/exercise.rs"]
mod exercise;

use std::time::{Duration, Instant};

/// Lex and parse, check, and run: what the three fuzz targets do, under
/// the `run` target's budgets.
fn everything(src: &str) {
    exercise::parse(src);
    exercise::check(src);
    exercise::run(src);
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
