//! A reference that outlives the block of its referent
//!
//! `reply` is created inside the inner block and dropped at its `}`, but `answer` keeps pointing at
//! it and is printed afterwards. rustc reports E0597, "`reply` does not live long enough".

use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel::<String>();
    tx.send(String::from("pong")).unwrap();
    let answer;
    {
        let reply = rx.await.unwrap();
        answer = &reply;
    }
    println!("{answer}");
}
