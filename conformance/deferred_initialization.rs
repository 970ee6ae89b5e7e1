//! Deferred initialization
//!
//! `let x: i32;` declares a variable that gets its value later: Rust accepts reading it once every
//! path to the read has assigned it (both arms of an `if`, every arm of a `match`, a `loop` that
//! assigns before `break`).
fn main() {
    let x: i32;
    let label;
    if "abc".len() > 5 {
        x = 1;
        label = "many";
    } else {
        x = 2;
        label = "few";
    }
    let y;
    loop {
        y = 10;
        break;
    }
    let z: String;
    match x {
        1 => z = "one".into(),
        _ => z = "other".into(),
    }
    let w;
    w = x * 2;
    let (a, b);
    a = 1;
    b = 2;
    println!("{x} {label} {y} {z} {w} {a} {b}");
}
