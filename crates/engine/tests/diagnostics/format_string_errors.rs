#[tokio::main(flavor = "current_thread")]
async fn main() {
    let n = 3;
    println!("open {", n);
    println!("{} {}", n);
    println!("{missing}");
}
