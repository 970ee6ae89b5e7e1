//! `String + &str` and comparisons between `String` and `&str`
//!
//! `s + "x"` consumes `s`; `String == &str`, `&str == String` and `&String == &str` all compare by content.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = String::from("ab");
    let t = String::from("cd");
    let u = s + "-" + &t;
    let lit = "ab-cd";
    println!("{}", u == lit);
    println!("{}", lit == u);
    println!("{}", &u == lit);
    println!("{}", u.as_str() == "ab-cd");
    println!("{}", "a" < "b");
    let mut owned = String::new();
    owned += "x";
    owned += &t;
    let joined = owned.clone() + &u[..2];
    println!("{owned} {joined} {}", t == "cd");
}
