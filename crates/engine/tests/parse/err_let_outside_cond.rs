fn main() {
    let a = let b = 1;
    foo(let c = 2);
    if x || (let Some(y) = z) {}
}
