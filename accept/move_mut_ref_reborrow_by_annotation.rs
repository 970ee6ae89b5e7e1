//! `let r2: &mut T = r;` reborrows instead of moving
//!
//! With the type written out, assigning a `&mut` is a coercion site and makes a reborrow, so `r` is usable once `r2` is done.

fn pass(v: &mut Vec<i32>) -> &mut Vec<i32> {
    v
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![0];
    let r = &mut v;
    let r2: &mut Vec<i32> = r;
    r2.push(1);
    r.push(2);
    pass(r).push(3);
    let r3 = &mut *r;
    r3.push(4);
    r.push(5);
    println!("{v:?}");
}
