//! A borrow passed to `drop` and then the owner mutated
//!
//! `drop(r)` on a shared reference copies the reference and is its last use; pushing to `v` afterwards is fine.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![String::from("a")];
    let r = &v;
    println!("{}", r.len());
    drop(r);
    v.push(String::from("b"));
    let m = &mut v;
    m.push(String::from("c"));
    drop(m);
    v.push(String::from("d"));
    println!("{v:?}");
}
