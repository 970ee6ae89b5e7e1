//! A mutable borrow taken in each iteration of a loop that breaks after mutating
//!
//! Each iteration makes a fresh `&mut` that dies before the next one; after the `break` the owner is used directly.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v: Vec<u32> = Vec::new();
    let mut i = 0;
    loop {
        let r = &mut v;
        r.push(i);
        if r.len() >= 3 {
            break;
        }
        i += 1;
    }
    v.push(99);
    println!("{v:?}");
}
