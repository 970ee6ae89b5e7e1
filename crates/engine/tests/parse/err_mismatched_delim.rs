fn main() {
    let v = foo(1, 2];
    ok();
}
