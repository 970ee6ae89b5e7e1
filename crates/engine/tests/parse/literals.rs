fn main() {
    let ints = (0, 42, 1_000_000, 0xff, 0xFF_u8, 0o17, 0b1010_1010, 5u64, 1_000i64, 255u8, 7usize, 3i128);
    let floats = (1.0, 1e3, 2.5f64, 1.5e-3, 3f32, 1_000.000_1, 2., 6.02E23);
    let chars = ('a', '\n', '\'', '\\', '\0', '\x41', '\u{1F600}', '"', 'é', '\t');
    let strs = ("plain", "esc \n \t \r \\ \" \' \0 \x41 \u{48}\u{49}", "multi
line", "continued \
        line", r"raw \n", r#"raw with "quotes""#, r##"two "# hashes"##);
    let bytes = (b'a', b'\n', b'\xff', b"bytes\x00", br"raw bytes");
    let bools = (true, false);
    let unicode = "héllo wörld ✓";
}
