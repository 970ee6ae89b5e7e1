#[tokio::main]
async fn main() {
    println!("on one thread");
}
