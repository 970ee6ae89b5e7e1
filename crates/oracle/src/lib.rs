//! The oracle: real Tokio's results for Taskscope's programs, kept as golden files.
//!
//! Every program in `examples/` (scenarios), `conformance/` (one scheduling or drop
//! rule each) and `probes/` (one topic of everyday Rust each: integers, strings,
//! collections, panic messages...) is a `[[bin]]` of this crate, built against tokio
//! 1.54.1. Two integration tests use them:
//!
//! - `tests/tokio_goldens.rs` runs each binary several times and checks that real
//!   Tokio's result equals the golden file (`UPDATE_EXPECT=1` rewrites the files);
//! - `tests/engine_vs_tokio.rs` runs each program's source on `taskscope_engine::run`
//!   and checks that the engine's result equals the same golden file. Only the probes
//!   listed in [`PENDING_PROBES_FILE`] may differ, and a listed probe that matches
//!   fails the test too, so the list only shrinks.
//!
//! # Golden file format
//!
//! `<folder>/expected/<stem>.out` (for example `conformance/expected/<stem>.out`) holds:
//!
//! ```text
//! outcome: returned
//! --- stdout: 2 lines
//! first line
//! second line
//! --- stderr: 0 lines
//! ```
//!
//! - `outcome:` is `returned` (exit code 0), `panicked` (exit code 101: main
//!   panicked) or `deadlock` (still running after [`deadlock_timeout`] of wall-clock
//!   time, which with the paused clock means it hangs forever). Anything else is
//!   written out in words (`exit code 3`, or the engine's `BudgetExceeded { .. }`) and
//!   never matches a golden file.
//! - Each `---` header counts the lines of its block that follow. A block whose last
//!   line has no newline says so: `--- stdout: 1 line, no newline at end`.
//! - stdout is exactly what the program printed (for a deadlock: what it printed
//!   before it was killed).
//! - stderr is normalized by [`normalize_stderr`]: panic headers lose the source
//!   path and the thread id, the `RUST_BACKTRACE` note and the blank line before each
//!   panic header are dropped. The engine's stderr goes through the same function.

#![warn(clippy::all)]

pub mod reject;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The folders that hold programs, with the prefix of their binaries' names.
/// `build.rs` keeps its own copy of this list.
pub const PROGRAM_FOLDERS: [(&str, &str); 3] = [("examples", "ex_"), ("conformance", "cf_"), ("probes", "pr_")];

/// The probes the engine still gets wrong, one stem per line (`#` starts a comment),
/// relative to the workspace root. `engine_vs_tokio` lets these differ from their
/// golden files, and only these.
pub const PENDING_PROBES_FILE: &str = "probes/engine-pending.txt";

/// The stems listed in a pending file's text, in order: one per line, with `#`
/// comments and surrounding blanks removed. A line that is not a plain file stem
/// (a path, a `.rs` name, two words) is an error naming its line number.
pub fn parse_pending_list(text: &str) -> Result<Vec<String>, String> {
    let mut stems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let entry = line.split_once('#').map_or(line, |(before, _)| before).trim();
        if entry.is_empty() {
            continue;
        }
        if !entry.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("line {}: {entry:?} is not a probe's stem (write `int_example`, not a path or a file name)", i + 1));
        }
        stems.push(entry.to_string());
    }
    Ok(stems)
}

/// One program: its binary and its source, relative to the workspace root.
#[derive(Clone, Copy, Debug)]
pub struct Program {
    /// The `[[bin]]` name: `ex_<stem>` or `cf_<stem>`.
    pub bin: &'static str,
    /// `examples/<stem>.rs` or `conformance/<stem>.rs`.
    pub source: &'static str,
    /// The built binary, `CARGO_BIN_EXE_<bin>`, or `None` when Cargo.toml does not
    /// list the program as a `[[bin]]`.
    pub exe: Option<&'static str>,
}

impl Program {
    /// `examples` or `conformance`.
    pub fn folder(&self) -> &'static str {
        self.source.rsplit_once('/').map_or("", |(folder, _)| folder)
    }

    /// `<stem>.rs`.
    pub fn file(&self) -> &'static str {
        self.source.rsplit_once('/').map_or(self.source, |(_, file)| file)
    }

    pub fn stem(&self) -> &'static str {
        self.file().strip_suffix(".rs").unwrap_or(self.file())
    }

    pub fn source_path(&self) -> PathBuf {
        workspace_root().join(self.source)
    }

    /// `<folder>/expected/<stem>.out`, relative to the workspace root.
    pub fn golden_file(&self) -> String {
        format!("{}/expected/{}.out", self.folder(), self.stem())
    }

    pub fn golden_path(&self) -> PathBuf {
        workspace_root().join(self.golden_file())
    }

    /// The golden file's text, or a message saying how to create it.
    pub fn read_golden(&self) -> Result<String, String> {
        std::fs::read_to_string(self.golden_path()).map_err(|e| {
            format!("cannot read {}: {e}\n(record it with `UPDATE_EXPECT=1 cargo test -p taskscope-oracle --test tokio_goldens`)", self.golden_file())
        })
    }
}

