//! Strings: building a String with `+=`, `format!`, `push` and `to_string`
//!
//! `+=` appends a `&str`, `format!` pads and joins, numbers and chars become text
//! with `to_string`, and `String` compares with `&str` and with other Strings.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut s = String::new();
    for i in 0..3 {
        s += &i.to_string();
        s.push(',');
    }
    s += "end";
    println!("{} ({} bytes)", s, s.len());
    let line = format!("{:>4}|{:<4}|{:^5}|", 7, "ab", 'c');
    println!("{}", line);
    let owned = String::from("abc");
    println!("{} {} {}", owned == "abc", owned == String::from("abd"), owned < String::from("abd"));
    let t = 3.5f64.to_string() + &true.to_string() + &'x'.to_string();
    println!("{}", t);
    let mut parts = Vec::new();
    parts.push(String::from("x"));
    parts.push(format!("{}-{}", 1, 2));
    println!("{}", parts.join(" / "));
    println!("{:?}", parts);
}
