#[tokio::main]
async fn main() {
    let x = compute(3);
}
