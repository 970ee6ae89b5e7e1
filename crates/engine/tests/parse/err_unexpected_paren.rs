fn main() {
    foo());
}
fn second() {
    let v = [1, 2)];
}
