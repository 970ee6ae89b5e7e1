//! The engine's result for every program equals real Tokio's (the golden files).
//!
//! For each program in `examples/`, `conformance/` and `probes/`,
//! `taskscope_engine::run` runs the source and its result is rendered in the golden
//! file format: the outcome (`Outcome::Returned` → `returned`, `Panicked` →
//! `panicked`, `Deadlock` → `deadlock`, anything else in words), stdout as printed,
//! and stderr normalized like Tokio's (`taskscope_oracle::normalize_stderr`). Every
//! mismatch is reported, with a diff against the golden file.
//!
//! The ratchet: `probes/engine-pending.txt` lists the probes the engine still gets
//! wrong. Those may differ from their golden files; nothing else may. A listed probe
//! that now matches fails the test too (delete its line: the list only shrinks), and
//! so does a line that names no probe. Examples and conformance programs can never
//! be listed.

#![warn(clippy::all)]

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};

use taskscope_engine::{Config, Run};
use taskscope_oracle::{Observed, Outcome, PENDING_PROBES_FILE, Program, line_diff, normalize_stderr, parallel_map, parse_pending_list, workspace_root};

const PROGRAMS: &[Program] = include!(concat!(env!("OUT_DIR"), "/programs.rs"));

fn observe(run: &Run, src: &str, file: &str) -> Observed {
    let mut stderr = normalize_stderr(&run.stderr());
    let outcome = match &run.outcome {
        taskscope_engine::Outcome::Returned => Outcome::Returned,
        taskscope_engine::Outcome::Panicked { .. } => Outcome::Panicked,
        taskscope_engine::Outcome::Deadlock(_) => Outcome::Deadlock,
        taskscope_engine::Outcome::ReturnedErr => Outcome::Other("exit code 1".to_string()),
        taskscope_engine::Outcome::Exited { code: 0 } => Outcome::Returned,
        taskscope_engine::Outcome::Exited { code } => Outcome::Other(format!("exit code {code}")),
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
    result.map_err(|payload| format!("the engine panicked: {}", taskscope_oracle::panic_message(&*payload)))
}

/// How one program fared.
enum Verdict {
    Matches,
    /// The engine's result differs from the golden file (the report says how).
    Differs(String),
    /// Something no pending entry excuses: no golden file, the engine panicked, or
    /// two runs differ.
    Broken(String),
}

fn check(program: &Program) -> Verdict {
    let golden = match program.read_golden() {
        Ok(golden) => golden,
        Err(e) => return Verdict::Broken(e),
    };
    let first = match run_engine(program) {
        Ok(rendered) => rendered,
        Err(e) => return Verdict::Broken(e),
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
        return Verdict::Differs(report);
    }
    match run_engine(program) {
        Ok(second) if second == first => Verdict::Matches,
        Ok(second) => Verdict::Broken(format!("the engine is not deterministic, two runs differ:\n{}", line_diff(&first, &second))),
        Err(e) => Verdict::Broken(format!("second run: {e}")),
    }
}

/// The stems listed in `probes/engine-pending.txt`.
fn pending_probes() -> Result<Vec<String>, String> {
    let path = workspace_root().join(PENDING_PROBES_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {PENDING_PROBES_FILE}: {e}"))?;
    parse_pending_list(&text).map_err(|e| format!("{PENDING_PROBES_FILE}, {e}"))
}

/// The failures the ratchet reports, given each program's verdict and the pending
/// list; and the score line ("N of M probes match real Rust").
fn judge(verdicts: &[(&Program, Verdict)], pending: &[String]) -> (Vec<String>, String) {
    let mut failures = Vec::new();
    let mut seen = BTreeSet::new();
    for stem in pending {
        if !seen.insert(stem.as_str()) {
            failures.push(format!("=== {PENDING_PROBES_FILE}: `{stem}` is listed twice"));
        }
        let is_probe = verdicts.iter().any(|(p, _)| p.folder() == "probes" && p.stem() == stem);
        if !is_probe {
            let other = verdicts.iter().find(|(p, _)| p.stem() == stem).map(|(p, _)| p.source);
            failures.push(match other {
                Some(source) => {
                    format!("=== {PENDING_PROBES_FILE}: `{stem}` is {source}; only probes can be pending, examples and conformance programs must always match")
                }
                None => format!("=== {PENDING_PROBES_FILE}: `{stem}` names no probe (there is no probes/{stem}.rs): delete the line"),
            });
        }
    }
    let (mut probes, mut matching) = (0, 0);
    for (program, verdict) in verdicts {
        let is_probe = program.folder() == "probes";
        let listed = is_probe && pending.iter().any(|s| s == program.stem());
        if is_probe {
            probes += 1;
            if matches!(verdict, Verdict::Matches) {
                matching += 1;
            }
        }
        match verdict {
            Verdict::Matches if listed => {
                failures.push(format!("=== {}: now matches real Rust. Delete `{}` from {PENDING_PROBES_FILE}.", program.source, program.stem()))
            }
            Verdict::Matches => {}
            Verdict::Differs(_) if listed => {}
            Verdict::Differs(report) if is_probe => failures.push(format!(
                "=== {}: {report}(a probe that matched before must keep matching; a new probe the engine gets wrong goes into {PENDING_PROBES_FILE})",
                program.source
            )),
            Verdict::Differs(report) | Verdict::Broken(report) => failures.push(format!("=== {}: {report}", program.source)),
        }
    }
    (failures, format!("{matching} of {probes} probes match real Rust ({} pending in {PENDING_PROBES_FILE})", pending.len()))
}

#[test]
fn engine_matches_tokio() {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let results = parallel_map(PROGRAMS, threads, check);
    let verdicts: Vec<(&Program, Verdict)> = PROGRAMS.iter().zip(results).collect();
    let pending = pending_probes().unwrap_or_else(|e| panic!("{e}"));
    let (failures, score) = judge(&verdicts, &pending);
    eprintln!("{score}");
    assert!(
        failures.is_empty(),
        "{} problems (programs that behave differently on the engine than on real Tokio, or a stale {PENDING_PROBES_FILE}); {score}:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[cfg(test)]
mod ratchet {
    use super::*;

    fn program(source: &'static str) -> Program {
        Program { bin: "unused", source, exe: None }
    }

    fn differs() -> Verdict {
        Verdict::Differs("stdout differs\n".into())
    }

    #[test]
    fn pending_probes_may_differ_and_nothing_else() {
        let (ex, p1, p2) = (program("examples/a.rs"), program("probes/int_x.rs"), program("probes/str_y.rs"));
        let pending = vec!["int_x".to_string()];
        let ok = [(&ex, Verdict::Matches), (&p1, differs()), (&p2, Verdict::Matches)];
        let (failures, score) = judge(&ok, &pending);
        assert!(failures.is_empty(), "{failures:?}");
        assert_eq!(score, "1 of 2 probes match real Rust (1 pending in probes/engine-pending.txt)");

        // An unlisted probe that differs, an example that differs.
        let bad = [(&ex, differs()), (&p1, differs()), (&p2, differs())];
        let (failures, _) = judge(&bad, &pending);
        assert_eq!(failures.len(), 2, "{failures:?}");
        assert!(failures[0].starts_with("=== examples/a.rs"));
        assert!(failures[1].starts_with("=== probes/str_y.rs") && failures[1].contains("engine-pending.txt"));
    }

    #[test]
    fn the_list_only_shrinks_and_names_probes_only() {
        let (ex, p1) = (program("examples/a.rs"), program("probes/int_x.rs"));
        let verdicts = [(&ex, Verdict::Matches), (&p1, Verdict::Matches)];
        let pending: Vec<String> = ["int_x", "gone", "a", "int_x"].iter().map(|s| s.to_string()).collect();
        let (failures, _) = judge(&verdicts, &pending);
        let joined = failures.join("\n");
        assert!(joined.contains("`gone` names no probe"), "{joined}");
        assert!(joined.contains("`a` is examples/a.rs; only probes can be pending"), "{joined}");
        assert!(joined.contains("`int_x` is listed twice"), "{joined}");
        assert!(joined.contains("probes/int_x.rs: now matches real Rust. Delete `int_x`"), "{joined}");
        assert_eq!(failures.len(), 4, "{joined}");
    }

    #[test]
    fn a_broken_probe_fails_even_when_pending() {
        let p1 = program("probes/int_x.rs");
        let verdicts = [(&p1, Verdict::Broken("the engine panicked: boom".into()))];
        let (failures, score) = judge(&verdicts, &["int_x".to_string()]);
        assert_eq!(failures, vec!["=== probes/int_x.rs: the engine panicked: boom".to_string()]);
        assert!(score.starts_with("0 of 1 probes"));
    }
}

/// Every `accept/` program the engine runs (rather than saying "not supported
/// yet") prints and ends exactly as it does on real Tokio. A live comparison:
/// the programs are built with `cargo build` and run, no golden files.
#[test]
fn accept_programs_the_engine_runs_behave_as_on_tokio() {
    let target_dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
    let exes = taskscope_oracle::reject::build_accept_programs(target_dir).unwrap_or_else(|e| panic!("{e}"));
    let stems = taskscope_oracle::reject::accept_stems();
    assert!(stems.len() >= 80 && exes.len() == stems.len(), "{} programs, {} built", stems.len(), exes.len());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let results = parallel_map(&stems, threads, |stem| {
        let file = taskscope_oracle::reject::accept_source(stem);
        let src = match std::fs::read_to_string(workspace_root().join(&file)) {
            Ok(src) => src,
            Err(e) => return Some(Err(format!("=== {file}: cannot read it: {e}"))),
        };
        let engine = match catch_unwind(AssertUnwindSafe(|| taskscope_engine::run(&src, &Config::default()))) {
            Ok(run) => run,
            Err(payload) => return Some(Err(format!("=== {file}: the engine panicked: {}", taskscope_oracle::panic_message(&*payload)))),
        };
        let unsupported = matches!(engine.outcome, taskscope_engine::Outcome::CompileError)
            && engine.diagnostics.iter().filter(|d| d.severity == taskscope_engine::Severity::Error).all(|d| d.message.contains("not supported"));
        if unsupported {
            return None;
        }
        let got = observe(&engine, &src, &file).render();
        let want = match taskscope_oracle::run_on_tokio(&exes[stem], taskscope_oracle::deadlock_timeout()) {
            Ok(observed) => observed.render(),
            Err(e) => return Some(Err(format!("=== {file}: {e}"))),
        };
        Some(if got == want { Ok(()) } else { Err(format!("=== {file} (- Tokio, + engine)\n{}", line_diff(&want, &got))) })
    });
    let ran = results.iter().filter(|r| r.is_some()).count();
    let failures: Vec<String> = results.into_iter().flatten().filter_map(Result::err).collect();
    let score =
        format!("{} of {} accept programs run on the engine, all as on real Tokio; the others say \"not supported yet\"", ran - failures.len(), stems.len());
    eprintln!("{score}");
    assert!(failures.is_empty(), "{} accept programs run differently on the engine than on real Tokio:\n\n{}", failures.len(), failures.join("\n"));
    assert!(ran >= 100, "only {ran} accept programs run on the engine: {score}");
}
