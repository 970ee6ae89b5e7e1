#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (lo, hi) = ('a', 'c');
    for c in lo..=hi {
        print!("{c}");
    }
    let letters: Vec<char> = ('x'..='z').collect();
    println!("{letters:?}");
    println!("{}", (0.5..1.5).contains(&1.0));
}
