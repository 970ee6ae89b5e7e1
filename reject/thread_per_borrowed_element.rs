//! A thread per element of `for n in names.iter()`
//!
//! `std::thread::spawn` needs a closure that owns what it uses, but each `n` borrows `names`, which
//! main may drop while the thread still runs. rustc reports E0597, "`names` does not live long
//! enough", at `names`. Use `std::thread::scope`, or move owned values into each thread.

fn main() {
    let names = vec!["a".to_string(), "b".to_string()];
    let mut threads = Vec::new();
    for n in names.iter() {
        threads.push(std::thread::spawn(move || println!("{n}")));
    }
    for t in threads {
        t.join().unwrap();
    }
}
