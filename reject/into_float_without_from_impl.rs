//! `into()` from a user type into `f64` with no `From` impl
//!
//! Only an `impl From<Celsius> for f64` makes `Celsius(21.5).into()` an `f64`; without one,
//! rustc's E0277, "the trait bound `f64: From<Celsius>` is not satisfied", at `into`.
struct Celsius(f64);

fn main() {
    let t: f64 = Celsius(21.5).into();
    println!("{t}");
}
