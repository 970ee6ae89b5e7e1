//! `RefCell` and `Cell` compare, clone and print by their values
//!
//! `==` on cells (and on a struct deriving `PartialEq` with cell fields) compares what they hold;
//! `clone` makes an independent cell; `Debug` prints `RefCell { value: .. }` and `Cell { value: .. }`
//! (also with `{:#?}`); a failed `try_borrow_mut` is `BorrowMutError`, displayed as "RefCell already
//! borrowed"; a `RefMut` from `try_borrow_mut` writes through.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
struct State {
    n: RefCell<Vec<u32>>,
    c: Cell<i32>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = RefCell::new(1);
    let b = RefCell::new(1);
    println!("{}", a == b);
    let s = State { n: RefCell::new(vec![1]), c: Cell::new(3) };
    let t = s.clone();
    t.n.borrow_mut().push(2);
    t.c.set(4);
    println!("{:?} {:?} {}", s, t, s == t);
    let r = Rc::new(RefCell::new(String::from("x")));
    r.borrow_mut().push('y');
    let len = r.borrow().len();
    println!("{} {len} {}", r.borrow(), *r.borrow() == "xy");
    match r.try_borrow_mut() {
        Ok(mut g) => g.push('z'),
        Err(e) => println!("err {e:?}"),
    }
    let g = r.borrow();
    match r.try_borrow_mut() {
        Ok(_) => println!("ok"),
        Err(e) => println!("err {e:?} / {e}"),
    }
    drop(g);
    let v = Rc::new(Cell::new(1.5));
    v.set(v.get() * 2.0);
    println!("{:?} {:#?}", v, RefCell::new((1, "a")));
}
