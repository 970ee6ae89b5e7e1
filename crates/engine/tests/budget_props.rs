//! Every budget stops its class of runaway program: property tests
//! (proptest).
//!
//! Each class (string doubling, vector doubling, pushing without end, an
//! unbounded channel flood, deep recursion, a loop that never awaits,
//! endless yielding, endless printing, endless spawning, endless sleeping,
//! a slow run) is generated with random parameters: the budget's size, the
//! sizes in the program, and the line the runaway statement is on (random
//! lines of harmless code come first). The run must end with that class's
//! budget and end quickly, and its message must name the runaway line —
//! for the budgets whose message names one: the engine blames a line for
//! what grows with the program's own code (steps, memory, lengths, output,
//! tasks, call depth), not for the run-wide event count, virtual time or
//! wall-clock time (see `budget_stop` in `src/exec.rs`).

use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::RngSeed;

/// A fixed seed: CI runs the same cases every time (the fuzzers in
/// `crates/engine/fuzz` explore); change it to explore other cases.
const SEED: u64 = 0x7a5c_5c09e;
use taskscope_engine::{Budget, Config, Outcome, run};

/// A program whose `main` runs `body` (one line) after `pad` lines of
/// other code, with `items` (one line) before `main`; and the 1-based line
/// `body` is on.
fn program(items: &str, pad: usize, body: &str) -> (String, usize) {
    let mut src = String::from("use tokio::sync::mpsc;\nuse tokio::time::{Duration, sleep};\n\n");
    src.push_str(items);
    src.push('\n');
    src.push_str("#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n");
    for i in 0..pad {
        src.push_str(&match i % 3 {
            0 => format!("    let _pad{i} = {i} * 2;\n"),
            1 => format!("    // line {i} of padding\n"),
            _ => "\n".to_string(),
        });
    }
    let line = src.lines().count() + 1;
    src.push_str("    ");
    src.push_str(body);
    src.push_str("\n}\n");
    (src, line)
}

/// Budgets none of the classes reaches except the one under test, which
/// each case sets.
fn roomy() -> Config {
    Config {
        max_steps: u64::MAX,
        max_tasks: u32::MAX,
        max_events: usize::MAX,
        max_collection_len: usize::MAX,
        max_output_bytes: usize::MAX,
        max_call_depth: 100_000,
        max_virtual_time: u64::MAX,
        max_memory_bytes: 64 << 20,
        max_wall_ms: f64::INFINITY,
        clock: None,
        seed: 1,
    }
}

/// Runs `src` and checks that it ends with `budget`, naming `line`.
fn stops(src: &str, config: &Config, budget: Budget, line: Option<usize>) -> Result<(), TestCaseError> {
    let started = Instant::now();
    let r = run(src, config);
    let took = started.elapsed();
    match &r.outcome {
        Outcome::BudgetExceeded { budget: b, message } => {
            prop_assert_eq!(*b, budget, "{}\n{}", message, src);
            if let Some(line) = line {
                prop_assert!(message.ends_with(&format!(", at line {line}")), "message {:?} does not name line {}:\n{}", message, line, src);
            }
        }
        other => prop_assert!(false, "expected {:?}, got {:?}\n{:?}\n{}", budget, other, r.diagnostics, src),
    }
    // Generous for a debug build on a busy machine; the runs take
    // milliseconds to a few hundred.
    prop_assert!(took < Duration::from_secs(3), "took {:?}:\n{}", took, src);
    Ok(())
}

