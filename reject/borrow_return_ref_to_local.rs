//! Returning a reference to a local variable
//!
//! `longest_name` builds a new `String` and returns a reference to it, but the `String` is dropped
//! when the function returns. rustc reports E0515, "cannot return reference to local variable
//! `joined`". Return the `String` itself.

fn longest_name(names: &Vec<String>) -> &str {
    let mut joined = String::new();
    for n in names {
        if n.len() > joined.len() {
            joined = n.clone();
        }
    }
    &joined
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let names = vec![String::from("ann"), String::from("barbara")];
    println!("{}", longest_name(&names));
}
