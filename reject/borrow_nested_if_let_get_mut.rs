//! A second `get_mut` inside an `if let` that holds the first
//!
//! `a` borrows `slots` mutably for the whole `if let` body where it is used; the inner
//! `slots.get_mut(1)` is a second mutable borrow while `a` is still live. rustc reports E0499,
//! "cannot borrow `slots` as mutable more than once at a time".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut slots: std::collections::BTreeMap<u32, u32> = std::collections::BTreeMap::new();
    slots.insert(0, 1);
    slots.insert(1, 2);
    if let Some(a) = slots.get_mut(&0) {
        if let Some(b) = slots.get_mut(&1) {
            *b += *a;
        }
    }
    println!("{slots:?}");
}
