//! A type that holds itself by value
//!
//! The Book's cons list, `enum List { Cons(i32, List), Nil }`, would contain a whole
//! `List` inside each `List`: rustc's E0072, "recursive type `List` has infinite
//! size", pointing at the field; `Box<List>` breaks the cycle (chapter 15).

enum List {
    Cons(i32, List),
    Nil,
}

use List::{Cons, Nil};

fn main() {
    let _list = Cons(1, Cons(2, Cons(3, Nil)));
}