/// The repository's top folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `main` returned (exit code 0).
    Returned,
    /// `main` panicked (exit code 101).
    Panicked,
    /// Still running at the wall-clock timeout: with the paused clock, a hang.
    Deadlock,
    /// Anything else, in words.
    Other(String),
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Returned => f.write_str("returned"),
            Outcome::Panicked => f.write_str("panicked"),
            Outcome::Deadlock => f.write_str("deadlock"),
            Outcome::Other(what) => f.write_str(what),
        }
    }
}

impl Outcome {
    fn parse(text: &str) -> Outcome {
        match text {
            "returned" => Outcome::Returned,
            "panicked" => Outcome::Panicked,
            "deadlock" => Outcome::Deadlock,
            other => Outcome::Other(other.to_string()),
        }
    }
}

/// The observable result of one run: what the golden files record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    pub outcome: Outcome,
    pub stdout: String,
    /// Already normalized by [`normalize_stderr`].
    pub stderr: String,
}

impl Observed {
    /// The golden file text (see the crate docs for the format).
    pub fn render(&self) -> String {
        let mut out = format!("outcome: {}\n", self.outcome);
        render_block(&mut out, "stdout", &self.stdout);
        render_block(&mut out, "stderr", &self.stderr);
        out
    }

    /// Reads a golden file back.
    pub fn parse(text: &str) -> Result<Observed, String> {
        let mut rest = text;
        let first = take_line(&mut rest).ok_or("empty file")?;
        let outcome = first.strip_prefix("outcome: ").ok_or_else(|| format!("expected `outcome: ...`, found {first:?}"))?;
        let stdout = parse_block(&mut rest, "stdout")?;
        let stderr = parse_block(&mut rest, "stderr")?;
        if !rest.is_empty() {
            return Err(format!("unexpected text after the stderr block: {rest:?}"));
        }
        Ok(Observed { outcome: Outcome::parse(outcome), stdout, stderr })
    }
}

fn render_block(out: &mut String, name: &str, text: &str) {
    let lines = text.split_inclusive('\n').count();
    let plural = if lines == 1 { "line" } else { "lines" };
    let tail = if text.is_empty() || text.ends_with('\n') { "" } else { ", no newline at end" };
    out.push_str(&format!("--- {name}: {lines} {plural}{tail}\n"));
    out.push_str(text);
    if !tail.is_empty() {
        out.push('\n');
    }
}

/// Removes and returns the next line of `rest`, without its newline.
fn take_line<'a>(rest: &mut &'a str) -> Option<&'a str> {
    if rest.is_empty() {
        return None;
    }
    let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
    *rest = after;
    Some(line)
}

fn parse_block(rest: &mut &str, name: &str) -> Result<String, String> {
    let header = take_line(rest).ok_or_else(|| format!("missing `--- {name}:` header"))?;
    let spec = header.strip_prefix(&format!("--- {name}: ")).ok_or_else(|| format!("expected `--- {name}: N lines`, found {header:?}"))?;
    let (spec, no_newline) = match spec.strip_suffix(", no newline at end") {
        Some(spec) => (spec, true),
        None => (spec, false),
    };
    let count: usize = spec
        .strip_suffix(" lines")
        .or_else(|| spec.strip_suffix(" line"))
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("bad line count in {header:?}"))?;
    let mut block = String::new();
    for i in 0..count {
        let line = take_line(rest).ok_or_else(|| format!("{name} block ends after {i} of {count} lines"))?;
        block.push_str(line);
        if !(no_newline && i + 1 == count) {
            block.push('\n');
        }
    }
    Ok(block)
}

/// Makes stderr comparable between runs and between Tokio and the engine:
///
/// - `thread 'main' (12345) panicked at crates/oracle/../../examples/x.rs:7:9:`
///   becomes `thread 'main' panicked at <file>:7:9:` (the thread id differs from run
///   to run and the path depends on how the program was built);
/// - `dbg!`'s `[crates/oracle/../../conformance/x.rs:7:9] x = 1` becomes
///   `[<file>:7:9] x = 1`;
/// - the `note: run with `RUST_BACKTRACE=1` ...` line is dropped;
/// - a blank line right before a panic header is dropped (std prints one before
///   every panic message).
pub fn normalize_stderr(raw: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in raw.split_inclusive('\n') {
        if line.starts_with("note: run with `RUST_BACKTRACE=1`") {
            continue;
        }
        if let Some(place) = normalize_dbg_place(line) {
            lines.push(place);
            continue;
        }
        match normalize_panic_header(line) {
            Some(header) => {
                if lines.last().is_some_and(|l| l.trim_end_matches('\n').is_empty()) {
                    lines.pop();
                }
                lines.push(header);
            }
            None => lines.push(line.to_string()),
        }
    }
    lines.concat()
}

