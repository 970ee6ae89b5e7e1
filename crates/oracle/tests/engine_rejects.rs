//! The engine rejects every program in `reject/` with rustc's first error.
//!
//! For each `reject/<stem>.rs`, `taskscope_engine::check` must report, as its first
//! error, rustc's code (recorded in `reject/expected/<stem>.err` by the
//! `reject_goldens` test) at rustc's line and column; for an error rustc gives no code (such as
//! "future cannot be sent between threads safely") the messages must be equal
//! instead. The engine does not get them all yet: `reject/engine-pending.txt` lists
//! the programs it still misses, and this test fails when that list is out of date
//! in either direction, so the list only ever shrinks.
//!
//! This test does not run cargo: it reads the golden files only.

#![warn(clippy::all)]

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};

use taskscope_engine::{Diagnostic, Severity};
use taskscope_oracle::reject::{ENGINE_PENDING_FILE, RustcError, read_reject_golden, reject_source, reject_stems};
use taskscope_oracle::workspace_root;

/// The engine's first error, as the golden files record rustc's.
struct EngineError {
    code: Option<&'static str>,
    message: String,
    line: u32,
    col: u32,
}

/// `taskscope_engine::check` on a program: its first error (`None` when it
/// reports none), or the panic message when the engine panicked.
fn engine_first_error(src: &str) -> Result<Option<EngineError>, String> {
    let diagnostics = catch_unwind(AssertUnwindSafe(|| taskscope_engine::check(src))).map_err(|payload| taskscope_oracle::panic_message(&*payload))?;
    Ok(diagnostics.iter().find(|d| d.severity == Severity::Error).map(|d: &Diagnostic| {
        let (line, col) = d.line_col(src);
        EngineError { code: d.code, message: d.message.clone(), line, col }
    }))
}

/// Whether the engine's first error is rustc's: same code at the same line and
/// column, and for a codeless error the same message.
fn agrees(rustc: &RustcError, engine: &EngineError) -> bool {
    rustc.code.as_deref() == engine.code && (rustc.line, rustc.col) == (engine.line, engine.col) && (rustc.code.is_some() || rustc.message == engine.message)
}

fn describe_rustc(e: &RustcError) -> String {
    format!("{} at {}:{}: {}", e.code.as_deref().unwrap_or("(no code)"), e.line, e.col, e.message)
}

fn describe_engine(e: &Option<EngineError>) -> String {
    match e {
        Some(e) => format!("{} at {}:{}: {}", e.code.unwrap_or("(no code)"), e.line, e.col, e.message),
        None => "no error: the engine accepts the program".to_string(),
    }
}

fn read_source(stem: &str) -> String {
    let file = reject_source(stem);
    std::fs::read_to_string(workspace_root().join(&file)).unwrap_or_else(|e| panic!("cannot read {file}: {e}"))
}

/// The stems listed in `reject/engine-pending.txt` (`#` starts a comment), with
/// the line each is on.
fn pending_list() -> Vec<(usize, String)> {
    let path = workspace_root().join(ENGINE_PENDING_FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {ENGINE_PENDING_FILE}: {e}"));
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let entry = line.split('#').next().unwrap_or_default().trim();
            (!entry.is_empty()).then(|| (i + 1, entry.to_string()))
        })
        .collect()
}

#[test]
fn engine_gets_rustc_first_error() {
    let stems = reject_stems();
    assert!(!stems.is_empty(), "reject/ has no programs");
    let pending_entries = pending_list();
    let mut pending = BTreeSet::new();
    let mut problems = Vec::new();
    for (line, stem) in &pending_entries {
        if !stems.contains(stem) {
            problems.push(format!("{ENGINE_PENDING_FILE}:{line}: `{stem}` is not a program in reject/: delete the line"));
        } else if !pending.insert(stem.as_str()) {
            problems.push(format!("{ENGINE_PENDING_FILE}:{line}: `{stem}` is listed twice"));
        }
    }

    let mut passed = 0;
    for stem in &stems {
        let rustc = read_reject_golden(stem).unwrap_or_else(|e| panic!("{e}"));
        let src = read_source(stem);
        let engine = engine_first_error(&src);
        let ok = matches!(&engine, Ok(Some(e)) if agrees(&rustc, e));
        if ok {
            passed += 1;
        }
        match (ok, pending.contains(stem.as_str())) {
            (true, true) => problems.push(format!(
                "{}: the engine now gets rustc's first error ({}): delete `{stem}` from {ENGINE_PENDING_FILE}",
                reject_source(stem),
                describe_rustc(&rustc)
            )),
            (false, false) => problems.push(format!(
                "{}: the engine's first error is not rustc's\n    rustc:  {}\n    engine: {}",
                reject_source(stem),
                describe_rustc(&rustc),
                match &engine {
                    Ok(e) => describe_engine(e),
                    Err(panic) => format!("panicked: {panic}"),
                }
            )),
            _ => {}
        }
    }

    let score = format!("engine gets rustc's first error for {passed} of {} programs", stems.len());
    eprintln!("{score}");
    assert!(
        problems.is_empty(),
        "{score}; {} problems ({ENGINE_PENDING_FILE} lists the programs the engine may still get wrong):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

#[test]
fn engine_never_panics_on_reject_programs() {
    let mut panics = Vec::new();
    for stem in reject_stems() {
        if let Err(message) = engine_first_error(&read_source(&stem)) {
            panics.push(format!("{}: {message}", reject_source(&stem)));
        }
    }
    assert!(panics.is_empty(), "taskscope_engine::check panicked on {} programs:\n{}", panics.len(), panics.join("\n"));
}

#[test]
fn every_program_parses_in_the_engine_subset() {
    // The programs' mistakes are for the checker to find, not the parser: a parse
    // error means the program uses syntax the playground does not support.
    let mut failures = Vec::new();
    for stem in reject_stems() {
        let src = read_source(&stem);
        let parsed = catch_unwind(AssertUnwindSafe(|| taskscope_engine::parser::parse(&src).1));
        let Ok(diagnostics) = parsed else {
            failures.push(format!("{}: the parser panicked", reject_source(&stem)));
            continue;
        };
        for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            failures.push(d.render(&src, &reject_source(&stem)));
        }
    }
    assert!(failures.is_empty(), "programs outside the engine's syntax:\n\n{}", failures.join("\n"));
}
