//! `Option::take` leaves `None` behind instead of moving
//!
//! `slot.take()` moves the value out through a `&mut`, so `slot` itself is still usable; the same works for a struct field.

struct Holder {
    item: Option<String>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut slot = Some(String::from("x"));
    let got = slot.take();
    println!("{got:?} {slot:?}");
    let mut h = Holder { item: Some(String::from("y")) };
    if let Some(item) = h.item.take() {
        println!("took {item}");
    }
    println!("{:?}", h.item);
}
