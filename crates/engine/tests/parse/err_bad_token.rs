fn main() {
    let a = $x;
    let b = 1 ¥ 2;
    let c = `backtick`;
}
