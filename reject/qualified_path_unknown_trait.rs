//! A qualified path through a trait that does not exist
//!
//! The trait is `Shape`; `<Square as Shap>::area` misspells it. rustc reports E0405, "cannot find
//! trait `Shap` in this scope".

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
    println!("{}", <Square as Shap>::area(&sq));
}
