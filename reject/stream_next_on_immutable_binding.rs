//! `next()` on a stream bound without `mut`: E0596
//!
//! `StreamExt::next` borrows the stream mutably, so the binding must be
//! declared `mut`. rustc reports E0596, "cannot borrow `s` as mutable, as
//! it is not declared as mutable".

use tokio_stream::{self as stream, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let s = stream::iter(vec![1, 2]);
    println!("{:?}", s.next().await);
}
