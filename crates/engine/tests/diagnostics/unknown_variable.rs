#[tokio::main(flavor = "current_thread")]
async fn main() {
    let total = 1;
    println!("{}", totl);
}
