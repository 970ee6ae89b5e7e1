//! Runtime behaviour: determinism, budgets, primitives, ownership errors.

use taskscope_engine::trace::TaskId;
use taskscope_engine::{Budget, Config, EventKind, Outcome, run};

fn examples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("examples dir") {
        let p = e.expect("entry").path();
        if p.extension().map(|x| x == "rs").unwrap_or(false) {
            out.push((p.display().to_string(), std::fs::read_to_string(&p).expect("read")));
        }
    }
    out.sort();
    assert!(out.len() >= 14, "expected at least 14 examples");
    out
}

fn stdout_of(src: &str) -> (String, Outcome) {
    let r = run(src, &Config::default());
    assert!(r.diagnostics.is_empty(), "unexpected diagnostics: {:?}", r.diagnostics);
    (r.stdout(), r.outcome)
}

#[test]
fn same_program_gives_identical_trace() {
    for (path, src) in examples() {
        let a = run(&src, &Config::default());
        let b = run(&src, &Config::default());
        assert_eq!(a.trace.to_json(), b.trace.to_json(), "{path}: traces differ between two runs");
        assert!(!a.trace.events.is_empty(), "{path}: empty trace");
    }
}

#[test]
fn infinite_loop_hits_the_step_budget() {
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let mut i = 0u64;\n    loop { i += 1; }\n}\n";
    let config = Config { max_steps: 200_000, ..Config::default() };
    let r = run(src, &config);
    assert!(matches!(r.outcome, Outcome::BudgetExceeded { budget: Budget::Steps, .. }), "{:?}", r.outcome);
}

#[test]
fn unbounded_spawning_hits_the_task_budget() {
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    loop { tokio::spawn(async {}); }\n}\n";
    let r = run(src, &Config::default());
    match r.outcome {
        Outcome::BudgetExceeded { budget: Budget::Tasks, message } => assert!(message.contains("task budget")),
        o => panic!("{o:?}"),
    }
}

#[test]
fn unbounded_growth_hits_the_memory_budget() {
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let mut v = Vec::new();\n    loop { v.push(1); }\n}\n";
    let config = Config { max_collection_len: 10_000, ..Config::default() };
    let r = run(src, &config);
    assert!(matches!(r.outcome, Outcome::BudgetExceeded { budget: Budget::CollectionLen, .. }), "{:?}", r.outcome);
}

/// The budget error of `src` under `config`, which must be `budget`.
fn budget_message(src: &str, config: &Config, budget: Budget) -> String {
    let started = std::time::Instant::now();
    let r = run(src, config);
    assert!(started.elapsed().as_secs_f64() < 5.0, "the run took {:?}", started.elapsed());
    match r.outcome {
        Outcome::BudgetExceeded { budget: b, message } if b == budget => message,
        other => panic!("expected {budget:?}, got {other:?}"),
    }
}

