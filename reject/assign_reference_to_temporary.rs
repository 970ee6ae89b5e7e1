//! A reference to a temporary assigned to an outer variable, used after the statement
//!
//! `longest = &format!(..)` borrows a `String` that only lives until the end of that statement:
//! unlike `let r = &String::from(..);`, an assignment does not extend the temporary's life. Using
//! `longest` afterwards is rustc's E0716, "temporary value dropped while borrowed", at the
//! temporary.

fn main() {
    let words = ["tokio", "rust", "async"];
    let mut longest = &String::new();
    for w in words {
        if w.len() > longest.len() {
            longest = &format!("{w}!");
        }
    }
    println!("{longest}");
}
