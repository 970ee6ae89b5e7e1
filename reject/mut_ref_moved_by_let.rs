//! A `&mut` bound to a second name without a type, then used through the first
//!
//! `let r2 = r;` moves the mutable reference: there is one `&mut` at a time. Writing through `r`
//! afterwards is rustc's E0382. (`let r2: &mut Vec<u32> = r;` would reborrow instead.)

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut jobs = vec![1, 2];
    let r = &mut jobs;
    let r2 = r;
    r2.push(3);
    r.push(4);
    println!("{jobs:?}");
}
