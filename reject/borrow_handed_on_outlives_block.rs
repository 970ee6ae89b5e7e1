//! A borrow handed from one binding to another, which outlives the borrowed vector
//!
//! `let slice = &data[..]; v = slice;` gives `v` the borrow of `data`; `data` is dropped at the
//! end of its block while `v` is printed after it. rustc's E0597, "`data` does not live long
//! enough", at `data`, which `Index` borrows.

fn main() {
    let v;
    {
        let data = vec![1, 2, 3];
        let slice = &data[..];
        v = slice;
    }
    println!("{:?}", v);
}
