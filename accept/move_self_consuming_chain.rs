//! Methods that take `self` chained by rebinding
//!
//! `with_name` and `build` consume the builder; each result is bound to a new name, so nothing is used after a move.

#[derive(Debug)]
struct Builder {
    name: String,
    size: u32,
}

impl Builder {
    fn new() -> Self {
        Builder { name: String::new(), size: 0 }
    }

    fn with_name(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }

    fn with_size(self, size: u32) -> Builder {
        Builder { size, ..self }
    }

    fn build(self) -> String {
        format!("{}:{}", self.name, self.size)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let b = Builder::new();
    let b = b.with_name("pool");
    let b = b.with_size(4);
    println!("{b:?}");
    println!("{}", b.build());
    println!("{}", Builder::new().with_size(1).with_name("x").build());
}
