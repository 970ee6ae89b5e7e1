fn main() {
    if x {
        println!("x");

fn other() {}
