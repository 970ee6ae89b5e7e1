// A `Vec` of a type whose `Clone` is written by hand: `v.clone()` and
// `vec![x; n]` call that `clone` for each element in Rust. The VM would copy
// the values instead, so the run must stop as not supported, never print
// made-up output.
#[derive(Debug)]
struct Ticket(u32);

impl Clone for Ticket {
    fn clone(&self) -> Self {
        println!("cloning {}", self.0);
        Ticket(self.0 + 1)
    }
}

fn main() {
    let v = vec![Ticket(1); 2];
    let w = v.clone();
    println!("{v:?} {w:?}");
}
