//! User types that share a std type's name are the user's, not std's
//!
//! A struct named `Iter` returned by a `&self` method holds no borrow (it has no
//! lifetime), so `c.v.push(2)` while `it` is alive is fine; a struct named `Sleep`
//! is not a future, so `Sleep;` as a statement is just a value thrown away.

struct Counter {
    v: Vec<i32>,
}

struct Iter {
    n: usize,
}

struct Sleep;

impl Counter {
    fn iter(&self) -> Iter {
        Iter { n: self.v.len() }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut c = Counter { v: vec![1] };
    let it = c.iter();
    c.v.push(2);
    Sleep;
    println!("{} {}", it.n, c.v.len());
}