#[test]
fn string_doubling_hits_the_memory_budget_and_says_where() {
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let mut s = String::from(\"x\");\n    loop {\n        s = format!(\"{}{}\", s, s);\n    }\n}\n";
    let config = Config { max_memory_bytes: 16 << 20, ..Config::default() };
    let m = budget_message(src, &config, Budget::Memory);
    assert!(m.starts_with("memory budget exceeded: the program's values took "), "{m}");
    assert!(m.contains("more than the 16 MiB allowed"), "{m}");
    assert!(m.ends_with(", at line 5"), "{m}");
}

#[test]
fn growing_strings_and_vectors_hit_the_memory_budget() {
    // Doubling a vector by cloning it: the collection-length budget is
    // lifted, so memory is what stops it.
    let doubling = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let mut v = vec![String::from(\"abcdefgh\")];\n    loop {\n        let w = v.clone();\n        v.extend(w);\n    }\n}\n";
    let config = Config { max_memory_bytes: 8 << 20, max_collection_len: usize::MAX, ..Config::default() };
    let m = budget_message(doubling, &config, Budget::Memory);
    assert!(m.contains("more than the 8 MiB allowed") && m.contains("a Vec of "), "{m}");
    // `push_str` in a loop.
    let pushing = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let mut s = String::new();\n    loop {\n        s.push_str(\"0123456789abcdef\");\n    }\n}\n";
    let config = Config { max_memory_bytes: 4 << 20, max_collection_len: usize::MAX, max_steps: u64::MAX, ..Config::default() };
    let m = budget_message(pushing, &config, Budget::Memory);
    assert!(m.contains("a String of "), "{m}");
}

#[test]
fn a_channel_flood_hits_a_budget() {
    let src = "use tokio::sync::mpsc;\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, _rx) = mpsc::unbounded_channel();\n    loop {\n        tx.send(String::from(\"a message that takes some room\")).unwrap();\n    }\n}\n";
    let config = Config { max_memory_bytes: 2 << 20, max_collection_len: usize::MAX, max_events: usize::MAX, ..Config::default() };
    let m = budget_message(src, &config, Budget::Memory);
    assert!(m.ends_with(", at line 6"), "{m}");
    // With the default memory budget, the channel's length stops it first
    // (a smaller length than the default 10^6, so that a debug build under
    // load stays well inside the 5 s `budget_message` allows).
    let config = Config { max_collection_len: 100_000, ..Config::default() };
    let m = budget_message(src, &config, Budget::CollectionLen);
    assert!(m.ends_with(", at line 6"), "{m}");
}

#[test]
fn a_run_past_its_wall_clock_budget_stops() {
    // A clock that moves 10 ms each time it is read.
    fn clock() -> f64 {
        use std::sync::atomic::{AtomicU64, Ordering};
        static T: AtomicU64 = AtomicU64::new(0);
        T.fetch_add(10, Ordering::Relaxed) as f64
    }
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let mut i = 0u64;\n    loop { i = i.wrapping_add(1); }\n}\n";
    let config = Config { clock: Some(clock), max_wall_ms: 50.0, ..Config::default() };
    let m = budget_message(src, &config, Budget::WallTime);
    assert_eq!(m, "time budget exceeded: the run took more than 50 ms of real time");
    // Without a clock there is no time budget: the step budget stops it.
    let config = Config { max_steps: 1_000_000, ..Config::default() };
    let m = budget_message(src, &config, Budget::Steps);
    assert!(m.ends_with(", at line 4"), "{m}");
}

#[test]
fn the_step_budget_names_a_loop_of_plain_arithmetic() {
    // Found by tests/budget_props.rs: the message named a stale line (1),
    // set by the last instruction that went through the general dispatch.
    let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let mut i = 0u64; loop { i = (i * 3 + 1) % 1_000_003; }\n}\n";
    for max_steps in [10, 1_000, 100_000] {
        let m = budget_message(src, &Config { max_steps, ..Config::default() }, Budget::Steps);
        assert!(m.ends_with(", at line 5"), "{m}");
    }
}

#[test]
fn a_huge_format_width_is_refused_not_padded() {
    // Found probing the engine while setting up fuzzing: each of these
    // built a gigabyte of padding (40 s in a debug build) before the output
    // budget could look at it. Rust limits widths and precisions to u16.
    let program = |body: &str| format!("#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {{\n    {body}\n}}\n");
    for body in ["println!(\"{:>1000000000}\", 1.0);", "println!(\"{:.1000000000}\", 1.0);", "println!(\"{:01000000000}\", 1u8);"] {
        let started = std::time::Instant::now();
        let r = run(&program(body), &Config::default());
        assert_eq!(r.outcome, Outcome::CompileError, "{body}");
        assert!(r.diagnostics[0].message.contains("does not fit into the type `u16`"), "{:?}", r.diagnostics);
        assert!(started.elapsed().as_secs() < 2, "{body}: {:?}", started.elapsed());
    }
    let r = run(&program("let w = 1000000000usize; println!(\"{:>w$}\", 1);"), &Config::default());
    match r.outcome {
        Outcome::Panicked { message, .. } => assert_eq!(message, "Formatting argument out of range"),
        o => panic!("{o:?}"),
    }
}

#[test]
fn unbounded_recursion_hits_the_call_depth_budget() {
    let src = "fn f(n: u64) -> u64 { f(n + 1) }\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    f(0);\n}\n";
    let r = run(src, &Config::default());
    assert!(matches!(r.outcome, Outcome::BudgetExceeded { budget: Budget::CallDepth, .. }), "{:?}", r.outcome);
}

#[test]
fn use_after_move_into_a_channel_is_an_error_pointing_at_both_places() {
    let src = "use tokio::sync::mpsc;\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, _rx) = mpsc::channel(1);\n    let s = String::from(\"hi\");\n    tx.send(s).await.unwrap();\n    println!(\"{}\", s);\n}\n";
    let r = run(src, &Config::default());
    assert!(matches!(r.outcome, Outcome::CompileError), "{:?}", r.outcome);
    let d = &r.diagnostics[0];
    assert!(d.message.contains("moved"), "{}", d.message);
    assert_eq!(d.line_col(src).0, 7);
    assert_eq!(d.code, Some("E0382"));
    let moved = d.labels.iter().find(|(_, l)| l == "value moved here").expect("a 'value moved here' label");
    let moved_at = taskscope_engine::LineIndex::new(src).line_col(src, moved.0.start);
    assert_eq!((moved_at.line, moved_at.col), (6, 13));
}

#[test]
fn unsupported_construct_names_itself_with_a_position() {
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    size_of::<std::collections::HashMap<u8, u8>>();\n}\n";
    let r = run(src, &Config::default());
    assert!(matches!(r.outcome, Outcome::CompileError));
    let d = &r.diagnostics[0];
    assert!(d.message.contains("size_of::<std::collections::HashMap<u8, u8>>()") && d.message.contains("not supported"), "{}", d.message);
    assert_eq!(d.line_col(src), (3, 5));
}

#[test]
fn bounded_send_blocks_until_a_slot_frees() {
    let src = r#"
use tokio::sync::mpsc;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let h = tokio::spawn(async move {
        for i in 0..3 { tx.send(i).await.unwrap(); println!("sent {i}"); }
    });
    while let Some(v) = rx.recv().await { println!("got {v}"); }
    h.await.unwrap();
}
"#;
    let (out, o) = stdout_of(src);
    assert_eq!(o, Outcome::Returned);
    assert_eq!(out, "sent 0\ngot 0\nsent 1\ngot 1\nsent 2\ngot 2\n");
}

#[test]
fn messages_keep_their_identity_from_send_to_receive() {
    let src = r#"
use tokio::sync::mpsc;
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel();
    tx.send(String::from("a")).unwrap();
    tx.send(String::from("b")).unwrap();
    drop(tx);
    while let Some(v) = rx.recv().await { println!("{v}"); }
}
"#;
    let r = run(src, &Config::default());
    let sent: Vec<(u32, String)> = r
        .trace
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Sent { value, text, .. } => Some((value, r.trace.str(text).to_string())),
            _ => None,
        })
        .collect();
    let received: Vec<u32> = r
        .trace
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Received { value, .. } => Some(value),
            _ => None,
        })
        .collect();
    assert_eq!(sent.iter().map(|s| s.1.as_str()).collect::<Vec<_>>(), vec!["\"a\"", "\"b\""]);
    assert_eq!(received, sent.iter().map(|s| s.0).collect::<Vec<_>>());
    assert!(r.trace.events.iter().any(|e| matches!(e.kind, EventKind::ChannelClosed { .. })));
}

