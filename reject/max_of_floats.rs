//! `max()` of floats
//!
//! `Iterator::max` needs a total order (`Ord`), and floats have none (`NaN` compares with
//! nothing): rustc's E0277, "the trait bound `{float}: Ord` is not satisfied", at `max`. Use
//! `max_by(|a, b| a.total_cmp(b))`, or `fold(f64::MIN, f64::max)`.

fn main() {
    let temps = vec![21.5, 19.0, 23.25];
    let hottest = temps.iter().max();
    println!("{hottest:?}");
}
