//! Parser: tokens to [`crate::ast::File`] plus diagnostics. It never fails
//! and never panics: it recovers and keeps going.

use crate::ast;
use crate::Diagnostic;

pub fn parse(_src: &str) -> (ast::File, Vec<Diagnostic>) {
    (ast::File { attrs: vec![], items: vec![] }, vec![])
}