/// `dbg!`'s `[<path>.rs:<line>:<col>]` at a line's start, the path replaced by
/// `<file>`; `None` for any other line.
fn normalize_dbg_place(line: &str) -> Option<String> {
    let (place, rest) = line.strip_prefix('[')?.split_once(']')?;
    let (path, line_no, col) = split_location(place)?;
    path.ends_with(".rs").then(|| format!("[<file>:{line_no}:{col}]{rest}"))
}

/// `thread '<name>' [(<id>) ]panicked at <path>:<line>:<col>:` with the id dropped
/// and the path replaced by `<file>`; `None` for any other line.
fn normalize_panic_header(line: &str) -> Option<String> {
    let (body, newline) = match line.strip_suffix('\n') {
        Some(body) => (body, "\n"),
        None => (line, ""),
    };
    let after_thread = body.strip_prefix("thread '")?;
    let (name, rest) = after_thread.split_once('\'')?;
    let rest = rest.trim_start();
    let rest = match rest.strip_prefix('(') {
        Some(id_and_rest) => {
            let (id, rest) = id_and_rest.split_once(')')?;
            if !id.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            rest.trim_start()
        }
        None => rest,
    };
    let location = rest.strip_prefix("panicked at ")?.strip_suffix(':')?;
    let (_, line_no, col) = split_location(location)?;
    Some(format!("thread '{name}' panicked at <file>:{line_no}:{col}:{newline}"))
}

/// `<path>:<line>:<col>` with both numbers made of digits: its three parts.
fn split_location(location: &str) -> Option<(&str, &str, &str)> {
    let mut parts = location.rsplitn(3, ':');
    let (col, line_no, path) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    (digits(col) && digits(line_no)).then_some((path, line_no, col))
}

/// Wall-clock time after which a still-running program counts as deadlocked.
/// With the paused clock even long sleeps take microseconds, so 3 s is plenty;
/// `TASKSCOPE_ORACLE_TIMEOUT_MS` overrides it.
pub fn deadlock_timeout() -> Duration {
    let ms = std::env::var("TASKSCOPE_ORACLE_TIMEOUT_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(3000);
    Duration::from_millis(ms)
}

/// True when the golden files should be rewritten (`UPDATE_EXPECT=1`).
pub fn update_expect() -> bool {
    std::env::var("UPDATE_EXPECT").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Runs a program binary and observes it: exit 0 → returned, 101 → panicked,
/// still running after `timeout` → deadlock (killed; what it printed so far is
/// kept, Rust's stdout being line-buffered).
pub fn run_on_tokio(exe: &Path, timeout: Duration) -> Result<Observed, String> {
    let mut child = Command::new(exe)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
    let stdout = read_in_background(child.stdout.take());
    let stderr = read_in_background(child.stderr.take());

    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {}: {e}", exe.display())),
        }
    };
    let outcome = match status {
        None => Outcome::Deadlock,
        Some(status) => match status.code() {
            Some(0) => Outcome::Returned,
            Some(101) => Outcome::Panicked,
            Some(code) => Outcome::Other(format!("exit code {code}")),
            None => Outcome::Other(format!("killed ({status})")),
        },
    };
    let stdout = stdout.join().map_err(|_| "stdout reader panicked")?;
    let stderr = stderr.join().map_err(|_| "stderr reader panicked")?;
    Ok(Observed { outcome, stdout, stderr: normalize_stderr(&stderr) })
}

fn read_in_background<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Applies `f` to every item on `threads` threads; results keep the items' order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
                }
            });
        }
    });
    results.into_inner().unwrap_or_else(|e| e.into_inner()).into_iter().map(|r| r.expect("every item was processed")).collect()
}

/// A line diff of two texts: unchanged lines start with two spaces, removed
/// (expected only) with `- `, added (actual only) with `+ `. Long runs of
/// unchanged lines are shortened.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // Longest common subsequence table, from the back.
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut rows: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            rows.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            rows.push(('-', a[i]));
            i += 1;
        } else {
            rows.push(('+', b[j]));
            j += 1;
        }
    }
    const CONTEXT: usize = 3;
    let changed: Vec<usize> = (0..rows.len()).filter(|&k| rows[k].0 != ' ').collect();
    let mut out = String::new();
    let mut skipped = 0;
    for (k, (mark, line)) in rows.iter().enumerate() {
        let near = changed.iter().any(|&c| c.abs_diff(k) <= CONTEXT);
        if !near {
            skipped += 1;
            continue;
        }
        if skipped > 0 {
            out.push_str(&format!("  ... {skipped} unchanged lines\n"));
            skipped = 0;
        }
        out.push_str(&format!("{mark} {line}\n"));
    }
    if skipped > 0 {
        out.push_str(&format!("  ... {skipped} unchanged lines\n"));
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("  (the texts differ in their final newline)\n");
    }
    out
}

