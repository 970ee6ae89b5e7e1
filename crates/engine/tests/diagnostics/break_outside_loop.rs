#[tokio::main]
async fn main() {
    break;
}
