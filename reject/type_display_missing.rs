//! Printing a struct with `{}`
//!
//! `{}` needs `Display`, which structs do not get automatically (not even by derive).
//! rustc reports E0277, "`Order` doesn't implement `std::fmt::Display`". Use `{:?}` with
//! `#[derive(Debug)]`, or implement `Display`.

#[derive(Debug)]
struct Order {
    id: u32,
    qty: u32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let order = Order { id: 1, qty: 3 };
    let task = tokio::spawn(async move {
        println!("processing {}", order);
    });
    task.await.unwrap();
}
