//! Adding a number to `v.get(i)`
//!
//! `get` returns an `Option<&i32>`, which is `None` when the index is out of range, so it cannot
//! be added to directly: rustc's E0369, "cannot add `{integer}` to `Option<&{integer}>`", at `+`.
//! Handle the `None`: `v.get(0).map_or(0, |x| x + 1)`, or `v[0] + 1` to panic instead.

fn main() {
    let scores = vec![10, 20, 30];
    let bumped = scores.get(0) + 1;
    println!("{bumped}");
}