/// A clock that moves 7 ms each time the engine reads it.
fn ticking_clock() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static T: AtomicU64 = AtomicU64::new(0);
    T.fetch_add(7, Ordering::Relaxed) as f64
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, rng_seed: RngSeed::Fixed(SEED), ..ProptestConfig::default() })]

    #[test]
    fn string_doubling_hits_memory(pad in 0usize..12, mib in 1usize..12, seed in "[a-z]{1,40}") {
        let body = format!("let mut s = String::from(\"{seed}\"); loop {{ s = format!(\"{{}}{{}}\", s, s); }}");
        let (src, line) = program("", pad, &body);
        stops(&src, &Config { max_memory_bytes: mib << 20, ..roomy() }, Budget::Memory, Some(line))?;
    }

    #[test]
    fn vector_doubling_hits_memory(pad in 0usize..12, mib in 1usize..4, len in 1usize..20) {
        let body = format!("let mut v = vec![String::from(\"abcdefgh\"); {len}]; loop {{ let w = v.clone(); v.extend(w); }}");
        let (src, line) = program("", pad, &body);
        stops(&src, &Config { max_memory_bytes: mib << 20, ..roomy() }, Budget::Memory, Some(line))?;
    }

    #[test]
    fn pushing_hits_the_collection_length(pad in 0usize..12, max in 100usize..20_000, k in 0u64..1000) {
        let body = format!("let mut v = Vec::new(); loop {{ v.push({k}u64); }}");
        let (src, line) = program("", pad, &body);
        stops(&src, &Config { max_collection_len: max, ..roomy() }, Budget::CollectionLen, Some(line))?;
    }

    #[test]
    fn a_channel_flood_hits_memory(pad in 0usize..12, mib in 1usize..4, msg in "[a-z ]{1,60}") {
        let body = format!("let (tx, _rx) = mpsc::unbounded_channel(); loop {{ tx.send(String::from(\"{msg}\")).unwrap(); }}");
        let (src, line) = program("", pad, &body);
        stops(&src, &Config { max_memory_bytes: mib << 20, ..roomy() }, Budget::Memory, Some(line))?;
    }

    #[test]
    fn a_channel_flood_hits_the_collection_length(pad in 0usize..12, max in 100usize..20_000) {
        let body = "let (tx, _rx) = mpsc::unbounded_channel(); loop { tx.send(1u8).unwrap(); }";
        let (src, line) = program("", pad, body);
        stops(&src, &Config { max_collection_len: max, ..roomy() }, Budget::CollectionLen, Some(line))?;
    }

    #[test]
    fn deep_recursion_hits_the_call_depth(pad in 0usize..12, depth in 8usize..2000, step in 1u64..5) {
        let items = format!("fn down(n: u64) -> u64 {{ if n == u64::MAX {{ 0 }} else {{ down(n + {step}) + 1 }} }}");
        let (src, _) = program(&items, pad, "println!(\"{}\", down(0));");
        // The recursive call is on line 4, where `down` is.
        stops(&src, &Config { max_call_depth: depth, ..roomy() }, Budget::CallDepth, Some(4))?;
    }

    #[test]
    fn a_loop_without_await_hits_the_step_budget(pad in 0usize..12, max in 1_000u64..300_000, k in 1u64..9) {
        let body = format!("let mut i = 0u64; loop {{ i = (i * {k} + 1) % 1_000_003; }}");
        let (src, line) = program("", pad, &body);
        stops(&src, &Config { max_steps: max, ..roomy() }, Budget::Steps, Some(line))?;
    }

    #[test]
    fn endless_yielding_hits_the_event_budget(pad in 0usize..12, max in 100usize..50_000) {
        let (src, _) = program("", pad, "loop { tokio::task::yield_now().await; }");
        stops(&src, &Config { max_events: max, ..roomy() }, Budget::Events, None)?;
    }

    #[test]
    fn endless_printing_hits_the_output_budget(pad in 0usize..12, max in 1usize..100_000, text in "[a-z]{1,30}") {
        let body = format!("let mut n = 0u64; loop {{ n += 1; println!(\"{text} {{}}\", n); }}");
        let (src, line) = program("", pad, &body);
        stops(&src, &Config { max_output_bytes: max, ..roomy() }, Budget::Output, Some(line))?;
    }

    #[test]
    fn endless_spawning_hits_the_task_budget(pad in 0usize..12, max in 1u32..2_000) {
        let (src, line) = program("", pad, "loop { tokio::spawn(async { sleep(Duration::from_secs(1)).await; }); }");
        stops(&src, &Config { max_tasks: max, ..roomy() }, Budget::Tasks, Some(line))?;
    }

    #[test]
    fn endless_sleeping_hits_the_virtual_time_budget(pad in 0usize..12, hours in 1u64..48, secs in 1u64..600) {
        let body = format!("loop {{ sleep(Duration::from_secs({secs})).await; }}");
        let (src, _) = program("", pad, &body);
        let config = Config { max_virtual_time: hours * 3600 * 1_000_000_000, ..roomy() };
        stops(&src, &config, Budget::VirtualTime, None)?;
    }

    #[test]
    fn a_slow_run_hits_the_wall_clock_budget(pad in 0usize..12, ms in 20u64..120) {
        let (src, _) = program("", pad, "let mut i = 0u64; loop { i = i.wrapping_add(1); }");
        let config = Config { max_wall_ms: ms as f64, clock: Some(ticking_clock), ..roomy() };
        stops(&src, &config, Budget::WallTime, None)?;
    }
}
