//! Parse ∘ print round trip on any input that parses without errors: the
//! re-parseable printer's output must parse to the same tree (compared
//! through the normalized printer), as `tests/roundtrip.rs` states.
#![no_main]

use libfuzzer_sys::fuzz_target;
use taskscope_engine::ast_print::{print_file, print_source};
use taskscope_engine::{Severity, parser};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let (tree, diags) = parser::parse(src);
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return;
    }
    let printed = print_source(&tree);
    let (again, diags) = parser::parse(&printed);
    assert!(!diags.iter().any(|d| d.severity == Severity::Error), "printed source does not parse: {}\n{printed}", diags[0].message);
    assert_eq!(print_file(&again), print_file(&tree), "a different tree\n{printed}");
});
