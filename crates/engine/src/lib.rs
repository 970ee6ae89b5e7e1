//! Taskscope's engine: source text → parse → compile → simulate → trace.
//!
//! No IO, no web dependency; builds natively and for `wasm32-unknown-unknown`.
//! The one entry point is [`run`]; its result carries the diagnostics, the
//! outcome and the [`trace::Trace`] that front ends draw from.
// Kept as written: the VM's operand helpers take the machine's parts as
// separate borrows (8 arguments), `unify` fails with no detail to give, and
// a few conditions read better in the form they are reasoned about.
#![allow(clippy::too_many_arguments, clippy::result_unit_err, clippy::nonminimal_bool, clippy::type_complexity)]

pub mod ast;
pub mod ast_print;
pub mod check;
pub mod compile;
pub mod diag;
pub mod exec;
pub mod explain;
mod float;
pub mod fmt;
pub mod lexer;
pub mod map;
pub mod parser;
pub mod rt;
pub mod run;
pub mod sort;
pub mod span;
mod text;
pub mod trace;
pub mod value;
pub mod view;
pub mod vm;

pub use diag::{Diagnostic, Severity};
pub use run::{Budget, Config, Outcome, Run};
pub use span::{LineCol, LineIndex, Span};
pub use trace::{BlockedTask, DeadlockReport, Event, EventKind, Trace};

/// The pipeline up to bytecode: parse → check → compile. Stops where rustc
/// stops: a parse error stops everything; name resolution and type errors
/// come before borrow-check errors, and what is not supported yet comes
/// last. `Ok` carries the warnings.
pub fn front_end(src: &str) -> Result<(vm::Program, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (file, diags) = crate::parser::parse(src);
    if diags.iter().any(|d| d.severity == crate::Severity::Error) {
        return Err(diags);
    }
    let report = crate::check::check(&file, src);
    let mut warnings = report.warnings;
    crate::sort::sort_by_key(&mut warnings, |d| d.span.start as u64);
    // A macro the checker cannot expand: what comes after it may name
    // what it declares, so nothing else is reported.
    if !report.unexpanded.is_empty() {
        let mut out = report.expand;
        out.extend(report.unexpanded);
        crate::sort::sort_by_key(&mut out, |d| d.span.start as u64);
        out.extend(warnings);
        return Err(out);
    }
    if !report.expand.is_empty() || !report.resolve.is_empty() || !report.types.is_empty() {
        let mut out = report.expand;
        out.extend(report.resolve);
        out.extend(report.types);
        out.extend(warnings);
        return Err(out);
    }
    match crate::compile::compile_checked(&file, src, &report.facts) {
        Err(errors) => {
            // The compiler's errors are "not supported yet": they come
            // after every error rustc would report.
            let mut out = report.borrows;
            crate::sort::sort_by_key(&mut out, |d| d.span.start as u64);
            // One stop per place: the checker's (which names the type)
            // over the compiler's for the same call.
            let mut unsupported: Vec<Diagnostic> = errors.into_iter().filter(|e| !report.unsupported.iter().any(|u| u.span.start == e.span.start)).collect();
            unsupported.extend(report.unsupported);
            crate::sort::sort_by_key(&mut unsupported, |d| d.span.start as u64);
            out.extend(unsupported);
            out.extend(warnings);
            Err(out)
        }
        Ok(_) if !report.borrows.is_empty() => {
            let mut out = report.borrows;
            out.extend(warnings);
            Err(out)
        }
        Ok(_) if !report.unsupported.is_empty() => {
            let mut out = report.unsupported;
            out.extend(warnings);
            Err(out)
        }
        Ok(program) => Ok((program, warnings)),
    }
}

/// Parses, checks and compiles `src` without running it: its errors and
/// warnings.
pub fn check(src: &str) -> Vec<Diagnostic> {
    match front_end(src) {
        Err(diagnostics) => diagnostics,
        Ok((_, warnings)) => warnings,
    }
}

/// Parses, checks, compiles and simulates `src`. Warnings do not stop the
/// run; they come first in `Run::diagnostics`.
pub fn run(src: &str, config: &Config) -> Run {
    match front_end(src) {
        Err(diagnostics) => Run { diagnostics, outcome: Outcome::CompileError, trace: Trace::default() },
        Ok((program, warnings)) => {
            let mut run = exec::simulate(&program, config);
            let mut diagnostics = warnings;
            diagnostics.append(&mut run.diagnostics);
            run.diagnostics = diagnostics;
            run
        }
    }
}
