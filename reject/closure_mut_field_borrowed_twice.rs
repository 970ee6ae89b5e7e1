//! A closure that pushes to one field, and a `&mut` of that field while it lives
//!
//! A closure that writes `cfg.name` borrows that field mutably (only that field, in Rust
//! 2021) for as long as it is used. Taking `&mut cfg.name` before its last call is rustc's
//! E0499, "cannot borrow `cfg.name` as mutable more than once at a time"; `cfg.port` stays free.

struct Config {
    name: String,
    port: u16,
}

fn main() {
    let mut cfg = Config { name: "svc".to_string(), port: 80 };
    let mut g = || cfg.name.push('?');
    let port = &cfg.port;
    let p = &mut cfg.name;
    g();
    p.push('!');
    println!("{port}");
}
