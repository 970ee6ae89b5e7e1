//! Collecting a stream
//!
//! tokio-stream's `collect()` is a future: awaited, it pulls every item and builds what is
//! asked for, by the type the result is given (`let v: Vec<_> = ..`) or by a turbofish: a
//! `Vec`, a `String`, a map, a set, or a `Result` of one, which stops at the first `Err`. Over
//! a `ReceiverStream` it ends when every sender is gone, at that moment's virtual time.

use std::collections::{BTreeMap, HashSet};
use tokio::sync::mpsc;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::ReceiverStream;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let doubled: Vec<i32> = tokio_stream::iter(vec![1, 2, 3]).map(|x| x * 2).collect().await;
    println!("{doubled:?}");
    let s = tokio_stream::iter(vec!["a", "b", "c"]).collect::<String>().await;
    println!("{s}");
    let m: BTreeMap<u32, String> = tokio_stream::iter(1..4u32).map(|i| (i, i.to_string().repeat(i as usize))).collect().await;
    println!("{m:?}");
    let ok: Result<Vec<u8>, String> = tokio_stream::iter(vec![Ok(1), Ok(2)]).collect().await;
    let bad: Result<Vec<u8>, String> = tokio_stream::iter(vec![Ok(1), Err("no".to_string()), Ok(3)]).collect().await;
    println!("{ok:?} {bad:?}");
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(async move {
        for i in 0..6 {
            tx.send(i % 4).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    });
    let start = tokio::time::Instant::now();
    let set: HashSet<i32> = ReceiverStream::new(rx).filter(|x| x % 2 == 0).collect().await;
    let mut v: Vec<_> = set.into_iter().collect();
    v.sort();
    println!("{v:?} after {:?}", start.elapsed());
}
