//! A `&mut` stored in a non-`mut` binding
//!
//! `r` itself is never reassigned, so it needs no `mut`; pushing through it only needs the `&mut` type.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1];
    let r = &mut v;
    r.push(2);
    r[0] = 10;
    let mut s = String::new();
    let rs = &mut s;
    rs.push_str("abc");
    *rs = rs.to_uppercase();
    println!("{v:?} {s}");
}
