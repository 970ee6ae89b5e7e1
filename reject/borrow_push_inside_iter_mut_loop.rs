//! Pushing to a vector while looping over its `&mut` elements
//!
//! `v.iter_mut()` borrows `v` mutably for the whole loop, so the body cannot borrow it again:
//! `v.push(..)` could reallocate the buffer the loop is walking. rustc reports E0499, "cannot
//! borrow `v` as mutable more than once at a time", at the `push`. (Collect what to add, and push
//! after the loop.)

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![0, 1, 0];
    for x in v.iter_mut() {
        if *x == 0 {
            *x = 1;
            v.push(1);
        }
    }
    println!("{v:?}");
}
