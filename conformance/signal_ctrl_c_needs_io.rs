//! `tokio::signal::ctrl_c()` on a runtime built without `enable_io` panics at its first poll
//!
//! A plain `fn main` builds a current_thread runtime with timers only. Making the `ctrl_c()`
//! future does nothing (it is an `async fn`); the `select!` polls it, and Tokio panics in its
//! own signal code: the IO driver, which signals need, is disabled. A runtime built with
//! `enable_all` then runs the same `select!`, and its deadline wins.

use std::time::Duration;

fn main() {
    let wait = |rt: tokio::runtime::Runtime| {
        rt.block_on(async {
            let sig = tokio::signal::ctrl_c();
            println!("made the future");
            tokio::select! {
                _ = sig => println!("Ctrl+C"),
                _ = tokio::time::sleep(Duration::from_millis(250)) => println!("deadline"),
            }
        })
    };
    let all = tokio::runtime::Builder::new_current_thread().enable_all().start_paused(true).build().unwrap();
    wait(all);
    let timers_only = tokio::runtime::Builder::new_current_thread().enable_time().start_paused(true).build().unwrap();
    wait(timers_only);
    println!("unreachable");
}