#[test]
fn tokio_mutex_waiters_are_served_in_fifo_order() {
    let src = r#"
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration};
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let mut hs = Vec::new();
    for i in 0..3 {
        let m = Arc::clone(&m);
        hs.push(tokio::spawn(async move {
            let mut g = m.lock().await;
            *g += 1;
            println!("task {i} sees {}", *g);
            sleep(Duration::from_millis(5)).await;
        }));
    }
    for h in hs { h.await.unwrap(); }
}
"#;
    let (out, _) = stdout_of(src);
    assert_eq!(out, "task 0 sees 1\ntask 1 sees 2\ntask 2 sees 3\n");
    let r = run(src, &Config::default());
    let waited: Vec<u64> = r
        .trace
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::LockAcquired { waited, .. } => Some(waited / 1_000_000),
            _ => None,
        })
        .collect();
    assert_eq!(waited, vec![0, 5, 10]);
}

#[test]
fn abba_deadlock_reports_the_cycle() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/abba_deadlock.rs")).expect("example");
    let r = run(&src, &Config::default());
    let Outcome::Deadlock(report) = r.outcome else { panic!("expected a deadlock, got {:?}", r.outcome) };
    assert!(!report.thread_blocked);
    assert_eq!(report.cycle.len(), 2, "{}", report.explanation);
    assert!(report.explanation.contains("wait-for cycle"));
}

#[test]
fn self_in_an_impl_names_that_impl_s_type() {
    // Four types with a `make` each: `Self::make()` must be the one of the
    // impl it is written in, every time (it once came from a map's order).
    let mut src = String::new();
    for (n, ty) in ["A", "B", "C", "D"].iter().enumerate() {
        let f = ty.to_lowercase();
        src.push_str(&format!(
            "struct {ty} {{ {f}: u32 }}\nimpl {ty} {{\n    fn make() -> {ty} {{ {ty} {{ {f}: {n} }} }}\n    fn get() -> u32 {{ Self::make().{f} }}\n}}\n"
        ));
    }
    src.push_str("#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"{} {} {} {}\", A::get(), B::get(), C::get(), D::get());\n}\n");
    for _ in 0..20 {
        let (out, _) = stdout_of(&src);
        assert_eq!(out, "0 1 2 3\n");
    }
}

#[test]
fn a_receiver_holding_its_own_sender_waits_for_itself() {
    // The classic: main keeps `tx` while it drains the channel, so the
    // channel never closes once the workers are done.
    let src = r#"
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    for id in 0..2 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send(id).await.unwrap();
        });
    }
    while let Some(id) = rx.recv().await {
        println!("got {id}");
    }
}
"#;
    let r = run(src, &Config::default());
    let Outcome::Deadlock(report) = r.outcome else { panic!("expected a deadlock, got {:?}", r.outcome) };
    assert_eq!(report.cycle, vec![TaskId(0)], "{}", report.explanation);
    assert!(report.explanation.contains("held by main itself"), "{}", report.explanation);
}

#[test]
fn tasks_waiting_for_each_others_messages_form_a_cycle() {
    // Each task waits to hear from the other before it speaks.
    let src = r#"
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (to_b, mut b_inbox) = mpsc::channel::<u32>(1);
    let (to_a, mut a_inbox) = mpsc::channel::<u32>(1);
    let a = tokio::spawn(async move {
        let n = a_inbox.recv().await.unwrap();
        to_b.send(n + 1).await.unwrap();
    });
    let b = tokio::spawn(async move {
        let n = b_inbox.recv().await.unwrap();
        to_a.send(n + 1).await.unwrap();
    });
    a.await.unwrap();
    b.await.unwrap();
}
"#;
    let r = run(src, &Config::default());
    let Outcome::Deadlock(report) = r.outcome else { panic!("expected a deadlock, got {:?}", r.outcome) };
    let mut cycle = report.cycle.clone();
    cycle.sort_unstable();
    assert_eq!(cycle, vec![TaskId(1), TaskId(2)], "{}", report.explanation);
    assert!(report.explanation.contains("wait-for cycle"), "{}", report.explanation);
}

#[test]
fn a_full_channel_with_a_stuck_receiver_forms_a_cycle() {
    // main fills the channel and waits for room; the receiver waits for main.
    let src = r#"
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let worker = tokio::spawn(async move {
        done_rx.await.unwrap();
        while let Some(n) = rx.recv().await {
            println!("{n}");
        }
    });
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    done_tx.send(()).unwrap();
    drop(tx);
    worker.await.unwrap();
}
"#;
    let r = run(src, &Config::default());
    let Outcome::Deadlock(report) = r.outcome else { panic!("expected a deadlock, got {:?}", r.outcome) };
    let mut cycle = report.cycle.clone();
    cycle.sort_unstable();
    assert_eq!(cycle, vec![TaskId(0), TaskId(1)], "{}", report.explanation);
}

