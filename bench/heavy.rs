//! Benchmark: 200,000 messages through channels and a mutex
//!
//! Four producers send 50,000 numbers each through a bounded mpsc channel to a
//! consumer that adds them into a counter behind an `Arc<tokio::sync::Mutex>`,
//! then forwards every 100th total over an unbounded channel to a reporter.

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};

#[tokio::main(flavor = "current_thread", start_paused = true)]
pub async fn main() {
    let (tx, mut rx) = mpsc::channel(64);
    let (report_tx, mut report_rx) = mpsc::unbounded_channel();
    let total = Arc::new(Mutex::new(0u64));
    let mut producers = Vec::new();
    for p in 0..4u64 {
        let tx = tx.clone();
        producers.push(tokio::spawn(async move {
            for i in 0..50_000u64 {
                tx.send(p * 50_000 + i).await.unwrap();
            }
        }));
    }
    drop(tx);
    let t = Arc::clone(&total);
    let consumer = tokio::spawn(async move {
        let mut n = 0u64;
        while let Some(v) = rx.recv().await {
            let mut g = t.lock().await;
            *g += v;
            n += 1;
            if n % 100 == 0 {
                report_tx.send(*g).unwrap();
            }
        }
    });
    let reporter = tokio::spawn(async move {
        let mut reports = 0u64;
        while let Some(_total) = report_rx.recv().await {
            reports += 1;
        }
        reports
    });
    for p in producers {
        p.await.unwrap();
    }
    consumer.await.unwrap();
    let reports = reporter.await.unwrap();
    println!("total = {}, reports = {}", *total.lock().await, reports);
}
