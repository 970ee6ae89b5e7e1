//! Two-phase borrows: the argument reads the vector the method mutates
//!
//! `v.push(v.len())`, `v.insert(0, v[1])` and `s.push_str(&s.len().to_string())` evaluate the argument before the mutable borrow is activated.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v: Vec<usize> = vec![7, 8];
    v.push(v.len());
    v.insert(0, v[1]);
    v.push(v[0] + v[v.len() - 1]);
    let mut s = String::from("len=");
    s.push_str(&s.len().to_string());
    println!("{v:?} {s}");
}
