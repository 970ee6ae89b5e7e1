//! `dbg!(x)` moves `x`
//!
//! `dbg!` takes its argument by value so that it can hand it back, so `dbg!(name);` on its own
//! moves a `String` away, and printing it afterwards is rustc's E0382, "borrow of moved value".
//! Write `dbg!(&name);` to look without taking, or keep what it returns: `let name = dbg!(name);`.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let name = String::from("worker-1");
    dbg!(name);
    let handle = tokio::spawn(async move {
        println!("starting {name}");
    });
    handle.await.unwrap();
}
