use tokio::sync::mpsc;
#[tokio::main]
async fn main() -> Result<(), String> {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    tx.send(1).await.unwrap();
    let v = rx.recv().await?;
    println!("{}", v);
    Ok(())
}
