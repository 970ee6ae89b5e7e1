//! Writing into an `Option` through `as_mut()` and `&mut opt`
//!
//! Both give a `&mut` to the contents without moving the `Option`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut slot = Some(1);
    if let Some(x) = slot.as_mut() {
        *x += 1;
    }
    if let Some(x) = &mut slot {
        *x *= 10;
    }
    let mut name = Some(String::from("n"));
    if let Some(s) = name.as_mut() {
        s.push('2');
    }
    match &mut name {
        Some(s) => s.push('3'),
        None => {}
    }
    println!("{slot:?} {name:?}");
}
