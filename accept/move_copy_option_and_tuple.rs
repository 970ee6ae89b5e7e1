//! `Option<i32>` and tuples of Copy types are Copy
//!
//! `o` and `t` are assigned and passed by value several times and still used afterwards.

fn double(o: Option<i32>) -> Option<i32> {
    match o {
        Some(n) => Some(n * 2),
        None => None,
    }
}

fn swap(t: (u8, char, bool)) -> (bool, char, u8) {
    (t.2, t.1, t.0)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let o = Some(21);
    let p = o;
    println!("{:?} {:?} {:?}", double(o), double(p), o);
    let t = (1u8, 'a', true);
    let u = t;
    println!("{:?} {:?} {:?}", swap(t), swap(u), t);
    let (a, b, c) = t;
    println!("{a} {b} {c} {}", t.0);
}
