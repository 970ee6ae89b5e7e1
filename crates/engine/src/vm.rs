//! Compiler and virtual machine (work in progress).

use crate::Diagnostic;

#[derive(Debug)]
pub struct FutureState {}

#[derive(Debug)]
pub struct Closure {}

pub struct Program {}

pub fn compile_source(src: &str) -> Result<Program, Vec<Diagnostic>> {
    let (_file, diags) = crate::parser::parse(src);
    if diags.is_empty() { Ok(Program {}) } else { Err(diags) }
}

pub fn simulate(_program: &Program, _config: &crate::Config) -> crate::Run {
    crate::Run { diagnostics: vec![], outcome: crate::Outcome::Returned, trace: Default::default() }
}
