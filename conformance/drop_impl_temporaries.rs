//! Temporaries a user method borrows live to the end of their statement or `if let`/`while let`
//!
//! A temporary receiver of a `&self` method (`N("..").get()`) is not dropped when the call returns: in an `if let` scrutinee it lives through the `then` block and drops before `else` (Rust 2024), in a `while let` scrutinee to the end of each iteration, in a block's tail expression before the block's locals (Rust 2024), in an iterator chain to the end of the `let`. Array elements drop in order.

struct N(&'static str);

impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl N {
    fn get(&self) -> Option<usize> {
        if self.0.len() > 3 { Some(self.0.len()) } else { None }
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

fn tail() -> usize {
    let _local = N("local");
    N("tail temp").len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    if let Some(n) = N("iflet scrutinee").get() {
        println!("then {n}");
    } else {
        println!("else");
    }
    if let Some(n) = N("no").get() {
        println!("then {n}");
    } else {
        println!("else branch runs");
    }
    println!("tail {}", tail());
    let mut i = 0;
    while let Some(_) = N("while scrutinee").get() {
        i += 1;
        if i == 2 {
            break;
        }
        println!("loop {i}");
    }
    let v = [N("a0"), N("a1")];
    println!("array of {}", v.len());
    let total: usize = [N("x"), N("yy")].iter().map(|n| n.len()).sum();
    println!("total {total}");
    let s = N("shadow");
    let s = s.len();
    println!("shadowed len {s}");
}
