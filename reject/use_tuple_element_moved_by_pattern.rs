//! Using a tuple element that `let (p, _) = u;` moved out
//!
//! The pattern moves `u.0` into `p` and leaves `u.1` where it is: `u.1` is still usable, `u.0` is
//! not. rustc reports E0382, "borrow of moved value: `u.0`".

fn main() {
    let u = (String::from("u"), String::from("v"));
    let (p, _) = u;
    println!("{p} {} {}", u.1, u.0);
}
