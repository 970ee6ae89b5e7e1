//! Walking a chain with `while let Some(node) = cur.take()` and reassigning `cur`
//!
//! `take` moves the node out and leaves `None`; the body puts the next node back, so `cur` is always initialized.

struct Node {
    value: u32,
    next: Option<Box<Node>>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let list = Node { value: 1, next: Some(Box::new(Node { value: 2, next: Some(Box::new(Node { value: 3, next: None })) })) };
    let mut cur = Some(Box::new(list));
    let mut sum = 0;
    while let Some(node) = cur.take() {
        sum += node.value;
        cur = node.next;
    }
    println!("{sum} {}", cur.is_none());
}
