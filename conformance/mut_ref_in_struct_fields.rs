//! `&mut` kept in struct and enum fields: writes through the field reach the borrowed local
//!
//! A struct can hold a `&'a mut T` (`Counter { hits: &mut hits }`), and so can a tuple struct
//! or an enum variant. Whatever is written through the field (`*self.hits += 1`, `push`,
//! `write!`, an index) changes the local it borrows, which the program reads again once the
//! struct is no longer used. A `&mut` parameter moved into a struct works the same, and so
//! does a hand-written future that keeps a `&mut Vec` and fills it with
//! `Receiver::poll_recv_many` (as in Tokio's own documentation of that method).

use std::fmt::Write;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::sync::mpsc;
struct Counter<'a> {
    hits: &'a mut u32,
    log: &'a mut String,
}

impl<'a> Counter<'a> {
    fn hit(&mut self, who: &str) {
        *self.hits += 1;
        let _ = write!(self.log, "{who};");
    }
    fn total(&self) -> u32 {
        *self.hits
    }
}

struct Wrap<'a>(&'a mut Vec<i32>);

enum Slot<'a> {
    Num(&'a mut i64),
    Empty,
}

fn bump(s: &mut Slot<'_>) {
    if let Slot::Num(n) = s {
        **n += 10;
    }
}

fn fill(w: Wrap<'_>) {
    w.0.push(4);
    w.0.extend([5, 6]);
}

fn record(out: &mut Vec<String>, words: &[&str]) {
    let mut w = Words { out, seen: 0 };
    for word in words {
        w.add(word);
    }
    println!("seen {}", w.seen);
}

struct Words<'a> {
    out: &'a mut Vec<String>,
    seen: usize,
}

impl Words<'_> {
    fn add(&mut self, w: &str) {
        self.out.push(w.to_uppercase());
        self.seen += 1;
    }
}

struct Batch<'a> {
    rx: mpsc::Receiver<i32>,
    buffer: &'a mut Vec<i32>,
    limit: usize,
}

impl Future for Batch<'_> {
    type Output = usize;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<usize> {
        let Batch { rx, buffer, limit } = &mut *self;
        rx.poll_recv_many(cx, buffer, *limit)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut hits = 0;
    let mut log = String::new();
    let mut c = Counter { hits: &mut hits, log: &mut log };
    c.hit("ann");
    c.hit("bob");
    println!("total {} log {}", c.total(), c.log);
    println!("hits {hits}, log {log:?}");

    let mut v = vec![1, 2, 3];
    let w = Wrap(&mut v);
    w.0[0] = 10;
    println!("len via wrap {}", w.0.len());
    fill(w);
    println!("{v:?}");

    let mut n = 5i64;
    let mut s = Slot::Num(&mut n);
    bump(&mut s);
    bump(&mut s);
    if let Slot::Num(r) = &s {
        println!("through the slot: {r}");
    }
    s = Slot::Empty;
    bump(&mut s);
    println!("n = {n}");

    let mut words = Vec::new();
    record(&mut words, &["tokio", "rust"]);
    println!("{words:?}");

    let (tx, rx) = mpsc::channel(8);
    let mut got = Vec::new();
    let batch = Batch { rx, buffer: &mut got, limit: 3 };
    tokio::spawn(async move {
        for i in 0..5 {
            tx.send(i * i).await.unwrap();
        }
    });
    let n = batch.await;
    println!("batch of {n}: {got:?}");
}
