fn main() {
    let ok = "fine";
    println!("oops);
}
