//! Pushing to a vector while a reference chosen by an `if` may point into it
//!
//! `let r = if .. { &a } else { &b };` borrows both `a` and `b` (either may be the one `r` names)
//! until `r`'s last use; `a.push(3)` before printing `r` is rustc's E0502.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut a = vec![1];
    let b = vec![2];
    let r = if a.len() > 5 { &a } else { &b };
    a.push(3);
    println!("{r:?}");
}
