//! A function that returns a reference to its local through another binding
//!
//! `let r = &o; r` returns a borrow of `o`, which is dropped when the function returns: rustc's
//! E0515, "cannot return value referencing local variable `o`", at `r`.

fn first() -> &'static String {
    let o = String::from("o");
    let r = &o;
    r
}

fn main() {
    println!("{}", first());
}
