//! The engine's result for every program equals real Tokio's (the golden files).
//!
//! For each program in `examples/` and `conformance/`, `taskscope_engine::run` runs
//! the source and its result is rendered in the golden file format: the outcome
//! (`Outcome::Returned` → `returned`, `Panicked` → `panicked`, `Deadlock` →
//! `deadlock`, anything else in words), stdout as printed, and stderr normalized
//! like Tokio's (`taskscope_oracle::normalize_stderr`). Every mismatch is reported,
//! with a diff against the golden file.

use std::panic::{AssertUnwindSafe, catch_unwind};

use taskscope_engine::{Config, Run};
use taskscope_oracle::{Observed, Outcome, Program, line_diff, normalize_stderr, parallel_map};

const PROGRAMS: &[Program] = include!(concat!(env!("OUT_DIR"), "/programs.rs"));

fn observe(run: &Run, src: &str, file: &str) -> Observed {
    let mut stderr = normalize_stderr(&run.stderr());
    let outcome = match &run.outcome {
        taskscope_engine::Outcome::Returned => Outcome::Returned,
        taskscope_engine::Outcome::Panicked { .. } => Outcome::Panicked,
        taskscope_engine::Outcome::Deadlock(_) => Outcome::Deadlock,
        other => {
            // Compile errors and budgets never match a golden file; show why.
            for d in &run.diagnostics {
                stderr.push_str(&d.render(src, file));
            }
            Outcome::Other(format!("{other:?}"))
        }
    };
    Observed { outcome, stdout: run.stdout(), stderr }
}

fn run_engine(program: &Program) -> Result<String, String> {
    let src = std::fs::read_to_string(program.source_path()).map_err(|e| format!("cannot read the source: {e}"))?;
    let result = catch_unwind(AssertUnwindSafe(|| {
        let run = taskscope_engine::run(&src, &Config::default());
        observe(&run, &src, program.source).render()
    }));
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_string());
        format!("the engine panicked: {message}")
    })
}

fn check(program: &Program) -> Option<String> {
    let golden = match program.read_golden() {
        Ok(golden) => golden,
        Err(e) => return Some(e),
    };
    let first = match run_engine(program) {
        Ok(rendered) => rendered,
        Err(e) => return Some(e),
    };
    if first != golden {
        let mut report = String::new();
        if let (Ok(want), Ok(got)) = (Observed::parse(&golden), Observed::parse(&first)) {
            let mut parts = Vec::new();
            if want.outcome != got.outcome {
                parts.push(format!("outcome: Tokio {}, engine {}", want.outcome, got.outcome));
            }
            if want.stdout != got.stdout {
                parts.push("stdout differs".to_string());
            }
            if want.stderr != got.stderr {
                parts.push("stderr differs".to_string());
            }
            report.push_str(&parts.join("; "));
            report.push('\n');
        }
        report.push_str("(- Tokio, + engine)\n");
        report.push_str(&line_diff(&golden, &first));
        return Some(report);
    }
    match run_engine(program) {
        Ok(second) if second == first => None,
        Ok(second) => Some(format!("the engine is not deterministic, two runs differ:\n{}", line_diff(&first, &second))),
        Err(e) => Some(format!("second run: {e}")),
    }
}

#[test]
fn engine_matches_tokio() {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let results = parallel_map(PROGRAMS, threads, check);
    let failures: Vec<String> = PROGRAMS
        .iter()
        .zip(results)
        .filter_map(|(program, failure)| failure.map(|f| format!("=== {}: {f}", program.source)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs behave differently on the engine than on real Tokio:\n\n{}",
        failures.len(),
        PROGRAMS.len(),
        failures.join("\n")
    );
}
