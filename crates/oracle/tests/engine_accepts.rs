//! The engine never calls a valid program an error.
//!
//! Every `accept/<stem>.rs` compiles with rustc (`tests/accept_compiles.rs` checks
//! that). `taskscope_engine::check` may answer one with "not supported yet" (an
//! error without a code whose message says "not supported": the playground's subset
//! is smaller than Rust), but it must never report an error rustc would report: one
//! with a rustc code (`E0502`), the codeless "future cannot be sent between threads
//! safely", or any other codeless error (a parse or format-string error) that does
//! not say "not supported". A panic counts as a rejection too.
//!
//! The checker is young, so `accept/engine-pending.txt` lists the programs it still
//! rejects, each with the engine's error in a comment. The test fails when a program
//! not listed is rejected, when a listed program is now accepted (delete its line:
//! the list only shrinks) and when a line names no program.
//!
//! This test does not run cargo.

#![warn(clippy::all)]

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};

use taskscope_engine::{Diagnostic, Severity};
use taskscope_oracle::reject::{ACCEPT_PENDING_FILE, accept_source, accept_stems};
use taskscope_oracle::{parse_pending_list, workspace_root};

/// An error the engine may report on valid Rust: "not supported yet" (no code).
fn is_not_supported(d: &Diagnostic) -> bool {
    d.code.is_none() && d.message.contains("not supported")
}

/// The engine's errors that claim the program is wrong, each as
/// `CODE line:col: message`, or the panic message when the engine panicked.
fn false_errors(src: &str) -> Result<Vec<String>, String> {
    false_errors_of(src, taskscope_engine::check)
}

/// [`false_errors`] with the checker as a parameter, so that the panic path can
/// be tested.
fn false_errors_of(src: &str, check: impl Fn(&str) -> Vec<Diagnostic>) -> Result<Vec<String>, String> {
    let diagnostics = catch_unwind(AssertUnwindSafe(|| check(src))).map_err(|payload| taskscope_oracle::panic_message(&*payload))?;
    Ok(diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && !is_not_supported(d))
        .map(|d| {
            let (line, col) = d.line_col(src);
            format!("{} {line}:{col}: {}", d.code.unwrap_or("(no code)"), d.message)
        })
        .collect())
}

fn pending_list() -> Vec<String> {
    let path = workspace_root().join(ACCEPT_PENDING_FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {ACCEPT_PENDING_FILE}: {e}"));
    parse_pending_list(&text).unwrap_or_else(|e| panic!("{ACCEPT_PENDING_FILE}: {e}"))
}

#[test]
fn is_not_supported_tells_unsupported_from_errors() {
    let span = taskscope_engine::Span { start: 0, end: 1 };
    assert!(is_not_supported(&Diagnostic::error(span, "closures are not supported yet")));
    assert!(is_not_supported(&Diagnostic::error(span, "cannot find function `f` (or it is not supported yet)")));
    assert!(!is_not_supported(&Diagnostic::error(span, "future cannot be sent between threads safely")));
    assert!(!is_not_supported(&Diagnostic::error(span, "expected `;`")));
    assert!(!is_not_supported(&Diagnostic::error(span, "not supported, but coded").with_code("E0599")));
}

#[test]
fn false_errors_are_errors_that_do_not_say_not_supported_and_panics() {
    let src = "fn main() {}\n";
    let at = |start, end| taskscope_engine::Span { start, end };
    let reported = |diagnostics: Vec<Diagnostic>| false_errors_of(src, move |_| diagnostics.clone());
    assert_eq!(reported(vec![]), Ok(vec![]));
    assert_eq!(
        reported(vec![Diagnostic::warning(at(0, 2), "unused variable: `x`"), Diagnostic::error(at(0, 2), "closures are not supported yet"),]),
        Ok(vec![])
    );
    assert_eq!(reported(vec![Diagnostic::error(at(3, 7), "mismatched types").with_code("E0308")]), Ok(vec!["E0308 1:4: mismatched types".to_string()]));
    assert_eq!(
        reported(vec![Diagnostic::error(at(0, 2), "future cannot be sent between threads safely")]),
        Ok(vec!["(no code) 1:1: future cannot be sent between threads safely".to_string()])
    );
    let panicked = false_errors_of(src, |_| -> Vec<Diagnostic> { panic!("checker bug") });
    assert_eq!(panicked, Err("checker bug".to_string()));
}

#[test]
fn engine_accepts_valid_programs() {
    let stems = accept_stems();
    assert!(!stems.is_empty(), "accept/ has no programs");
    let mut problems = Vec::new();
    let mut pending = BTreeSet::new();
    for stem in pending_list() {
        if !stems.contains(&stem) {
            problems.push(format!("{ACCEPT_PENDING_FILE}: `{stem}` is not a program in accept/: delete its line"));
        } else if !pending.insert(stem.clone()) {
            problems.push(format!("{ACCEPT_PENDING_FILE}: `{stem}` is listed twice"));
        }
    }

    let mut accepted = 0;
    for stem in &stems {
        let source = accept_source(stem);
        let src = std::fs::read_to_string(workspace_root().join(&source)).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
        let errors = false_errors(&src);
        let ok = matches!(&errors, Ok(e) if e.is_empty());
        if ok {
            accepted += 1;
        }
        match (ok, pending.contains(stem)) {
            (true, true) => problems.push(format!("{source}: the engine accepts it now: delete `{stem}` from {ACCEPT_PENDING_FILE}")),
            (false, false) => problems.push(match errors {
                Ok(errors) => format!("{source}: rustc accepts it, but the engine reports\n    {}", errors.join("\n    ")),
                Err(panic) => format!("{source}: the engine panicked: {panic}"),
            }),
            _ => {}
        }
    }

    let score = format!("engine accepts {accepted} of {} valid programs", stems.len());
    eprintln!("{score}");
    assert!(
        problems.is_empty(),
        "{score}; {} problems ({ACCEPT_PENDING_FILE} lists the programs the engine may still reject):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}
