//! `Default::default()` and `T::default()` with the type from context
//!
//! The prelude's `Default` trait builds a value of whatever type the binding or field expects.

use std::collections::HashMap;

#[derive(Debug, Default)]
struct Stats {
    count: u32,
    names: Vec<String>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n: u32 = Default::default();
    let s: String = Default::default();
    let m: HashMap<String, u32> = HashMap::default();
    let st = Stats::default();
    let v = Vec::<u8>::default();
    let t: (i32, bool) = Default::default();
    println!("{n} {s:?} {} {st:?} {v:?} {t:?} {}", m.len(), String::default().is_empty());
}
