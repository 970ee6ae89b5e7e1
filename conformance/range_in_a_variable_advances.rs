//! A range kept in a variable is an iterator that advances in place
//!
//! `let mut r = 0..5;` then `r.next()` takes `0`, then `1`; `r.next_back()` takes from the end;
//! what is left is `2..4`, which `collect` gathers. An inclusive range and a range of `char`s
//! advance the same way, and so does a `while let` loop over `next()`.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut r = 0..5;
    println!("{:?} {:?}", r.next(), r.next());
    println!("{:?}", r.next_back());
    let rest: Vec<i32> = r.collect();
    println!("{rest:?}");
    let mut inc = 1..=3;
    while let Some(x) = inc.next() {
        print!("{x} ");
    }
    println!();
    let mut c = 'a'..'d';
    println!("{:?} {:?} {:?}", c.next(), c.next_back(), (10..12).next());
}
