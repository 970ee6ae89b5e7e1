//! A `where` clause the argument's type does not meet
//!
//! `total` asks `where T: Priced`; `Gift` does not implement `Priced`, so rustc reports E0277,
//! "the trait bound `Gift: Priced` is not satisfied", at the argument.

trait Priced {
    fn price(&self) -> u32;
}

struct Book;
struct Gift;

impl Priced for Book {
    fn price(&self) -> u32 {
        12
    }
}

fn total<T>(items: Vec<T>) -> u32
where
    T: Priced,
{
    items.iter().map(|i| i.price()).sum()
}

fn main() {
    println!("{}", total(vec![Book, Book]));
    println!("{}", total(vec![Gift]));
}
