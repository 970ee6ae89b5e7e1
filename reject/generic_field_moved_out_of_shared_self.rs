//! Returning a generic field by value from a `&self` method
//!
//! In `impl<T> Cache<T>`, nothing says `T` is `Copy`, so `self.value` moves the field out of a
//! value that `&self` only borrows: rustc's E0507. Return `&T`, clone it (with `T: Clone`),
//! or bound the impl by `T: Copy`.

struct Cache<T> {
    value: T,
    hits: u32,
}

impl<T> Cache<T> {
    fn new(value: T) -> Self {
        Cache { value, hits: 0 }
    }

    fn get(&self) -> T {
        self.value
    }
}

fn main() {
    let c = Cache::new(String::from("config"));
    println!("{} ({} hits)", c.get(), c.hits);
}