#[test]
fn std_mutex_held_across_await_blocks_the_thread() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/std_mutex_deadlock.rs")).expect("example");
    let r = run(&src, &Config::default());
    let Outcome::Deadlock(report) = r.outcome else { panic!("expected a deadlock, got {:?}", r.outcome) };
    assert!(report.thread_blocked, "{}", report.explanation);
}

#[test]
fn events_stay_compact() {
    // A million events must fit comfortably in a browser tab.
    assert!(std::mem::size_of::<taskscope_engine::Event>() <= 48, "{}", std::mem::size_of::<taskscope_engine::Event>());
}

#[test]
fn deadlock_report_is_part_of_the_trace() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/abba_deadlock.rs")).expect("example");
    let r = run(&src, &Config::default());
    let report = r.trace.deadlock.as_ref().expect("deadlock in trace");
    assert_eq!(report.cycle.len(), 2);
    let json = r.trace.to_json();
    assert!(json.contains("\"deadlock\":{\"thread_blocked\":false,\"cycle\":["), "{}", &json[json.len().saturating_sub(600)..]);
}

#[test]
fn values_are_small() {
    // Values are copied on every load: keep them two words.
    assert!(std::mem::size_of::<taskscope_engine::value::Value>() <= 24, "{}", std::mem::size_of::<taskscope_engine::value::Value>());
}

#[test]
fn case_mapping_of_ascii_text_is_std_and_of_non_ascii_letters_unsupported() {
    // Other non-ASCII characters have no case mapping and stay as they are.
    let src = r#"#[tokio::main(flavor = "current_thread")]
async fn main() {
    let s = String::from("Hello, World! 123 [x_Y] ~ ♥ 🙂 ½");
    println!("{}|{}", s.to_uppercase(), s.to_lowercase());
    println!("{}|{}", "".to_uppercase(), "MiXeD".to_lowercase());
    println!("{}", "été".to_uppercase());
}
"#;
    let r = run(&src.replace("    println!(\"{}\", \"été\".to_uppercase());\n", ""), &Config::default());
    assert_eq!(r.stdout(), "HELLO, WORLD! 123 [X_Y] ~ ♥ 🙂 ½|hello, world! 123 [x_y] ~ ♥ 🙂 ½\n|mixed\n");
    assert_eq!(r.outcome, Outcome::Returned);
    // Not a panic of the program's: the run stops and says so.
    let r = run(src, &Config::default());
    assert_eq!(r.outcome, Outcome::CompileError);
    let d = r.diagnostics.iter().find(|d| d.message == "`to_uppercase` of non-ASCII text is not supported yet").expect("the unsupported error");
    let lc = taskscope_engine::LineIndex::new(src).line_col(src, d.span.start);
    assert_eq!(lc.line, 6, "{:?}", d.span);
}

#[test]
fn vec_sort_matches_std() {
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % 41) as i64 - 20
    };
    let mut ints: Vec<i64> = (0..300).map(|_| next()).collect();
    let mut pairs: Vec<(i64, i64)> = (0..300).map(|_| (next() / 4, next())).collect();
    let mut words = vec!["pear", "apple", "fig", "apple", "kiwi", "", "Fig", "äpfel"];
    let mut opts = vec![Some(3), None, Some(-1), None, Some(3)];
    let src = format!(
        "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {{\n    let mut a = vec!{ints:?};\n    a.sort();\n    println!(\"{{:?}}\", a);\n    let mut b = vec!{pairs:?};\n    b.sort_unstable();\n    println!(\"{{:?}}\", b);\n    let mut c = vec!{words:?};\n    c.sort();\n    println!(\"{{:?}}\", c);\n    let mut d = vec![Some(3), None, Some(-1), None, Some(3)];\n    d.sort();\n    println!(\"{{:?}}\", d);\n}}\n"
    );
    ints.sort();
    pairs.sort();
    words.sort();
    opts.sort();
    let (out, outcome) = stdout_of(&src);
    assert_eq!(out, format!("{ints:?}\n{pairs:?}\n{words:?}\n{opts:?}\n"));
    assert!(matches!(outcome, Outcome::Returned), "{outcome:?}");
}

#[test]
fn a_method_called_on_a_guard_gets_its_arguments() {
    let src = r#"use tokio::sync::Mutex;
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Mutex::new(vec![1, 2, 3]);
    let g = m.lock().await;
    println!("{} {} {:?} {}", g.contains(&2), g.contains(&9), g.get(1), g.len());
}
"#;
    assert_eq!(stdout_of(src), ("true false Some(2) 3\n".to_string(), Outcome::Returned));
}

