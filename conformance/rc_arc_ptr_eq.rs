//! `Rc::ptr_eq` and `Arc::ptr_eq`
//!
//! Clones of an `Rc` (by `Rc::clone` or `.clone()`) point at the same allocation, so `Rc::ptr_eq` is true for them even through a function that takes references, and false for two `Rc::new` of equal values (which still compare equal with `==`). `Arc` behaves the same, including a clone moved into a spawned task.

use std::rc::Rc;
use std::sync::Arc;

fn same(a: &Rc<String>, b: &Rc<String>) -> bool {
    Rc::ptr_eq(a, b)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = Rc::new(String::from("config"));
    let b = Rc::clone(&a);
    let c = a.clone();
    let d = Rc::new(String::from("config"));
    println!("a~b {} a~c {} a~d {} a==d {}", Rc::ptr_eq(&a, &b), Rc::ptr_eq(&a, &c), Rc::ptr_eq(&a, &d), a == d);
    println!("through fn: {} {}", same(&b, &c), same(&c, &d));
    let list = vec![Rc::clone(&a), d.clone(), b];
    let firsts = list.iter().filter(|r| Rc::ptr_eq(r, &a)).count();
    println!("{firsts} of {} are a", list.len());

    let shared = Arc::new(vec![1, 2, 3]);
    let other = Arc::new(vec![1, 2, 3]);
    let mine = Arc::clone(&shared);
    let h = tokio::spawn(async move {
        let back = Arc::clone(&mine);
        (Arc::ptr_eq(&mine, &back), mine)
    });
    let (inside, returned) = h.await.unwrap();
    println!("inside {inside}, returned is shared {}, other {}", Arc::ptr_eq(&returned, &shared), Arc::ptr_eq(&other, &shared));
}
