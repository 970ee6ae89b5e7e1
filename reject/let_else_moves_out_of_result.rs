//! `let Ok(v) = r else { .. }` moves the value out
//!
//! The pattern binds the `Vec` inside the `Result` by value, so `r` is partially moved: using it
//! afterwards is rustc's E0382, "borrow of partially moved value: `r`". Bind through a reference
//! (`let Ok(v) = &r else ..`) or stop using `r`.

fn main() {
    let r: Result<Vec<u32>, String> = Ok(vec![1, 2]);
    let Ok(items) = r else { return };
    println!("{} items, from {:?}", items.len(), r);
}
