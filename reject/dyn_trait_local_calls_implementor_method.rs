//! Calling a concrete type's own method through a `Box<dyn Trait>`
//!
//! A `Box<dyn Draw>` offers only the methods of `Draw`: the `Button` inside
//! has an inherent `click`, but the trait object does not, so rustc
//! rejects `widget.click()` with E0599 even though the value is a `Button`.

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

impl Button {
    fn click(&self) {
        println!("clicked {}", self.label);
    }
}

fn main() {
    let widget: Box<dyn Draw> = Box::new(Button { label: String::from("OK") });
    widget.draw();
    widget.click();
}
