//! Spawning an `async fn`'s future that holds a reference to a local
//!
//! `greet(&name)` is a future that keeps `&name` until it is done; `tokio::spawn` needs a
//! `'static` future, because the task may outlive `main`'s `name`. rustc reports E0597
//! "`name` does not live long enough" at `&name`. Pass an owned `String` (`greet(name.clone())`
//! with `async fn greet(name: String)`).

async fn greet(name: &str) -> String {
    format!("hi {name}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let name = String::from("ann");
    let h = tokio::spawn(greet(&name));
    println!("{}", h.await.unwrap());
}
