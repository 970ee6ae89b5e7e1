//! Borrowing one field mutably while updating another
//!
//! `a` borrows `s.x` mutably; `s.y` is a different place, so it can be changed while `a` is still alive.

struct Pair {
    x: i32,
    y: i32,
    name: String,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut s = Pair { x: 1, y: 2, name: String::from("p") };
    let a = &mut s.x;
    s.y += 1;
    let n = &s.name;
    *a += 10;
    println!("{} {} {} {n}", s.x, s.y, n.len());
}
