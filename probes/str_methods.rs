//! Strings: everyday `&str` and `String` methods
//!
//! `len`, trim, ASCII case conversion, prefix and suffix tests,
//! `contains`, `replace`, `find`, `split`, `split_whitespace`, `lines`, `repeat`,
//! `push_str`, `push`, `pop`, `insert`, `truncate`, `+` and slicing.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = "  Hello, World  ";
    println!("[{}] [{}] {} {}", s, s.trim(), s.len(), s.chars().count());
    let t = s.trim();
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    println!("{} {} {}", t.starts_with("Hell"), t.ends_with("ld"), t.contains("o, W"));
    println!("{}", t.replace("l", "L"));
    println!("{:?} {:?}", t.find("o"), t.find("z"));
    let parts: Vec<&str> = "a,b,,c".split(',').collect();
    println!("{:?}", parts);
    let words: Vec<&str> = " one  two\tthree ".split_whitespace().collect();
    println!("{:?}", words);
    let lines: Vec<&str> = "x\ny\r\nz".lines().collect();
    println!("{:?}", lines);
    println!("{}", "ab".repeat(3));
    let mut owned = String::from("abc");
    owned.push_str("def");
    owned.push('g');
    let popped = owned.pop();
    println!("{} {:?}", owned, popped);
    owned.insert(0, '>');
    owned.truncate(4);
    println!("{}", owned);
    let joined = owned + "-" + "tail";
    println!("{} {}", joined, &joined[1..4]);
    println!("{}", String::from("x").is_empty());
}
