//! `try_into()` whose target type nothing names
//!
//! `5i32.try_into().unwrap()` stored in a `let` without a type: `i32` converts into many
//! types, and nothing says which. rustc's E0283, "type annotations needed"; it points at the
//! binding and labels `try_into`.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = 5i32.try_into().unwrap();
    println!("{a}");
}
