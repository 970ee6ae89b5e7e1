//! `Rc<RefCell<T>>` and `Cell` in one task: borrows end when their guards drop
//!
//! A `Ref` or `RefMut` holds its borrow until it is dropped (at the end of its statement when it is a temporary, at `drop(guard)` or at the end of its scope when bound), so `try_borrow_mut` fails while a `Ref` lives and succeeds after. Writes through one `Rc` clone are seen through every other; `Rc::strong_count` counts the clones alive and `Rc::ptr_eq` tells clones from equal values. A value inside the cell is dropped when the last `Rc` goes, and an assignment through `borrow_mut()` drops the value it replaces. `Cell` hands out copies with `get`, and `set`, `replace` and `take` swap its value.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Counter {
    hits: Rc<Cell<u32>>,
    log: Rc<RefCell<Vec<String>>>,
}

impl Counter {
    fn hit(&self, what: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(what.to_string());
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let hits = Rc::new(Cell::new(0u32));
    let counter = Counter { hits: Rc::clone(&hits), log: log.clone() };
    counter.hit("a");
    counter.hit("b");
    println!("hits {} log {:?} count {}", hits.get(), log.borrow(), Rc::strong_count(&log));

    let reader = log.borrow();
    println!("while reading: try_borrow_mut ok? {}", log.try_borrow_mut().is_ok());
    println!("while reading: try_borrow ok? {}", log.try_borrow().is_ok());
    println!("reader sees {}", reader.len());
    drop(reader);
    println!("after drop: try_borrow_mut ok? {}", log.try_borrow_mut().is_ok());

    {
        let mut writer = log.borrow_mut();
        writer.push("c".to_string());
        println!("while writing: try_borrow ok? {}", log.try_borrow().is_ok());
        println!("debug while writing: {:?}", log);
    }
    println!("debug after: {:?}", log);
    drop(counter);
    println!("count after dropping counter {}", Rc::strong_count(&log));

    let other = Rc::new(RefCell::new(Vec::<String>::new()));
    let same = Rc::clone(&log);
    println!("ptr_eq same {} other {}", Rc::ptr_eq(&log, &same), Rc::ptr_eq(&log, &other));
    same.borrow_mut().push("through clone".to_string());
    println!("len {} other len {}", log.borrow().len(), other.borrow().len());

    let slot = Rc::new(RefCell::new(Noisy { name: "first".to_string() }));
    let slot2 = Rc::clone(&slot);
    *slot.borrow_mut() = Noisy { name: "second".to_string() };
    println!("assigned {}", slot2.borrow().name);
    let old = slot.replace(Noisy { name: "third".to_string() });
    println!("replaced {}", old.name);
    drop(old);
    drop(slot);
    println!("one Rc left: {}", Rc::strong_count(&slot2));
    drop(slot2);
    println!("cell gone");

    let c = Cell::new(5);
    println!("replace {} take {} now {}", c.replace(7), c.take(), c.get());
    c.set(9);
    println!("cell {c:?}");
    println!("inner {}", c.into_inner());
    let r = RefCell::new(vec![1, 2]);
    r.borrow_mut().push(3);
    let taken = r.take();
    println!("taken {taken:?} left {:?}", r.borrow());
    println!("into_inner {:?}", r.into_inner());
}
