#[tokio::main(flavor = "current_thread")]
async fn main() {
    let add = |a: i32, b: i32| a + b;
}
