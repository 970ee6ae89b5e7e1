//! `std::mem::take`, `replace` and `swap` on places
//!
//! `take` hands back a place's value and leaves its type's default; `replace` hands it back and
//! leaves the new value; `swap` exchanges two places. They work on variables and fields, inside
//! `&mut self` methods (an actor flushing its buffer), and the values they hand back are owned.
use std::mem;

#[derive(Debug, Default)]
struct Batch {
    items: Vec<String>,
    flushes: u32,
}

#[derive(Debug, PartialEq)]
enum Mode {
    Idle,
    Busy(u32),
}

impl Batch {
    fn push(&mut self, s: &str) {
        self.items.push(s.to_string());
    }
    fn flush(&mut self) -> Vec<String> {
        self.flushes += 1;
        mem::take(&mut self.items)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut b = Batch::default();
    b.push("a");
    b.push("b");
    let first = b.flush();
    b.push("c");
    println!("{first:?} {b:?}");

    let mut mode = Mode::Busy(3);
    let was = mem::replace(&mut mode, Mode::Idle);
    println!("{was:?} {mode:?} {}", mode == Mode::Idle);

    let mut name = String::from("old");
    let taken = mem::take(&mut name);
    let mut slot: Option<u32> = Some(7);
    let got = mem::take(&mut slot);
    println!("{taken:?} {name:?} {got:?} {slot:?}");

    let mut pair = (1, String::from("x"));
    let mut other = (2, String::from("y"));
    mem::swap(&mut pair, &mut other);
    mem::swap(&mut pair.0, &mut other.0);
    println!("{pair:?} {other:?}");
    let old_flushes = mem::replace(&mut b.flushes, 0);
    println!("{old_flushes} {}", b.flushes);
}
