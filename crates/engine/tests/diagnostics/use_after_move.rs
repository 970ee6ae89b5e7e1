use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    let msg = String::from("hello");
    tx.send(msg).await.unwrap();
    println!("sent {}", msg);
    println!("{:?}", rx.recv().await);
}
