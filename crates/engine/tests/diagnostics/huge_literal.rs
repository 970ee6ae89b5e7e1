#[tokio::main]
async fn main() {
    let big = 99999999999999999999999;
}
