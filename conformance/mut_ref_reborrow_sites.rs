//! Where a `&mut` is reborrowed rather than moved
//!
//! A `&mut` local passed to a parameter typed `&mut`, or used as a method receiver, is
//! reborrowed: the original stays usable once the reborrow ends. Only a generic parameter or an
//! untyped `let` would move it.

fn add(queue: &mut Vec<u32>, job: u32) {
    queue.push(job);
}

fn total(queue: &mut Vec<u32>) -> u32 {
    queue.iter().sum()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut queue = Vec::new();
    let r = &mut queue;
    add(r, 1);
    add(r, 2);
    r.push(3);
    r.push(5);
    println!("total {}", total(r));
    let handle = tokio::spawn(async move {
        let mut local = vec![10];
        let l = &mut local;
        add(l, 20);
        add(l, 30);
        total(l)
    });
    println!("task total {}", handle.await.unwrap());
    println!("{queue:?}");
}
