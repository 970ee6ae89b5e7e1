//! rustc accepts every program in `accept/`.
//!
//! `accept/*.rs` are valid Tokio programs written to trip a naive checker (NLL
//! borrows, Copy values used after a "move", non-`Send` values dropped before an
//! `.await`, deferred initialization...). `tests/engine_accepts.rs` checks that
//! the engine accepts them; this test makes sure that they really are valid:
//! `taskscope_oracle::reject::check_accept_programs` runs `cargo check` on all of
//! them (a scratch project in `<target>/accept-check/`, against tokio 1.54.1) and
//! rustc must report no error for any of them. Warnings are fine.

#![warn(clippy::all)]

use std::path::Path;

use taskscope_oracle::reject::{ACCEPT_FOLDER, Checked, accept_source, accept_stems, check_accept_programs, program_header};
use taskscope_oracle::workspace_root;

/// The corpus must stay big enough to mean something.
const MIN_PROGRAMS: usize = 80;

#[test]
fn every_program_has_a_header_and_there_are_enough() {
    let stems = accept_stems();
    assert!(stems.len() >= MIN_PROGRAMS, "{ACCEPT_FOLDER}/ has {} programs, fewer than {MIN_PROGRAMS}", stems.len());
    let mut problems = Vec::new();
    for stem in &stems {
        let source = accept_source(stem);
        let src = std::fs::read_to_string(workspace_root().join(&source)).unwrap();
        if let Err(problem) = program_header(&src) {
            problems.push(format!("{source}: {problem}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rustc_accepts_every_program() {
    // Integration tests get `<target>/tmp`: its parent is the target directory,
    // wherever CARGO_TARGET_DIR put it.
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
    let results = check_accept_programs(target_dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(results.len(), accept_stems().len(), "cargo check gave a result for some programs only");
    let rejected: Vec<String> = results
        .iter()
        .filter_map(|(stem, checked)| match checked {
            Checked::Accepted => None,
            Checked::Rejected { error, rendered } => Some(format!(
                "{}:{}:{}: rustc rejects it ({}); an accept program must be valid Rust:\n{rendered}",
                accept_source(stem),
                error.line,
                error.col,
                error.code.as_deref().unwrap_or("no error code")
            )),
        })
        .collect();
    assert!(rejected.is_empty(), "{} of {} accept programs do not compile:\n\n{}", rejected.len(), results.len(), rejected.join("\n\n"));
}
