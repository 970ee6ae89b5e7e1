use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(1);
    tokio::select! {
        v = rx.recv() => println!("{v:?}"),
    }
}
