//! An `async move` block takes one field, and the field is used after
//!
//! Rust 2021 captures only the fields a block uses: `async move { cfg.name }` moves `cfg.name`
//! into the task, so `cfg.port` stays usable but `cfg.name` is gone. Printing `cfg.name` after
//! the spawn is rustc's E0382, "borrow of moved value: `cfg.name`".

struct Config {
    name: String,
    port: u16,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { name: "svc".to_string(), port: 80 };
    let h = tokio::spawn(async move {
        println!("{}", cfg.name);
    });
    h.await.unwrap();
    println!("{} {}", cfg.port, cfg.name);
}
