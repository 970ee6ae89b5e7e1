//! Strings: byte lengths, char counts and byte-range slicing of UTF-8 text
//!
//! `len()` counts UTF-8 bytes: "héllo" is 6 bytes and 5 chars, "✓" 3 bytes; slicing
//! takes byte ranges on char boundaries, and `chars().rev()` reverses by char.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = "héllo";
    println!("{} {}", s.len(), s.chars().count());
    println!("{} {}", "✓".len(), "✓".chars().count());
    println!("{} {}", &s[0..3], &s[3..]);
    let rev: Vec<char> = s.chars().rev().collect();
    println!("{:?}", rev);
    println!("{:?}", s.chars().nth(1));
    println!("{:?}", s.find("l"));
    let mut owned = String::from(s);
    println!("{:?} {}", owned.pop(), owned);
}
