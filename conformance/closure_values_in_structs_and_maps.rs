//! Closures as values: in struct fields, maps and vectors, returning futures
//!
//! A `Box<dyn Fn>` in a struct field is called as `(self.field)(x)`, boxed closures live in a `HashMap` and a `Vec` (cast with `as Box<dyn Fn..>`), and a closure that returns an `async move` block makes futures that are awaited or spawned.

use std::collections::HashMap;
use tokio::time::{Duration, sleep};

struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

impl Button {
    fn click(&self) -> String {
        (self.on_click)(&self.label)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let b = Button { label: "ok".into(), on_click: Box::new(|l| format!("clicked {l}")) };
    println!("{}", b.click());
    let make = |ms: u64| async move {
        sleep(Duration::from_millis(ms)).await;
        ms * 2
    };
    println!("{}", make(5).await);
    let h = tokio::spawn(make(7));
    println!("{}", h.await.unwrap());
    let mut handlers: HashMap<&str, Box<dyn Fn(i32) -> i32>> = HashMap::new();
    handlers.insert("double", Box::new(|x| x * 2));
    handlers.insert("neg", Box::new(|x| -x));
    let mut names: Vec<_> = handlers.keys().cloned().collect();
    names.sort();
    for n in names {
        println!("{n}: {}", (handlers[n])(21));
    }
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x + k) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{:?}", adders.iter().map(|f| f(10)).collect::<Vec<_>>());
}
