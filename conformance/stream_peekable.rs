//! tokio-stream's `peekable`: `peek` looks at the next item without taking it
//!
//! `peek().await` gives a reference to the next item (waiting for it if need be) and keeps it:
//! peeking again gives the same one, and the next `next()` hands it over. At the end `peek`
//! gives `None`. A small tokenizer uses it to join digits, binding `Some(Tok::Num(m))` by
//! reference (`*m`).

use std::time::Duration;
use tokio_stream::{self as stream, StreamExt};

#[derive(Debug, PartialEq)]
enum Tok {
    Num(u32),
    Plus,
    End,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut s = stream::iter(vec![1, 2, 3]).peekable();
    println!("{:?}", s.peek().await);
    println!("{:?}", s.peek().await);
    println!("{:?}", s.next().await);
    let a = s.next().await;
    println!("{:?} {:?}", a, s.peek().await);
    let b = s.next().await;
    println!("{:?} {:?}", b, s.peek().await);
    println!("{:?}", s.next().await);

    let toks = stream::iter(vec![Tok::Num(1), Tok::Num(2), Tok::Plus, Tok::Num(5), Tok::End]).peekable();
    tokio::pin!(toks);
    let mut nums = vec![];
    while let Some(t) = toks.next().await {
        if let Tok::Num(n) = t {
            let mut v = n;
            while let Some(Tok::Num(m)) = toks.peek().await {
                v = v * 10 + *m;
                toks.next().await;
            }
            nums.push(v);
        }
    }
    println!("{nums:?}");

    let (tx, rx) = tokio::sync::mpsc::channel(4);
    tokio::spawn(async move {
        for i in 0..3 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            tx.send(i).await.unwrap();
        }
    });
    let mut r = tokio_stream::wrappers::ReceiverStream::new(rx).peekable();
    while let Some(x) = r.peek().await {
        println!("peeked {x} at {:?}", tokio::time::Instant::now().elapsed());
        let got = r.next().await;
        println!("got {got:?}");
    }
}
