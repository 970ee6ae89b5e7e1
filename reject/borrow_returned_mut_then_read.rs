//! Reading a vector while the `&mut` a function returned into it is in use
//!
//! `first` returns `&mut v[0]` of its `&mut` argument: with elided lifetimes the result borrows
//! the argument, so `slot` keeps `counts` mutably borrowed until `slot`'s last use. Reading
//! `counts.len()` in between is E0502, "cannot borrow `counts` as immutable because it is also
//! borrowed as mutable".

fn first(v: &mut Vec<u64>) -> &mut u64 {
    &mut v[0]
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut counts = vec![1, 2, 3];
    let slot = first(&mut counts);
    println!("{} counts", counts.len());
    *slot += 1;
}
