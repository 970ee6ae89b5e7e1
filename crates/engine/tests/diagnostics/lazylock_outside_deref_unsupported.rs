// rustc accepts all of this (it prints before, init, 1, 5, LazyLock("x")); a LazyLock
// that is not a static's initializer, and a static one used other than through its
// value, stop as not supported yet (its closure would run at the wrong time).
use std::sync::LazyLock;
static G: LazyLock<String> = LazyLock::new(|| { println!("init"); "x".to_string() });
fn main() {
    let r = &G;
    println!("before");
    println!("{}", r.len());
    let local = LazyLock::new(|| 5);
    println!("{}", *local);
    println!("{:?}", G);
}
