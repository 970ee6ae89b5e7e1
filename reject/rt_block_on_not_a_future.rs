//! `block_on` of a value that is not a future
//!
//! `Runtime::block_on` needs a future to drive; an integer is not one. rustc reports E0277,
//! "`{integer}` is not a future", at the argument.

use tokio::runtime::Builder;

fn main() {
    let rt = Builder::new_current_thread().build().unwrap();
    let x = rt.block_on(5);
    println!("{x:?}");
}
