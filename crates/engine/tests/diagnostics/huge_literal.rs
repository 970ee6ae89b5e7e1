#[tokio::main(flavor = "current_thread")]
async fn main() {
    let big = 99999999999999999999999;
}
