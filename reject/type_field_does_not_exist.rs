//! Reading a field the struct does not have
//!
//! The reply struct has `status` and `body`; the code reads `reply.code`. rustc reports E0609, "no
//! field `code` on type `Reply`".

use tokio::sync::oneshot;

#[derive(Debug)]
struct Reply {
    status: u16,
    body: String,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        tx.send(Reply { status: 200, body: String::from("ok") }).unwrap();
    });
    let reply = rx.await.unwrap();
    println!("{} {}", reply.code, reply.body);
}
