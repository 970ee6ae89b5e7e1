//! Associated constants of a user trait implemented for std types
//!
//! `Self::CAP` inside `impl<T> Stack<T> for Vec<T>` is the trait's default, and `Self::NAME`
//! in a provided method is the constant of the type it runs for (`i32`, `String`), as it is
//! for the user's own types.
trait Stack<T> {
    const CAP: usize = 4;
    fn push_item(&mut self, t: T);
}

impl<T> Stack<T> for Vec<T> {
    fn push_item(&mut self, t: T) {
        if self.len() < Self::CAP {
            self.push(t)
        }
    }
}

struct Bounded(Vec<u8>);

impl Stack<u8> for Bounded {
    const CAP: usize = 2;
    fn push_item(&mut self, t: u8) {
        if self.0.len() < Self::CAP {
            self.0.push(t)
        }
    }
}

trait Named {
    const NAME: &'static str;
    fn hello(&self) -> String {
        format!("hi {}", Self::NAME)
    }
}

impl Named for i32 {
    const NAME: &'static str = "int";
}

impl Named for String {
    const NAME: &'static str = "string";
}

fn main() {
    let mut s: Vec<i32> = Vec::new();
    for i in 0..10 {
        s.push_item(i);
    }
    let mut b = Bounded(vec![]);
    for i in 0..10 {
        b.push_item(i);
    }
    println!("{s:?} {:?} {}", b.0, 5.hello());
    println!("{} {} {}", String::new().hello(), <i32 as Named>::NAME, <Vec<u8> as Stack<u8>>::CAP);
}
