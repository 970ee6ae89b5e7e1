#!/usr/bin/env run-cargo-script
//! Crate-level doc comment.
//! More docs.

/// Documented function.
/// Second line.
fn main() {
    // A line comment.
    let x = 1; // trailing comment
    /* block */ let y = /* inline */ 2;
    /* nested /* comments /* three deep */ are */ fine */
    let z = "// not a comment";
    let w = "/* not a comment either */";
    /** doc block */
    let q = x /* mid-expression */ + y;
    let url = "http://example.com"; // comment after string
    /*
     * multi-line
     */
}
// Comment at end of file without newline