#[test]
fn a_poisoned_std_mutex_still_locks_and_hands_its_guard_out_in_the_error() {
    // Checked against std: unwrap's message, the guard in the error keeps the
    // mutex locked until the error is dropped, and poisoning lasts.
    let src = r#"use std::sync::{Arc, Mutex};
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Arc::new(Mutex::new(1));
    let m2 = Arc::clone(&m);
    let _ = tokio::spawn(async move {
        let _g = m2.lock().unwrap();
        panic!("boom");
    }).await;
    println!("{:?}", m);
    let e = m.lock();
    println!("{}", m.try_lock().is_err());
    drop(e);
    match m.try_lock() {
        Ok(_) => println!("ok"),
        Err(e) => println!("{} / {:?}", e, e),
    }
    let h = tokio::spawn(async move {
        let _g = m.lock().unwrap();
    });
    println!("{}", h.await.is_err());
}
"#;
    let r = run(src, &Config::default());
    assert_eq!(r.stdout(), "Mutex { data: 1, poisoned: true, .. }\ntrue\npoisoned lock: another task failed inside / \"Poisoned(..)\"\ntrue\n");
    assert!(r.stderr().contains("called `Result::unwrap()` on an `Err` value: PoisonError { .. }"), "{}", r.stderr());
    assert_eq!(r.outcome, Outcome::Returned);
}

#[test]
fn str_replace_and_split_follow_std_and_respect_the_text_budget() {
    let src = r#"#[tokio::main(flavor = "current_thread")]
async fn main() {
    let s = String::from("a-b--c");
    let parts: Vec<&str> = s.split("--").collect();
    println!("{} {} {:?} {:?}", s.replace('-', "+"), s.replace("", "."), parts, s.find('b'));
    println!("{}", s);
}
"#;
    assert_eq!(stdout_of(src), ("a+b++c .a.-.b.-.-.c. [\"a-b\", \"c\"] Some(2)\na-b--c\n".to_string(), Outcome::Returned));
    let big = r#"#[tokio::main(flavor = "current_thread")]
async fn main() {
    let s = "x".repeat(1000);
    let t = s.replace("x", &"y".repeat(1000));
    println!("{}", t.len());
}
"#;
    let config = Config { max_output_bytes: 100_000, ..Config::default() };
    let r = run(big, &config);
    assert!(matches!(r.outcome, Outcome::BudgetExceeded { budget: Budget::CollectionLen, .. }), "{:?}", r.outcome);
}

