//! `v.get(i)` used as if it were the element
//!
//! `get` returns an `Option<&T>` (`None` past the end), not the element: binding it to an `i32`
//! is rustc's E0308, "mismatched types". Use `v[i]`, or handle the `Option`.

fn main() {
    let v = vec![1, 2, 3];
    for i in 0..v.len() {
        let x: i32 = v.get(i);
        println!("{}", x);
    }
}
