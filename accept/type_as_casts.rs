//! `as` casts between integers, floats, `char` and `bool`
//!
//! Narrowing, sign changes, float truncation and `u8 as char` are all allowed with `as`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = 300i32 as u8;
    let b = -1i64 as u32;
    let c = 2.9f64 as i32;
    let d = 65u8 as char;
    let e = 'a' as u32;
    let f = true as i32 + false as i32;
    let g = 7u32 as f64 / 2.0;
    let len = vec![1, 2, 3].len();
    let h = len as i64 - 5;
    let idx = h.unsigned_abs() as usize;
    println!("{a} {b} {c} {d} {e} {f} {g} {h} {idx}");
}
