//! The reject corpus: programs rustc refuses, with rustc's first error recorded.
//!
//! Every `reject/<stem>.rs` holds one learner's mistake. [`check_reject_programs`]
//! compiles them all with real rustc (`cargo check` against tokio 1.54.1, each
//! program a `[[bin]]` of a scratch project under `<target>/reject-check/`) and
//! returns, per program, the first error rustc reported. The golden file
//! `reject/expected/<stem>.err` records it:
//!
//! ```text
//! code: E0502
//! message: cannot borrow `v` as mutable because it is also borrowed as immutable
//! at: 5:5
//! ```
//!
//! - `code:` is rustc's error code, or `none` for an error without one (such as
//!   "future cannot be sent between threads safely");
//! - `message:` is rustc's one-line message, with `\` written `\\` and a newline
//!   written `\n`;
//! - `at:` is the primary span's start, `line:column`, both 1-based (rustc counts
//!   columns in characters).
//!
//! `tests/reject_goldens.rs` re-records and compares; `tests/engine_rejects.rs`
//! checks that `taskscope_engine::check` reports the same first error.
//!
//! The accept corpus is the opposite: `accept/<stem>.rs` are valid programs that a
//! naive checker might reject. [`check_accept_programs`] compiles them the same way
//! (a scratch project under `<target>/accept-check/`); `tests/accept_compiles.rs`
//! asserts that rustc reports no error for any of them, and
//! `tests/engine_accepts.rs` that `taskscope_engine::check` reports none either
//! (only "not supported" ones).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::workspace_root;

/// The folder of the reject corpus, relative to the workspace root.
pub const REJECT_FOLDER: &str = "reject";

/// The ratchet of `tests/engine_rejects.rs`: programs whose first error the engine
/// does not get right yet, one stem a line.
pub const ENGINE_PENDING_FILE: &str = "reject/engine-pending.txt";

/// The folder of the accept corpus (valid programs), relative to the workspace root.
pub const ACCEPT_FOLDER: &str = "accept";

/// The ratchet of `tests/engine_accepts.rs`: valid programs the engine still
/// calls wrong (an error other than "not supported"), one stem a line.
pub const ACCEPT_PENDING_FILE: &str = "accept/engine-pending.txt";

/// rustc's first error for one program: what a golden file records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RustcError {
    /// `E0382`, or `None` when rustc gives the error no code.
    pub code: Option<String>,
    pub message: String,
    /// 1-based line of the primary span's start.
    pub line: u32,
    /// 1-based column (in characters) of the primary span's start.
    pub col: u32,
}

impl RustcError {
    /// The golden file text.
    pub fn render(&self) -> String {
        let mut message = String::new();
        for c in self.message.chars() {
            match c {
                '\\' => message.push_str("\\\\"),
                '\n' => message.push_str("\\n"),
                c => message.push(c),
            }
        }
        format!("code: {}\nmessage: {message}\nat: {}:{}\n", self.code.as_deref().unwrap_or("none"), self.line, self.col)
    }

    /// Reads a golden file back.
    pub fn parse(text: &str) -> Result<RustcError, String> {
        let mut lines = text.lines();
        let mut field = |name: &str| -> Result<&str, String> {
            let line = lines.next().ok_or_else(|| format!("missing the `{name}:` line"))?;
            line.strip_prefix(name).and_then(|rest| rest.strip_prefix(": ")).ok_or_else(|| format!("expected `{name}: ...`, found {line:?}"))
        };
        let code = field("code")?;
        let code = if code == "none" { None } else { Some(code.to_string()) };
        let escaped = field("message")?;
        let at = field("at")?;
        if let Some(extra) = lines.next() {
            return Err(format!("unexpected line after `at:`: {extra:?}"));
        }
        let mut message = String::new();
        let mut chars = escaped.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                message.push(c);
                continue;
            }
            match chars.next() {
                Some('\\') => message.push('\\'),
                Some('n') => message.push('\n'),
                other => return Err(format!("bad escape `\\{}` in the message", other.map_or(String::new(), String::from))),
            }
        }
        let (line, col) = at.split_once(':').ok_or_else(|| format!("expected `at: LINE:COL`, found {at:?}"))?;
        let number = |s: &str| s.parse::<u32>().map_err(|_| format!("bad number {s:?} in `at: {at}`"));
        Ok(RustcError { code, message, line: number(line)?, col: number(col)? })
    }
}

/// What `cargo check` said about one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Checked {
    /// rustc rejected it; its first error.
    Rejected {
        error: RustcError,
        /// rustc's full rendered message (snippet, labels, notes), for reports.
        rendered: String,
    },
    /// rustc reported no error.
    Accepted,
}

