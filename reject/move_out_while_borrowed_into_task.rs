//! Moving a Vec into a task while a reference to it is alive
//!
//! `first` borrows an element of `names`; then `async move` moves `names` into a task while `first`
//! is still used below. rustc reports E0505, "cannot move out of `names` because it is borrowed".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let first = &names[0];
    let handle = tokio::spawn(async move {
        println!("{} names", names.len());
    });
    println!("first is {first}");
    handle.await.unwrap();
}
