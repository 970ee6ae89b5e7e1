//! Assigning a reference to a constant-like value, or to a temporary that is never used again
//!
//! `p = &P(3, 4)`, `o = &None` and `n = &5` borrow values that are promoted to constants, so they
//! live for the whole program; `r = &owned` borrows a variable. `t = &name()` borrows a temporary
//! that dies with the statement, which is fine because `t` is not used after it.

#[derive(Debug)]
struct P(i32, i32);
fn name() -> String { "n".to_string() }
fn main() {
    let mut r: &String = &String::new();
    let owned = String::from("kept");
    let mut p = &P(1, 2);
    p = &P(3, 4);
    let mut o = &Some(1);
    o = &None;
    let mut n = &0;
    n = &5;
    r = &owned;
    println!("{r} {:?} {:?} {n}", p, o);
    let mut t = &name();
    t = &name();
    let _unused = 1;
    let mut last = &String::new();
    for w in ["a", "b"] {
        let _ = w;
        last = &owned;
    }
    println!("{last}");
}
