//! Copy scalars used after being "moved"
//!
//! Integers, floats, `bool` and `char` are `Copy`: assigning or passing them copies, so the originals stay usable.

fn show(n: i64, flag: bool, c: char, f: f64) -> String {
    format!("{n} {flag} {c} {f}")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n = 5i64;
    let flag = true;
    let c = 'x';
    let f = 1.5;
    let m = n;
    let g = flag;
    let d = c;
    let h = f;
    println!("{}", show(n, flag, c, f));
    println!("{}", show(m, g, d, h));
    println!("{n} {flag} {c} {f}");
}
