//! References: a shared reference is `Copy`, so it can be passed on and used again
//!
//! `r = &s` is handed to `len_of` twice and stored in a tuple, then still used: each use
//! copies the reference, nothing is moved.

fn len_of(s: &String) -> usize {
    s.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = String::from("hello");
    let r = &s;
    let a = len_of(r);
    let b = len_of(r);
    let pair = (r, a + b);
    println!("{} {} {}", r, pair.0, pair.1);
    let v = vec![1, 2, 3];
    let rv = &v;
    let first = rv;
    println!("{:?} {:?}", rv, first);
}
