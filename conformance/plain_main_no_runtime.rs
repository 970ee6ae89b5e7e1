//! A plain `fn main` runs without a Tokio runtime: `tokio::spawn` panics there
//!
//! Ordinary code runs as in any Rust program. There is no runtime to spawn onto, so
//! `tokio::spawn` panics at its call with Tokio's message, and the process exits with 101.

#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<u32>,
}

fn total(order: &Order) -> u32 {
    order.items.iter().sum()
}

fn main() {
    let order = Order { id: 7, items: vec![3, 4, 5] };
    println!("{:?} totals {}", order, total(&order));
    let _task = tokio::spawn(async move {
        println!("never runs: order {}", order.id);
    });
    println!("not reached");
}
