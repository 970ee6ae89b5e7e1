//! Same program, same trace: property tests (proptest).
//!
//! Running a source twice must give byte-identical results: the outcome,
//! the diagnostics, stdout and stderr, and the whole trace (compared
//! through its `Debug` rendering, which includes every event, the text
//! buffer, the tasks and any deadlock report). The inputs are the corpus
//! programs (examples, conformance) and templates with random parameters
//! substituted: task counts, sleep durations, channel capacities, message
//! counts, yields — the knobs that change how tasks interleave.

mod common;

use proptest::prelude::*;
use proptest::test_runner::RngSeed;

/// A fixed seed: CI runs the same cases every time (the fuzzers in
/// `crates/engine/fuzz` explore); change it to explore other cases.
const SEED: u64 = 0x7a5c_5c09e;
use taskscope_engine::{Config, Outcome, Run, run};

/// Everything a run produced, as text.
fn fingerprint(r: &Run) -> String {
    format!("{:?}\n{:?}\n{}\n{}\n{:?}", r.outcome, r.diagnostics, r.stdout(), r.stderr(), r.trace)
}

fn config() -> Config {
    Config { max_steps: 2_000_000, max_events: 200_000, ..Config::default() }
}

fn same_twice(src: &str) -> Result<Run, TestCaseError> {
    let a = run(src, &config());
    let b = run(src, &config());
    prop_assert_eq!(fingerprint(&a), fingerprint(&b), "two runs differ:\n{}", src);
    Ok(a)
}

#[test]
fn corpus_programs_run_the_same_twice() {
    let mut ran = 0;
    for dir in ["examples", "conformance"] {
        for p in common::rs_files(dir) {
            let src = std::fs::read_to_string(&p).expect("readable");
            let r = same_twice(&src).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            if r.outcome != Outcome::CompileError {
                ran += 1;
            }
        }
    }
    assert!(ran >= 20, "only {ran} corpus programs compiled");
}

/// Producers sending through a bounded channel to one consumer, each at its
/// own pace.
fn producers(cap: usize, sleeps: &[u64], msgs: u32, consumer_ms: u64) -> String {
    let delays: Vec<String> = sleeps.iter().map(|d| d.to_string()).collect();
    format!(
        r#"use tokio::sync::mpsc;
use tokio::time::{{Duration, Instant, sleep}};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {{
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel({cap});
    let delays: Vec<u64> = vec![{delays}];
    let mut handles = Vec::new();
    for (id, d) in delays.into_iter().enumerate() {{
        let tx = tx.clone();
        handles.push(tokio::spawn(async move {{
            for k in 0..{msgs} {{
                sleep(Duration::from_millis(d)).await;
                tx.send((id, k)).await.unwrap();
                println!("[{{}}ms] producer {{}} sent {{}}", start.elapsed().as_millis(), id, k);
            }}
        }}));
    }}
    drop(tx);
    while let Some((id, k)) = rx.recv().await {{
        println!("[{{}}ms] got {{}} from {{}}", start.elapsed().as_millis(), k, id);
        sleep(Duration::from_millis({consumer_ms})).await;
    }}
    for h in handles {{
        h.await.unwrap();
    }}
}}
"#,
        delays = delays.join(", ")
    )
}

/// Workers taking one lock in turns, some yielding, some sleeping.
fn lockers(workers: u32, rounds: u32, hold_ms: u64, yields: u32) -> String {
    format!(
        r#"use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{{Duration, Instant, sleep}};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {{
    let start = Instant::now();
    let lock = Arc::new(Mutex::new(0u64));
    let mut hs = Vec::new();
    for id in 0..{workers} {{
        let lock = Arc::clone(&lock);
        hs.push(tokio::spawn(async move {{
            for r in 0..{rounds} {{
                for _ in 0..(id % ({yields} + 1)) {{
                    tokio::task::yield_now().await;
                }}
                let mut g = lock.lock().await;
                *g += 1;
                println!("[{{}}ms] worker {{}} round {{}} count {{}}", start.elapsed().as_millis(), id, r, *g);
                sleep(Duration::from_millis({hold_ms} * (id as u64 + 1))).await;
            }}
        }}));
    }}
    for h in hs {{
        h.await.unwrap();
    }}
    println!("total {{}}", *lock.lock().await);
}}
"#
    )
}

/// A broadcast channel with subscribers slower than the sender (lagging).
fn broadcast(cap: usize, subscribers: u32, sends: u32, gap_ms: u64) -> String {
    format!(
        r#"use tokio::sync::broadcast;
use tokio::time::{{Duration, sleep}};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {{
    let (tx, _) = broadcast::channel::<u32>({cap});
    let mut hs = Vec::new();
    for s in 0..{subscribers} {{
        let mut rx = tx.subscribe();
        hs.push(tokio::spawn(async move {{
            loop {{
                match rx.recv().await {{
                    Ok(v) => println!("sub {{}} got {{}}", s, v),
                    Err(e) => {{
                        println!("sub {{}}: {{:?}}", s, e);
                        if matches!(e, broadcast::error::RecvError::Closed) {{
                            break;
                        }}
                    }}
                }}
                sleep(Duration::from_millis({gap_ms} * (s as u64 + 1))).await;
            }}
        }}));
    }}
    for v in 0..{sends} {{
        let _ = tx.send(v);
        sleep(Duration::from_millis({gap_ms})).await;
    }}
    drop(tx);
    for h in hs {{
        h.await.unwrap();
    }}
}}
"#
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, rng_seed: RngSeed::Fixed(SEED), ..ProptestConfig::default() })]

    #[test]
    fn producers_run_the_same_twice(cap in 1usize..5, sleeps in prop::collection::vec(0u64..30, 1..5), msgs in 0u32..6, consumer_ms in 0u64..20) {
        let r = same_twice(&producers(cap, &sleeps, msgs, consumer_ms))?;
        prop_assert_eq!(&r.outcome, &Outcome::Returned, "{}", r.stderr());
    }

    #[test]
    fn lockers_run_the_same_twice(workers in 1u32..6, rounds in 1u32..4, hold_ms in 0u64..10, yields in 0u32..3) {
        let r = same_twice(&lockers(workers, rounds, hold_ms, yields))?;
        prop_assert_eq!(&r.outcome, &Outcome::Returned, "{}", r.stderr());
    }

    #[test]
    fn broadcasts_run_the_same_twice(cap in 1usize..4, subscribers in 1u32..4, sends in 0u32..8, gap_ms in 1u64..10) {
        let r = same_twice(&broadcast(cap, subscribers, sends, gap_ms))?;
        prop_assert_eq!(&r.outcome, &Outcome::Returned, "{}", r.stderr());
    }
}
