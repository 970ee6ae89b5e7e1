//! Adding two structs with `+`
//!
//! `Point` has no `Add` implementation, so `a + b` has no meaning. rustc reports E0369, "cannot
//! add `Point` to `Point`".

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 3, y: 4 };
    let sum = a + b;
    println!("{:?}", sum);
}
