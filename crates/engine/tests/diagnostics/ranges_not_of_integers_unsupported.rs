#[tokio::main(flavor = "current_thread")]
async fn main() {
    // A range of chars with both bounds runs; one open at the end would be
    // up to `char::MAX`.
    let (lo, hi) = ('a', 'c');
    for c in lo..=hi {
        print!("{c}");
    }
    println!("{}", ('x'..).contains(&'y'));
    println!("{}", (0.5..1.5).contains(&1.0));
    println!("{}", ("apple".."melon").contains(&"kiwi"));
}
