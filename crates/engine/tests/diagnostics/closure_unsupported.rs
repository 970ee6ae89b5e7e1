#[tokio::main]
async fn main() {
    let add = |a: i32, b: i32| a + b;
}
