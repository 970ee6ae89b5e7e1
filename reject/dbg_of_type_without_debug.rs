//! `dbg!` of a type without `Debug`
//!
//! `dbg!` prints its value with `{:#?}`, so the type must implement `Debug`: rustc's E0277, "`Order`
//! doesn't implement `Debug`", at the macro. Add `#[derive(Debug)]` to the struct.

struct Order {
    id: u32,
    qty: u32,
}

fn main() {
    let order = dbg!(Order { id: 1, qty: 3 });
    println!("{} x{}", order.id, order.qty);
}
