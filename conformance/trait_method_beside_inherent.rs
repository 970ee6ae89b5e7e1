//! Traits: a trait method and an inherent method of the same name
//!
//! On a value of the type, `d.name()` is the inherent method; through a `&dyn Speak`,
//! a `Box<dyn Speak>` or a generic `T: Speak`, only the trait's methods exist, so the
//! same call is the trait's. The Book's blog post state machine has `Post::request_review`
//! beside the trait method `State::request_review(self: Box<Self>)`.

trait Speak {
    fn name(&self) -> String;
}

struct Dog;

impl Dog {
    fn name(&self) -> String {
        "inherent".to_string()
    }
}

impl Speak for Dog {
    fn name(&self) -> String {
        "trait".to_string()
    }
}

fn via_generic<T: Speak>(t: &T) -> String {
    t.name()
}

trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn label(&self) -> &'static str;
}

struct Draft;
struct Pending;

impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        Box::new(Pending)
    }
    fn label(&self) -> &'static str {
        "draft"
    }
}

impl State for Pending {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn label(&self) -> &'static str {
        "pending review"
    }
}

struct Post {
    state: Option<Box<dyn State>>,
}

impl Post {
    fn request_review(&mut self) {
        if let Some(s) = self.state.take() {
            self.state = Some(s.request_review())
        }
    }
}

fn main() {
    let d = Dog;
    let s: &dyn Speak = &d;
    println!("{} {} {} {}", d.name(), s.name(), via_generic(&d), Speak::name(&d));
    let b: Box<dyn Speak> = Box::new(Dog);
    println!("{}", b.name());

    let mut post = Post { state: Some(Box::new(Draft)) };
    println!("{}", post.state.as_ref().map_or("none", |s| s.label()));
    post.request_review();
    println!("{}", post.state.as_ref().map_or("none", |s| s.label()));
    post.request_review();
    println!("{}", post.state.as_ref().map_or("none", |s| s.label()));
}
