//! Less common methods of `Vec`, `str`, `Option` and integers
//!
//! `windows`, `chunks`, `dedup`, `split_once`, `strip_prefix`, `repeat`, `get_or_insert`, `rem_euclid` and friends.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 4];
    v.dedup();
    let pairs = v.windows(2).count();
    let chunks = v.chunks(3).count();
    v.extend_from_slice(&[9, 8]);
    v.truncate(5);
    v.reverse();
    let pos = v.binary_search(&100).is_err();
    let line = "key=value";
    let (k, val) = line.split_once('=').unwrap_or(("", ""));
    let rest = line.strip_prefix("key").unwrap_or(line);
    let mut slot: Option<u32> = None;
    let got = *slot.get_or_insert(5);
    let n = (-7i32).rem_euclid(3);
    let lz = 1u8.leading_zeros();
    println!("{v:?} {pairs} {chunks} {pos} {k} {val} {rest} {} {got} {n} {lz} {}", "ab".repeat(2), 2.5f64.floor());
}
