//! `Iterator::reduce`: a fold that starts from the first item
//!
//! `reduce(f)` gives `None` for an empty iterator, else `Some` of the items combined left to
//! right by `f`, starting from the first. It works on ranges, slices' iterators, adapters and a
//! user type's `impl Iterator`.

struct Countdown(u32);
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}
#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", (1..=5).reduce(|a, b| a * b));
    println!("{:?}", (1..1).reduce(|a, b| a + b));
    println!("{:?}", Countdown(4).reduce(|a, b| a * 10 + b));
    let words = vec!["x", "yy", "zzz"];
    let longest = words.iter().reduce(|a, b| if b.len() > a.len() { b } else { a });
    println!("{longest:?}");
    let joined = words.into_iter().map(String::from).reduce(|a, b| a + "-" + &b).unwrap_or_default();
    println!("{joined}");
}
