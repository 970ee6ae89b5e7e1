//! Moving the elements of a tuple out one at a time
//!
//! `pair.0` and `pair.1` are separate places; moving `pair.0` does not stop `pair.1` from being used.

fn take(s: String) -> usize {
    s.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let pair = (String::from("left"), String::from("right"));
    let a = pair.0;
    println!("{} {}", a, pair.1);
    let b = pair.1;
    let triple = (1, String::from("x"), vec![2]);
    let n = take(triple.1);
    println!("{a} {b} {n} {} {:?}", triple.0, triple.2);
}
