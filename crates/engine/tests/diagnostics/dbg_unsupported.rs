#[tokio::main(flavor = "current_thread")]
async fn main() {
    let x = 5;
    let y = dbg!(x * 2);
    println!("{y}");
}
