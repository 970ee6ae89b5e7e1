// A format macro borrows its arguments until it has read them all: the
// label of the call that changes one hangs below, as rustc draws it, since
// the macro's underline runs on past it.
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    println!("{} {}", c.n, c.bump());
}
