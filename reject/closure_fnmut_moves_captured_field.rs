//! A `map` closure that moves a captured field out
//!
//! `Iterator::map` takes an `FnMut` closure, which may be called once per item, so it cannot
//! give away what it captures: `let n = cfg.name;` inside it is rustc's E0507, "cannot move out
//! of `cfg.name`, a captured variable in an `FnMut` closure". Borrow it or clone it instead.

struct Cfg {
    name: String,
}

fn main() {
    let v = vec![1, 2, 3];
    let cfg = Cfg { name: "a".into() };
    let out: Vec<String> = v
        .iter()
        .map(|x| {
            let n = cfg.name;
            format!("{n}{x}")
        })
        .collect();
    println!("{:?}", out);
}
