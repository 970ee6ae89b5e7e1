//! A user trait implemented for std types (extension traits)
//!
//! `impl Summary for u64`, `for String`, `for str`, `for Vec<T>` and `for bool` make the trait's
//! methods callable on those values, directly, through a generic bound, and through `dyn Summary`
//! in a `Box`. A provided method calls the impl's own method for each type. A `String` receiver
//! uses the `String` impl, a `&str` the `str` one.

use std::fmt::Debug;

trait Summary {
    fn summary(&self) -> String;

    fn headline(&self) -> String {
        format!("[{}]", self.summary().to_uppercase())
    }
}

impl Summary for u64 {
    fn summary(&self) -> String {
        format!("{self} bytes")
    }
}

impl Summary for String {
    fn summary(&self) -> String {
        format!("owned text of {} chars", self.chars().count())
    }
}

impl Summary for str {
    fn summary(&self) -> String {
        format!("text '{self}'")
    }
}

impl<T: Debug> Summary for Vec<T> {
    fn summary(&self) -> String {
        format!("{} items, first {:?}", self.len(), self.first())
    }

    fn headline(&self) -> String {
        format!("list of {}", self.len())
    }
}

impl Summary for bool {
    fn summary(&self) -> String {
        if *self { "yes".to_string() } else { "no".to_string() }
    }
}

fn report<T: Summary + ?Sized>(label: &str, item: &T) {
    println!("{label}: {} / {}", item.summary(), item.headline());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let size: u64 = 2048;
    println!("{}", size.summary());
    println!("{}", size.headline());
    report("string", &String::from("tokio"));
    report("str", "mpsc");
    report("vec", &vec![3, 1, 2]);
    report("flag", &true);

    let boxed: Vec<Box<dyn Summary + Send>> = vec![Box::new(7u64), Box::new(String::from("ab")), Box::new(vec!['x']), Box::new(false)];
    let handle = tokio::spawn(async move {
        for b in &boxed {
            println!("task: {}", b.headline());
        }
        boxed.len()
    });
    println!("summarized {} in a task", handle.await.unwrap());
}
