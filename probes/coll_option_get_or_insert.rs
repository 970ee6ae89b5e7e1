//! Collections: `Option::get_or_insert` fills an empty option in place
//!
//! `get_or_insert(9)` on `None` stores 9 in the option and returns it; on `Some(1)` it
//! keeps the 1. Either way the option is changed through `&mut self`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut d: Option<i32> = None;
    println!("{}", d.get_or_insert(9));
    println!("{:?}", d);
    let mut e = Some(1);
    println!("{}", e.get_or_insert(5));
    println!("{:?}", e);
}
