#[tokio::main(flavor = "current_thread")]
async fn main() {
    let x = compute(3);
}
