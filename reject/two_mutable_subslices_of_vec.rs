//! Two mutable sub-slices of one `Vec`
//!
//! `&mut v[..2]` borrows all of `v` mutably through `IndexMut`, so a second
//! `&mut v[2..]` while the first is in use is rustc's E0499, even though the
//! halves do not overlap: `split_at_mut` gives two non-overlapping halves.

fn main() {
    let mut v = vec![1, 2, 3, 4];
    let first = &mut v[..2];
    let second = &mut v[2..];
    first[0] = 10;
    second[0] = 30;
    println!("{v:?}");
}
