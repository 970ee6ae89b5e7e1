//! rustc rejects every program in `reject/`, and its first error equals the golden file.
//!
//! `taskscope_oracle::reject::check_reject_programs` runs `cargo check` on all of
//! `reject/*.rs` (a scratch project in `<target>/reject-check/`, against tokio
//! 1.54.1) and takes each program's first error. With `UPDATE_EXPECT=1` the golden
//! files `reject/expected/<stem>.err` are rewritten instead of compared.

#![warn(clippy::all)]

use std::path::Path;

use taskscope_oracle::reject::{Checked, REJECT_FOLDER, check_reject_programs, program_header, read_reject_golden, reject_golden, reject_source, reject_stems};
use taskscope_oracle::{line_diff, update_expect, workspace_root};

/// The corpus must stay big enough to mean something.
const MIN_PROGRAMS: usize = 60;

#[test]
fn every_program_has_a_header_and_there_are_enough() {
    let stems = reject_stems();
    assert!(stems.len() >= MIN_PROGRAMS, "{REJECT_FOLDER}/ has {} programs, fewer than {MIN_PROGRAMS}", stems.len());
    let mut problems = Vec::new();
    for stem in &stems {
        let source = reject_source(stem);
        let src = std::fs::read_to_string(workspace_root().join(&source)).unwrap();
        let header = match program_header(&src) {
            Ok(header) => header,
            Err(problem) => {
                problems.push(format!("{source}: {problem}"));
                continue;
            }
        };
        // The paragraph says what rustc says: it names the recorded code, so that
        // it cannot silently go stale when a new rustc reports something else.
        if let Ok(golden) = read_reject_golden(stem) {
            let wanted = golden.code.as_deref().unwrap_or("no error code");
            if !header.concat().contains(wanted) {
                problems.push(format!("{source}: its `//!` paragraph does not mention `{wanted}`, what rustc reports"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rustc_first_errors_match_goldens() {
    // Integration tests get `<target>/tmp`: its parent is the target directory,
    // wherever CARGO_TARGET_DIR put it.
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
    let results = check_reject_programs(target_dir).unwrap_or_else(|e| panic!("{e}"));
    assert!(!results.is_empty(), "{REJECT_FOLDER}/ has no programs");

    let mut failures = Vec::new();
    let mut updated = Vec::new();
    for (stem, checked) in &results {
        let source = reject_source(stem);
        let (error, rendered) = match checked {
            Checked::Rejected { error, rendered } => (error, rendered),
            Checked::Accepted => {
                failures.push(format!("{source}: rustc accepts it; a reject program must contain a mistake rustc rejects"));
                continue;
            }
        };
        let actual = error.render();
        let golden_file = reject_golden(stem);
        let golden_path = workspace_root().join(&golden_file);
        let golden = std::fs::read_to_string(&golden_path).ok();
        if golden.as_deref() == Some(actual.as_str()) {
            continue;
        }
        if update_expect() {
            std::fs::create_dir_all(golden_path.parent().unwrap()).unwrap();
            std::fs::write(&golden_path, &actual).unwrap();
            updated.push(source);
            continue;
        }
        match golden {
            Some(golden) => failures.push(format!(
                "{source}: rustc's first error differs from {golden_file} (- golden, + rustc):\n{}\nrustc says:\n{rendered}",
                line_diff(&golden, &actual)
            )),
            None => failures.push(format!("{source}: {golden_file} is missing; rustc says:\n{rendered}")),
        }
    }

    // A golden file whose program is gone is stale.
    let expected_dir = workspace_root().join(REJECT_FOLDER).join("expected");
    if let Ok(entries) = std::fs::read_dir(&expected_dir) {
        for entry in entries.filter_map(|e| e.ok()) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".err").unwrap_or(&name);
            if !results.contains_key(stem) {
                failures.push(format!("{REJECT_FOLDER}/expected/{name} belongs to no program in {REJECT_FOLDER}/: delete it"));
            }
        }
    }

    for source in &updated {
        eprintln!("updated the golden file of {source}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} reject programs failed (UPDATE_EXPECT=1 rewrites the golden files):\n\n{}",
        failures.len(),
        results.len(),
        failures.join("\n\n")
    );
}
