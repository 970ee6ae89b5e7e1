// A std receiver's iter() blocks its thread at each item: a `for` loop
// over it runs; collect() on it takes what is buffered and ends once every
// sender is gone, but here it would wait for the thread's first message,
// inside an iterator, which is not modelled: the run stops there.
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
