fn main() {
    let x = 5
    let y = 6;
    foo() bar();
    let z = 7 }