/// The message of a panic caught with `catch_unwind` (`"(no message)"` when
/// its payload is neither a `&str` nor a `String`).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| payload.downcast_ref::<String>().cloned()).unwrap_or_else(|| "(no message)".to_string())
}

/// The `.rs` files of `examples/`, `conformance/` and `probes/`, as `(folder, file
/// name)`, sorted: the programs that must be `[[bin]]`s.
pub fn program_files() -> Vec<(&'static str, String)> {
    let mut files = Vec::new();
    for (folder, _) in PROGRAM_FOLDERS {
        let mut names: Vec<String> = reject::program_stems(folder).into_iter().map(|stem| format!("{stem}.rs")).collect();
        names.sort();
        files.extend(names.into_iter().map(|name| (folder, name)));
    }
    files
}

/// The `[[bin]]` entry a program file needs in `crates/oracle/Cargo.toml`.
pub fn bin_stanza(folder: &str, file: &str) -> String {
    let prefix = PROGRAM_FOLDERS.iter().find(|(f, _)| *f == folder).map_or("", |(_, p)| p);
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    format!("[[bin]]\nname = \"{prefix}{stem}\"\npath = \"../../{folder}/{file}\"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn golden_format_round_trips() {
        let cases = [
            Observed { outcome: Outcome::Returned, stdout: "a\nb\n".into(), stderr: String::new() },
            Observed { outcome: Outcome::Deadlock, stdout: "partial".into(), stderr: "x\n".into() },
            Observed { outcome: Outcome::Other("exit code 3".into()), stdout: "\n\n".into(), stderr: "--- stderr: 9 lines\n".into() },
        ];
        for case in cases {
            let text = case.render();
            assert_eq!(Observed::parse(&text), Ok(case.clone()), "{text}");
        }
        assert_eq!(
            Observed { outcome: Outcome::Returned, stdout: "one".into(), stderr: String::new() }.render(),
            "outcome: returned\n--- stdout: 1 line, no newline at end\none\n--- stderr: 0 lines\n"
        );
    }

    #[test]
    fn stderr_normalization_drops_ids_paths_and_the_backtrace_note() {
        let raw = "\nthread 'main' (16885) panicked at crates/oracle/../../conformance/p.rs:6:25:\nindex out of bounds\n\
                   note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\
                   thread 'main' (16885) panicked at crates/oracle/../../conformance/p.rs:10:7:\nboom\n";
        assert_eq!(normalize_stderr(raw), "thread 'main' panicked at <file>:6:25:\nindex out of bounds\nthread 'main' panicked at <file>:10:7:\nboom\n");
        // The engine's form (no id, another file name) normalizes the same way.
        assert_eq!(normalize_stderr("thread 'main' panicked at main.rs:6:25:\nx\n"), "thread 'main' panicked at <file>:6:25:\nx\n");
        assert_eq!(normalize_stderr("[crates/oracle/../../conformance/d.rs:5:13] a * 3 = 6\n[src/main.rs:8:5]\n"), "[<file>:5:13] a * 3 = 6\n[<file>:8:5]\n");
        assert_eq!(normalize_stderr("[1, 2]\n[a:b] x\n"), "[1, 2]\n[a:b] x\n");
        // Other lines are left alone.
        assert_eq!(normalize_stderr("\nthread 'main' said hi\n"), "\nthread 'main' said hi\n");
    }

    #[test]
    fn pending_list_keeps_stems_and_drops_comments() {
        let text = "# header\n\nint_wrap  # needs types\n  str_x\n#int_gone\n";
        assert_eq!(parse_pending_list(text), Ok(vec!["int_wrap".to_string(), "str_x".to_string()]));
        assert_eq!(parse_pending_list(""), Ok(vec![]));
        assert!(parse_pending_list("probes/int_wrap.rs\n").unwrap_err().starts_with("line 1:"));
        assert!(parse_pending_list("ok\ntwo words\n").unwrap_err().starts_with("line 2:"));
    }

    #[test]
    fn line_diff_marks_changes() {
        let d = line_diff("a\nb\nc\n", "a\nx\nc\n");
        assert_eq!(d, "  a\n- b\n+ x\n  c\n");
    }
}
