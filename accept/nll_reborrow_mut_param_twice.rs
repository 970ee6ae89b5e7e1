//! Passing the same `&mut` to functions twice
//!
//! Passing `r` where a `&mut Vec` is expected reborrows it instead of moving it, so `r` stays usable after each call.

fn add(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}

fn add_twice(v: &mut Vec<i32>, x: i32) {
    add(v, x);
    add(v, x + 1);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    add(r, 1);
    add(r, 2);
    add_twice(r, 3);
    r.push(5);
    println!("{v:?}");
}
