//! A generic `Stack<T>` used with two element types
//!
//! `impl<T> Stack<T>` methods work for both `Stack<i32>` and `Stack<String>`; `pop` returns `Option<T>`.

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut ints = Stack::new();
    ints.push(1);
    ints.push(2);
    let mut words: Stack<String> = Stack::new();
    words.push(String::from("w"));
    println!("{:?} {} {:?} {}", ints.pop(), ints.len(), words.pop(), words.len());
}
