//! Everyday `str`, `String` and `char` methods
//!
//! `split_whitespace`, `chars().rev()`, `parse::<i64>()`, `starts_with`, `char::is_alphabetic` and `to_digit` return the types their uses expect.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let line = "  12 apples and 30 pears ";
    let mut numbers: Vec<i64> = Vec::new();
    let mut words = 0;
    for w in line.split_whitespace() {
        if let Ok(n) = w.parse::<i64>() {
            numbers.push(n);
        } else if w.chars().all(char::is_alphabetic) {
            words += 1;
        }
    }
    let reversed: String = "abc".chars().rev().collect();
    let digit = '7'.to_digit(10).unwrap_or(0);
    println!("{numbers:?} {words} {reversed} {digit} {}", line.trim().starts_with("12"));
}
