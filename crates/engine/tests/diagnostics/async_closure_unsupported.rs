#[tokio::main]
async fn main() {
    let fetch = async |id: u32| id * 2;
    println!("{}", fetch(3).await);
}
