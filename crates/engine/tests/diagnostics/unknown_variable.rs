#[tokio::main]
async fn main() {
    let total = 1;
    println!("{}", totl);
}
