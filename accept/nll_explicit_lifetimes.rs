//! Functions and a struct with explicit lifetime parameters
//!
//! `longest<'a>` ties its result to both inputs; `Parser<'a>` holds a `&'a str` and is dropped before the `String` is changed.

struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let start = self.input.len() - rest.len();
        let end = match rest.find(' ') {
            Some(i) => start + i,
            None => self.input.len(),
        };
        self.pos = end;
        Some(&self.input[start..end])
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut text = String::from("one three five");
    let mut p = Parser { input: &text, pos: 0 };
    let mut best = "";
    while let Some(w) = p.next_word() {
        best = longest(best, w);
    }
    println!("{best}");
    text.push_str(" seven");
    println!("{text}");
}
