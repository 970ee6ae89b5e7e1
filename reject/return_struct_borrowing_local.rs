//! Returning a struct that borrows a local
//!
//! `Config { name: &owned }` keeps a reference to `owned`, which the function owns and drops when
//! it returns, so the struct cannot leave it: rustc's E0515, "cannot return value referencing local
//! variable `owned`", at the struct literal. Make the field an owned `String` instead.

struct Config<'a> {
    name: &'a str,
    retries: u32,
}

fn load() -> Config<'static> {
    let owned = format!("service-{}", 7);
    Config { name: &owned, retries: 3 }
}

fn main() {
    let c = load();
    println!("{} {}", c.name, c.retries);
}
