fn main() {
    let mut pairs: Vec<(u32, u32)> = (0..30).map(|i| (i % 3, i)).collect();
    pairs.sort_unstable_by_key(|p| p.0);
    println!("{pairs:?}");
}
