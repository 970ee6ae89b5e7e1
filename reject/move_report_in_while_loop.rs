//! A String passed by value inside a loop
//!
//! `send_report` takes the report by value, so the first message moves `report` into the call and
//! the loop's next turn has nothing left to send. rustc reports E0382, "use of moved value:
//! `report`" ("value moved here, in previous iteration of loop").

use tokio::sync::mpsc;

async fn send_report(tx: &mpsc::Sender<String>, report: String) {
    tx.send(report).await.unwrap();
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    let report = String::from("all green");
    let mut round = 0;
    while round < 3 {
        send_report(&tx, report).await;
        round += 1;
    }
    drop(tx);
    while let Some(r) = rx.recv().await {
        println!("{r}");
    }
}
