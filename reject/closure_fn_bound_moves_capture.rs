//! A closure passed to an `F: Fn()` parameter that moves what it captures
//!
//! `fn call<F: Fn()>(f: F)` may call `f` many times, so the closure cannot move `s` out: rustc's
//! E0507, "cannot move out of `s`, a captured variable in an `Fn` closure".

fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let s = String::from("hi");
    call(|| {
        let t = s;
        println!("{t}");
    });
}
