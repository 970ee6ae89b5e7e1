//! A qualified path through a type that does not exist
//!
//! The type is `Square`; `<Sqare as Shape>::area` misspells it. rustc reports E0425, "cannot find
//! type `Sqare` in this scope", before looking at the trait.

trait Shape {
    fn area(&self) -> u32;
}

struct Square(u32);

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sq = Square(2);
    println!("{}", <Sqare as Shape>::area(&sq));
}
