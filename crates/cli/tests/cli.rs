//! The `taskscope` binary: exit codes, streams and formats.

use std::process::Command;

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn taskscope(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_taskscope")).args(args).current_dir(root()).output().expect("run taskscope");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn write_tmp(name: &str, src: &str) -> String {
    let dir = std::env::temp_dir().join(format!("taskscope-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let p = dir.join(name);
    std::fs::write(&p, src).expect("write");
    p.display().to_string()
}

#[test]
fn run_prints_the_program_output_and_exits_0() {
    let (code, out, err) = taskscope(&["run", "examples/bounded_mpsc_backpressure.rs"]);
    assert_eq!(code, 0, "{err}");
    let golden = std::fs::read_to_string(root().join("examples/expected/bounded_mpsc_backpressure.out")).expect("golden");
    // The golden file holds the stdout block verbatim.
    for line in out.lines() {
        assert!(golden.contains(line), "line {line:?} not in the golden output");
    }
    assert!(out.lines().count() >= 5);
}

#[test]
fn deadlock_exits_3_with_the_report_on_stderr() {
    let (code, _out, err) = taskscope(&["run", "examples/abba_deadlock.rs"]);
    assert_eq!(code, 3);
    assert!(err.contains("deadlock") && err.contains("wait-for cycle"), "{err}");
}

#[test]
fn panic_in_main_exits_101_with_the_message_on_stderr() {
    let p = write_tmp("panic.rs", "#[tokio::main]\nasync fn main() {\n    println!(\"before\");\n    panic!(\"boom {}\", 7);\n}\n");
    let (code, out, err) = taskscope(&["run", &p]);
    assert_eq!(code, 101);
    assert_eq!(out, "before\n");
    assert!(err.contains("thread 'main' panicked at src/main.rs:4:5:\nboom 7\n"), "{err}");
}

#[test]
fn source_errors_exit_1_with_a_caret_under_the_span() {
    let p = write_tmp("bad.rs", "#[tokio::main]\nasync fn main() {\n    let x = ;\n}\n");
    let (code, out, err) = taskscope(&["run", &p]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("error: ") && err.contains("bad.rs:3:") && err.contains("^"), "{err}");
}

#[test]
fn budget_exits_4_naming_the_budget() {
    let p = write_tmp("spin.rs", "#[tokio::main]\nasync fn main() {\n    loop {}\n}\n");
    let started = std::time::Instant::now();
    let (code, _out, err) = taskscope(&["run", &p]);
    assert_eq!(code, 4);
    assert!(err.contains("step budget"), "{err}");
    // Generous: debug builds on a loaded machine; release takes ~0.6 s.
    assert!(started.elapsed().as_secs() < 30);
}

#[test]
fn trace_writes_json_with_events_and_strings() {
    let (code, out, _) = taskscope(&["trace", "examples/oneshot_request_response.rs"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("{\n\"tasks\":[{\"id\":0,\"name\":\"main\""), "{}", &out[..out.len().min(200)]);
    assert!(out.contains("\"kind\":\"sent\"") && out.contains("\"kind\":\"received\""));
    assert!(out.contains("\"events\":[") && out.contains("\"strings\":["));
}

#[test]
fn check_validates_many_files_and_fails_on_any_error() {
    let good = root().join("examples/actor_counter.rs").display().to_string();
    let (code, out, _) = taskscope(&["check", &good, "examples/broadcast_lag.rs"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().filter(|l| l.starts_with("ok: ")).count(), 2);
    let bad = write_tmp("unsupported.rs", "#[tokio::main]\nasync fn main() {\n    let f = tokio_util::task::LocalPoolHandle::new(2);\n}\n");
    let (code, _, err) = taskscope(&["check", &good, &bad]);
    assert_eq!(code, 1);
    assert!(err.contains("`tokio_util::task::LocalPoolHandle::new` (or it is not supported yet)") && err.contains("unsupported.rs:3:13"), "{err}");
}

#[test]
fn unreadable_or_non_utf8_input_is_an_error_not_a_crash() {
    let (code, _, err) = taskscope(&["run", "does/not/exist.rs"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read"));
    let dir = std::env::temp_dir().join(format!("taskscope-cli-bin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let p = dir.join("bin.rs");
    std::fs::write(&p, [0xff, 0xfe, 0x00, 0x41]).expect("write");
    let (code, _, err) = taskscope(&["run", &p.display().to_string()]);
    assert_eq!(code, 1);
    assert!(err.contains("not valid UTF-8"));
    let (code, _, err) = taskscope(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("usage"));
}

#[test]
fn check_explains_each_error_after_its_notes() {
    let p = write_tmp(
        "rx_not_mut.rs",
        "use tokio::sync::mpsc;\n\n#[tokio::main]\nasync fn main() {\n    let (tx, rx) = mpsc::channel::<u32>(1);\n    drop(tx);\n    while let Some(v) = rx.recv().await {\n        println!(\"{v}\");\n    }\n}\n",
    );
    let (code, _, err) = taskscope(&["check", &p]);
    assert_eq!(code, 1);
    assert!(err.starts_with("error[E0596]: cannot borrow `rx` as mutable"), "{err}");
    // After the help line, aligned with it, before the summary.
    let help = err.find("  = help: consider changing this to be mutable").expect("the help note");
    let explain = err.find("  = explain: ").expect("the explanation");
    assert!(help < explain && explain < err.find("1 file(s) with errors").unwrap(), "{err}");
    assert!(err[explain..].contains("let (tx, mut rx)"), "{err}");
}

#[test]
fn seed_picks_an_unbiased_select_branch_and_is_repeatable() {
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let v = tokio::select! {\n        a = async { 1 } => a,\n        b = async { 2 } => b,\n    };\n    println!(\"{v}\");\n}\n";
    let path = write_tmp("seeded_select.rs", src);
    let outs: Vec<String> = (0..12)
        .map(|seed| {
            let (code, out, err) = taskscope(&["run", "--seed", &seed.to_string(), &path]);
            assert_eq!(code, 0, "{err}");
            out
        })
        .collect();
    assert!(outs.contains(&"1\n".to_string()) && outs.contains(&"2\n".to_string()), "{outs:?}");
    assert_eq!(taskscope(&["run", "--seed", "5", &path]).1, outs[5]);
    let (code, _, err) = taskscope(&["run", "--seed", "x", &path]);
    assert_eq!(code, 2);
    assert!(err.contains("--seed needs a number"), "{err}");
}
