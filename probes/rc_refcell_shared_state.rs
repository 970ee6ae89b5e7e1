//! `Rc<RefCell<T>>` shared by closures and structs in one task
//!
//! Every clone of an `Rc<RefCell<Vec<_>>>` is the same cell: a closure that pushes through
//! `borrow_mut()` and a struct holding another clone see each other's writes, `Rc::strong_count`
//! counts the clones alive, and `replace`, `take`, `into_inner` (after `Rc::try_unwrap`) and
//! `Cell::get/set/replace` behave as std's. `Debug` of a `RefCell` prints `RefCell { value: .. }`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Log {
    lines: Rc<RefCell<Vec<String>>>,
    hits: Rc<Cell<u32>>,
}

impl Log {
    fn note(&self, s: &str) {
        self.lines.borrow_mut().push(s.to_string());
        self.hits.set(self.hits.get() + 1);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let lines = Rc::new(RefCell::new(Vec::new()));
    let hits = Rc::new(Cell::new(0));
    let log = Log { lines: Rc::clone(&lines), hits: hits.clone() };
    let push = {
        let lines = Rc::clone(&lines);
        move |s: &str| lines.borrow_mut().push(format!("closure: {s}"))
    };
    println!("count {}", Rc::strong_count(&lines));
    log.note("one");
    push("two");
    log.note("three");
    println!("{:?} hits={}", lines.borrow(), hits.get());
    println!("{:?}", lines);
    drop(push);
    drop(log);
    println!("count {}", Rc::strong_count(&lines));
    let old = lines.replace(vec!["fresh".to_string()]);
    println!("old {} new {:?}", old.len(), lines.borrow());
    let taken = lines.take();
    println!("taken {taken:?} left {:?}", lines.borrow());
    println!("cell replace {} now {}", hits.replace(10), hits.get());
    let inner = Rc::try_unwrap(lines).map(RefCell::into_inner);
    println!("{inner:?}");
}
