#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = Point { x: 1, z: 2 };
    let b = Point { x: 1 };
}
