//! A misspelled type in a struct field
//!
//! The field's type is written `Strng`. rustc 1.95 reports E0425, "cannot find type `Strng` in
//! this scope" (older versions gave E0412), and suggests `String`.

use tokio::sync::mpsc;

struct Event {
    name: Strng,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send(Event { name: String::from("boot") }).await.unwrap();
    println!("{}", rx.recv().await.unwrap().name);
}
