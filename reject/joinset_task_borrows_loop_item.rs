//! A `JoinSet` task that borrows the vector it is spawned from
//!
//! `for n in &names` gives `&String`s, and `async move` moves the reference, not the string,
//! into a task that must be `'static`: rustc's E0597, "`names` does not live long enough".
use tokio::task::JoinSet;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let mut set = JoinSet::new();
    for n in &names {
        set.spawn(async move { n.len() });
    }
    while let Some(r) = set.join_next().await {
        println!("{}", r.unwrap());
    }
}
