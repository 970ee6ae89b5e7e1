fn main() {
    let a = "bad \q escape";
    let b = 340282366920938463463374607431768211456;
    let c = 5u7;
    let d = 0x;
    let e = 0b102;
    let f = '\u{D800}';
    let g = "\x80";
    let h = 1.5u8;
    let i = b'é';
}
