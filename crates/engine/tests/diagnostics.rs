//! Data-driven diagnostic tests: each `tests/diagnostics/NAME.rs` is run and
//! its diagnostics, rendered as rustc does, must equal `NAME.expected`.
//! `UPDATE_EXPECT=1` rewrites the expected files.

use std::path::Path;

#[test]
fn diagnostics_match_expected_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("fixture dir").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.extension().map(|e| e != "rs").unwrap_or(true) {
            continue;
        }
        count += 1;
        let src = std::fs::read_to_string(&path).expect("read fixture");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let run = taskscope_engine::run(&src, &taskscope_engine::Config::default());
        assert!(!run.diagnostics.is_empty(), "{name}: expected at least one diagnostic");
        let got: String = run.diagnostics.iter().map(|d| d.render(&src, &name) + "\n").collect();
        let expected_path = path.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &got).expect("write expected");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != got {
            failures.push(format!("=== {name}\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(count >= 10, "expected at least 10 fixtures, found {count}");
    assert!(failures.is_empty(), "{} fixture(s) differ:\n{}", failures.len(), failures.join("\n"));
}
