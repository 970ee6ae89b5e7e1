//! `eq`, `ne`, `lt`, `ge` called as methods, and iterators compared item by item
//!
//! The comparison operators' traits called by name: on numbers, text, a derived
//! `PartialEq`/`PartialOrd` struct and vectors; and `Iterator::eq`/`lt`, which compare two
//! iterators item by item (a palindrome test, a range against a vector).

#[derive(Debug, PartialEq, PartialOrd)]
struct P(i32, i32);
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let words = ["apple", "bob", "kayak"];
    let pals: Vec<_> = words.iter().filter(|w| w.chars().eq(w.chars().rev())).collect();
    println!("{pals:?}");
    println!("{} {} {}", 3.eq(&3), "a".ne("b"), 2.5f64.lt(&1.0));
    println!("{} {}", P(1, 2).lt(&P(1, 3)), P(1, 2).eq(&P(1, 2)));
    println!("{} {}", (1..4).eq(vec![1, 2, 3]), [1, 2].iter().lt([1, 3].iter()));
    println!("{}", vec![1, 2].ge(&vec![1, 2]));
}
