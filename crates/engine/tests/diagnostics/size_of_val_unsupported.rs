#[tokio::main(flavor = "current_thread")]
async fn main() {
    let xs = [1u16, 2, 3];
    let bytes = size_of_val(&xs);
    println!("{bytes}");
}
