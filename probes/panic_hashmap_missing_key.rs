//! Panics: indexing a HashMap with a missing key
//!
//! `map["k"]` for a key that is not there panics with "no entry found for key"
//! (HashMap's `Index` impl).

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut map = std::collections::HashMap::new();
    map.insert("a", 1);
    println!("{}", map["a"]);
    println!("{}", map["k"]);
}
