//! Boxing a value whose type does not implement the trait object's trait
//!
//! A `Vec<Box<dyn Draw>>` holds any type that implements `Draw`; `String`
//! does not, so rustc rejects the cast from `Box<String>` to
//! `Box<dyn Draw>` (E0277) instead of calling some other type's `draw`.

trait Draw {
    fn draw(&self);
}

struct Button {
    label: String,
}

impl Draw for Button {
    fn draw(&self) {
        println!("[{}]", self.label);
    }
}

fn main() {
    let screen: Vec<Box<dyn Draw>> = vec![Box::new(Button { label: String::from("OK") }), Box::new(String::from("Cancel"))];
    for widget in &screen {
        widget.draw();
    }
}
