//! `Weak` references
//!
//! `Rc::downgrade` / `Arc::downgrade` make a `Weak` that does not keep the value alive: `upgrade()`
//! gives `Some(Rc)` while a strong reference lives and `None` after the last one is dropped (its
//! value is dropped then, even with `Weak`s left). Counts: `strong_count`, `weak_count` (0 once
//! the value is gone). A task can hold a `sync::Weak` to notice that its owner let go, and a tree
//! keeps parent links weak so that parent and child do not keep each other alive.
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::time::Duration;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let empty: Weak<Noisy> = Weak::new();
    println!("empty: {:?} {} {}", empty.upgrade().map(|n| n.0), empty.strong_count(), empty.weak_count());
    let strong = Rc::new(Noisy("config"));
    let w1 = Rc::downgrade(&strong);
    let w2 = w1.clone();
    println!("counts {} {} {}", Rc::strong_count(&strong), Rc::weak_count(&strong), w2.weak_count());
    if let Some(s) = w1.upgrade() {
        println!("alive: {} strong now {}", s.0, Rc::strong_count(&s));
    }
    drop(w2);
    println!("weak after drop {}", Rc::weak_count(&strong));
    drop(strong);
    println!("after last strong: {} {} {}", w1.upgrade().is_none(), w1.strong_count(), w1.weak_count());

    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    {
        let branch = Rc::new(Node { value: 5, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![Rc::clone(&leaf)]) });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("leaf's parent {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
        println!("branch {} strong {} weak, {} children", Rc::strong_count(&branch), Rc::weak_count(&branch), branch.children.borrow().len());
    }
    println!("leaf's parent {:?}, leaf {:?}", leaf.parent.borrow().upgrade().map(|p| p.value), leaf);

    let shared = Arc::new(vec![1, 2, 3]);
    let watcher = Arc::downgrade(&shared);
    let task = tokio::spawn(async move {
        for tick in 1.. {
            match watcher.upgrade() {
                Some(v) => println!("tick {tick}: sum {}", v.iter().sum::<i32>()),
                None => {
                    println!("tick {tick}: owner gone");
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    tokio::time::sleep(Duration::from_millis(25)).await;
    drop(shared);
    task.await.unwrap();
}
