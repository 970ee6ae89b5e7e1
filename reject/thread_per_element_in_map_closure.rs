//! A thread per element, spawned in the closure of `names.iter().map(..)`
//!
//! The closure's `n` is a `&String` into `names`; `thread::spawn` needs its closure `'static`,
//! and the thread may outlive `names`. rustc reports E0597 "`names` does not live long enough"
//! at `names`, as for a `for n in &names` loop. Clone each name (or share them with `Arc`) and
//! move the clone in.

use std::thread;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["a".to_string(), "b".to_string()];
    let handles: Vec<_> = names.iter().map(|n| thread::spawn(move || println!("{n}"))).collect();
    for h in handles {
        h.join().unwrap();
    }
}
