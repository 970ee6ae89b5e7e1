// A std receiver's iter() blocks its thread at each item: a `for` loop
// over it runs; collect() on it would block inside a native call, which
// is not modelled, and must name std's type, not Tokio's.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for i in 0..3 {
            tx.send(i).unwrap();
        }
    });
    let got: Vec<i32> = rx.iter().collect();
    println!("{got:?}");
}
