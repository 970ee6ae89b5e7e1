//! Literal, range and tuple patterns against references
//!
//! `match &n { 0 => .. }`, `for &(a, b) in &pairs` and `(Some(x), None)` against `(&Option, &Option)` all type-check.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n = 7;
    let kind = match &n {
        0 => "zero",
        1..=9 => "digit",
        _ => "big",
    };
    let a = Some(1);
    let b: Option<i32> = None;
    let both = match (&a, &b) {
        (Some(x), None) => *x,
        (Some(x), Some(y)) => x + y,
        (None, _) => 0,
    };
    let c = 'q';
    let letter = match c {
        'a'..='m' => 1,
        'n'..='z' => 2,
        _ => 0,
    };
    let digits = match n {
        small @ 0..=9 => small * 2,
        other => other,
    };
    println!("{kind} {both} {letter} {digits}");
}
