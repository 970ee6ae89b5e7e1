//! `let ... else` binding the `&mut` of `get_mut`, `first_mut` and friends
//!
//! `let Some(x) = m.get_mut(k) else { .. };` binds the `&mut` to the element the key finds, and
//! runs the diverging `else` block (`continue`, `return`, a panic) when there is none; writes
//! through `x` after the statement (`x.push(..)`, `*x += 1`) change the element in the map or
//! vector. The same for a vector's `get_mut(i)`, `first_mut()`, `last_mut()`, a `VecDeque`'s
//! `front_mut()`, and std's `Mutex::get_mut` with `let Ok(x) = .. else`.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<(String, u32)>(8);
    tokio::spawn(async move {
        for (name, n) in [("alice", 2), ("bob", 1), ("carol", 5), ("alice", 3)] {
            tx.send((name.to_string(), n)).await.unwrap();
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    });

    let mut totals: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    totals.insert("alice".to_string(), Vec::new());
    totals.insert("bob".to_string(), Vec::new());
    while let Some((name, n)) = rx.recv().await {
        let Some(seen) = totals.get_mut(&name) else {
            println!("{name} is not registered, skipping {n}");
            continue;
        };
        seen.push(n);
        println!("{name}: {:?}", seen);
    }
    println!("{:?}", totals);

    let mut scores = vec![3, 1, 4];
    let Some(top) = scores.first_mut() else { panic!("no scores") };
    *top += 10;
    let Some(last) = scores.last_mut() else { return };
    *last *= 2;
    let Some(mid) = scores.get_mut(1) else { return };
    *mid -= 1;
    println!("scores {:?}", scores);

    let mut queue: VecDeque<String> = VecDeque::from(vec!["a".to_string()]);
    let Some(front) = queue.front_mut() else { return };
    front.push_str("-first");
    println!("queue {:?}", queue);

    let mut shared = Mutex::new(vec![1]);
    let Ok(data) = shared.get_mut() else { return };
    data.push(2);
    println!("mutex {:?}", shared.lock().unwrap());

    let mut empty: Vec<u32> = Vec::new();
    let Some(x) = empty.first_mut() else {
        println!("empty: nothing to change");
        return;
    };
    *x += 1;
    println!("not reached {:?}", empty);
}
