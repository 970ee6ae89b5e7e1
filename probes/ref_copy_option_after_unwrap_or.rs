//! References: an `Option<i32>` is `Copy` and stays usable after `unwrap_or`
//!
//! `unwrap_or` takes the option by value, but `Option<i32>` is `Copy`, so `o` can be
//! printed and unwrapped again afterwards. The same holds for a tuple of integers.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let o: Option<i32> = Some(3);
    let a = o.unwrap_or(0);
    let b = o.unwrap_or(1);
    println!("{} {} {:?}", a, b, o);
    let n: Option<i32> = None;
    let c = n.unwrap_or(9);
    println!("{} {:?}", c, n);
    let t = (1, 2);
    let u = t;
    println!("{:?} {:?}", t, u);
}