/// Ranges of `char`s as expressions are refused (see the diagnostics
/// fixture `range_of_chars_unsupported`); as patterns they run.
#[test]
fn char_range_patterns_run() {
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    for c in ['q', '5', 'Z', '-'] {\n        let kind = match c {\n            'a'..='z' => \"lower\",\n            'A'..='Z' => \"upper\",\n            '0'..='9' => \"digit\",\n            _ => \"other\",\n        };\n        println!(\"{c} {kind}\");\n    }\n}\n";
    let (out, outcome) = stdout_of(src);
    assert_eq!(outcome, Outcome::Returned);
    assert_eq!(out, "q lower\n5 digit\nZ upper\n- other\n");
}

/// An unbiased `select!` with several branches ready starts at a random
/// one in Tokio; here the choice comes from `Config::seed`: the same seed
/// gives the same run, and seeds differ in the branch they pick.
#[test]
fn unbiased_select_picks_its_first_branch_from_the_seed() {
    let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let v = tokio::select! {\n        a = async { 1 } => a,\n        b = async { 2 } => b,\n        c = async { 3 } => c,\n    };\n    println!(\"{v}\");\n}\n";
    let out = |seed: u64| {
        let r = run(src, &Config { seed, ..Config::default() });
        assert!(matches!(r.outcome, Outcome::Returned), "{:?}", r.outcome);
        r.stdout()
    };
    let picks: Vec<String> = (0..30).map(out).collect();
    for (seed, p) in picks.iter().enumerate() {
        assert_eq!(&out(seed as u64), p, "seed {seed} is not deterministic");
    }
    for v in ["1\n", "2\n", "3\n"] {
        assert!(picks.iter().any(|p| p == v), "no seed picks {v:?}: {picks:?}");
    }
    let biased = src.replace("select! {\n", "select! {\n        biased;\n");
    for seed in 0..10 {
        assert_eq!(run(&biased, &Config { seed, ..Config::default() }).stdout(), "1\n");
    }
}

/// Tasks waiting on a watch channel wake in an order Tokio draws at random
/// (each waits on one of the channel's eight `Notify`s); here the draw
/// comes from `Config::seed`. Every order of three waiters is some seed's,
/// each seed's run is repeatable, and a `Barrier`'s waiters (a watch
/// channel inside) follow the seed too.
#[test]
fn watch_and_barrier_waiters_wake_in_an_order_drawn_from_the_seed() {
    let watch = "use tokio::sync::watch;\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, rx) = watch::channel(0);\n    let mut hs = Vec::new();\n    for id in 0..3 {\n        let mut rx = rx.clone();\n        hs.push(tokio::spawn(async move {\n            rx.changed().await.unwrap();\n            print!(\"{id}\");\n        }));\n    }\n    tokio::task::yield_now().await;\n    tx.send(1).unwrap();\n    for h in hs {\n        h.await.unwrap();\n    }\n}\n";
    let barrier = "use std::sync::Arc;\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let b = Arc::new(tokio::sync::Barrier::new(4));\n    let mut hs = Vec::new();\n    for id in 0..3 {\n        let b = b.clone();\n        hs.push(tokio::spawn(async move {\n            b.wait().await;\n            print!(\"{id}\");\n        }));\n    }\n    tokio::task::yield_now().await;\n    b.wait().await;\n    for h in hs {\n        h.await.unwrap();\n    }\n}\n";
    for src in [watch, barrier] {
        let out = |seed: u64| {
            let r = run(src, &Config { seed, ..Config::default() });
            assert!(matches!(r.outcome, Outcome::Returned), "{:?}", r.outcome);
            r.stdout()
        };
        let orders: Vec<String> = (0..60).map(out).collect();
        for (seed, o) in orders.iter().enumerate().take(10) {
            assert_eq!(&out(seed as u64), o, "seed {seed} is not deterministic");
        }
        for o in ["012", "021", "102", "120", "201", "210"] {
            assert!(orders.iter().any(|x| x == o), "no seed wakes them as {o}: {orders:?}");
        }
    }
}

/// A long chain of nested values with a user `Drop` (a linked list) drops
/// node by node in Rust's order, outermost first, without running out of
/// native stack (the nested drops are a work list, not recursion).
#[test]
fn long_chain_of_user_drop_values_drops_in_order() {
    let src = r#"
struct Node {
    id: u32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        if self.id % 10000 == 0 {
            println!("drop node {}", self.id);
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut head: Option<Box<Node>> = None;
    for id in 0..30001 {
        head = Some(Box::new(Node { id, next: head }));
    }
    drop(head);
    println!("dropped");
}
"#;
    let (out, outcome) = stdout_of(src);
    assert_eq!(out, "drop node 30000\ndrop node 20000\ndrop node 10000\ndrop node 0\ndropped\n");
    assert!(matches!(outcome, Outcome::Returned), "{outcome:?}");
}

/// The polls in a run, as (task, polled or suspended).
fn polls(src: &str) -> Vec<(u32, bool)> {
    let r = run(src, &Config::default());
    assert!(r.diagnostics.is_empty(), "unexpected diagnostics: {:?}", r.diagnostics);
    r.trace
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::TaskPolled { task } => Some((task.0, true)),
            EventKind::TaskSuspended { task, .. } => Some((task.0, false)),
            EventKind::TaskCompleted { task } => Some((task.0, false)),
            _ => None,
        })
        .collect()
}

#[test]
fn local_tasks_are_polled_inside_the_poll_of_the_task_running_their_set() {
    let src = "use tokio::task::{LocalSet, spawn_local};\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let local = LocalSet::new();\n    local.run_until(async {\n        let a = spawn_local(async { 1 });\n        tokio::task::yield_now().await;\n        a.await.unwrap()\n    }).await;\n}\n";
    // Main's first poll: its future yields, then the set polls task 1 (to
    // completion) before main's poll ends; main's second poll completes.
    assert_eq!(polls(src), [(0, true), (1, true), (1, false), (0, false), (0, true), (0, false)]);
}

#[test]
fn a_blocking_task_runs_after_the_ready_tasks_and_before_time_advances() {
    let src = "use std::time::Duration;\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let t = tokio::spawn(async { tokio::time::sleep(Duration::from_millis(1)).await; });\n    let b = tokio::task::spawn_blocking(|| 2);\n    let r = tokio::spawn(async {});\n    b.await.unwrap();\n    t.await.unwrap();\n    r.await.unwrap();\n}\n";
    let r = run(src, &Config::default());
    let blocking_polled = r.trace.events.iter().position(|e| matches!(e.kind, EventKind::TaskPolled { task } if task.0 == 2)).expect("blocking task polled");
    let ready_done = r.trace.events.iter().position(|e| matches!(e.kind, EventKind::TaskCompleted { task } if task.0 == 3)).expect("task 3 completes");
    let time_moved = r.trace.events.iter().position(|e| matches!(e.kind, EventKind::TimeAdvanced { .. })).expect("time advances");
    assert!(ready_done < blocking_polled && blocking_polled < time_moved, "{ready_done} {blocking_polled} {time_moved}");
    assert!(r.trace.tasks[2].name.starts_with("blocking task 2"));
}

/// Tokio hangs here: the worker blocks in `blocking_recv`, which keeps the
/// paused clock from advancing, so main's `sleep` never ends and nothing
/// is ever sent. The engine reports it as a deadlock.
#[test]
fn a_waiting_blocking_task_keeps_the_clock_from_advancing() {
    let src = "use std::time::Duration;\nuse tokio::sync::mpsc;\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel::<u8>(1);\n    let w = tokio::task::spawn_blocking(move || rx.blocking_recv());\n    tokio::time::sleep(Duration::from_secs(1)).await;\n    tx.send(1).await.unwrap();\n    println!(\"{:?}\", w.await.unwrap());\n}\n";
    let r = run(src, &Config::default());
    let Outcome::Deadlock(report) = &r.outcome else { panic!("{:?}", r.outcome) };
    assert!(report.explanation.contains("keeps Tokio's paused clock from advancing"), "{}", report.explanation);
    assert!(!r.trace.events.iter().any(|e| matches!(e.kind, EventKind::TimeAdvanced { .. })), "time advanced");
}

/// `abort` cancels a blocking task still queued for a thread, but not one
/// that started (here, waiting in `blocking_recv`): it runs to its end.
#[test]
fn abort_stops_a_queued_blocking_task_only() {
    let src = "use tokio::sync::mpsc;\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let queued = tokio::task::spawn_blocking(|| 1);\n    queued.abort();\n    println!(\"{:?}\", queued.await.map_err(|e| e.is_cancelled()));\n    let (tx, mut rx) = mpsc::channel::<u8>(1);\n    let started = tokio::task::spawn_blocking(move || rx.blocking_recv());\n    tokio::task::yield_now().await;\n    started.abort();\n    tx.send(5).await.unwrap();\n    println!(\"{:?}\", started.await.map_err(|e| e.is_cancelled()));\n}\n";
    let (out, outcome) = stdout_of(src);
    assert_eq!(outcome, Outcome::Returned);
    assert_eq!(out, "Err(true)\nOk(Some(5))\n");
}

/// A mapped guard keeps the guard it was made from: the lock is released
/// (the lock's card loses its holder) when the mapped guard drops, not
/// when `map` consumes the guard.
#[test]
fn a_mapped_guard_releases_its_lock_when_it_drops() {
    let src = r#"use tokio::sync::{Mutex, MutexGuard, RwLock, RwLockWriteGuard};
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Mutex::new((1, 2));
    let mut g = MutexGuard::map(m.lock().await, |t| &mut t.0);
    *g += 1;
    println!("mapped");
    drop(g);
    let l = RwLock::new(vec![1]);
    let w = RwLockWriteGuard::map(l.write().await, |v| &mut v[0]);
    println!("rw mapped");
    drop(w);
    println!("{:?} {:?}", *m.lock().await, *l.read().await);
}
"#;
    let r = run(src, &Config::default());
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert_eq!(r.stdout(), "mapped\nrw mapped\n(2, 2) [1]\n");
    let kinds: Vec<&str> = r
        .trace
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::LockAcquired { .. } => Some("acquired"),
            EventKind::LockReleased { .. } => Some("released"),
            EventKind::PermitsAcquired { .. } => Some("rw acquired"),
            EventKind::PermitsReleased { .. } => Some("rw released"),
            EventKind::Printed { .. } => Some("printed"),
            _ => None,
        })
        .collect();
    assert_eq!(kinds[..6], ["acquired", "printed", "released", "rw acquired", "printed", "rw released"], "{kinds:?}");
}

