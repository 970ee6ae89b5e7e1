//! What the page shows for one version of the program: the engine's
//! [`Run`](taskscope_engine::Run) turned into plain data for the view.
//!
//! This module has no web dependency, so it is tested natively with the rest
//! of the workspace; the components in `app` only draw what it returns.

use taskscope_engine::trace::Stream;
use taskscope_engine::{Config, EventKind, Outcome, Run, Severity};

/// One diagnostic, placed in the source as `line:col` (both 1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiagnosticView {
    pub line: u32,
    pub col: u32,
    pub is_error: bool,
    pub message: String,
}

impl DiagnosticView {
    /// The location as the editor and rustc print it: `3:17`.
    pub fn location(&self) -> String {
        format!("{}:{}", self.line, self.col)
    }
}

/// A run of consecutive output to one stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputChunk {
    /// True for stderr (panic messages of spawned tasks, `eprintln!`).
    pub is_stderr: bool,
    pub text: String,
}

/// Everything the output pane shows after one run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunView {
    pub diagnostics: Vec<DiagnosticView>,
    /// What the program printed, stdout and stderr interleaved in the order
    /// it printed them, as a terminal would show it.
    pub output: Vec<OutputChunk>,
    /// One sentence on how the run ended.
    pub status: String,
    /// True when the run ended in a way a Tokio program would not want:
    /// a compile error, a panic, a deadlock or an exhausted budget.
    pub failed: bool,
}

/// Runs `src` on the simulated runtime and describes the result.
pub fn run_program(src: &str) -> RunView {
    let config = Config::default();
    let run = taskscope_engine::run(src, &config);
    describe(src, &run)
}

/// Describes an engine [`Run`] of `src`.
pub fn describe(src: &str, run: &Run) -> RunView {
    let diagnostics = run
        .diagnostics
        .iter()
        .map(|d| {
            let (line, col) = d.line_col(src);
            DiagnosticView { line, col, is_error: d.severity == Severity::Error, message: d.message.clone() }
        })
        .collect::<Vec<_>>();
    let (status, failed) = match &run.outcome {
        Outcome::Returned => ("main returned".to_string(), false),
        Outcome::Panicked { message, .. } => (format!("main panicked: {message}"), true),
        Outcome::Deadlock(report) => (report.explanation.clone(), true),
        Outcome::BudgetExceeded { message, .. } => (message.clone(), true),
        Outcome::CompileError => {
            let n = diagnostics.iter().filter(|d| d.is_error).count();
            let noun = if n == 1 { "error" } else { "errors" };
            (format!("{n} {noun}: nothing ran"), true)
        }
    };
    RunView { diagnostics, output: output(run), status, failed }
}

impl RunView {
    /// The console's whole text, both streams.
    pub fn console_text(&self) -> String {
        self.output.iter().map(|c| c.text.as_str()).collect()
    }
}

fn output(run: &Run) -> Vec<OutputChunk> {
    let mut chunks: Vec<OutputChunk> = Vec::new();
    for event in &run.trace.events {
        if let EventKind::Printed { stream, text, .. } = event.kind {
            let is_stderr = stream == Stream::Stderr;
            let text = run.trace.str(text);
            match chunks.last_mut() {
                Some(last) if last.is_stderr == is_stderr => last.text.push_str(text),
                _ => chunks.push(OutputChunk { is_stderr, text: text.to_string() }),
            }
        }
    }
    chunks
}

/// The caption under the editor: "12 lines".
pub fn source_summary(src: &str) -> String {
    let lines = src.lines().count();
    if lines == 1 { "1 line".to_string() } else { format!("{lines} lines") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use taskscope_engine::{Diagnostic, Span, Trace};

    fn compile_error(src: &str, diagnostics: Vec<Diagnostic>) -> RunView {
        describe(src, &Run { diagnostics, outcome: Outcome::CompileError, trace: Trace::default() })
    }

    #[test]
    fn diagnostics_are_placed_by_line_and_column() {
        let src = "fn main() {\n    let x = ;\n}\n";
        let at = src.find(';').unwrap();
        let view = compile_error(src, vec![Diagnostic::error(Span::new(at, at + 1), "expected an expression")]);
        assert_eq!(view.diagnostics.len(), 1);
        assert_eq!(view.diagnostics[0].location(), "2:13");
        assert_eq!(view.diagnostics[0].message, "expected an expression");
        assert!(view.diagnostics[0].is_error);
    }

    #[test]
    fn a_compile_error_says_nothing_ran() {
        let view = compile_error("x", vec![Diagnostic::error(Span::new(0, 1), "a"), Diagnostic::error(Span::new(0, 1), "b")]);
        assert_eq!(view.status, "2 errors: nothing ran");
        assert!(view.failed);
    }

    #[test]
    fn a_returned_run_is_not_a_failure() {
        let view = describe("", &Run { diagnostics: vec![], outcome: Outcome::Returned, trace: Trace::default() });
        assert_eq!(view.status, "main returned");
        assert!(!view.failed);
        assert!(view.diagnostics.is_empty());
    }

    #[test]
    fn output_keeps_stdout_and_stderr_in_the_order_they_were_printed() {
        let src = "#[tokio::main]\nasync fn main() {\n    println!(\"a\");\n    println!(\"b\");\n    eprintln!(\"c\");\n    println!(\"d\");\n}\n";
        let view = run_program(src);
        assert_eq!(view.status, "main returned", "{:?}", view.diagnostics);
        let chunk = |is_stderr, text: &str| OutputChunk { is_stderr, text: text.to_string() };
        assert_eq!(view.output, vec![chunk(false, "a\nb\n"), chunk(true, "c\n"), chunk(false, "d\n")]);
        assert_eq!(view.console_text(), "a\nb\nc\nd\n");
    }

    #[test]
    fn the_source_summary_counts_lines() {
        assert_eq!(source_summary(""), "0 lines");
        assert_eq!(source_summary("fn main() {}"), "1 line");
        assert_eq!(source_summary("a\nb\nc\nd\n"), "4 lines");
    }

    #[test]
    fn the_sample_program_runs_without_panicking() {
        // Whatever the engine supports today, running the sample must give a
        // result the page can show rather than crash the page.
        let view = run_program(crate::sample::SAMPLE_PROGRAM);
        assert!(!view.status.is_empty());
    }
}
