fn main() {
    let = 5;
    let x: = 6;
    let y == 7;
    let ok = 8;
}
