//! `oneshot::Receiver::try_recv`: empty, then the value, then closed
//!
//! Before the send it is `Empty`; it takes the value once; after that, or when the sender is dropped without sending, it is `Closed`.

use tokio::sync::oneshot;
use tokio::sync::oneshot::error::TryRecvError;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = oneshot::channel::<String>();
    match rx.try_recv() {
        Err(TryRecvError::Empty) => println!("empty before the send"),
        other => println!("unexpected {other:?}"),
    }
    tx.send("hello".to_string()).unwrap();
    println!("{:?}", rx.try_recv());
    let again = rx.try_recv();
    println!("{again:?}");
    if let Err(e) = again {
        println!("{e}");
    }

    let (tx2, mut rx2) = oneshot::channel::<u8>();
    let e = rx2.try_recv().unwrap_err();
    println!("{e} / {e:?}");
    drop(tx2);
    println!("{:?}", rx2.try_recv());
}