/// A closure that is not a place of its parameter cannot be followed by a
/// mapped guard: the run stops with "not supported yet".
#[test]
fn mapping_with_another_closure_is_not_supported_yet() {
    let src = r#"use tokio::sync::{Mutex, MutexGuard};
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Mutex::new(vec![1, 2]);
    let i = 1;
    let g = MutexGuard::map(m.lock().await, |v| &mut v[i]);
    println!("{}", *g);
}
"#;
    let r = run(src, &Config::default());
    assert_eq!(r.outcome, Outcome::CompileError);
    assert!(r.diagnostics.iter().any(|d| d.message.ends_with("is not supported yet")), "{:?}", r.diagnostics);
    assert_eq!(r.stdout(), "");
}

/// Only closures handed to a guard's `map` are read as lenses: the same
/// bodies elsewhere (`filter_map(|x| x.get(0))`) run as closures.
#[test]
fn closures_like_lenses_elsewhere_still_run() {
    let src = r#"#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = vec![vec![1, 2], vec![], vec![3]];
    let firsts: Vec<&i32> = v.iter().filter_map(|x| x.get(0)).collect();
    let o = vec![Some(1), None];
    let r: Vec<Option<&i32>> = o.iter().map(|x| x.as_ref()).collect();
    println!("{firsts:?} {r:?}");
}
"#;
    let (out, outcome) = stdout_of(src);
    assert_eq!(outcome, Outcome::Returned);
    assert_eq!(out, "[1, 3] [Some(1), None]\n");
}

/// A vector's capacity follows std's growth policy, which the VM does not
/// model: `capacity()` is refused as not supported, never printing the
/// engine's own allocation (it printed `0` for `Vec::with_capacity(10)`).
#[test]
fn vec_capacity_stops_as_not_supported() {
    let src = "fn main() {\n    let v: Vec<u8> = Vec::with_capacity(10);\n    println!(\"{}\", v.len());\n    println!(\"{}\", v.capacity());\n}\n";
    let r = run(src, &Config::default());
    // Found before the run starts: nothing is printed, nothing made up.
    assert_eq!(r.stdout(), "");
    assert_eq!(r.outcome, Outcome::CompileError);
    let d = r.diagnostics.iter().find(|d| d.message == "the method `capacity` on Vec<_> is not supported yet").expect("the unsupported error");
    assert_eq!(d.line_col(src), (4, 22));
}

/// `f32`'s `sin` (and the other transcendental functions where glibc's
/// `f32` results are not the correctly rounded ones) stop as not supported
/// when they are reached (the run's output is not shown: a program that
/// cannot finish shows none); the `f64` ones run.
#[test]
fn f32_sin_stops_as_not_supported() {
    let src = "fn main() {\n    let x: f64 = 0.5;\n    println!(\"{:?}\", x.sin());\n    let y: f32 = 0.5;\n    println!(\"{:?}\", y.sin());\n}\n";
    let r = run(src, &Config::default());
    assert_eq!(r.outcome, Outcome::CompileError);
    let d = r.diagnostics.iter().find(|d| d.message.starts_with("`f32::sin` is not supported yet")).expect("the unsupported error");
    assert_eq!(d.line_col(src), (5, 24));
    let ok = run(&src.replace("let y: f32", "let y: f64"), &Config::default());
    assert_eq!(ok.stdout(), "0.479425538604203\n0.479425538604203\n");
}

