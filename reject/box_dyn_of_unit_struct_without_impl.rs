//! Boxing a unit struct as a trait object it does not implement
//!
//! `Box::new(Silent)` can become a `Box<dyn Notifier>` only if `Silent` implements `Notifier`, and
//! it does not: rustc's E0277, "the trait bound `Silent: Notifier` is not satisfied", at the
//! `Box::new` call. Add `impl Notifier for Silent { .. }`.

trait Notifier {
    fn notify(&self, msg: &str) -> String;
}

struct Email;
struct Silent;

impl Notifier for Email {
    fn notify(&self, msg: &str) -> String {
        format!("mail: {msg}")
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let chosen: Box<dyn Notifier> = Box::new(Silent);
    let other: Box<dyn Notifier> = Box::new(Email);
    println!("{} {}", chosen.notify("hi"), other.notify("yo"));
}
