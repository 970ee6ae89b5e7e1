//! Generates `programs.rs`, the table of every program in `examples/`,
//! `conformance/` and `probes/` with its binary, for the integration tests to
//! `include!`.
//!
//! Each entry reads `option_env!("CARGO_BIN_EXE_<bin>")`: Cargo sets it, while
//! compiling integration tests, for every `[[bin]]` of this crate, so a program
//! missing from Cargo.toml shows up as `exe: None` (and as a failing test) rather
//! than as a compile error.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut table = String::from("&[\n");
    // The same list as `PROGRAM_FOLDERS` in src/lib.rs (a build script cannot use
    // its own crate).
    for (folder, prefix) in [("examples", "ex_"), ("conformance", "cf_"), ("probes", "pr_")] {
        let dir = root.join(folder);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut stems: Vec<String> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|name| name.strip_suffix(".rs").map(str::to_string))
                .collect(),
            Err(_) => Vec::new(),
        };
        stems.sort();
        for stem in stems {
            let bin = format!("{prefix}{stem}");
            writeln!(table, "    taskscope_oracle::Program {{ bin: {bin:?}, source: \"{folder}/{stem}.rs\", exe: option_env!(\"CARGO_BIN_EXE_{bin}\") }},")
                .unwrap();
        }
    }
    table.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("programs.rs");
    // Rewrite only on change, so that recording golden files (which touches the
    // watched folders) does not force the tests to recompile.
    if std::fs::read_to_string(&out).ok().as_deref() != Some(table.as_str()) {
        std::fs::write(&out, table).unwrap();
    }
}
