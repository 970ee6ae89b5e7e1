fn main() {
    if a < b < c {}
    let ok = a == b;
}
