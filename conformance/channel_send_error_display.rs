//! The text of a failed send, for each kind of channel
//!
//! Tokio's broadcast `SendError<T>` implements `Display` ("channel closed") for every `T`, and
//! `Debug` (`SendError(value)`) when `T` does; watch's prints `SendError { .. }`. std's
//! `SendError` says "sending on a closed channel", its `TrySendError` "sending on a full
//! channel" or the same, and both hide the value from `Debug`.

use tokio::sync::{broadcast, watch};
#[derive(Debug, Clone)]
struct Msg {
    id: u32,
}
struct NoDbg;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = broadcast::channel::<Msg>(1);
    drop(rx);
    if let Err(e) = tx.send(Msg { id: 1 }) {
        println!("send failed: {} / {:?}, id {}", e, e, e.0.id);
    }
    let (tx, rx) = broadcast::channel::<(u8, u8)>(1);
    drop(rx);
    let e = tx.send((1, 2)).unwrap_err();
    println!("{e} {e:?} {:?}", e.0);
    let (wtx, wrx) = watch::channel(NoDbg);
    drop(wrx);
    let e = wtx.send(NoDbg).unwrap_err();
    println!("{e} {e:?}");
    let (stx, srx) = std::sync::mpsc::channel::<NoDbg>();
    drop(srx);
    let e = stx.send(NoDbg).unwrap_err();
    println!("{e} {e:?}");
    let (sstx, srx) = std::sync::mpsc::sync_channel::<Msg>(1);
    sstx.try_send(Msg { id: 1 }).unwrap();
    let e = sstx.try_send(Msg { id: 2 }).unwrap_err();
    println!("{e} {e:?}");
    drop(srx);
    let e = sstx.try_send(Msg { id: 3 }).unwrap_err();
    println!("{e} {e:?}");
}
