// `root.borrow().children[0]` is a place Rust only borrows, but the VM
// keeps a copy of the `Rc` in it for the rest of the statement: counting
// `leaf`'s owners there would count that copy. The run stops rather than
// print 3 where Rust prints 2; counted in a statement of its own, it runs.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    val: i32,
    children: Vec<Rc<RefCell<Node>>>,
}

fn main() {
    let leaf = Rc::new(RefCell::new(Node { val: 3, children: vec![] }));
    let root = Rc::new(RefCell::new(Node { val: 1, children: vec![leaf.clone()] }));
    println!("{}", Rc::strong_count(&leaf));
    println!("{} {}", root.borrow().children[0].borrow().val, Rc::strong_count(&leaf));
}
