//! A qualified path to an item the trait does not have
//!
//! `perimeter` is an inherent method of `Square`, not an item of `Shape`, so
//! `<Square as Shape>::perimeter` names nothing. rustc reports E0576, "cannot find method or
//! associated constant `perimeter` in trait `Shape`".

trait Shape {
    fn area(&self) -> u32;
}

struct Square(u32);

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

impl Square {
    fn perimeter(&self) -> u32 {
        self.0 * 4
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sq = Square(2);
    println!("{}", sq.perimeter());
    println!("{}", <Square as Shape>::perimeter(&sq));
}
