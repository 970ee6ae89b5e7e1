//! A function passed to `map` that takes the item by value, over borrowed items
//!
//! `v.iter()` yields `&i32`, but `double` takes an `i32`: a function used as a value keeps its
//! exact signature (no auto-dereference as in a call). rustc reports E0631, "type mismatch in
//! function arguments", and suggests the closure `|x| double(*x)`.

fn double(x: i32) -> i32 {
    x * 2
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().map(double).collect();
    println!("{doubled:?}");
}
