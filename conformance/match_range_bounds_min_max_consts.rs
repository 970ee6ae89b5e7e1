//! Range patterns bounded by `MIN`/`MAX` and by constants
//!
//! `match` arms over ranges written with `u8::MAX`, `i64::MIN`, `char::MAX`, `u64::MAX` and with
//! `const` items, half-open (`0..LOW`) and inclusive, as classifying code writes them. The
//! arms cover every value, which rustc checks.

const LOW: u8 = 10;
const HIGH: u8 = 200;
fn class(b: u8) -> &'static str {
    match b {
        0..LOW => "low",
        LOW..=HIGH => "mid",
        201..=u8::MAX => "high",
    }
}
#[tokio::main(flavor = "current_thread")]
async fn main() {
    for b in [0u8, 10, 150, 255] {
        print!("{} ", class(b));
    }
    let c = '\u{10FFFF}';
    println!("{}", matches!(c, 'a'..='z' | '\u{80}'..=char::MAX));
    let x: i64 = i64::MIN;
    println!(
        "{}",
        match x {
            i64::MIN..=-1 => "neg",
            _ => "non-neg",
        }
    );
    let big: u64 = u64::MAX;
    println!(
        "{}",
        match big {
            0..=9 => "small",
            10..=u64::MAX => "big",
        }
    );
}
