//! Bindings through `&mut` (match ergonomics) write into the matched place
//!
//! A pattern matched against `&mut place` binds its names by `&mut` (default binding mode):
//! `match &mut self.state { State::Busy { jobs, ticks } => .. }`, `if let Some(s) = &mut
//! self.last`, `while let (a, b, Some(c)) = &mut pair`. Writes through those bindings change the
//! place itself.

#[derive(Debug)]
enum State {
    Idle,
    Busy { jobs: Vec<u32>, ticks: u32 },
}
struct M {
    state: State,
    last: Option<String>,
}
impl M {
    fn step(&mut self, j: u32) {
        match &mut self.state {
            State::Idle => self.state = State::Busy { jobs: vec![j], ticks: 0 },
            State::Busy { jobs, ticks } => {
                jobs.push(j);
                *ticks += 1;
            }
        }
        if let Some(s) = &mut self.last {
            s.push('!');
        }
    }
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut m = M { state: State::Idle, last: Some("a".into()) };
    for j in 0..3 {
        m.step(j);
    }
    println!("{:?} {:?}", m.state, m.last);
    let mut v = Some(vec![1]);
    match &mut v {
        Some(x) => x.push(2),
        None => {}
    }
    println!("{v:?}");
    let mut pair = (1, String::from("x"), Some(5));
    while let (a, b, Some(c)) = &mut pair {
        *a += 1;
        b.push('y');
        *c -= 2;
        if *c < 0 {
            pair.2 = None;
        }
    }
    println!("{pair:?}");
}
