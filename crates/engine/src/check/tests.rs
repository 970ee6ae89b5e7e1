//! Unit tests of the checker. The reject corpus (`reject/`, checked
//! against rustc by the oracle crate) is the main test; these pin the
//! stubs and the headline cases.

use super::stubs;

/// The first error's code and `line:col`, or "ok".
fn first_error(src: &str) -> String {
    let (file, diags) = crate::parser::parse(src);
    assert!(diags.is_empty(), "parse errors: {diags:?}");
    let report = super::check(&file, src);
    let all: Vec<_> = report.expand.iter().chain(&report.resolve).chain(&report.types).chain(&report.borrows).collect();
    match all.first() {
        Some(d) => {
            let (l, c) = d.line_col(src);
            format!("{} {l}:{c} {}", d.code.unwrap_or("none"), d.message)
        }
        None => "ok".to_string(),
    }
}

#[test]
fn the_stubs_parse_without_errors() {
    let (_, diags) = crate::parser::parse_declarations(stubs::STD);
    let errors: Vec<String> = diags.iter().map(|d| format!("{:?}: {}", d.line_col(stubs::STD), d.message)).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn receiving_needs_a_mut_receiver() {
    let src = "use tokio::sync::mpsc;\n#[tokio::main]\nasync fn main() {\n    let (tx, rx) = mpsc::channel::<i32>(1);\n    let m = rx.recv().await;\n}\n";
    assert_eq!(first_error(src), "E0596 5:13 cannot borrow `rx` as mutable, as it is not declared as mutable");
}

