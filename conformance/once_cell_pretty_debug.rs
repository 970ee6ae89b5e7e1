//! `{:#?}` of a `OnceCell` and a `SetOnce` puts the value on its own, indented lines
//!
//! As a derived `Debug` would: `OnceCell {\n    value: Some(\n        1,\n    ),\n}`.

use tokio::sync::{OnceCell, SetOnce};
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let c: OnceCell<u32> = OnceCell::new();
    println!("{:#?}", c);
    c.set(1).unwrap();
    println!("{:#?}", c);
    let s = SetOnce::new_with(Some(vec![1, 2]));
    println!("{:#?} {:?}", s, s);
}
