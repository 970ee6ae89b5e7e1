//! The Book's generic `largest` without a `PartialOrd` bound
//!
//! `fn largest<T>(list: &[T]) -> &T` compares two `&T`s, but nothing says a `T` can be
//! compared: rustc's E0369, "binary operation `>` cannot be applied to type `&T`", at the `>`.
//! `fn largest<T: PartialOrd>` fixes it.

fn largest<T>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&numbers));
}