/// The stems of `reject/*.rs`, sorted.
pub fn reject_stems() -> Vec<String> {
    program_stems(REJECT_FOLDER)
}

/// The stems of `accept/*.rs`, sorted.
pub fn accept_stems() -> Vec<String> {
    program_stems(ACCEPT_FOLDER)
}

/// The stems of `<folder>/*.rs` (a folder of the workspace root), sorted.
pub fn program_stems(folder: &str) -> Vec<String> {
    let dir = workspace_root().join(folder);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut stems: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".rs").map(str::to_string))
        .collect();
    stems.sort();
    stems
}

/// `reject/<stem>.rs`, relative to the workspace root.
pub fn reject_source(stem: &str) -> String {
    format!("{REJECT_FOLDER}/{stem}.rs")
}

/// `accept/<stem>.rs`, relative to the workspace root.
pub fn accept_source(stem: &str) -> String {
    format!("{ACCEPT_FOLDER}/{stem}.rs")
}

/// The `//!` header every corpus program starts with: the title, a blank `//!`
/// line, then at least one paragraph line (each without its `//!`), or what is
/// wrong with it.
pub fn program_header(src: &str) -> Result<Vec<&str>, String> {
    let header: Vec<&str> = src.lines().map_while(|line| line.strip_prefix("//!")).collect();
    let title = header.first().and_then(|t| t.strip_prefix(' ')).map(str::trim).unwrap_or_default();
    let paragraph = header.iter().skip(2).any(|l| !l.trim().is_empty());
    if title.is_empty() || header.get(1).map(|l| l.trim()) != Some("") || !paragraph {
        return Err("does not start with `//! Title`, `//!` and a `//!` paragraph".to_string());
    }
    Ok(header)
}

/// `reject/expected/<stem>.err`, relative to the workspace root.
pub fn reject_golden(stem: &str) -> String {
    format!("{REJECT_FOLDER}/expected/{stem}.err")
}

/// The golden file of a program, parsed, or a message saying what is wrong.
pub fn read_reject_golden(stem: &str) -> Result<RustcError, String> {
    let file = reject_golden(stem);
    let text = std::fs::read_to_string(workspace_root().join(&file))
        .map_err(|e| format!("cannot read {file}: {e}\n(record it with `UPDATE_EXPECT=1 cargo test -p taskscope-oracle --test reject_goldens`)"))?;
    RustcError::parse(&text).map_err(|e| format!("{file}: {e}"))
}

/// The scratch project's `Cargo.toml`: package `package`, one `[[bin]]` per
/// program, named by its stem, with the same tokio, tokio-util, futures and
/// tokio-stream as this crate. The empty `[workspace]` table keeps it out
/// of the Taskscope workspace.
pub fn scratch_manifest(package: &str, programs: &[(String, PathBuf)]) -> String {
    let mut toml = format!(
        "# Written by taskscope-oracle (src/reject.rs) on every run; do not edit.\n\
         [package]\n\
         name = \"{package}\"\n\
         version = \"0.0.0\"\n\
         edition = \"2024\"\n\
         publish = false\n\
         autobins = false\n\
         autoexamples = false\n\
         autotests = false\n\
         autobenches = false\n\
         \n\
         [workspace]\n\
         \n\
         [dependencies]\n\
         tokio = {{ version = \"=1.54.1\", features = [\"rt\", \"macros\", \"sync\", \"time\", \"signal\", \"test-util\"] }}\n\
         tokio-util = {{ version = \"=0.7.20\", features = [\"rt\"] }}\n\
         futures = \"=0.3.34\"\n\
         tokio-stream = \"=0.1.19\"\n",
    );
    for (stem, path) in programs {
        // TOML basic strings: escape backslashes and quotes in the path.
        let path = path.display().to_string().replace('\\', "\\\\").replace('"', "\\\"");
        write!(toml, "\n[[bin]]\nname = \"{stem}\"\npath = \"{path}\"\ntest = false\ndoc = false\n").unwrap();
    }
    toml
}

