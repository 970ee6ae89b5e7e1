//! Calling an FnMut closure held in a binding without mut
//!
//! `inc` changes `count`, so it is `FnMut`: calling it borrows it mutably, and the binding is not
//! `mut`. rustc reports E0596, "cannot borrow `inc` as mutable".

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc();
    println!("{count}");
}
