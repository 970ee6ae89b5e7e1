//! `iter_mut().for_each(..)`: changing each element in place through the closure's `&mut`
//!
//! `v.iter_mut().for_each(|x| *x *= 10)` changes the vector's elements, as the `for x in
//! v.iter_mut()` loop does; so do `iter_mut().enumerate().for_each(|(i, x)| ..)`, a map's
//! `values_mut().for_each(..)` and a struct field's `iter_mut()`. Each task here scales its own
//! readings, then sends them on.

use std::collections::BTreeMap;
use tokio::sync::mpsc;

struct Batch {
    id: u32,
    readings: Vec<i64>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Batch>(4);
    for id in 1..=2u32 {
        let tx = tx.clone();
        tokio::spawn(async move {
            let mut batch = Batch { id, readings: vec![1, 2, 3] };
            batch.readings.iter_mut().for_each(|r| *r *= i64::from(id) * 10);
            batch.readings.iter_mut().enumerate().for_each(|(i, r)| {
                if i % 2 == 0 {
                    *r += 1;
                }
            });
            tx.send(batch).await.unwrap();
        });
    }
    drop(tx);
    let mut totals = BTreeMap::new();
    while let Some(b) = rx.recv().await {
        println!("batch {}: {:?}", b.id, b.readings);
        totals.insert(b.id, b.readings.iter().sum::<i64>());
    }
    totals.values_mut().for_each(|t| *t = -*t);
    println!("{totals:?}");
}
