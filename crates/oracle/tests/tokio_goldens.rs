//! Real Tokio's result for every program equals its golden file, run after run.
//!
//! Each program binary (built by Cargo before this test) runs [`RUNS`] times, on
//! parallel threads; all runs must agree (the paused clock makes Tokio
//! deterministic) and equal `<folder>/expected/<stem>.out`. With `UPDATE_EXPECT=1`
//! the golden files are rewritten instead of compared.

#![warn(clippy::all)]

use std::collections::BTreeSet;

use taskscope_oracle::{Observed, Outcome, Program, bin_stanza, deadlock_timeout, line_diff, parallel_map, program_files, update_expect};

const PROGRAMS: &[Program] = include!(concat!(env!("OUT_DIR"), "/programs.rs"));

/// Runs of each program; more than one, to catch nondeterminism.
const RUNS: usize = 2;

#[test]
fn every_program_is_a_bin() {
    let manifest_path = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let manifest = std::fs::read_to_string(manifest_path).unwrap();
    let listed: BTreeSet<String> = bin_stanzas(&manifest).into_iter().collect();
    let wanted: Vec<String> = program_files().iter().map(|(folder, file)| bin_stanza(folder, file)).collect();
    let missing: Vec<&String> = wanted.iter().filter(|s| !listed.contains(*s)).collect();
    let stale: Vec<&String> = listed.iter().filter(|s| !wanted.contains(s)).collect();
    let mut report = String::new();
    if !missing.is_empty() {
        report.push_str("\nAdd these entries:\n");
        report.extend(missing.iter().map(|s| format!("\n{s}")));
    }
    if !stale.is_empty() {
        report.push_str("\nRemove these entries (their files are gone):\n");
        report.extend(stale.iter().map(|s| format!("\n{s}")));
    }
    assert!(report.is_empty(), "crates/oracle/Cargo.toml is out of step with examples/ and conformance/.\n{report}");
    assert_eq!(PROGRAMS.len(), wanted.len(), "build.rs and program_files() disagree");
}

/// The `[[bin]]` tables of a manifest, each rendered like [`bin_stanza`].
fn bin_stanzas(manifest: &str) -> Vec<String> {
    let mut stanzas = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            if let Some((name, path)) = current.take() {
                stanzas.push(format!("[[bin]]\nname = {name}\npath = {path}\n"));
            }
            if line == "[[bin]]" {
                current = Some((String::new(), String::new()));
            }
        } else if let Some((name, path)) = current.as_mut() {
            if let Some(v) = line.strip_prefix("name = ") {
                *name = v.to_string();
            } else if let Some(v) = line.strip_prefix("path = ") {
                *path = v.to_string();
            }
        }
    }
    if let Some((name, path)) = current {
        stanzas.push(format!("[[bin]]\nname = {name}\npath = {path}\n"));
    }
    stanzas
}

#[test]
fn tokio_matches_goldens() {
    let timeout = deadlock_timeout();
    // Programs recorded as deadlocks run until the timeout: start them first so
    // that their waits overlap with everything else.
    let mut jobs: Vec<(usize, usize)> = (0..PROGRAMS.len()).flat_map(|p| (0..RUNS).map(move |run| (p, run))).collect();
    jobs.sort_by_key(|&(p, run)| (!recorded_deadlock(&PROGRAMS[p]), run, p));
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).max(2) * 4;
    let results = parallel_map(&jobs, threads, |&(p, _)| match PROGRAMS[p].exe {
        Some(exe) => taskscope_oracle::run_on_tokio(exe.as_ref(), timeout),
        None => Err(format!("not built: add this to crates/oracle/Cargo.toml\n{}", bin_stanza(PROGRAMS[p].folder(), PROGRAMS[p].file()))),
    });

    let mut runs: Vec<Vec<Result<Observed, String>>> = PROGRAMS.iter().map(|_| Vec::new()).collect();
    for (&(p, _), result) in jobs.iter().zip(results) {
        runs[p].push(result);
    }

    let mut failures = Vec::new();
    let mut updated = Vec::new();
    for (program, runs) in PROGRAMS.iter().zip(runs) {
        let first = match &runs[0] {
            Ok(observed) => observed.render(),
            Err(e) => {
                failures.push(format!("{}: {e}", program.source));
                continue;
            }
        };
        if let Some(other) = runs[1..].iter().find(|r| r.as_ref().map(Observed::render).as_ref() != Ok(&first)) {
            let other = match other {
                Ok(o) => o.render(),
                Err(e) => e.clone(),
            };
            failures.push(format!("{}: real Tokio gave different results in two runs:\n{}", program.source, line_diff(&first, &other)));
            continue;
        }
        let golden = std::fs::read_to_string(program.golden_path()).ok();
        if golden.as_deref() == Some(first.as_str()) {
            continue;
        }
        if update_expect() {
            let path = program.golden_path();
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &first).unwrap();
            updated.push(program.source);
        } else {
            match golden {
                Some(golden) => failures.push(format!(
                    "{}: real Tokio's result differs from {} (- golden, + Tokio):\n{}",
                    program.source,
                    program.golden_file(),
                    line_diff(&golden, &first)
                )),
                None => failures.push(program.read_golden().unwrap_err()),
            }
        }
    }
    for source in &updated {
        eprintln!("updated the golden file of {source}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed (UPDATE_EXPECT=1 rewrites the golden files):\n\n{}",
        failures.len(),
        PROGRAMS.len(),
        failures.join("\n\n")
    );
}

fn recorded_deadlock(program: &Program) -> bool {
    program.read_golden().ok().and_then(|text| Observed::parse(&text).ok()).is_some_and(|o| o.outcome == Outcome::Deadlock)
}
