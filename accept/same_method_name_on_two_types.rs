//! Methods of the same name on two types
//!
//! Each call runs its own type's method, sync or async, with its own kind
//! of `self`: the checker picks it from the receiver's type.

struct Counter {
    n: u32,
}

struct Label {
    text: String,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
    async fn describe(&self) -> String {
        format!("counter at {}", self.n)
    }
}

impl Label {
    fn bump(&self) -> u32 {
        self.text.len() as u32
    }
    async fn describe(&self) -> String {
        format!("label {:?}", self.text)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut c = Counter { n: 0 };
    let l = Label { text: String::from("queue") };
    println!("{} {}", c.bump(), l.bump());
    println!("{} {}", c.bump(), l.bump());
    let (a, b) = tokio::join!(c.describe(), l.describe());
    println!("{a}; {b}");
    let later = l.describe();
    println!("{}", c.describe().await);
    println!("{}", later.await);
}
