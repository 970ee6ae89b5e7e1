//! Destructuring structs and tuples in `let` and in parameters
//!
//! `let Point { x, y: py } = p;`, `fn f((a, b): (i32, i32))` and `fn g(&(a, b): &(u8, u8))` bind parts directly.

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn add((a, b): (i32, i32)) -> i32 {
    a + b
}

fn mul(&(a, b): &(u8, u8)) -> u8 {
    a * b
}

fn flip(Point { x, y }: Point) -> Point {
    Point { x: y, y: x }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let p = Point { x: 1, y: 2 };
    let Point { x, y: py } = p;
    let Point { x: only_x, .. } = p;
    let ((a, b), c) = ((1, 2), 3);
    println!("{x} {py} {only_x} {a} {b} {c} {} {} {:?}", add((x, py)), mul(&(3, 4)), flip(p));
}