/// Past 20 elements std's sorts are not an insertion sort, and how often
/// they call a closure is not modelled: a key closure that writes what it
/// captures (so its call count can be seen) stops as not supported, while
/// the same sort with a pure key runs.
#[test]
fn long_sort_with_counting_closure_stops_as_not_supported() {
    let src = "fn main() {\n    let mut v: Vec<u32> = (0..21).rev().collect();\n    let mut calls = 0;\n    v.sort_by_key(|x| {\n        calls += 1;\n        *x\n    });\n    println!(\"{} {calls}\", v[0]);\n}\n";
    let r = run(src, &Config::default());
    assert_eq!(r.outcome, Outcome::CompileError);
    let d = r.diagnostics.iter().find(|d| d.message.starts_with("`sort_by_key` of more than 20 elements")).expect("the unsupported error");
    assert_eq!(d.line_col(src), (4, 7));
    let pure = "fn main() {\n    let mut v: Vec<u32> = (0..21).rev().collect();\n    v.sort_by_key(|x| *x);\n    println!(\"{}\", v[0]);\n}\n";
    assert_eq!(run(pure, &Config::default()).stdout(), "0\n");
}

/// `parse` into a std type other than a number is not modelled: it stops
/// as not supported before the run, where it ran as an integer parse and
/// made up a `ParseIntError` panic for `"true".parse::<bool>()`.
#[test]
fn parse_into_bool_stops_as_not_supported() {
    let src = "fn main() {\n    let b: bool = \"true\".parse().unwrap();\n    println!(\"{b}\");\n}\n";
    let r = run(src, &Config::default());
    assert_eq!(r.outcome, Outcome::CompileError);
    assert_eq!(r.stdout(), "");
    let d = r.diagnostics.iter().find(|d| d.message == "`parse` into `bool` is not supported yet").expect("the unsupported error");
    assert_eq!(d.line_col(src), (2, 26));
}

/// A std type the engine does not model (`std::net::IpAddr`) stops as not
/// supported where it is written, instead of running as an unknown type
/// (which parsed `"127.0.0.1"` as an integer and made up a panic).
#[test]
fn unmodelled_std_type_stops_as_not_supported() {
    let src = "use std::net::IpAddr;\nfn main() {\n    let a = \"127.0.0.1\".parse::<IpAddr>().unwrap();\n    println!(\"{a}\");\n}\n";
    let r = run(src, &Config::default());
    assert_eq!(r.outcome, Outcome::CompileError);
    assert_eq!(r.stdout(), "");
    let d = r.diagnostics.iter().find(|d| d.message == "the type `std::net::IpAddr` is not supported yet").expect("the unsupported error");
    assert_eq!(d.line_col(src), (3, 33));
}

/// Raw pointers and foreign functions are valid Rust the playground does
/// not run: they say "not supported yet", never a syntax error.
#[test]
fn raw_pointers_and_extern_blocks_are_not_supported_not_syntax_errors() {
    let raw = "fn main() {\n    let mut num = 5;\n    let r1 = &raw const num;\n    let _ = r1;\n    num += 1;\n}\n";
    let r = run(raw, &Config::default());
    let d = r.diagnostics.first().expect("a diagnostic");
    assert_eq!(d.message, "raw pointers (`&raw const`, `&raw mut`) are not supported yet");
    assert_eq!(d.line_col(raw), (3, 15));
    let ext = "unsafe extern \"C\" {\n    safe fn abs(input: i32) -> i32;\n}\n\nfn main() {\n    println!(\"{}\", abs(-3));\n}\n";
    let r = run(ext, &Config::default());
    let d = r.diagnostics.first().expect("a diagnostic");
    assert_eq!(d.message, "`extern` blocks (foreign functions) are not supported yet");
    assert_eq!(d.line_col(ext), (1, 1));
    // `&raw` alone borrows a variable named `raw`.
    let named = "fn main() {\n    let raw = 3;\n    let r = &raw;\n    println!(\"{r}\");\n}\n";
    assert_eq!(run(named, &Config::default()).stdout(), "3\n");
}

/// A generic function's body is compiled once, with no integer type for
/// its arithmetic on `T`, so nothing would check it for overflow
/// (`twice(200u8)` gave 400, `twice(i64::MAX)` 2^64 - 2): called with an
/// integer type it stops as not supported; with a float it runs.
#[test]
fn generic_arithmetic_on_integers_stops_as_not_supported() {
    let src = "use std::ops::Add;\nfn twice<T: Add<Output = T> + Copy>(x: T) -> T {\n    x + x\n}\nfn main() {\n    let y: u8 = twice(200);\n    println!(\"{y}\");\n}\n";
    for (ty, arg) in [("u8", "200"), ("i64", "i64::MAX")] {
        let src = src.replace("u8 = twice(200)", &format!("{ty} = twice({arg})"));
        let r = run(&src, &Config::default());
        assert_eq!(r.outcome, Outcome::CompileError);
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.message == format!("arithmetic on a generic `T` given `{ty}` is not supported yet"))
            .expect("the unsupported error");
        assert_eq!(d.line_col(&src), (6, 15 + ty.len() as u32));
    }
    let float = src.replace("let y: u8 = twice(200)", "let y: f64 = twice(1.5)");
    assert_eq!(run(&float, &Config::default()).stdout(), "3\n");
}
