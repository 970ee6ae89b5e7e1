//! `taskscope`: runs, traces and checks Taskscope scenarios headlessly.
//!
//! ```text
//! taskscope run FILE        print what the program prints (exit 0, 101 on panic, 3 on deadlock, 1 on errors)
//! taskscope trace FILE      write the trace as JSON to stdout
//! taskscope check FILE...   validate scenarios (exit 1 on any error)
//! taskscope mdbook          mdBook preprocessor: ```rust,taskscope blocks become embedded playgrounds
//! ```

use std::io::Write;
use std::process::ExitCode;

use taskscope_engine::{Config, Outcome};

mod mdbook;
mod playground;

const USAGE: &str =
    "usage:\n  taskscope run [--seed N] FILE\n  taskscope trace [--seed N] FILE\n  taskscope check FILE...\n  taskscope mdbook [supports RENDERER]\n";

fn read(path: &str) -> Result<String, ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(_) => {
                eprintln!("error: {path}: the file is not valid UTF-8");
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            Err(ExitCode::from(1))
        }
    }
}

/// Prints `d` as rustc does, then the learner's paragraph for its code
/// (`= explain: ...`), aligned with the notes.
fn eprint_diagnostic(d: &taskscope_engine::Diagnostic, src: &str, path: &str) {
    let text = d.render(src, path);
    eprint!("{text}");
    if let Some(paragraph) = taskscope_engine::explain::explain(d.code, &d.message) {
        let pad = text.lines().nth(1).and_then(|l| l.find("-->")).unwrap_or(0);
        eprintln!("{:pad$} = explain: {paragraph}", "");
    }
}

/// Milliseconds since the first call: the engine's clock for its time
/// budget.
fn clock_ms() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64() * 1e3
}

/// The budgets of a run from the command line: the defaults (256 MiB of
/// values, 5 s), with a clock.
fn cli_config() -> Config {
    Config { clock: Some(clock_ms), ..Config::default() }
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--seed N` (run, trace): the seed of the random choices Tokio makes
    // (which branch an unbiased `select!` polls first).
    let mut config = cli_config();
    if matches!(args.first().map(String::as_str), Some("run" | "trace"))
        && let Some(i) = args.iter().position(|a| a == "--seed")
    {
        match args.get(i + 1).map(|n| n.parse::<u64>()) {
            Some(Ok(seed)) => {
                config.seed = seed;
                args.drain(i..i + 2);
            }
            _ => {
                eprintln!("error: --seed needs a number");
                return ExitCode::from(2);
            }
        }
    }
    let Some(cmd) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "run" | "trace" if args.len() == 2 => {
            let path = &args[1];
            let src = match read(path) {
                Ok(s) => s,
                Err(c) => return c,
            };
            let run = taskscope_engine::run(&src, &config);
            let mut code = match &run.outcome {
                Outcome::Returned => 0,
                Outcome::ReturnedErr => 1,
                // As a process's exit status, its low byte.
                Outcome::Exited { code } => *code as u8,
                Outcome::Panicked { .. } => 101,
                Outcome::Deadlock(_) => 3,
                Outcome::BudgetExceeded { .. } => 4,
                Outcome::CompileError => 1,
            };
            if cmd == "trace" {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(run.trace.to_json().as_bytes());
            } else {
                // Interleave stdout and stderr in program order.
                let mut out = std::io::stdout().lock();
                let mut err = std::io::stderr().lock();
                for e in &run.trace.events {
                    if let taskscope_engine::EventKind::Printed { stream, text, .. } = e.kind {
                        let s = run.trace.str(text);
                        if stream == taskscope_engine::trace::Stream::Stdout {
                            let _ = out.write_all(s.as_bytes());
                        } else {
                            let _ = out.flush();
                            let _ = err.write_all(s.as_bytes());
                        }
                    }
                }
                let _ = out.flush();
            }
            for d in &run.diagnostics {
                eprint_diagnostic(d, &src, path);
            }
            match &run.outcome {
                Outcome::Deadlock(report) => eprint!("{}", report.explanation),
                Outcome::BudgetExceeded { message, .. } => eprintln!("error: {message}"),
                Outcome::CompileError if run.diagnostics.is_empty() => {
                    eprintln!("error: the program could not be compiled");
                    code = 1;
                }
                _ => {}
            }
            ExitCode::from(code)
        }
        "check" if args.len() >= 2 => {
            let mut failed = 0;
            for path in &args[1..] {
                let src = match read(path) {
                    Ok(s) => s,
                    Err(_) => {
                        failed += 1;
                        continue;
                    }
                };
                let diags = taskscope_engine::check(&src);
                for d in &diags {
                    eprint_diagnostic(d, &src, path);
                }
                if diags.iter().any(|d| d.severity == taskscope_engine::Severity::Error) {
                    failed += 1;
                } else {
                    println!("ok: {path}");
                }
            }
            if failed > 0 {
                eprintln!("{failed} file(s) with errors");
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        "mdbook" => mdbook::main(&args[1..]),
        "--help" | "-h" | "help" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
