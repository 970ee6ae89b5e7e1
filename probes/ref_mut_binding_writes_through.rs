//! References: a write through a `&mut` binding changes the referent
//!
//! `let r = &mut x; *r += 1;` increments `x` itself; so do `r.push(..)` through a
//! `&mut Vec` binding and a field write through a `&mut` to a struct.

struct Point {
    x: i32,
    y: i32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut x = 1;
    let r = &mut x;
    *r += 1;
    *r *= 10;
    println!("x = {}", x);

    let mut v = vec![1, 2];
    let rv = &mut v;
    rv.push(3);
    println!("v = {:?}", v);

    let mut p = Point { x: 0, y: 0 };
    let rp = &mut p;
    rp.x = 5;
    rp.y += 7;
    println!("p = ({}, {})", p.x, p.y);
}
