//! `write!` and `writeln!` into a `String`, through every way of naming it
//!
//! With `std::fmt::Write` in scope, `write!(s, ..)`, `writeln!(&mut s, ..)`, a `&mut String`
//! binding, a `&mut String` parameter and a struct field all append to the same string and return
//! `Ok(())`.

use std::fmt::Write;

struct Log {
    buf: String,
    lines: usize,
}

impl Log {
    fn note(&mut self, what: &str) {
        writeln!(&mut self.buf, "[{}] {what}", self.lines).unwrap();
        self.lines += 1;
    }
}

fn fill(out: &mut String, n: u32) {
    for i in 0..n {
        write!(out, "{i},").unwrap();
    }
    writeln!(out).unwrap();
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut s = String::new();
    write!(s, "a{}", 1).unwrap();
    writeln!(&mut s, " b").unwrap();
    let r = &mut s;
    write!(r, "c").unwrap();
    fill(&mut s, 3);
    let ok = write!(&mut s, "{:>4}", "d");
    print!("{s}|{ok:?}\n");

    let handle = tokio::spawn(async {
        let mut log = Log { buf: String::new(), lines: 0 };
        log.note("start");
        log.note("stop");
        log
    });
    let log = handle.await.unwrap();
    print!("{}{} lines\n", log.buf, log.lines);
}
