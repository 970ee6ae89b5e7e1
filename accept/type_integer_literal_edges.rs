//! Integer and float literals at the edges of their types
//!
//! `-128` fits `i8`, `u64::MAX` is written out, hex/binary/byte literals get their suffix or context type.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a: i8 = -128;
    let b: u64 = 18_446_744_073_709_551_615;
    let c = 0xFF_u8;
    let d = 0b1010_u16;
    let e = b'a';
    let f = 1e3;
    let g: f32 = 2.5;
    let h = i64::MIN;
    let i = 0o17;
    let j: u128 = 1 << 100;
    let k = (b'a' + 2) as char;
    println!("{a} {b} {c} {d} {e} {f} {g} {h} {i} {j} {k}");
}
