//! A struct field of trait objects given a type without the trait
//!
//! `Screen::components` is a `Vec<Box<dyn Draw>>`, so each element must be
//! a type that implements `Draw`. The Rust Book's listing 18-10 puts a
//! `String` there, and rustc rejects the cast to `Box<dyn Draw>` (E0277).

trait Draw {
    fn draw(&self);
}

struct Screen {
    components: Vec<Box<dyn Draw>>,
}

impl Screen {
    fn run(&self) {
        for component in self.components.iter() {
            component.draw();
        }
    }
}

fn main() {
    let screen = Screen { components: vec![Box::new(String::from("Hi"))] };
    screen.run();
}
