//! `sort()` on a vector of floats
//!
//! `sort` needs `Ord`, a total order, and floats have none (`NaN` compares with nothing):
//! rustc's E0277, "the trait bound `{float}: Ord` is not satisfied", at `sort`. Sort with
//! `v.sort_by(|a, b| a.total_cmp(b))` instead.

fn main() {
    let mut v = vec![2.5, 1.0, 3.0];
    v.sort();
    println!("{:?}", v);
}
