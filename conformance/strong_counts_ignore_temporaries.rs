//! `Rc::strong_count` and `Arc::strong_count` count owners, not uses
//!
//! Printing an `Rc` next to its count, passing it by reference, and reading it in the same
//! expression do not make owners; clones do, in variables, in collections and in tasks, until
//! they are dropped (a finished task drops what it moved in).
use std::rc::Rc;
use std::sync::Arc;

fn count_of(r: &Rc<String>) -> usize {
    Rc::strong_count(r)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    println!("{} {} {}", b, Rc::strong_count(&a), a.len());
    println!("{} {}", count_of(&a), Rc::strong_count(&b) + count_of(&b));
    let v = vec![Rc::clone(&a), Rc::clone(&b)];
    println!("{} {}", v.len(), Rc::strong_count(&a));
    drop(v);
    drop(b);
    println!("{}", Rc::strong_count(&a));

    let data = Arc::new(vec![1, 2, 3]);
    let mut handles = Vec::new();
    for i in 0..3 {
        let data = Arc::clone(&data);
        handles.push(tokio::spawn(async move { data[i] * 10 }));
    }
    println!("{:?} {}", data, Arc::strong_count(&data));
    let mut sum = 0;
    for h in handles {
        sum += h.await.unwrap();
    }
    println!("{sum} {:?} {}", data, Arc::strong_count(&data));
}
