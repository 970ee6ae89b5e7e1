//! `From`/`Into` conversions with the target type from context
//!
//! `.into()` needs the annotated binding's type; `u64::from`, `String::from` and `i32::try_from` are explicit.

fn greet(name: impl Into<String>) -> String {
    let mut s: String = name.into();
    s.push('!');
    s
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s: String = "abc".into();
    let n: u64 = 7u32.into();
    let m = u64::from(3u8);
    let small = i32::try_from(300u64).unwrap_or(-1);
    let too_big = u8::try_from(300i32).is_err();
    let f: f64 = 3.into();
    println!("{s} {n} {m} {small} {too_big} {f} {} {}", greet("a"), greet(String::from("b")));
}
