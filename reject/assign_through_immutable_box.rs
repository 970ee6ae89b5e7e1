//! Assigning through a `Box` held by an immutable binding
//!
//! A `Box` owns its value, so writing `*total += ..` changes the binding's own data, and the
//! binding must be `mut`: rustc's E0594, "cannot assign to `*total`, as `total` is not declared as
//! mutable". Write `let mut total = Box::new(0);`.

fn main() {
    let total = Box::new(0);
    for n in [1, 2, 3] {
        *total += n;
    }
    println!("{total}");
}
