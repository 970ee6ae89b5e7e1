fn main() {
    if p == Point { x: 1, y: 2 } {}
    for q in Point { x: 1 } {}
    ok();
}
