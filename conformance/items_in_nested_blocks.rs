//! Items and `use`s declared in nested blocks
//!
//! A `use`, a `fn`, a `struct` or a `const` may sit in any block: an
//! `if`'s, a loop's, a closure's, an `async` block's. Each is visible in
//! its block, as Tokio's own doc examples rely on.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    {
        use std::collections::BTreeMap;
        let mut m = BTreeMap::new();
        m.insert("b", 2);
        m.insert("a", 1);
        println!("block: {m:?}");
    }
    for i in 0..2 {
        const STEP: i32 = 10;
        fn scale(x: i32) -> i32 {
            x * STEP
        }
        println!("loop: {}", scale(i));
    }
    let describe = |n: u32| {
        #[derive(Debug)]
        struct Pair(u32, u32);
        impl Pair {
            fn sum(&self) -> u32 {
                self.0 + self.1
            }
        }
        let p = Pair(n, n + 1);
        format!("{p:?} sums to {}", p.sum())
    };
    println!("closure: {}", describe(3));
    let task = tokio::spawn(async {
        use tokio::sync::mpsc;
        let (tx, mut rx) = mpsc::channel(1);
        tx.send("from an async block").await.unwrap();
        rx.recv().await
    });
    println!("task: {:?}", task.await.unwrap());
    if true {
        use std::collections::HashSet;
        let s: HashSet<i32> = [1, 1, 2].into_iter().collect();
        println!("if: {}", s.len());
    }
}
