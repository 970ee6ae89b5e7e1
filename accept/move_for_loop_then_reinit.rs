//! A vector consumed by `for`, then given a new value
//!
//! `for x in v` moves `v`; assigning a new vector makes `v` usable again.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let mut out = String::new();
    for x in v {
        out.push_str(&x);
    }
    v = Vec::new();
    v.push(out);
    println!("{v:?}");
}
