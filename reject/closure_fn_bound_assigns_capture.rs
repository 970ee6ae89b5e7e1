//! A closure passed to an `F: Fn()` parameter that changes what it captures
//!
//! `Fn` closures may be called while shared, so they cannot change their captures:
//! `apply(|| count += 1)` is rustc's E0594, "cannot assign to `count`, as it is a captured
//! variable in a `Fn` closure". `F: FnMut()` allows it.

fn apply<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut count = 0;
    apply(|| count += 1);
    println!("{}", count);
}