/// Writes `path` only when its content changes (keeps Cargo's fingerprints).
fn write_if_changed(path: &Path, content: &[u8]) -> Result<(), String> {
    if std::fs::read(path).ok().as_deref() == Some(content) {
        return Ok(());
    }
    std::fs::write(path, content).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Compiles every `reject/*.rs` with real rustc (`cargo check --keep-going`) and
/// returns, for each stem, rustc's first error or [`Checked::Accepted`].
///
/// The scratch project lives in `<target_dir>/reject-check/` and builds into
/// `target_dir` itself, so tokio is checked once and reused. It starts from a copy
/// of the workspace's `Cargo.lock`, so it gets the versions the workspace pins.
pub fn check_reject_programs(target_dir: &Path) -> Result<BTreeMap<String, Checked>, String> {
    check_folder(REJECT_FOLDER, target_dir)
}

/// Compiles every `accept/*.rs` exactly as [`check_reject_programs`] compiles the
/// reject corpus, in its own scratch project `<target_dir>/accept-check/` (so the
/// two tests can run at the same time); every result should be
/// [`Checked::Accepted`].
pub fn check_accept_programs(target_dir: &Path) -> Result<BTreeMap<String, Checked>, String> {
    check_folder(ACCEPT_FOLDER, target_dir)
}

/// Builds every `accept/*.rs` against real Tokio (`cargo build`, in the
/// accept corpus's scratch project) and returns each program's executable,
/// for comparing the engine's run with the real one.
pub fn build_accept_programs(target_dir: &Path) -> Result<BTreeMap<String, PathBuf>, String> {
    let Some((scratch, _)) = scratch_project(ACCEPT_FOLDER, target_dir)? else { return Ok(BTreeMap::new()) };
    let output = cargo_in(&scratch, target_dir, "build", &[])?;
    if !output.status.success() {
        return Err(format!("`cargo build` in {} failed:\n{}", scratch.display(), String::from_utf8_lossy(&output.stderr)));
    }
    let mut exes = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if msg["reason"].as_str() == Some("compiler-artifact")
            && let (Some(name), Some(exe)) = (msg["target"]["name"].as_str(), msg["executable"].as_str())
        {
            exes.insert(name.to_string(), PathBuf::from(exe));
        }
    }
    Ok(exes)
}

/// `cargo <command> --bins` in a scratch project, building into `target_dir`,
/// with JSON messages on stdout.
fn cargo_in(scratch: &Path, target_dir: &Path, command: &str, extra: &[&str]) -> Result<std::process::Output, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    Command::new(&cargo)
        .arg(command)
        .arg("--manifest-path")
        .arg(scratch.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(target_dir)
        .args(["--bins", "--message-format", "json", "--color", "never"])
        .args(extra)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", Path::new(&cargo).display()))
}

/// A scratch project's folder and its programs, as `(stem, path)`.
type Scratch = (PathBuf, Vec<(String, PathBuf)>);

/// Writes the scratch project for `<folder>/*.rs` (its Cargo.toml and a copy
/// of the workspace's Cargo.lock) and returns it with the programs it
/// builds, as `(stem, path)`; `None` when the folder has no program.
fn scratch_project(folder: &str, target_dir: &Path) -> Result<Option<Scratch>, String> {
    let root = workspace_root().canonicalize().map_err(|e| format!("cannot find the workspace root: {e}"))?;
    let programs: Vec<(String, PathBuf)> = program_stems(folder)
        .into_iter()
        .map(|stem| {
            let path = root.join(folder).join(format!("{stem}.rs"));
            (stem, path)
        })
        .collect();
    if programs.is_empty() {
        return Ok(None);
    }
    let scratch = target_dir.join(format!("{folder}-check"));
    std::fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let package = format!("taskscope-{folder}-check");
    write_if_changed(&scratch.join("Cargo.toml"), scratch_manifest(&package, &programs).as_bytes())?;
    let lock = std::fs::read(root.join("Cargo.lock")).map_err(|e| format!("cannot read the workspace's Cargo.lock: {e}"))?;
    write_if_changed(&scratch.join("Cargo.lock"), &lock)?;
    Ok(Some((scratch, programs)))
}

