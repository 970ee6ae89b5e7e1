//! Calling a concrete type's method on the trait objects of a loop
//!
//! Iterating a `Vec<Box<dyn Draw>>` gives `&Box<dyn Draw>` items, which
//! offer only `Draw`'s methods: `Button`'s own `click` is rustc's E0599
//! even though the one element is a `Button`.

trait Draw {
    fn draw(&self);
}

struct Button;

impl Draw for Button {
    fn draw(&self) {
        println!("[button]");
    }
}

impl Button {
    fn click(&self) {
        println!("click");
    }
}

fn main() {
    let screen: Vec<Box<dyn Draw>> = vec![Box::new(Button)];
    for widget in &screen {
        widget.draw();
    }
    for widget in screen.iter() {
        widget.click();
    }
}
