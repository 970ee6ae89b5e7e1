//! Two live mutable references to one Vec
//!
//! `a` and `b` are both `&mut counts`, and both are used afterwards. Only one mutable borrow may
//! be alive at a time. rustc reports E0499, "cannot borrow `counts` as mutable more than once at a
//! time", at the second `&mut`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut counts = Vec::new();
    let a = &mut counts;
    let b = &mut counts;
    a.push(1);
    b.push(2);
    println!("{:?}", counts);
}