/// `cargo check` of every `<folder>/*.rs` in the scratch project
/// `<target_dir>/<folder>-check/`: each program's first error, or
/// [`Checked::Accepted`].
fn check_folder(folder: &str, target_dir: &Path) -> Result<BTreeMap<String, Checked>, String> {
    let Some((scratch, programs)) = scratch_project(folder, target_dir)? else { return Ok(BTreeMap::new()) };
    let output = cargo_in(&scratch, target_dir, "check", &["--keep-going"])?;
    let stdout = String::from_utf8_lossy(&output.stdout);

    let mut first: BTreeMap<String, Checked> = BTreeMap::new();
    let mut built: Vec<String> = Vec::new();
    for line in stdout.lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let bin = msg["target"]["name"].as_str().unwrap_or_default();
        let is_bin = msg["target"]["kind"].as_array().is_some_and(|k| k.iter().any(|k| k == "bin"));
        let Some((_, path)) = programs.iter().find(|(stem, _)| stem == bin).filter(|_| is_bin) else { continue };
        match msg["reason"].as_str() {
            Some("compiler-artifact") => built.push(bin.to_string()),
            Some("compiler-message") if !first.contains_key(bin) => {
                if let Some(checked) = first_error(&msg["message"], path) {
                    first.insert(bin.to_string(), checked);
                }
            }
            _ => {}
        }
    }

    // A program without an error must have been checked (Cargo then reports its
    // artifact); anything else, such as Cargo failing to fetch tokio, is the
    // recorder's failure, not a result.
    let mut missing = Vec::new();
    let mut results = BTreeMap::new();
    for (stem, _) in &programs {
        match first.remove(stem) {
            Some(checked) => {
                results.insert(stem.clone(), checked);
            }
            None if built.contains(stem) => {
                results.insert(stem.clone(), Checked::Accepted);
            }
            None => missing.push(stem.as_str()),
        }
    }
    if !missing.is_empty() {
        return Err(format!(
            "`cargo check` in {} gave no result for {} ({}); its stderr:\n{}",
            scratch.display(),
            missing.join(", "),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(results)
}

/// The [`Checked::Rejected`] of one `compiler-message`, if it is an error with a
/// span (the "aborting due to" summaries have none).
fn first_error(message: &serde_json::Value, source: &Path) -> Option<Checked> {
    if message["level"].as_str() != Some("error") {
        return None;
    }
    let spans = message["spans"].as_array()?;
    let primary = spans.iter().find(|s| s["is_primary"].as_bool() == Some(true))?;
    let span = span_in_file(primary, source);
    let error = RustcError {
        code: message["code"]["code"].as_str().map(str::to_string),
        // (An `async` block's name holds its file's path, which depends on
        // where the workspace is: made relative to it.)
        message: relative_paths(message["message"].as_str().unwrap_or_default()),
        line: span["line_start"].as_u64().unwrap_or(0) as u32,
        col: span["column_start"].as_u64().unwrap_or(0) as u32,
    };
    let rendered = message["rendered"].as_str().unwrap_or_default().to_string();
    Some(Checked::Rejected { error, rendered })
}

/// `text` with the workspace's absolute path (`/…/taskscope/reject/x.rs`)
/// made relative (`reject/x.rs`).
fn relative_paths(text: &str) -> String {
    match workspace_root().canonicalize() {
        Ok(root) => text.replace(&format!("{}/", root.display()), ""),
        Err(_) => text.to_string(),
    }
}

/// The span itself when it lies in `source`; otherwise (an error inside a macro
/// defined elsewhere) the first macro call site in `source`, going outwards.
fn span_in_file<'a>(span: &'a serde_json::Value, source: &Path) -> &'a serde_json::Value {
    let in_source = |s: &serde_json::Value| s["file_name"].as_str().is_some_and(|f| Path::new(f) == source || source.ends_with(f));
    let mut current = span;
    while !in_source(current) {
        match current.get("expansion").and_then(|e| e.get("span")) {
            Some(outer) if outer.is_object() => current = outer,
            _ => return span,
        }
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_header_needs_a_title_a_blank_line_and_a_paragraph() {
        assert_eq!(program_header("//! Title\n//!\n//! What it does.\n\nfn main() {}\n"), Ok(vec![" Title", "", " What it does."]));
        assert_eq!(program_header("//! Title\n//!\n//!\n//! Later paragraph.\n").map(|h| h.len()), Ok(4));
        for bad in ["fn main() {}\n", "//! Title\n//! no blank line\n", "//! Title\n//!\n", "//! Title\n//!\n//!  \n", "//!\n//!\n//! text\n"] {
            assert!(program_header(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn golden_format_round_trips() {
        let cases = [
            RustcError { code: Some("E0502".into()), message: "cannot borrow `v` as mutable".into(), line: 5, col: 5 },
            RustcError { code: None, message: "future cannot be sent between threads safely".into(), line: 12, col: 18 },
            RustcError { code: Some("E0308".into()), message: "two\nlines with a \\ backslash\\n".into(), line: 1, col: 1 },
        ];
        for case in cases {
            let text = case.render();
            assert_eq!(RustcError::parse(&text), Ok(case.clone()), "{text}");
        }
        assert_eq!(RustcError { code: None, message: "m".into(), line: 3, col: 9 }.render(), "code: none\nmessage: m\nat: 3:9\n");
        assert!(RustcError::parse("code: E1\nmessage: m\n").is_err());
        assert!(RustcError::parse("code: E1\nmessage: m\nat: 3\n").is_err());
        assert!(RustcError::parse("code: E1\nmessage: m\nat: 3:4\nextra\n").is_err());
    }
}
