#[tokio::main(flavor = "current_thread")]
async fn main() {
    for c in 'a'..='c' {
        print!("{c}");
    }
    println!("{}", (0.5..1.5).contains(&1.0));
}
