//! `#[derive(Default)]` and struct update syntax
//!
//! `..Default::default()` fills the remaining fields, and `..base` copies the rest from another value.

#[derive(Debug, Default, Clone)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let base = Config { retries: 3, ..Default::default() };
    let named = Config { name: String::from("x"), ..base.clone() };
    let d = Config::default();
    println!("{base:?}\n{named:?}\n{d:?}");
}
