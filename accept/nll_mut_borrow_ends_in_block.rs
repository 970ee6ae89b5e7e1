//! A `&mut` borrow that ends with its block
//!
//! Inside the block `r` is the only way to `v`; after the block `v` is used directly and borrowed again.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![0];
    {
        let r = &mut v;
        r.push(1);
        r[0] = 5;
    }
    v.push(2);
    let total: i32 = v.iter().sum();
    println!("{v:?} {total}");
}
